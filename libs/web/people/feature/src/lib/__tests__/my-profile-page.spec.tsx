import { render, screen } from '@testing-library/react';
import { TestProviders, createMockClient } from '@ensemble/web/ui';
import MyProfilePage from '../my-profile-page';
import { grace } from './fixtures';

describe('MyProfilePage', () => {
  it("shows the viewer's own person page", () => {
    const client = createMockClient(({ operationName }) =>
      operationName === 'MyProfile' ? { data: { viewer: grace } } : undefined,
    );
    render(
      <TestProviders client={client} initialEntries={['/me']}>
        <MyProfilePage />
      </TestProviders>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Manager chain' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Direct reports (2)' })).toBeInTheDocument();
    expect(document.title).toBe('My profile · Ensemble');
  });
});
