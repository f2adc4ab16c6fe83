import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import type { MockRequest } from '@ensemble/web/ui';
import type {
  SavedSearch,
  SearchEdge,
  SearchFacets,
  SearchInterpretation,
} from '@ensemble/web/discovery/data-access';

export const skillLevels = {
  skillLevels: [
    { level: 1, name: 'Learning', description: 'Learning it.' },
    { level: 2, name: 'Working', description: 'Works with it.' },
    { level: 3, name: 'Proficient', description: 'Proficient.' },
    { level: 4, name: 'Advanced', description: 'Advanced.' },
    { level: 5, name: 'Expert', description: 'Expert.' },
  ],
  interestLevels: [
    { interest: 0, name: 'Neutral', description: '' },
    { interest: 1, name: 'Curious', description: '' },
    { interest: 2, name: 'Keen', description: '' },
    { interest: 3, name: 'Passion', description: '' },
  ],
};

export const KUBERNETES = 'a0000000-0000-4000-8000-000000000001';
export const HELM = 'a0000000-0000-4000-8000-000000000002';
export const PYTHON = 'a0000000-0000-4000-8000-000000000003';
export const PHOENIX = 'f0000000-0000-4000-8000-000000000001';
export const SEARCH_PLATFORM = 'f0000000-0000-4000-8000-000000000002';
export const ATLAS = 'f0000000-0000-4000-8000-000000000003';
export const PLATFORM = 'd0000000-0000-4000-8000-000000000001';
export const DATA = 'd0000000-0000-4000-8000-000000000002';

export function person(index: number, overrides: Partial<SearchEdge['node']['person']> = {}) {
  return {
    id: `p0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    displayName: `Person ${index}`,
    givenName: 'Person',
    familyName: String(index),
    title: index === 0 ? 'Staff Engineer' : null,
    avatarUrl: null,
    headline: index === 0 ? 'Runs the platform team' : null,
    location: index === 0 ? 'Berlin, Germany' : null,
    department: { id: PLATFORM, name: 'Platform' },
    ...overrides,
  };
}

export function edge(index: number, overrides: Partial<SearchEdge['node']> = {}): SearchEdge {
  return {
    cursor: `c${index}`,
    node: {
      score: 100 - index,
      coverage: 1,
      matchedFields: [],
      matchedProjects: [],
      matchedSkills: [
        {
          skillId: KUBERNETES,
          skillName: 'Kubernetes',
          countsTowardSkillId: null,
          countsTowardSkillName: null,
          level: 4,
          endorsementCount: 3,
          endorsementWeight: 2.64,
          evidenceCount: 2,
          interest: 0,
        },
      ],
      person: person(index),
      ...overrides,
    },
  };
}

export const interpretation = (overrides: Partial<SearchInterpretation> = {}): SearchInterpretation => ({
  skills: [],
  location: null,
  locationText: null,
  terms: [],
  passion: false,
  didYouMean: null,
  ...overrides,
});

export const facets = (overrides: Partial<SearchFacets> = {}): SearchFacets => ({
  departments: [
    { id: PLATFORM, name: 'Platform', count: 12 },
    { id: DATA, name: 'Data', count: 3 },
  ],
  locations: [
    { value: 'Berlin, Germany', count: 9 },
    { value: 'Remote', count: 6 },
  ],
  skills: [
    { id: KUBERNETES, name: 'Kubernetes', count: 15 },
    { id: HELM, name: 'Helm', count: 7 },
  ],
  levels: [
    { level: 5, count: 2 },
    { level: 4, count: 5 },
    { level: 3, count: 8 },
  ],
  ...overrides,
});

/** A searchPeople connection: `total` people, pages of `first` with cursors "c<index>". */
export function searchAnswer(
  request: MockRequest,
  options: {
    total?: number;
    interpretation?: SearchInterpretation;
    facets?: SearchFacets;
    edge?: (index: number) => SearchEdge;
  } = {},
) {
  const total = options.total ?? 3;
  const first = Number(request.variables['first'] ?? 20);
  const after = request.variables['after'];
  const start = after ? Number(String(after).slice(1)) + 1 : 0;
  const count = Math.max(0, Math.min(first, total - start));
  const edges = Array.from({ length: count }, (_, offset) => (options.edge ?? edge)(start + offset));
  return {
    data: {
      searchPeople: {
        totalCount: total,
        pageInfo: { hasNextPage: start + count < total, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
        interpretation: options.interpretation ?? interpretation(),
        facets: options.facets ?? facets(),
      },
    },
  };
}

export function savedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    name: 'Kubernetes in Berlin',
    alerts: true,
    tooBroad: false,
    matchCount: 12,
    createdAt: '2026-11-01T10:00:00.000Z',
    lastCheckedAt: '2026-11-20T10:00:00.000Z',
    criteria: {
      query: 'kubernetes in berlin',
      skills: [],
      passions: [],
      departmentIds: [],
      location: null,
      minHoursPerWeek: null,
      openToProjects: null,
    },
    ...overrides,
  };
}

export function errorWithCode(code: string, message = 'Failed.') {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });
}
