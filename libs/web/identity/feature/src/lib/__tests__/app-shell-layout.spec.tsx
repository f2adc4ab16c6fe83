import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { TestProviders, createMockClient, type MockResolver } from '@ensemble/web/ui';
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

function renderShell(resolve: MockResolver, url = '/people') {
  render(
    <TestProviders client={createMockClient(resolve)} initialEntries={[url]}>
      <Routes>
        <Route element={<AppShellLayout />}>
          <Route path="/me" element={<h1>My profile page</h1>} />
          <Route path="/people" element={<h1>People page</h1>} />
          <Route path="/notifications" element={<h1>Notifications page</h1>} />
        </Route>
      </Routes>
    </TestProviders>,
  );
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
});
