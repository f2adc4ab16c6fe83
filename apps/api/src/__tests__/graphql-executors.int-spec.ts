// Lives with the app: it needs every domain module and signs in through the identity module.
import request from 'supertest';
import { CompiledExecution } from '@ensemble/api/core';
import {
  createTestApp,
  createTestDatabase,
  type TestApp,
  type TestDatabase,
} from '@ensemble/api/core/testing';
import { seedDemoCompanyIfEmpty } from '@ensemble/api/demo-data';
import { signInAs } from '@ensemble/api/identity/testing';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import { DOMAIN_MODULES } from '../app.module';

const SUMMARY = `fragment Summary on Person { id displayName givenName familyName title avatarUrl department { id name } }`;
const PERSON = `${SUMMARY}
  fragment Profile on Person {
    ...Summary email headline location timeZone bio bioPlainText spokenLanguages { language proficiency }
    links { label url } hoursPerWeekAvailable openToProjects passions askMeAbout directReportCount roles
    managerChain { ...Summary } directReports { ...Summary } manager { id }
    myFieldVisibility { field visibility } profileCompleteness { percent nextSteps { __typename } }
    skills {
      skill { id name category status } level levelDescription years interest interestDescription wantsToGrow
      endorsementCount endorsedByViewer topEndorsers { id displayName level }
      endorsements(first: 5) { id note evidenceProjectId createdAt endorser { id displayName } }
    }
  }`;

const SEARCH = `
  query Search($input: PeopleSearchInput!, $first: Int!, $after: String) {
    searchPeople(input: $input, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          score coverage matchedFields
          matchedSkills { skillId skillName countsTowardSkillId level endorsementCount endorsementWeight evidenceCount interest }
          matchedProjects { projectId title part roleTitle status completedAt matchedFields }
          person { id displayName headline location department { name } }
        }
      }
      interpretation { skills { skillId name matchedText via } location locationText terms passion didYouMean }
      facets { departments { id name count } locations { value count } skills { id name count } levels { level count } }
    }
  }`;

const PROJECT = `
  query Project($id: ID!) {
    project(id: $id) {
      id title summary description goals status startsOn endsOn hoursPerWeek location remote visibility departmentName
      createdAt completedAt viewerIsLead viewerRoleId pastEnd
      owner { id displayName } leads { id displayName }
      members { id joinedAt roleId person { id displayName } role { title } }
      roles {
        id title description seats seatsTaken seatsLeft joinPolicy joinRequiresSkills managerConsent consentDays
        waitlistLength viewerMissingSkills skills { skill { id name } minLevel mustHave }
      }
      teamCoverage { coveredCount gapCount skills { skillId skillName minLevel mustHave covered coveredBy { level person { id } } } }
    }
    viewer { id }
    myApplications { id status roleId projectId }
    myWaitlist { id status position roleId projectId }
  }`;

type Asker = 'lead' | 'hr' | 'other';

interface Call {
  name: string;
  /** Who asks: an employee who leads a project, someone in HR, another employee, or nobody signed in. */
  as: Asker | 'anonymous';
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** What the answer holds, so that the comparison is of answers worth comparing. */
  expect: 'data' | string;
}

/**
 * GRAPHQL_EXECUTOR=js (graphql-js's execute) and the compiled default (graphql-jit, ADR 0012) answer
 * the same: two applications on one seeded database receive the same requests (the pages the web app
 * asks for, with variables, fragments, aliases and directives; errors, their codes and paths; fields a
 * viewer may not see) and must send the same status and JSON, byte for byte.
 */
describe('GraphQL executors: compiled and graphql-js answer the same', () => {
  let db: TestDatabase;
  let compiled: TestApp;
  let interpreted: TestApp;
  const cookies: Record<'compiled' | 'interpreted', Record<Asker, string>> = {
    compiled: { lead: '', hr: '', other: '' },
    interpreted: { lead: '', hr: '', other: '' },
  };
  let ids: {
    lead: string;
    hr: string;
    other: string;
    project: string;
    role: string;
    skill: string;
    department: string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await applyStarterTaxonomy(db.client);
    await seedDemoCompanyIfEmpty(db.url, { people: 200, seed: 7 });
    compiled = await createTestApp({ imports: DOMAIN_MODULES, db, env: { GRAPHQL_EXECUTOR: 'jit' } });
    interpreted = await createTestApp({ imports: DOMAIN_MODULES, db, env: { GRAPHQL_EXECUTOR: 'js' } });
    const one = async (sql: string) => (await db.client.query<{ id: string }>(sql)).rows[0]?.id as string;
    const lead = await one(`SELECT p.owner_id AS id FROM project p JOIN person o ON o.id = p.owner_id
      WHERE p.status IN ('proposed', 'forming') AND NOT 'hr' = ANY(o.roles) AND EXISTS (SELECT 1 FROM project_role r WHERE r.project_id = p.id)
      ORDER BY p.id LIMIT 1`);
    ids = {
      lead,
      hr: await one(
        `SELECT id FROM person WHERE 'hr' = ANY(roles) AND NOT 'admin' = ANY(roles) ORDER BY email LIMIT 1`,
      ),
      other: await one(
        `SELECT id FROM person WHERE manager_id IS NOT NULL AND id <> '${lead}' AND roles = '{employee}' ORDER BY email LIMIT 1`,
      ),
      project: await one(
        `SELECT id FROM project WHERE owner_id = '${lead}' AND status IN ('proposed', 'forming') ORDER BY id LIMIT 1`,
      ),
      role: await one(
        `SELECT r.id FROM project_role r JOIN project p ON p.id = r.project_id WHERE p.owner_id = '${lead}' AND p.status IN ('proposed', 'forming') ORDER BY p.id, r.id LIMIT 1`,
      ),
      skill: await one(
        `SELECT s.id FROM skill s JOIN person_skill ps ON ps.skill_id = s.id GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
      ),
      department: await one(`SELECT id FROM department ORDER BY name LIMIT 1`),
    };
    for (const [app, jar] of [
      [compiled, cookies.compiled],
      [interpreted, cookies.interpreted],
    ] as const) {
      jar.lead = await signInAs(app.app, ids.lead);
      jar.hr = await signInAs(app.app, ids.hr);
      jar.other = await signInAs(app.app, ids.other);
    }
  });
  afterAll(async () => {
    await interpreted?.app.close();
    // Drops the database both applications used.
    await compiled?.close();
  });

  const send = (test: TestApp, jar: Record<Asker, string>, call: Call) => {
    const post = request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (call.as !== 'anonymous') post.set('cookie', jar[call.as]);
    return post.send({ query: call.query, variables: call.variables, operationName: call.operationName });
  };

  /** Sends the call to both applications; the answers must be equal, and as expected. */
  const same = async (call: Call) => {
    const fast = await send(compiled, cookies.compiled, call);
    const reference = await send(interpreted, cookies.interpreted, call);
    expect({ name: call.name, status: fast.status, body: fast.body }).toEqual({
      name: call.name,
      status: reference.status,
      body: reference.body,
    });
    expect(fast.text).toBe(reference.text);
    if (call.expect === 'data') {
      expect({ name: call.name, errors: fast.body.errors }).toEqual({ name: call.name, errors: undefined });
      expect(fast.body.data).toBeTruthy();
    } else {
      expect({
        name: call.name,
        codes: (fast.body.errors ?? []).map(
          (error: { extensions?: { code?: string } }) => error.extensions?.code,
        ),
      }).toEqual({
        name: call.name,
        codes: expect.arrayContaining([call.expect]),
      });
    }
    return fast.body;
  };

  it('answers the pages people use alike: search (two pages, facets, reasons), person pages, projects, skills, the org chart', async () => {
    const calls: Call[] = [
      { name: 'viewer', as: 'lead', query: `${PERSON} query { viewer { ...Profile } }`, expect: 'data' },
      {
        name: 'own page as HR',
        as: 'hr',
        query: `${PERSON} query($id: ID!) { person(id: $id) { ...Profile } viewer { id } }`,
        variables: { id: ids.hr },
        expect: 'data',
      },
      {
        name: "someone's page",
        as: 'lead',
        query: `${PERSON} query($id: ID!) { person(id: $id) { ...Profile } }`,
        variables: { id: ids.other },
        expect: 'data',
      },
      {
        name: 'a colleague looks at the lead',
        as: 'other',
        query: `${PERSON} query($id: ID!) { person(id: $id) { ...Profile } }`,
        variables: { id: ids.lead },
        expect: 'data',
      },
      {
        name: "someone's page as HR",
        as: 'hr',
        query: `${PERSON} query($id: ID!) { person(id: $id) { ...Profile } }`,
        variables: { id: ids.other },
        expect: 'data',
      },
      {
        name: 'directory',
        as: 'lead',
        query: `${SUMMARY} query { people(first: 30) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Summary } } } }`,
        expect: 'data',
      },
      {
        name: 'text search',
        as: 'lead',
        query: SEARCH,
        variables: { input: { query: 'engineer' }, first: 10 },
        expect: 'data',
      },
      {
        name: 'skill search as HR',
        as: 'hr',
        query: SEARCH,
        variables: { input: { skills: [{ skillId: ids.skill, minLevel: 2 }] }, first: 20 },
        expect: 'data',
      },
      {
        name: 'search with filters and passions',
        as: 'lead',
        query: SEARCH,
        variables: {
          input: {
            query: 'data',
            openToProjects: true,
            passions: ['mentoring'],
            departmentIds: [ids.department],
          },
          first: 5,
        },
        expect: 'data',
      },
      {
        name: 'projects',
        as: 'lead',
        query: `query($f: ProjectsFilterInput) { projects(filter: $f, first: 20) { totalCount edges { cursor node { id title status owner { id displayName } roles { id title seatsLeft joinPolicy } } } } }`,
        variables: { f: { statuses: ['FORMING', 'PROPOSED'] } },
        expect: 'data',
      },
      { name: 'project page', as: 'lead', query: PROJECT, variables: { id: ids.project }, expect: 'data' },
      {
        name: 'project page as HR',
        as: 'hr',
        query: PROJECT,
        variables: { id: ids.project },
        expect: 'data',
      },
      {
        name: 'candidates for a role',
        as: 'lead',
        query: `query($id: ID!) { candidatesForRole(roleId: $id, first: 5) { score coverage freeHours hoursNeeded activeProjects person { id displayName } skills { skillId level meetsMinimum mustHave } } }`,
        variables: { id: ids.role },
        expect: 'data',
      },
      {
        name: 'my projects and recommendations',
        as: 'lead',
        query: `query { myProjects { owned { id title } leading { id } member { id } applied { id } } recommendedRoles(first: 5) { projectId roleId score coverage seatsLeft skills { skillId level mustHave } } myApplications { id } myInvitations { id } applicationsInbox { id status } }`,
        expect: 'data',
      },
      {
        name: 'skills',
        as: 'lead',
        query: `query($s: String!) { skills(search: $s, first: 5) { match matchedAlias skill { id name category aliases holderCount parent { id name } children { id } } } skillLevels { level name description } interestLevels { interest name description } }`,
        variables: { s: 'java' },
        expect: 'data',
      },
      {
        name: 'one skill and its experts',
        as: 'hr',
        query: `query($id: ID!) { skill(id: $id) { id name holderCount interestOnlyCount levelDistribution { level count } holders(first: 5) { totalCount edges { cursor node { level endorsementCount person { id displayName } } } } } skillExperts(skillId: $id, first: 5) { skillName holderCount experts { level expertise endorsementCount person { id } } rising { level person { id } } } }`,
        variables: { id: ids.skill },
        expect: 'data',
      },
      {
        name: 'org chart and departments',
        as: 'lead',
        query: `query { orgChart(depth: 3) { truncated nodes { depth managerId reportCount person { id displayName title } } } departments { id name } }`,
        expect: 'data',
      },
      {
        name: 'notifications and saved searches',
        as: 'lead',
        query: `query { notifications(first: 5) { totalCount unreadCount pageInfo { hasNextPage } } mySavedSearches { id } myWaitlist { id } myConsentRequests { id } }`,
        expect: 'data',
      },
    ];
    for (const call of calls) await same(call);
    // The second page, after the first page's cursor.
    const first = await same({
      name: 'search page 1',
      as: 'hr',
      query: SEARCH,
      variables: { input: { query: 'engineer' }, first: 3 },
      expect: 'data',
    });
    const after = first.data.searchPeople.pageInfo.endCursor as string;
    expect(first.data.searchPeople.totalCount).toBeGreaterThan(3);
    await same({
      name: 'search page 2',
      as: 'hr',
      query: SEARCH,
      variables: { input: { query: 'engineer' }, first: 3, after },
      expect: 'data',
    });
  });

  it('answers the forms of a document alike: aliases, directives, __typename, several operations and a named one', async () => {
    const twoOperations = `query A { viewer { id } } query B($skip: Boolean!) { me: viewer { id name: displayName mail: email @skip(if: $skip) t: __typename } }`;
    for (const call of [
      {
        name: 'aliases',
        as: 'lead',
        query: `query { a: viewer { id first: givenName } b: viewer { id last: familyName } p: person(id: "${ids.other}") { who: displayName } }`,
        expect: 'data',
      },
      {
        name: 'include and skip',
        as: 'lead',
        query: `query($with: Boolean!) { viewer { id email @include(if: $with) title @skip(if: $with) skills @include(if: $with) { level } } }`,
        variables: { with: false },
        expect: 'data',
      },
      {
        name: 'inline fragments and typenames',
        as: 'lead',
        query: `query { viewer { __typename ... on Person { id manager { __typename ... on Person { id } } } } }`,
        expect: 'data',
      },
      {
        name: 'operation chosen by name',
        as: 'lead',
        query: twoOperations,
        operationName: 'B',
        variables: { skip: true },
        expect: 'data',
      },
      {
        name: 'defaults for unset variables',
        as: 'lead',
        query: `query($n: Int = 3) { people(first: $n) { edges { node { id } } } }`,
        expect: 'data',
      },
    ] satisfies Call[]) {
      await same(call);
    }
  });

  it('answers errors alike: codes, messages, paths, locations and the data left beside them', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const call of [
      { name: 'signed out', as: 'anonymous', query: `query { viewer { id } }`, expect: 'UNAUTHENTICATED' },
      {
        name: 'no such person (a non-null root: no data)',
        as: 'lead',
        query: `query($id: ID!) { viewer { id } person(id: $id) { id } }`,
        variables: { id: missing },
        expect: 'NOT_FOUND',
      },
      {
        name: 'a malformed id',
        as: 'lead',
        query: `query { project(id: "not-an-id") { id } }`,
        expect: 'BAD_USER_INPUT',
      },
      {
        name: 'a variable of the wrong type',
        as: 'lead',
        query: `query($n: Int!) { people(first: $n) { totalCount } }`,
        variables: { n: 'ten' },
        expect: 'BAD_USER_INPUT',
      },
      {
        name: 'a missing variable',
        as: 'lead',
        query: `query($id: ID!) { person(id: $id) { id } }`,
        expect: 'BAD_USER_INPUT',
      },
      {
        name: 'an empty search',
        as: 'lead',
        query: SEARCH,
        variables: { input: {}, first: 5 },
        expect: 'SEARCH_EMPTY',
      },
      {
        name: 'an unknown skill',
        as: 'lead',
        query: `query($id: ID!) { skill(id: $id) { id } }`,
        variables: { id: missing },
        expect: 'NOT_FOUND',
      },
      {
        name: 'an admin mutation asked by an employee',
        as: 'lead',
        query: `mutation($id: ID!) { renameSkill(id: $id, name: "Renamed") { id name } }`,
        variables: { id: ids.skill },
        expect: 'FORBIDDEN',
      },
      {
        name: "candidates for someone else's role",
        as: 'other',
        query: `query($id: ID!) { viewer { id } candidatesForRole(roleId: $id) { score } }`,
        variables: { id: ids.role },
        expect: 'NOT_PROJECT_LEAD',
      },
      {
        name: 'an invalid profile change',
        as: 'lead',
        query: `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
        variables: { input: { headline: 'x'.repeat(5000) } },
        expect: 'BAD_USER_INPUT',
      },
      {
        name: 'several operations, none chosen',
        as: 'lead',
        query: `query A { viewer { id } } query B { viewer { id } }`,
        expect: 'OPERATION_RESOLUTION_FAILURE',
      },
      {
        name: 'an unknown operation name',
        as: 'lead',
        query: `query A { viewer { id } }`,
        operationName: 'Nope',
        expect: 'OPERATION_RESOLUTION_FAILURE',
      },
    ] satisfies Call[]) {
      await same(call);
    }
  });

  it('ran one application compiled and the other on graphql-js', () => {
    expect(compiled.app.get(CompiledExecution).size).toBeGreaterThan(10);
    expect(interpreted.app.get(CompiledExecution).size).toBe(0);
  });
});
