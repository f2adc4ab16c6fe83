import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { KEEPS_CHANGES_ATTRIBUTE, UNSAVED_CHANGES_MESSAGE, useUnsavedChangesGuard } from '../unsaved-changes';
import { clearAllDrafts, draftKey, readDraft, writeDraft } from '../drafts';

function Editor() {
  const [text, setText] = useState('');
  const { confirmLeave } = useUnsavedChangesGuard(text !== '');
  const [left, setLeft] = useState(false);
  return (
    <>
      <label>
        Note
        <input value={text} onChange={(event) => setText(event.currentTarget.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
      <Link to="/sign-in" {...{ [KEEPS_CHANGES_ATTRIBUTE]: true }}>
        Sign in again
      </Link>
      <button type="button" onClick={() => setLeft(confirmLeave())}>
        Cancel
      </button>
      {left ? <p>Left</p> : null}
      <button type="button" onClick={() => setText('')}>
        Saved
      </button>
    </>
  );
}

function renderEditor() {
  render(
    <MemoryRouter initialEntries={['/edit']}>
      <Routes>
        <Route path="/edit" element={<Editor />} />
        <Route path="/elsewhere" element={<h1>Elsewhere page</h1>} />
        <Route path="/sign-in" element={<h1>Sign-in page</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

const beforeUnloadPrevented = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('useUnsavedChangesGuard', () => {
  let confirm: jest.SpyInstance;
  beforeEach(() => {
    confirm = jest.spyOn(window, 'confirm');
  });
  afterEach(() => confirm.mockRestore());

  it('lets links and reloads go without asking while nothing is changed', async () => {
    const user = userEvent.setup();
    renderEditor();
    expect(beforeUnloadPrevented()).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Elsewhere page' })).toBeInTheDocument();
  });

  it('asks before a link leaves unsaved changes, and stays when the person says no', async () => {
    const user = userEvent.setup();
    confirm.mockReturnValue(false);
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));

    expect(confirm).toHaveBeenCalledWith(UNSAVED_CHANGES_MESSAGE);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Half a thought');
    expect(screen.queryByRole('heading', { name: 'Elsewhere page' })).not.toBeInTheDocument();
  });

  it('leaves when the person confirms', async () => {
    const user = userEvent.setup();
    confirm.mockReturnValue(true);
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');

    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));

    expect(screen.getByRole('heading', { name: 'Elsewhere page' })).toBeInTheDocument();
  });

  it('asks the browser to warn on reload or tab close only while there are changes', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'x');
    expect(beforeUnloadPrevented()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Saved' }));
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it('lets a link that keeps the changes elsewhere through, and asks for buttons that leave in code', async () => {
    const user = userEvent.setup();
    confirm.mockReturnValue(false);
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'x');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Left')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Sign in again' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
  });
});

describe('drafts', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('keeps a draft per person and form, and a sign-out forgets them all', () => {
    writeDraft(draftKey('p-ada', 'profile'), { headline: 'Ada’s draft' });
    writeDraft(draftKey('p-ada', 'project'), { title: 'Engine' });
    window.sessionStorage.setItem('unrelated', 'kept');

    expect(readDraft(draftKey('p-ada', 'profile'))).toEqual({ headline: 'Ada’s draft' });
    expect(readDraft(draftKey('p-bob', 'profile'))).toBeNull();

    clearAllDrafts();
    expect(readDraft(draftKey('p-ada', 'profile'))).toBeNull();
    expect(readDraft(draftKey('p-ada', 'project'))).toBeNull();
    expect(window.sessionStorage.getItem('unrelated')).toBe('kept');
  });

  it('treats an unreadable draft as none', () => {
    window.sessionStorage.setItem(draftKey('p-ada', 'profile'), '{not json');
    expect(readDraft(draftKey('p-ada', 'profile'))).toBeNull();
  });
});
