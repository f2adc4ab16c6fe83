// Field privacy over HTTP: every field with a visibility, at every visibility, for every kind of
// viewer; the directory's location filter and totalCount must agree with what each viewer may see.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

const FIELDS = [
  'HEADLINE',
  'BIO',
  'LOCATION',
  'TIME_ZONE',
  'SPOKEN_LANGUAGES',
  'LINKS',
  'HOURS_PER_WEEK_AVAILABLE',
  'OPEN_TO_PROJECTS',
  'PASSIONS',
  'ASK_ME_ABOUT',
] as const;

/** The GraphQL field (and selection) for each ProfileField. */
const SELECTION: Record<(typeof FIELDS)[number], string> = {
  HEADLINE: 'headline',
  BIO: 'bio',
  LOCATION: 'location',
  TIME_ZONE: 'timeZone',
  SPOKEN_LANGUAGES: 'spokenLanguages { language proficiency }',
  LINKS: 'links { label url }',
  HOURS_PER_WEEK_AVAILABLE: 'hoursPerWeekAvailable',
  OPEN_TO_PROJECTS: 'openToProjects',
  PASSIONS: 'passions',
  ASK_ME_ABOUT: 'askMeAbout',
};
const fieldName = (field: (typeof FIELDS)[number]) => SELECTION[field].split(' ')[0] as string;

type ViewerKind =
  'self' | 'colleague' | 'directManager' | 'skipManager' | 'directReport' | 'peer' | 'hr' | 'admin';
const VIEWERS: ViewerKind[] = [
  'self',
  'colleague',
  'directManager',
  'skipManager',
  'directReport',
  'peer',
  'hr',
  'admin',
];

/** Who sees a field at each visibility: the specification of the policy, written out as a table. */
const SEES: Record<string, Record<ViewerKind, boolean>> = {
  EVERYONE: {
    self: true,
    colleague: true,
    directManager: true,
    skipManager: true,
    directReport: true,
    peer: true,
    hr: true,
    admin: true,
  },
  MANAGER_CHAIN_AND_TEAM: {
    self: true,
    colleague: false,
    directManager: true,
    skipManager: true,
    directReport: true,
    peer: true,
    hr: true,
    admin: true,
  },
  HR_ONLY: {
    self: true,
    colleague: false,
    directManager: false,
    skipManager: false,
    directReport: false,
    peer: false,
    hr: true,
    admin: true,
  },
  ONLY_ME: {
    self: true,
    colleague: false,
    directManager: false,
    skipManager: false,
    directReport: false,
    peer: false,
    hr: false,
    admin: false,
  },
};

describe('profile field privacy', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let ids: Record<ViewerKind, string>;
  let cookies: Record<ViewerKind, string>;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    gql = graphql(test);
    // ceo → skipManager → directManager → owner (self) → directReport; peer shares the owner's manager;
    // colleague reports to another manager; hr and admin sit outside the owner's line.
    const ceo = await insertPerson(test, { given: 'Ceo', family: 'Top' });
    const skipManager = await insertPerson(test, { given: 'Skip', family: 'Manager', managerId: ceo });
    const directManager = await insertPerson(test, {
      given: 'Direct',
      family: 'Manager',
      managerId: skipManager,
    });
    const self = await insertPerson(test, { given: 'Owner', family: 'Person', managerId: directManager });
    const directReport = await insertPerson(test, { given: 'Direct', family: 'Report', managerId: self });
    const peer = await insertPerson(test, { given: 'Peer', family: 'Person', managerId: directManager });
    const otherManager = await insertPerson(test, {
      given: 'Other',
      family: 'Manager',
      managerId: skipManager,
    });
    const colleague = await insertPerson(test, { given: 'Col', family: 'League', managerId: otherManager });
    const hr = await insertPerson(test, {
      given: 'Hanna',
      family: 'Hr',
      managerId: ceo,
      roles: ['employee', 'hr'],
    });
    const admin = await insertPerson(test, {
      given: 'Adam',
      family: 'Admin',
      managerId: ceo,
      roles: ['employee', 'admin'],
    });
    ids = { self, colleague, directManager, skipManager, directReport, peer, hr, admin };
    cookies = await cookiesFor(test, ids);
    const filled = await gql(
      cookies.self,
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
      {
        input: {
          headline: 'Builds things',
          bio: 'I like **bold** ideas.',
          location: 'Lisbon',
          timeZone: 'Europe/Lisbon',
          spokenLanguages: [{ language: 'pt', proficiency: 'NATIVE' }],
          links: [{ label: 'Blog', url: 'https://blog.example.com' }],
          hoursPerWeekAvailable: 6,
          openToProjects: true,
          passions: ['Sailing'],
          askMeAbout: ['Rust'],
        },
      },
    );
    expect(filled.body.errors).toBeUndefined();
  });
  afterAll(() => test.close());

  const profileQuery = `query($id: ID!) { person(id: $id) { id ${FIELDS.map((f) => SELECTION[f]).join(' ')} bioPlainText } }`;

  it('defaults every field to EVERYONE except hours per week (manager chain and team)', async () => {
    const response = await gql(cookies.self, '{ viewer { myFieldVisibility { field visibility } } }');
    const settings = Object.fromEntries(
      response.body.data['viewer'].myFieldVisibility.map((s: { field: string; visibility: string }) => [
        s.field,
        s.visibility,
      ]),
    );
    expect(settings).toEqual({
      ...Object.fromEntries(FIELDS.map((f) => [f, 'EVERYONE'])),
      HOURS_PER_WEEK_AVAILABLE: 'MANAGER_CHAIN_AND_TEAM',
    });
    const asColleague = await gql(cookies.colleague, profileQuery, { id: ids.self });
    expect(asColleague.body.data['person'].hoursPerWeekAvailable).toBeNull();
    expect(asColleague.body.data['person'].headline).toBe('Builds things');
  });

  for (const visibility of Object.keys(SEES)) {
    it(`at ${visibility}, each viewer sees exactly the fields the policy allows, in queries and in the location filter`, async () => {
      const set = await gql(
        cookies.self,
        `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
        { input: { visibility: FIELDS.map((field) => ({ field, visibility })) } },
      );
      expect(set.body.errors).toBeUndefined();

      const observed: Record<string, Record<string, boolean>> = {};
      const expected: Record<string, Record<string, boolean>> = {};
      for (const viewer of VIEWERS) {
        const response = await gql(cookies[viewer], profileQuery, { id: ids.self });
        expect(response.body.errors).toBeUndefined();
        const person = response.body.data['person'];
        for (const field of [...FIELDS, 'BIO_PLAIN_TEXT' as const]) {
          const name = field === 'BIO_PLAIN_TEXT' ? 'bioPlainText' : fieldName(field);
          const key = `${viewer}.${name}`;
          (observed[viewer] ??= {})[key] = person[name] !== null;
          (expected[viewer] ??= {})[key] = SEES[visibility]?.[viewer] === true;
        }

        // The directory never matches or counts a location the viewer may not see.
        const filtered = await gql(
          cookies[viewer],
          `{ people(filter: { location: "lisb" }) { totalCount edges { node { id location } } } }`,
        );
        expect(filtered.body.errors).toBeUndefined();
        const matches = SEES[visibility]?.[viewer] ? 1 : 0;
        expect({ viewer, totalCount: filtered.body.data['people'].totalCount }).toEqual({
          viewer,
          totalCount: matches,
        });
        expect(filtered.body.data['people'].edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
          matches ? [ids.self] : [],
        );
      }
      expect(observed).toEqual(expected);
    });
  }

  it('shows myFieldVisibility and profileCompleteness to the owner only', async () => {
    const response = await gql(
      cookies.hr,
      `query($id: ID!) { person(id: $id) { myFieldVisibility { field } profileCompleteness { percent } } viewer { myFieldVisibility { field } } }`,
      { id: ids.self },
    );
    expect(response.body.data['person']).toEqual({ myFieldVisibility: null, profileCompleteness: null });
    expect(response.body.data['viewer'].myFieldVisibility).toHaveLength(FIELDS.length);
  });

  it('loads a directory page of 20 with every profile field in the same number of statements as a page of 2', async () => {
    for (let i = 0; i < 25; i++) {
      await insertPerson(test, {
        given: `Bulk${String(i).padStart(2, '0')}`,
        family: 'Person',
        managerId: ids.directManager,
        location: 'Porto',
      });
    }
    // Hours per week is at its default (team) visibility for these people, so the relationship loader runs.
    const query = `query($n: Int!) { people(first: $n) { totalCount edges { node { id displayName
      ${FIELDS.map((f) => SELECTION[f]).join(' ')} bioPlainText avatarUrl manager { displayName } } } } }`;
    const small = await gql(cookies.colleague, query, { n: 2 });
    const full = await gql(cookies.colleague, query, { n: 20 });
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data['people'].edges).toHaveLength(20);
    const statements = Number(full.headers['x-sql-statements']);
    expect(statements).toBe(Number(small.headers['x-sql-statements']));
    // session + page + relationships + managers
    expect(statements).toBeLessThanOrEqual(4);
  });
});
