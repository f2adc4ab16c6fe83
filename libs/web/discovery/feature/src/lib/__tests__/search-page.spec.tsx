import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { TestProviders, formatMonth, mockViewportWidth, type MockResolver } from '@ensemble/web/ui';
import SearchPage from '../search-page';
import { SEARCH_DEBOUNCE_MS } from '../use-search-location';
import { createMockClientWithMutations as createClient } from '@ensemble/web/ui';
import {
  ATLAS,
  DATA,
  HELM,
  KUBERNETES,
  PHOENIX,
  PLATFORM,
  SEARCH_PLATFORM,
  edge,
  errorWithCode,
  facets,
  interpretation,
  savedSearch,
  searchAnswer,
  skillLevels,
} from './fixtures';

function Location() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="location">{location.pathname + location.search}</output>
      <button type="button" onClick={() => void navigate(-1)}>
        Browser back
      </button>
    </>
  );
}

/** The URL's query as the page wrote it, decoded. */
const currentSearch = () =>
  new URLSearchParams(screen.getByTestId('location').textContent?.split('?')[1] ?? '');

const searchRequests = (client: ReturnType<typeof createClient>) =>
  client.requests.filter((request) => request.operationName === 'SearchPeople');

function renderSearch(resolve: MockResolver, url = '/search', mutate?: MockResolver) {
  const client = createClient((request) => {
    if (request.operationName === 'SkillLevels') return { data: skillLevels };
    if (request.operationName === 'MySavedSearches') return { data: { mySavedSearches: [] } };
    return resolve(request);
  }, mutate);
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <Routes>
        <Route path="/search" element={<SearchPage />} />
      </Routes>
      <Location />
    </TestProviders>,
  );
  return client;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search for people' });

beforeAll(() => {
  // jsdom has no layout: Mantine's combobox scrolls the highlighted option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

/** Answers searches as if "kubernetes" were recognised as the skill Kubernetes. */
const answerKubernetes = (request: Parameters<typeof searchAnswer>[0]) =>
  request.operationName === 'SearchPeople'
    ? searchAnswer(request, {
        interpretation: interpretation({
          skills: [{ skillId: KUBERNETES, name: 'Kubernetes', matchedText: 'kubernetes', via: 'name' }],
        }),
      })
    : undefined;

describe('SearchPage', () => {
  // A desktop-wide window: the filters beside the results (the phone layout has its own tests below).
  let restoreViewport: () => void = () => undefined;
  beforeEach(() => {
    restoreViewport = mockViewportWidth(1280);
  });
  afterEach(() => {
    jest.useRealTimers();
    restoreViewport();
  });

  it('starts with examples and asks nothing until there is something to search for', () => {
    const client = renderSearch(() => undefined);
    expect(screen.getByRole('heading', { level: 1, name: 'Search people' })).toBeInTheDocument();
    expect(screen.getByText('Find colleagues by skill, place or passion')).toBeInTheDocument();
    const examples = within(screen.getByRole('list', { name: 'Example searches' })).getAllByRole('link');
    expect(examples[0]).toHaveTextContent('kubernetes in Berlin');
    expect(examples[0]).toHaveAttribute('href', '/search?q=kubernetes+in+Berlin');
    expect(searchRequests(client)).toHaveLength(0);
  });

  it('searches once typing pauses, and writes the query into the URL', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const client = renderSearch((request) =>
      request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined,
    );
    await user.type(searchBox(), 'kube');
    // Typing faster than the debounce asks nothing yet.
    expect(searchRequests(client)).toHaveLength(0);
    expect(currentSearch().get('q')).toBeNull();

    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));

    expect(currentSearch().get('q')).toBe('kube');
    expect(searchRequests(client).at(-1)?.variables).toEqual({
      input: { query: 'kube' },
      first: 20,
      after: null,
    });
    expect(screen.getByTestId('search-status')).toHaveTextContent('3 people match.');
    expect(screen.getAllByTestId('search-result')).toHaveLength(3);

    await user.type(searchBox(), 'rnetes');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(currentSearch().get('q')).toBe('kubernetes');
    expect(
      searchRequests(client).map((request) => (request.variables['input'] as { query: string }).query),
    ).toEqual(['kube', 'kubernetes']);
  });

  it('keeps the previous results on show while the next search loads', async () => {
    const user = userEvent.setup();
    renderSearch((request) => {
      if (request.operationName !== 'SearchPeople') return undefined;
      const query = (request.variables['input'] as { query?: string }).query;
      return query === 'kubernetes' ? searchAnswer(request) : undefined;
    }, '/search?q=kubernetes');
    expect(screen.getAllByTestId('search-result')).toHaveLength(3);

    await user.type(searchBox(), ' helm{Enter}');

    expect(currentSearch().get('q')).toBe('kubernetes helm');
    expect(screen.getAllByTestId('search-result')).toHaveLength(3);
    expect(screen.getByRole('list', { name: 'Search results' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('search-status')).toHaveTextContent('Searching…');
  });

  it('shows why each person matched', () => {
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              total: 1,
              edge: (index) =>
                edge(index, {
                  matchedFields: ['headline', 'askMeAbout'],
                  matchedSkills: [
                    {
                      skillId: HELM,
                      skillName: 'Helm',
                      countsTowardSkillId: KUBERNETES,
                      countsTowardSkillName: 'Kubernetes',
                      level: 5,
                      endorsementCount: 1,
                      endorsementWeight: 0.88,
                      evidenceCount: 1,
                      interest: 3,
                    },
                  ],
                }),
            })
          : undefined,
      '/search?q=kubernetes',
    );
    const card = screen.getByRole('article', { name: 'Person 0' });
    expect(within(card).getByRole('link', { name: 'Person 0' })).toHaveAttribute(
      'href',
      '/people/p0000000-0000-4000-8000-000000000000',
    );
    expect(within(card).getByText('Staff Engineer · Berlin, Germany')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Platform' })).toHaveAttribute(
      'href',
      `/departments/${PLATFORM}`,
    );
    const reasons = within(card).getByRole('list', { name: 'Skills that match, for Person 0' });
    expect(within(reasons).getByRole('link', { name: 'Helm' })).toHaveAttribute('href', `/skills/${HELM}`);
    expect(reasons).toHaveTextContent(
      'Helm: Expert (5 of 5) · 1 endorsement · used on 1 completed project · interest: passion · counts toward Kubernetes',
    );
    expect(
      within(card).getByText('Your words are in their headline and “ask me about”.'),
    ).toBeInTheDocument();
  });

  it('shows the projects they matched through, with their part in each and a link to it', () => {
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              total: 1,
              edge: (index) =>
                edge(index, {
                  matchedSkills: [],
                  matchedFields: ['projects'],
                  matchedProjects: [
                    {
                      projectId: PHOENIX,
                      title: 'Phoenix',
                      part: 'OWNER',
                      roleTitle: null,
                      status: 'completed',
                      completedAt: '2026-03-14T09:30:00.000Z',
                      matchedFields: [],
                    },
                    {
                      projectId: ATLAS,
                      title: 'Atlas',
                      part: 'CO_LEAD',
                      roleTitle: null,
                      status: 'active',
                      completedAt: null,
                      matchedFields: ['summary'],
                    },
                    {
                      projectId: SEARCH_PLATFORM,
                      title: 'Search Platform',
                      part: 'MEMBER',
                      roleTitle: 'Backend engineer',
                      status: 'completed',
                      completedAt: '2025-02-01T00:00:00.000Z',
                      matchedFields: ['title', 'skills', 'role'],
                    },
                  ],
                }),
            })
          : undefined,
      '/search?q=search+platform',
    );
    const card = screen.getByRole('article', { name: 'Person 0' });
    const projects = within(card).getByRole('list', { name: 'Projects that match, for Person 0' });
    expect(
      within(projects)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `Led Phoenix (completed ${formatMonth('2026-03-14T09:30:00.000Z')})`,
      'Co-leads Atlas (under way) · matched on its summary',
      `Worked on Search Platform as Backend engineer (completed ${formatMonth('2025-02-01T00:00:00.000Z')}) · matched on its title, skills needed and role`,
    ]);
    expect(within(projects).getByRole('link', { name: 'Phoenix' })).toHaveAttribute(
      'href',
      `/projects/${PHOENIX}`,
    );
    expect(within(projects).getByRole('link', { name: 'Atlas' })).toHaveAttribute(
      'href',
      `/projects/${ATLAS}`,
    );
    expect(within(projects).getByRole('link', { name: 'Search Platform' })).toHaveAttribute(
      'href',
      `/projects/${SEARCH_PLATFORM}`,
    );
    expect(within(card).getByText('Your words are in their projects.')).toBeInTheDocument();
    // They match the whole question: no partial-match note.
    expect(within(card).queryByText('Matches part of your search')).not.toBeInTheDocument();
  });

  it('says so on the results that match only part of the question', () => {
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              total: 3,
              edge: (index) => edge(index, { coverage: [1, 0.6, 0.9999999][index] ?? 1 }),
            })
          : undefined,
      '/search?q=kubernetes+phoenix',
    );
    const partial = (name: string) =>
      within(screen.getByRole('article', { name })).queryByText('Matches part of your search');
    expect(partial('Person 0')).not.toBeInTheDocument();
    expect(partial('Person 1')).toBeInTheDocument();
    // Rounding aside, this is the whole question.
    expect(partial('Person 2')).not.toBeInTheDocument();
  });

  it('turns a recognised skill into a required skill filter, taking its words out of the text', async () => {
    const user = userEvent.setup();
    const client = renderSearch((request) => {
      if (request.operationName !== 'SearchPeople') return undefined;
      const query = (request.variables['input'] as { query?: string }).query ?? '';
      return searchAnswer(request, {
        interpretation: interpretation({
          skills: query.includes('k8s')
            ? [{ skillId: KUBERNETES, name: 'Kubernetes', matchedText: 'k8s', via: 'alias' }]
            : [],
          terms: query.includes('platform') ? ['platform'] : [],
        }),
      });
    }, '/search?q=k8s+platform');
    const chips = screen.getByRole('list', { name: 'Understood as:' });
    // The hint says what the text does and what "Require" does.
    expect(chips).toHaveAccessibleDescription(/A recognised skill ranks too; “Require” makes it a filter/);
    expect(screen.queryByRole('list', { name: 'Filters:' })).not.toBeInTheDocument();
    // Only skills have the action.
    expect(within(chips).getAllByRole('button', { name: /^Require/ })).toHaveLength(1);

    // From the keyboard.
    screen.getByRole('button', { name: 'Require Kubernetes as a filter' }).focus();
    await user.keyboard('{Enter}');

    expect(currentSearch().get('q')).toBe('platform');
    expect(currentSearch().getAll('skill')).toEqual([`${KUBERNETES}:1`]);
    expect(searchBox()).toHaveValue('platform');
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'platform',
      skills: [{ skillId: KUBERNETES, minLevel: 1 }],
    });
    expect(
      within(screen.getByRole('list', { name: 'Understood as:' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Words: platform']);
    expect(
      within(screen.getByRole('list', { name: 'Filters:' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Skill: Kubernetes']);
    expect(screen.getByRole('combobox', { name: 'Minimum level in Kubernetes' })).toHaveValue('1');
    // Focus moves on to the chip that took its place.
    expect(screen.getByRole('button', { name: 'Remove word platform from the search' })).toHaveFocus();
  });

  it('does not offer to require a skill that is a filter already', () => {
    renderSearch(answerKubernetes, `/search?q=kubernetes&skill=${KUBERNETES}:3`);
    expect(
      within(screen.getByRole('list', { name: 'Understood as:' })).getByRole('listitem'),
    ).toHaveTextContent('Skill: Kubernetes');
    expect(screen.queryByRole('button', { name: /^Require / })).not.toBeInTheDocument();
  });

  it('shows the interpretation as chips; removing one edits the query', async () => {
    const user = userEvent.setup();
    const client = renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              interpretation: interpretation({
                skills: [{ skillId: KUBERNETES, name: 'Kubernetes', matchedText: 'k8s', via: 'alias' }],
                location: 'Berlin, Germany',
                locationText: 'berlin',
                passion: true,
                terms: ['platform'],
              }),
            })
          : undefined,
      '/search?q=who+loves+k8s+platform+in+Berlin',
    );
    const chips = screen.getByRole('list', { name: 'Understood as:' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Skill: Kubernetes (from “k8s”)Require',
      'Place: Berlin, Germany',
      'Passion: interest counts',
      'Words: platform',
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove place Berlin, Germany from the search' }));
    expect(currentSearch().get('q')).toBe('who loves k8s platform');
    expect(searchBox()).toHaveValue('who loves k8s platform');
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({ query: 'who loves k8s platform' });
    // Focus moves on to the chip that took its place.
    expect(screen.getByRole('button', { name: 'Remove passion from the search' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove passion from the search' }));
    expect(currentSearch().get('q')).toBe('who k8s platform');

    await user.click(screen.getByRole('button', { name: 'Remove skill Kubernetes from the search' }));
    expect(currentSearch().get('q')).toBe('who platform');
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Words: platform']);
  });

  it('applies a department when its facet is clicked, and removes it on a second click', async () => {
    const user = userEvent.setup();
    const client = renderSearch(
      (request) => (request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined),
      '/search?q=kubernetes',
    );
    const departments = screen.getByRole('list', { name: 'Department' });
    const data = within(departments).getByRole('button', { name: 'Data 3 people' });
    expect(data).toHaveAttribute('aria-pressed', 'false');

    await user.click(data);

    expect(currentSearch().getAll('dept')).toEqual([DATA]);
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'kubernetes',
      departmentIds: [DATA],
    });
    expect(
      within(screen.getByRole('list', { name: 'Department' })).getByRole('button', { name: 'Data 3 people' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('list', { name: 'Filters:' })).getByText('Data')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Berlin, Germany 9 people' }));
    expect(currentSearch().get('place')).toBe('Berlin, Germany');
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'kubernetes',
      departmentIds: [DATA],
      location: 'Berlin, Germany',
    });

    await user.click(
      within(screen.getByRole('list', { name: 'Department' })).getByRole('button', { name: 'Data 3 people' }),
    );
    expect(currentSearch().getAll('dept')).toEqual([]);
  });

  it('offers the corrected query when a skill was misspelt', async () => {
    const user = userEvent.setup();
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              interpretation: interpretation({
                skills: [{ skillId: KUBERNETES, name: 'Kubernetes', matchedText: 'kubernetse', via: 'typo' }],
                didYouMean: 'kubernetes',
              }),
            })
          : undefined,
      '/search?q=kubernetse',
    );
    expect(
      within(screen.getByRole('list', { name: 'Understood as:' })).getByRole('listitem'),
    ).toHaveTextContent('Skill: Kubernetes (corrected from “kubernetse”)');
    await user.click(screen.getByRole('button', { name: 'kubernetes' }));
    expect(currentSearch().get('q')).toBe('kubernetes');
    expect(searchBox()).toHaveValue('kubernetes');
  });

  it('charts the level distribution as a table with bars', () => {
    renderSearch(answerKubernetes, '/search?q=kubernetes');
    const table = screen.getByRole('table', { name: 'Matches by level in Kubernetes' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Expert2', 'Advanced5', 'Proficient8', 'Working0', 'Learning0']);
    expect(screen.getByTestId('level-bar-3')).toHaveStyle({ width: '100%' });
    expect(screen.getByTestId('level-bar-3').parentElement).toHaveAttribute('aria-hidden', 'true');
  });

  it('adds a skill filter from the autocomplete, with a minimum level', async () => {
    const user = userEvent.setup();
    const client = renderSearch((request) => {
      if (request.operationName === 'SkillSuggestions') {
        return {
          data: {
            skills: [
              {
                match: 'PREFIX',
                matchedAlias: null,
                skill: { id: HELM, name: 'Helm', category: 'engineering' },
              },
            ],
          },
        };
      }
      return request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined;
    });
    await user.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'hel');
    await user.click(await screen.findByRole('option', { name: /Helm/ }));
    expect(currentSearch().getAll('skill')).toEqual([`${HELM}:1`]);
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      skills: [{ skillId: HELM, minLevel: 1 }],
    });
    expect(within(screen.getByRole('list', { name: 'Filters:' })).getByText('Helm')).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Minimum level in Helm' }),
      'Advanced or above',
    );
    expect(currentSearch().getAll('skill')).toEqual([`${HELM}:4`]);
    expect(
      within(screen.getByRole('list', { name: 'Filters:' })).getByText('Helm, Advanced or above'),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Free hours per week' }), 'At least 8');
    await user.click(screen.getByRole('checkbox', { name: 'Open to projects' }));
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      skills: [{ skillId: HELM, minLevel: 4 }],
      minHoursPerWeek: 8,
      openToProjects: true,
    });
    expect(currentSearch().toString()).toBe(`skill=${encodeURIComponent(`${HELM}:4`)}&hours=8&open=yes`);
  });

  it('names a skill filter from the URL by looking it up', () => {
    renderSearch((request) => {
      if (request.operationName === 'SkillName')
        return { data: { skill: { id: HELM, name: 'Helm', status: 'ACTIVE' } } };
      return request.operationName === 'SearchPeople'
        ? searchAnswer(request, { facets: facets({ skills: [] }) })
        : undefined;
    }, `/search?skill=${HELM}:5`);
    expect(
      within(screen.getByRole('list', { name: 'Filters:' })).getByText('Helm, Expert'),
    ).toBeInTheDocument();
  });

  it('suggests removing a chip or filter when no one matches', async () => {
    const user = userEvent.setup();
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople'
          ? searchAnswer(request, {
              total: 0,
              facets: facets({ departments: [], locations: [], skills: [], levels: [] }),
              interpretation: interpretation({ terms: ['zebra'] }),
            })
          : undefined,
      '/search?q=zebra&place=Remote',
    );
    expect(screen.getByText('No one matches “zebra”')).toBeInTheDocument();
    const ways = screen.getByRole('list', { name: 'Ways to widen the search' });
    expect(
      within(ways)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Remove words: zebra', 'Remove place: Remote']);
    await user.click(within(ways).getByRole('button', { name: 'Remove place: Remote' }));
    expect(currentSearch().toString()).toBe('q=zebra');
  });

  it.each([
    ['SEARCH_QUERY_TOO_LONG', 'A search can be at most 200 characters long. Shorten it and try again.'],
    ['SKILL_NOT_FOUND', 'One of the chosen skills does not exist any more'],
    ['BAD_USER_INPUT', 'Some of the filters in this link are not valid'],
  ])('explains the %s error in words', (code, message) => {
    renderSearch(
      (request) => (request.operationName === 'SearchPeople' ? { error: errorWithCode(code) } : undefined),
      `/search?q=x&skill=${HELM}:2`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('clears the filters of a broken link', async () => {
    const user = userEvent.setup();
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople' ? { error: errorWithCode('SKILL_NOT_FOUND') } : undefined,
      `/search?q=x&skill=${HELM}:2`,
    );
    await user.click(
      within(screen.getByRole('alert').parentElement as HTMLElement).getByRole('button', {
        name: 'Clear all filters',
      }),
    );
    expect(currentSearch().toString()).toBe('q=x');
  });

  it('treats a query of filler words only like an empty search', () => {
    renderSearch(
      (request) =>
        request.operationName === 'SearchPeople' ? { error: errorWithCode('SEARCH_EMPTY') } : undefined,
      '/search?q=who+is',
    );
    expect(screen.getByText('Nothing left to search for')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Example searches' })).toBeInTheDocument();
  });

  it('loads more results and moves focus to the first one added', async () => {
    const user = userEvent.setup();
    const client = renderSearch(
      (request) =>
        request.operationName === 'SearchPeople' ? searchAnswer(request, { total: 25 }) : undefined,
      '/search?q=kubernetes',
    );
    expect(screen.getByTestId('search-status')).toHaveTextContent('25 people match. Showing the best 20.');
    await user.click(screen.getByRole('button', { name: 'Load more people' }));
    expect(searchRequests(client).at(-1)?.variables).toEqual({
      input: { query: 'kubernetes' },
      first: 20,
      after: 'c19',
    });
    expect(screen.getAllByTestId('search-result')).toHaveLength(25);
    expect(screen.getByRole('link', { name: 'Person 20' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more people' })).not.toBeInTheDocument();
  });

  it('opens a saved search from ?saved=<id>', () => {
    const saved = savedSearch({
      criteria: {
        ...savedSearch().criteria,
        query: 'kubernetes',
        departmentIds: [PLATFORM],
        openToProjects: true,
      },
    });
    const client = createClient((request) => {
      if (request.operationName === 'MySavedSearches') return { data: { mySavedSearches: [saved] } };
      if (request.operationName === 'SkillLevels') return { data: skillLevels };
      return request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined;
    });
    render(
      <TestProviders client={client} initialEntries={[`/search?saved=${saved.id}`]}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
        </Routes>
        <Location />
      </TestProviders>,
    );
    expect(currentSearch().toString()).toBe(`q=kubernetes&dept=${PLATFORM}&open=yes`);
    expect(searchBox()).toHaveValue('kubernetes');
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'kubernetes',
      departmentIds: [PLATFORM],
      openToProjects: true,
    });
    expect(screen.getByRole('link', { name: saved.name })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText(/This search is saved as/)).toHaveTextContent(
      'This search is saved as Kubernetes in Berlin.',
    );
  });

  it('makes one history entry per typed search, so the back button returns to the previous search', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderSearch(
      (request) => (request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined),
      '/search?q=kubernetes',
    );
    await user.click(
      within(screen.getByRole('list', { name: 'Department' })).getByRole('button', { name: 'Data 3 people' }),
    );
    expect(currentSearch().toString()).toBe(`q=kubernetes&dept=${DATA}`);

    await user.clear(searchBox());
    await user.type(searchBox(), 'py');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    await user.type(searchBox(), 'thon');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(currentSearch().toString()).toBe(`q=python&dept=${DATA}`);

    // Back skips the intermediate "py": the typing made one entry.
    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(currentSearch().toString()).toBe(`q=kubernetes&dept=${DATA}`);
    expect(searchBox()).toHaveValue('kubernetes');
    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(currentSearch().toString()).toBe('q=kubernetes');
    expect(
      within(screen.getByRole('list', { name: 'Department' })).getByRole('button', { name: 'Data 3 people' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('says so when a saved search in a link is not one of mine', () => {
    renderSearch(() => undefined, '/search?saved=e0000000-0000-4000-8000-00000000000f');
    expect(screen.getByText('That saved search is gone')).toBeInTheDocument();
    expect(currentSearch().toString()).toBe('');
    expect(screen.getByText('Find colleagues by skill, place or passion')).toBeInTheDocument();
  });

  it('adds a skill common among the matches as a filter, leaving out the skills the text asks for', async () => {
    const user = userEvent.setup();
    const client = renderSearch(answerKubernetes, '/search?q=kubernetes');
    const common = screen.getByRole('list', { name: 'Common skills among the matches' });
    expect(
      within(common)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Helm7 people']);
    await user.click(within(common).getByRole('button', { name: 'Helm 7 people' }));
    expect(currentSearch().getAll('skill')).toEqual([`${HELM}:1`]);
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'kubernetes',
      skills: [{ skillId: HELM, minLevel: 1 }],
    });
    expect(within(screen.getByRole('list', { name: 'Filters:' })).getByText('Helm')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Common skills among the matches' })).getByRole('button', {
        name: 'Helm 7 people',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('SearchPage on a phone', () => {
  let restoreViewport: () => void = () => undefined;
  beforeEach(() => {
    restoreViewport = mockViewportWidth(390);
  });
  afterEach(() => restoreViewport());

  const answer: MockResolver = (request) =>
    request.operationName === 'SearchPeople' ? searchAnswer(request) : undefined;

  it('puts the search box and the results first, the filters behind a button', () => {
    renderSearch(answer, '/search?q=kubernetes');
    expect(screen.queryByRole('heading', { name: 'Refine' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Department' })).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // In reading order: the search box, the filters button, then the results.
    const follows = (first: Element, second: Element) =>
      Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(searchBox(), button)).toBe(true);
    expect(follows(button, screen.getByRole('list', { name: 'Search results' }))).toBe(true);
  });

  it('counts the active filters on the button', () => {
    renderSearch(answer, `/search?q=kubernetes&dept=${DATA}&hours=8&open=yes`);
    expect(screen.getByRole('button', { name: 'Filters (3)' })).toBeInTheDocument();
  });

  it('opens the filters in a dialog that applies them, closes on Escape and returns focus', async () => {
    const user = userEvent.setup();
    const client = renderSearch(answer, '/search?q=kubernetes');
    const button = screen.getByRole('button', { name: 'Filters' });

    await user.click(button);

    const drawer = screen.getByRole('dialog', { name: 'Refine' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // The page keeps one banner (the app's header): the dialog's title bar is not another.
    expect(drawer.querySelector('header')).toBeNull();
    expect(within(drawer).getByRole('button', { name: 'Close the filters' })).toBeInTheDocument();
    await user.click(
      within(within(drawer).getByRole('list', { name: 'Department' })).getByRole('button', {
        name: 'Data 3 people',
      }),
    );
    expect(currentSearch().getAll('dept')).toEqual([DATA]);
    expect(searchRequests(client).at(-1)?.variables['input']).toEqual({
      query: 'kubernetes',
      departmentIds: [DATA],
    });
    // The dialog stays open for more filters; the button behind it counts them already.
    expect(screen.getByRole('dialog', { name: 'Refine' })).toBeInTheDocument();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog', { name: 'Refine' })).not.toBeInTheDocument();
    const updated = screen.getByRole('button', { name: 'Filters (1)' });
    await waitFor(() => expect(updated).toHaveFocus());
  });

  it('keeps focus inside the open filters and closes them from "Show N people"', async () => {
    const user = userEvent.setup();
    renderSearch(answer, '/search?q=kubernetes');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const drawer = screen.getByRole('dialog', { name: 'Refine' });

    for (let step = 0; step < 30; step++) {
      await user.tab();
      expect(drawer).toContainElement(document.activeElement as HTMLElement);
    }

    await user.click(within(drawer).getByRole('button', { name: 'Show 3 people' }));
    expect(screen.queryByRole('dialog', { name: 'Refine' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus());
  });
});
