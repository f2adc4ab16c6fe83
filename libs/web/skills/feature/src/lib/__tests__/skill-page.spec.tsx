import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import {
  TestProviders,
  createMockClient,
  createMockClientWithMutations,
  type MockRequest,
  type MockResolver,
} from '@ensemble/web/ui';
import type { SkillResult } from '@ensemble/web/skills/data-access';
import SkillPage from '../skill-page';

type Skill = SkillResult['skill'];

const distribution = [
  { level: 1, name: 'Learning', count: 4 },
  { level: 2, name: 'Working', count: 0 },
  { level: 3, name: 'Proficient', count: 18 },
  { level: 4, name: 'Advanced', count: 2 },
  { level: 5, name: 'Expert', count: 1 },
];

const kubernetes: Skill = {
  id: 's-k8s',
  name: 'Kubernetes',
  category: 'engineering',
  description: 'Running containers in clusters.',
  externalUri: 'http://data.europa.eu/esco/skill/k8s',
  source: 'ESCO',
  status: 'ACTIVE',
  aliases: ['k8s', 'kube'],
  parent: { id: 's-containers', name: 'Container orchestration' },
  children: [
    { id: 's-helm', name: 'Helm' },
    { id: 's-kustomize', name: 'Kustomize' },
  ],
  mergedInto: null,
  levelDistribution: distribution,
  interestOnlyCount: 3,
};

/** 25 holders, sorted as the API sorts them: 1 at level 5, 2 at 4, 18 at 3 and 4 at 1. */
const holders = Array.from({ length: 25 }, (_, index) => {
  const level = index === 0 ? 5 : index < 3 ? 4 : index < 21 ? 3 : 1;
  return {
    level,
    endorsementCount: index === 0 ? 1 : 25 - index,
    person: {
      id: `p-${index}`,
      displayName: `Person ${index}`,
      givenName: 'Person',
      familyName: String(index),
      title: index === 0 ? 'Principal Engineer' : null,
      avatarUrl: null,
      department: { id: 'd-platform', name: 'Platform' },
    },
  };
});

/** A fake holders connection: filters by minLevel, pages of `first` with cursors "c<index>". */
function holdersPage({ variables }: MockRequest) {
  const minLevel = Number(variables['minLevel'] ?? 1);
  const first = Number(variables['first']);
  const matching = holders.filter((holder) => holder.level >= minLevel);
  const start = variables['after'] ? Number(String(variables['after']).slice(1)) + 1 : 0;
  const page = matching.slice(start, start + first);
  return {
    data: {
      skill: {
        id: 's-k8s',
        holders: {
          totalCount: matching.length,
          pageInfo: {
            hasNextPage: start + first < matching.length,
            endCursor: page.length ? `c${start + page.length - 1}` : null,
          },
          edges: page.map((node, index) => ({ cursor: `c${start + index}`, node })),
        },
      },
    },
  };
}

function renderSkill(resolve: MockResolver, id = 's-k8s') {
  const client = createMockClient(resolve);
  render(
    <TestProviders client={client} initialEntries={[`/skills/${id}`]}>
      <Routes>
        <Route path="/skills/:id" element={<SkillPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

const answer =
  (skill: Skill = kubernetes): MockResolver =>
  (request) => {
    if (request.operationName === 'Skill') return { data: { skill } };
    if (request.operationName === 'SkillHolders') return holdersPage(request);
    return undefined;
  };

function errorWithCode(code: string) {
  return new CombinedError({ graphQLErrors: [new GraphQLError('Failed.', { extensions: { code } })] });
}

const holderLinks = () =>
  screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('href')?.startsWith('/people/'))
    .map((link) => link.textContent);

describe('SkillPage', () => {
  it('shows the skill: name, category, description, aliases, taxonomy links and source', () => {
    const client = renderSkill(answer());
    expect(client.requests[0]).toEqual({ operationName: 'Skill', variables: { id: 's-k8s' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeInTheDocument();
    expect(document.title).toBe('Kubernetes · Ensemble');
    expect(screen.getByText('Engineering')).toBeInTheDocument();
    expect(screen.getByText('Running containers in clusters.')).toBeInTheDocument();
    expect(screen.getByText('k8s, kube')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Container orchestration' })).toHaveAttribute(
      'href',
      '/skills/s-containers',
    );
    expect(screen.getByRole('link', { name: 'Helm' })).toHaveAttribute('href', '/skills/s-helm');
    expect(screen.getByRole('link', { name: 'Kustomize' })).toHaveAttribute('href', '/skills/s-kustomize');
    const source = screen.getByRole('link', { name: /ESCO .*opens in a new tab/ });
    expect(source).toHaveAttribute('href', 'http://data.europa.eu/esco/skill/k8s');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('does not link a source key that is not a web address', () => {
    renderSkill(answer({ ...kubernetes, source: 'ONET', externalUri: 'onet:43232306' }));
    expect(screen.getByText('O*NET')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /O\*NET/ })).not.toBeInTheDocument();
  });

  it('charts people per level as a table, highest level first, interest-only apart', () => {
    renderSkill(answer());
    const chart = screen.getByRole('table', { name: '25 people hold Kubernetes' });
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Expert (5)1 person',
      'Advanced (4)2 people',
      'Proficient (3)18 people',
      'Working (2)0 people',
      'Learning (1)4 people',
    ]);
    expect(within(chart).getByRole('rowheader', { name: 'Expert (5)' })).toBeInTheDocument();
    // Bars are scaled to the largest level and hidden from assistive technology.
    expect(screen.getByTestId('level-bar-3')).toHaveStyle({ width: '100%' });
    expect(screen.getByTestId('level-bar-2')).toHaveStyle({ width: '0%' });
    expect(screen.getByTestId('level-bar-3').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(
      screen.getByText('3 more people are interested in it without claiming a level.'),
    ).toBeInTheDocument();
  });

  it('groups holders by level with links to their pages, and loads more on request', async () => {
    const user = userEvent.setup();
    const client = renderSkill(answer());
    expect(screen.getByTestId('holders-count')).toHaveTextContent('Showing 20 of 25 people');
    const expert = screen.getByRole('list', { name: 'Expert (5) · 1 person' });
    expect(within(expert).getByRole('link', { name: 'Person 0' })).toHaveAttribute('href', '/people/p-0');
    expect(within(expert).getByText('Principal Engineer')).toBeInTheDocument();
    expect(within(expert).getByText('1 endorsement')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Advanced (4) · 2 people' })).getAllByRole('link'),
    ).toHaveLength(2);
    expect(holderLinks()).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Load more people' }));

    expect(
      client.requests.filter((request) => request.operationName === 'SkillHolders').at(-1)?.variables,
    ).toEqual({
      id: 's-k8s',
      minLevel: 1,
      first: 20,
      after: 'c19',
    });
    expect(holderLinks()).toEqual(holders.map((holder) => holder.person.displayName));
    expect(screen.getByTestId('holders-count')).toHaveTextContent('25 people');
    // Focus moves to the first person added; nothing more to load.
    expect(screen.getByRole('link', { name: 'Person 20' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more people' })).not.toBeInTheDocument();
    // Page two continued the Proficient group rather than starting another.
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Expert (5) · 1 person',
      'Advanced (4) · 2 people',
      'Proficient (3) · 18 people',
      'Learning (1) · 4 people',
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Proficient (3) · 18 people' })).getAllByRole('link'),
    ).toHaveLength(18);
  });

  it('filters holders by minimum level, starting again from the first page', async () => {
    const user = userEvent.setup();
    const client = renderSkill(answer());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Advanced (4) or above');
    expect(client.requests.at(-1)).toEqual({
      operationName: 'SkillHolders',
      variables: { id: 's-k8s', minLevel: 4, first: 20, after: null },
    });
    expect(holderLinks()).toEqual(['Person 0', 'Person 1', 'Person 2']);
    expect(screen.getByTestId('holders-count')).toHaveTextContent('3 people');
  });

  it('offers to show every level when no one is at the chosen one', async () => {
    const user = userEvent.setup();
    renderSkill((request) => {
      if (request.operationName === 'Skill') return { data: { skill: kubernetes } };
      if (request.operationName !== 'SkillHolders') return undefined;
      const page = holdersPage(request);
      if (Number(request.variables['minLevel']) === 5)
        page.data.skill.holders = { ...page.data.skill.holders, totalCount: 0, edges: [] };
      return page;
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Expert only');
    expect(screen.getByText('No one holds Kubernetes at this level or above.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show every level' }));
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveValue('1');
    expect(holderLinks()).toHaveLength(20);
  });

  it('says when no one holds the skill yet', () => {
    const nobody = {
      ...kubernetes,
      levelDistribution: distribution.map((entry) => ({ ...entry, count: 0 })),
      interestOnlyCount: 0,
    };
    const client = renderSkill(answer(nobody));
    expect(screen.getByText('No one lists Kubernetes with a level yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(client.requests.some((request) => request.operationName === 'SkillHolders')).toBe(false);
  });

  it('points a merged skill to the skill it was merged into', () => {
    const client = renderSkill(
      answer({ ...kubernetes, status: 'MERGED', mergedInto: { id: 's-new', name: 'Kubernetes (new)' } }),
    );
    expect(screen.getByText('This skill was merged')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kubernetes (new)' })).toHaveAttribute('href', '/skills/s-new');
    expect(screen.queryByRole('heading', { name: 'Who has it' })).not.toBeInTheDocument();
    expect(client.requests.some((request) => request.operationName === 'SkillHolders')).toBe(false);
  });

  it('says that a retired skill is retired, and still shows who has it', () => {
    renderSkill(answer({ ...kubernetes, status: 'RETIRED' }));
    expect(screen.getByText('This skill was retired')).toBeInTheDocument();
    expect(screen.getByText(/no longer suggested/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Who has it' })).toBeInTheDocument();
  });

  it('shows a loading state, then a not-found page for an unknown skill', () => {
    const { unmount } = render(
      <TestProviders client={createMockClient(() => undefined)} initialEntries={['/skills/s-x']}>
        <Routes>
          <Route path="/skills/:id" element={<SkillPage />} />
        </Routes>
      </TestProviders>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading skill…');
    unmount();

    renderSkill(() => ({ error: errorWithCode('NOT_FOUND') }), 's-gone');
    expect(screen.getByRole('heading', { level: 1, name: 'Skill not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This skill does not exist or was removed.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers to try again when the skill could not be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    const client = renderSkill((request) =>
      fail && request.operationName === 'Skill'
        ? { error: errorWithCode('INTERNAL_SERVER_ERROR') }
        : answer()(request),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'This skill could not be loaded' }),
    ).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kubernetes' })).toBeInTheDocument();
    expect(client.requests.filter((request) => request.operationName === 'Skill')).toHaveLength(2);
  });
});

describe('SkillPage: the skill on my profile', () => {
  /** The viewer's skills: Kubernetes at `level` (null: interest only), or not at all (undefined). */
  const withMySkills =
    (level?: number | null, skill: Skill = kubernetes): MockResolver =>
    (request) => {
      if (request.operationName === 'MySkillsOnProfile') {
        const skills = [{ level: 2, interest: 1, skill: { id: 's-go' } }];
        if (level !== undefined) skills.push({ level: level as number, interest: 2, skill: { id: 's-k8s' } });
        return { data: { viewer: { id: 'me', skills } } };
      }
      return answer(skill)(request);
    };

  function renderWithMutations(resolve: MockResolver, mutate?: MockResolver) {
    const client = createMockClientWithMutations(
      resolve,
      mutate ??
        ((request) => ({
          data: {
            setMySkill: {
              level: request.variables['input'] ? (request.variables['input'] as { level: number }).level : 1,
              interest: 0,
              skill: { id: 's-k8s' },
            },
          },
        })),
    );
    render(
      <TestProviders client={client} initialEntries={['/skills/s-k8s']}>
        <Routes>
          <Route path="/skills/:id" element={<SkillPage />} />
        </Routes>
      </TestProviders>,
    );
    return client;
  }

  it('adds a skill I do not hold at the level I choose, then says it is on my profile', async () => {
    const user = userEvent.setup();
    const client = renderWithMutations(withMySkills(undefined));
    const section = screen.getByRole('region', { name: 'Add to my profile' });

    await user.selectOptions(within(section).getByRole('combobox', { name: /Your level/ }), '4: Advanced');
    await user.click(within(section).getByRole('button', { name: 'Add to my profile' }));

    expect(client.mutations).toHaveLength(1);
    expect(client.mutations[0]).toMatchObject({
      operationName: 'AddMySkill',
      variables: { input: { skillId: 's-k8s', level: 4 } },
    });
    // Profiles and the skill's counts refresh.
    expect(client.mutations[0]?.context['additionalTypenames']).toEqual(
      expect.arrayContaining(['Person', 'PersonSkill', 'Skill']),
    );
    const status = (await screen.findByText('Added to your profile (level 4: Advanced)')).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(status).toHaveFocus();
    expect(within(status).getByRole('link', { name: 'Edit on my profile' })).toHaveAttribute('href', '/me');
    expect(screen.queryByRole('region', { name: 'Add to my profile' })).not.toBeInTheDocument();
  });

  it('asks for a level before adding', async () => {
    const user = userEvent.setup();
    const client = renderWithMutations(withMySkills(undefined));
    await user.click(screen.getByRole('button', { name: 'Add to my profile' }));
    expect(screen.getByText('Choose your level.')).toBeInTheDocument();
    expect(client.mutations).toHaveLength(0);
  });

  it('says so when the skill could not be added', async () => {
    const user = userEvent.setup();
    renderWithMutations(withMySkills(undefined), () => ({ error: errorWithCode('SKILL_RETIRED') }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Your level/ }), '2: Working');
    await user.click(screen.getByRole('button', { name: 'Add to my profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This skill was retired: it can no longer be added to profiles.',
    );
    expect(screen.getByRole('button', { name: 'Add to my profile' })).toBeInTheDocument();
  });

  it('shows the level I hold it at, with a link to edit it, and offers no add', () => {
    renderWithMutations(withMySkills(3));
    expect(screen.getByText('On your profile (level 3: Proficient)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit on my profile' })).toHaveAttribute('href', '/me');
    expect(screen.queryByRole('button', { name: /Add/ })).not.toBeInTheDocument();
  });

  it('offers to add a level to a skill held as an interest only', async () => {
    const user = userEvent.setup();
    const client = renderWithMutations(withMySkills(null));
    const section = screen.getByRole('region', { name: 'Add your level' });
    expect(section).toHaveTextContent('Kubernetes is on your profile as an interest.');
    await user.selectOptions(within(section).getByRole('combobox', { name: /Your level/ }), '1: Learning');
    await user.click(within(section).getByRole('button', { name: 'Add my level' }));
    expect(client.mutations[0]?.variables).toEqual({ input: { skillId: 's-k8s', level: 1 } });
  });

  it('offers no add for a retired skill', () => {
    renderWithMutations(withMySkills(undefined, { ...kubernetes, status: 'RETIRED' }));
    expect(screen.getByText('This skill was retired')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to my profile' })).not.toBeInTheDocument();
  });
});
