import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { TestProviders, createMockClient, mockViewportWidth, type MockResolver } from '@ensemble/web/ui';
import AppShellLayout from '../app-shell-layout';

const viewer = {
  id: 'p1',
  displayName: 'Ada Lovelace',
  givenName: 'Ada',
  familyName: 'Lovelace',
  avatarUrl: null,
};

/** The viewer, and the bell's count of unread notifications. */
const answer =
  (unreadCount = 0): MockResolver =>
  ({ operationName }) => {
    if (operationName === 'Viewer') return { data: { viewer } };
    if (operationName === 'UnreadNotificationCount') return { data: { notifications: { unreadCount } } };
    return undefined;
  };

function SearchPageStub() {
  const { search } = useLocation();
  return (
    <>
      <h1>Search page</h1>
      <output data-testid="search-query">{new URLSearchParams(search).get('q')}</output>
    </>
  );
}

function renderShell(resolve: MockResolver, url = '/people') {
  render(
    <TestProviders client={createMockClient(resolve)} initialEntries={[url]}>
      <Routes>
        <Route element={<AppShellLayout />}>
          <Route path="/me" element={<h1>My profile page</h1>} />
          <Route
            path="/people"
            element={
              <>
                <h1>People page</h1>
                <label>
                  Filter by name <input type="text" />
                </label>
              </>
            }
          />
          <Route path="/notifications" element={<h1>Notifications page</h1>} />
          <Route path="/search" element={<SearchPageStub />} />
        </Route>
      </Routes>
    </TestProviders>,
  );
}

/** A viewport this many px wide for the tests of one describe block. */
function withViewport(width: number) {
  let restore: () => void = () => undefined;
  beforeEach(() => {
    restore = mockViewportWidth(width);
  });
  afterEach(() => restore());
}

describe('AppShellLayout', () => {
  it('shows the viewer, the navigation and the page in landmarks', async () => {
    renderShell(answer());

    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Ensemble' })).toHaveAttribute('href', '/me');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'My profile',
      'People',
      'Search',
      'Projects',
      'Org chart',
    ]);
    expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'My profile' })).not.toHaveAttribute('aria-current');

    expect(
      within(screen.getByRole('main')).getByRole('heading', { level: 1, name: 'People page' }),
    ).toBeVisible();
  });

  it('signs out with a form POST to /auth/logout', async () => {
    renderShell(answer());
    const button = await screen.findByRole('button', { name: 'Sign out' });
    const form = button.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/auth/logout');
    expect(button).toHaveAttribute('type', 'submit');
  });

  it('has a skip link to the main content', () => {
    renderShell(answer());
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('toggles the small-screen navigation with a labelled burger', async () => {
    const user = userEvent.setup();
    renderShell(answer());
    const burger = screen.getByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveAttribute('inert');

    await user.click(burger);

    const close = screen.getByRole('button', { name: 'Close navigation' });
    expect(close).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('navigation', { name: 'Main' })).not.toHaveAttribute('inert');

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'My profile' }),
    );
    expect(await screen.findByRole('heading', { name: 'My profile page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open navigation' })).toBeInTheDocument();
  });

  it('shows the number of unread notifications on a bell that links to the inbox', async () => {
    const user = userEvent.setup();
    renderShell(answer(3));
    const bell = within(screen.getByRole('banner')).getByRole('link', { name: 'Notifications: 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('3');
    expect(bell).not.toHaveAttribute('aria-current');

    await user.click(bell);

    expect(await screen.findByRole('heading', { name: 'Notifications page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications: 3 unread' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('shows a plain bell when nothing is unread', () => {
    renderShell(answer(0));
    const bell = within(screen.getByRole('banner')).getByRole('link', { name: 'Notifications' });
    expect(bell).toHaveTextContent('');
  });

  it('closes the small-screen navigation on Escape wherever focus is, and returns focus to the burger', async () => {
    const user = userEvent.setup();
    renderShell(answer());
    await user.click(screen.getByRole('button', { name: 'Open navigation' }));
    expect(screen.getByRole('navigation', { name: 'Main' })).not.toHaveAttribute('inert');

    // Focus outside the panel (the page behind it): Escape still closes it.
    screen.getByRole('textbox', { name: 'Filter by name' }).focus();
    await user.keyboard('{Escape}');

    const burger = screen.getByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveAttribute('inert');
    expect(burger).toHaveFocus();

    // From a link inside the panel too.
    await user.click(burger);
    within(screen.getByRole('navigation', { name: 'Main' }))
      .getByRole('link', { name: 'Projects' })
      .focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveFocus();
  });

  describe('search in the header (wide screens)', () => {
    withViewport(1280);

    it('opens the search page with the query typed, and moves focus to the page', async () => {
      const user = userEvent.setup();
      renderShell(answer());
      const search = within(screen.getByRole('search', { name: 'Quick search' }));
      const box = search.getByRole('searchbox', { name: 'Search people' });

      await user.type(box, 'kubernetes in Berlin{Enter}');

      expect(await screen.findByRole('heading', { name: 'Search page' })).toBeInTheDocument();
      expect(screen.getByTestId('search-query')).toHaveTextContent('kubernetes in Berlin');
      expect(box).toHaveValue('');
      expect(screen.getByRole('main')).toHaveFocus();
    });

    it('focuses the search box on "/", but not while typing in a field', async () => {
      const user = userEvent.setup();
      renderShell(answer());
      const box = screen.getByRole('searchbox', { name: 'Search people' });

      await user.keyboard('/');
      expect(box).toHaveFocus();
      // The shortcut key itself is not typed into the box.
      expect(box).toHaveValue('');

      const field = screen.getByRole('textbox', { name: 'Filter by name' });
      await user.click(field);
      await user.keyboard('a/b');
      expect(field).toHaveFocus();
      expect(field).toHaveValue('a/b');
    });

    it('shows the box itself, with no separate button to open it', () => {
      renderShell(answer());
      expect(screen.getByRole('searchbox', { name: 'Search people' })).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Search people' })).not.toBeInTheDocument();
    });
  });

  describe('search in the header (phones)', () => {
    withViewport(390);

    it('is an icon button that opens the box; Escape closes it and returns focus to the button', async () => {
      const user = userEvent.setup();
      renderShell(answer());
      expect(screen.queryByRole('searchbox', { name: 'Search people' })).not.toBeInTheDocument();
      const toggle = within(screen.getByRole('banner')).getByRole('button', { name: 'Search people' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');

      await user.click(toggle);

      const box = screen.getByRole('searchbox', { name: 'Search people' });
      expect(box).toHaveFocus();
      expect(toggle).toHaveAttribute('aria-expanded', 'true');

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('searchbox', { name: 'Search people' })).not.toBeInTheDocument();
      expect(await screen.findByRole('button', { name: 'Search people' })).toHaveFocus();
    });

    it('opens on "/" and searches', async () => {
      const user = userEvent.setup();
      renderShell(answer());
      await user.keyboard('/');
      const box = screen.getByRole('searchbox', { name: 'Search people' });
      expect(box).toHaveFocus();

      await user.type(box, 'python{Enter}');

      expect(await screen.findByRole('heading', { name: 'Search page' })).toBeInTheDocument();
      expect(screen.getByTestId('search-query')).toHaveTextContent('python');
      expect(screen.queryByRole('searchbox', { name: 'Search people' })).not.toBeInTheDocument();
    });
  });
});
