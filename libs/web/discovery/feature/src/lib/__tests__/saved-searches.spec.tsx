import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { TestProviders, type MockResolver } from '@ensemble/web/ui';
import SearchPage from '../search-page';
import { createMockClientWithMutations as createClient } from '@ensemble/web/ui';
import { PLATFORM, errorWithCode, savedSearch, searchAnswer, skillLevels } from './fixtures';

function renderSearch(savedSearches: unknown[], mutate: MockResolver, url = '/search?q=kubernetes') {
  const client = createClient((request) => {
    if (request.operationName === 'SkillLevels') return { data: skillLevels };
    if (request.operationName === 'MySavedSearches') return { data: { mySavedSearches: savedSearches } };
    if (request.operationName === 'SearchPeople') return searchAnswer(request);
    return undefined;
  }, mutate);
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <Routes>
        <Route path="/search" element={<SearchPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

const panel = () => screen.getByRole('region', { name: 'Saved searches' });

describe('Saved searches', () => {
  it('saves the search on show, with a name and alerts', async () => {
    const user = userEvent.setup();
    const saved = savedSearch({ name: 'Platform kubernetes', alerts: false });
    const client = renderSearch(
      [],
      (request) => (request.operationName === 'SaveSearch' ? { data: { saveSearch: saved } } : undefined),
      `/search?q=kubernetes&dept=${PLATFORM}`,
    );
    expect(within(panel()).getByText(/None yet/)).toBeInTheDocument();

    await user.click(within(panel()).getByRole('button', { name: 'Save this search' }));
    const name = within(panel()).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    expect(name).toHaveValue('kubernetes');
    await user.clear(name);
    await user.type(name, 'Platform kubernetes');
    await user.click(within(panel()).getByRole('switch', { name: 'Alert me when someone new matches' }));
    await user.click(within(panel()).getByRole('button', { name: 'Save' }));

    expect(client.mutations).toEqual([
      {
        operationName: 'SaveSearch',
        variables: {
          input: {
            name: 'Platform kubernetes',
            alerts: false,
            search: { query: 'kubernetes', departmentIds: [PLATFORM] },
          },
        },
        context: { additionalTypenames: ['SavedSearch'] },
      },
    ]);
    expect(within(panel()).getByRole('status')).toHaveTextContent('Saved “Platform kubernetes”.');
    await waitFor(() =>
      expect(within(panel()).getByRole('heading', { name: 'Saved searches' })).toHaveFocus(),
    );
  });

  it('explains that the limit of saved searches is reached', async () => {
    const user = userEvent.setup();
    renderSearch([], () => ({ error: errorWithCode('SAVED_SEARCH_LIMIT', 'You can keep at most 50.') }));
    await user.click(within(panel()).getByRole('button', { name: 'Save this search' }));
    await user.click(within(panel()).getByRole('button', { name: 'Save' }));
    expect(within(panel()).getByRole('alert')).toHaveTextContent(
      'You already keep as many saved searches as you can (50). Delete one, then save this one.',
    );
  });

  it('cannot save before there is something to search for', () => {
    renderSearch([], () => undefined, '/search');
    expect(within(panel()).getByRole('button', { name: 'Save this search' })).toBeDisabled();
  });

  it('lists my saved searches with their match counts, too-broad ones flagged', () => {
    renderSearch(
      [
        savedSearch(),
        savedSearch({
          id: 'e0000000-0000-4000-8000-000000000002',
          name: 'Everyone',
          tooBroad: true,
          matchCount: 2000,
        }),
      ],
      () => undefined,
    );
    const items = within(panel()).getAllByTestId('saved-search');
    expect(
      within(items[0] as HTMLElement).getByRole('link', { name: 'Kubernetes in Berlin' }),
    ).toHaveAttribute('href', '/search?q=kubernetes+in+berlin');
    expect(items[0]).toHaveTextContent('12 people matched at the last check.');
    expect(items[1]).toHaveTextContent('More than 2,000 people match.');
    expect(items[1]).toHaveTextContent('Too broad to alert: narrow it down to get alerts.');
    expect(items[0]).not.toHaveTextContent('Too broad');
  });

  it('turns alerts off and on', async () => {
    const user = userEvent.setup();
    const saved = savedSearch();
    const client = renderSearch([saved], (request) =>
      request.operationName === 'SetSavedSearchAlerts'
        ? { data: { setSavedSearchAlerts: { id: saved.id, alerts: false, tooBroad: false, matchCount: 12 } } }
        : undefined,
    );
    const toggle = within(panel()).getByRole('switch', { name: 'Alerts for “Kubernetes in Berlin”' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(client.mutations.at(-1)).toMatchObject({
      operationName: 'SetSavedSearchAlerts',
      variables: { id: saved.id, alerts: false },
    });
  });

  it('deletes a saved search after a confirmation', async () => {
    const user = userEvent.setup();
    const saved = savedSearch();
    const client = renderSearch([saved], (request) =>
      request.operationName === 'DeleteSavedSearch' ? { data: { deleteSavedSearch: true } } : undefined,
    );
    await user.click(within(panel()).getByRole('button', { name: 'Delete “Kubernetes in Berlin”' }));
    const confirm = within(panel()).getByRole('group', { name: 'Delete “Kubernetes in Berlin”?' });
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    expect(client.mutations).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Delete “Kubernetes in Berlin”' }));
    expect(client.mutations).toEqual([
      {
        operationName: 'DeleteSavedSearch',
        variables: { id: saved.id },
        context: { additionalTypenames: ['SavedSearch'] },
      },
    ]);
    expect(within(panel()).getByRole('status')).toHaveTextContent('Deleted “Kubernetes in Berlin”.');
    expect(within(panel()).getByRole('heading', { name: 'Saved searches' })).toHaveFocus();
  });

  it('marks the saved search on show instead of offering to save it again', () => {
    renderSearch([savedSearch()], () => undefined, '/search?q=Kubernetes+in+Berlin');
    expect(within(panel()).queryByRole('button', { name: 'Save this search' })).not.toBeInTheDocument();
    expect(within(panel()).getByText(/This search is saved as/)).toBeInTheDocument();
  });
});
