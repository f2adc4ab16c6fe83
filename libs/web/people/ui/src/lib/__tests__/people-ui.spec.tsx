import { render, screen, within } from '@testing-library/react';
import { TestProviders, createMockClient } from '@ensemble/web/ui';
import { initials } from '../initials';
import { ManagerChain } from '../manager-chain';
import { PersonCard } from '../person-card';
import { PersonHeader } from '../person-header';

const ada = {
  id: 'p-ada',
  displayName: 'Ada Lovelace',
  givenName: 'Ada',
  familyName: 'Lovelace',
  title: 'CEO',
  avatarUrl: null,
  department: { id: 'd1', name: 'Leadership' },
};

function renderUi(ui: React.ReactNode) {
  return render(<TestProviders client={createMockClient(() => undefined)}>{ui}</TestProviders>);
}

describe('initials', () => {
  it('uses given and family name', () => {
    expect(initials({ givenName: 'ada', familyName: 'Lovelace' })).toBe('AL');
    expect(initials({ displayName: 'Grace Brewster Hopper' })).toBe('GB');
  });
});

describe('PersonCard', () => {
  it("links the person's name (only the name) to their page", () => {
    renderUi(<PersonCard person={ada} />);
    const link = screen.getByRole('link');
    expect(link).toHaveTextContent(/^Ada Lovelace$/);
    expect(link).toHaveAttribute('href', '/people/p-ada');
    expect(screen.getByText('CEO')).toBeInTheDocument();
    expect(screen.getByText('Leadership')).toBeInTheDocument();
  });
});

describe('PersonHeader', () => {
  it('shows initials when there is no picture, hidden from assistive technology', () => {
    const { container } = renderUi(<PersonHeader person={ada} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    const avatar = container.querySelector('[aria-hidden="true"]');
    expect(avatar).toHaveTextContent('AL');
  });

  it('shows the picture when there is one', () => {
    const { container } = renderUi(<PersonHeader person={{ ...ada, avatarUrl: '/avatars/ada.png' }} />);
    expect(container.querySelector('img')).toHaveAttribute('src', '/avatars/ada.png');
  });
});

describe('ManagerChain', () => {
  it('lists the chain top-down and ends with the person', () => {
    renderUi(
      <ManagerChain
        chain={[
          { id: 'm1', displayName: 'Nearest Manager' },
          { id: 'm2', displayName: 'Top Boss' },
        ]}
        person={{ displayName: 'Ada Lovelace' }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Manager chain' });
    expect(
      within(nav)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace('›', '').trim()),
    ).toEqual(['Top Boss', 'Nearest Manager', 'Ada Lovelace']);
  });
});
