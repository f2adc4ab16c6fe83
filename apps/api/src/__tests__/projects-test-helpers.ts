// Shared set-up for the projects integration tests (not a test file itself).
import request from 'supertest';
import type { TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';

/** Whatever JSON the server answered; tests assert its shape. */
type Json = ReturnType<typeof JSON.parse>;

export interface ProjectsFixture {
  gql(
    as: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ body: Json; statements: number }>;
  sql(text: string, values?: unknown[]): Promise<Json[]>;
  person(
    given: string,
    options?: { managerId?: string | null; departmentId?: string | null; roles?: string[] },
  ): Promise<string>;
  skill(name: string): Promise<string>;
  department(name: string): Promise<string>;
  holds(personId: string, skillId: string, level: number | null, interest?: number): Promise<void>;
  /** The code of the first error, or 'OK'. */
  code(body: Json): string;
}

/**
 * Helpers over a running test app. `baseUrl` (after `app.listen`) lets many requests run in parallel
 * against one listening server; without it supertest binds the app per request.
 */
export function projectsFixture(test: TestApp, baseUrl?: string): ProjectsFixture {
  const cookies = new Map<string, string>();
  let counter = 0;
  const sql = async (text: string, values: unknown[] = []) => (await test.db.client.query(text, values)).rows;
  return {
    async gql(as, query, variables) {
      const target = baseUrl ? request(baseUrl) : request(test.app.getHttpServer());
      const response = await target
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', cookies.get(as) as string)
        .send({ query, variables });
      return { body: response.body, statements: Number(response.headers['x-sql-statements']) };
    },
    sql,
    async person(given, options = {}) {
      counter += 1;
      const [{ id }] = await sql(
        `INSERT INTO person (external_id, email, given_name, family_name, title, manager_id, department_id, roles)
         VALUES ($1, $1, $2, 'Tester', 'Engineer', $3, $4, $5) RETURNING id`,
        [
          `${given.toLowerCase()}.${counter}@example.com`,
          given,
          options.managerId ?? null,
          options.departmentId ?? null,
          options.roles ?? ['employee'],
        ],
      );
      cookies.set(id, await signInAs(test.app, id));
      return id as string;
    },
    async skill(name) {
      const [{ id }] = await sql(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ($1, lower($1), 'engineering', 'custom') RETURNING id`,
        [name],
      );
      return id as string;
    },
    async department(name) {
      const [{ id }] = await sql(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [name]);
      return id as string;
    },
    async holds(personId, skillId, level, interest = 0) {
      await sql(`INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, $3, $4)`, [
        personId,
        skillId,
        level,
        interest,
      ]);
    },
    code(body) {
      return body.errors?.[0]?.extensions?.code ?? 'OK';
    },
  };
}

export const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  id title status visibility startsOn endsOn hoursPerWeek viewerIsLead departmentId
  roles { id title seats seatsTaken seatsLeft joinPolicy managerConsent consentDays joinRequiresSkills
          skills { skill { id name } minLevel mustHave } } } }`;

export function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Carbon dashboard',
    summary: 'Show our emissions to everyone.',
    description: '# Why\nBecause **it matters**.',
    goals: ['Ship a first version'],
    startsOn: '2026-01-01',
    // Far ahead: a project past its end date leaves the marketplace's default list and recommendations.
    endsOn: '2099-06-30',
    hoursPerWeek: 4,
    remote: true,
    ...overrides,
  };
}

export function roleInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Engineer', seats: 2, joinPolicy: 'OPEN', skills: [], ...overrides };
}

type GqlAnswer = Promise<{ body: Json }>;

/**
 * The steps of a project's life as its people take them through the API, each checked to succeed (but
 * `status`). The fixture is read when a step runs: describe blocks create it in beforeAll.
 */
export function projectSteps(fixture: () => ProjectsFixture) {
  const ok = async (pending: GqlAnswer) => expect((await pending).body.errors).toBeUndefined();
  const status = (as: string, projectId: string, to: string): GqlAnswer =>
    fixture().gql(
      as,
      `mutation($p: ID!, $s: ProjectStatus!) { changeProjectStatus(projectId: $p, status: $s) { status } }`,
      { p: projectId, s: to },
    );
  return {
    ok,
    /** The answer as it comes: a test may expect it to fail. */
    status,
    async create(as: string, overrides: Record<string, unknown>) {
      const { body } = await fixture().gql(as, CREATE_PROJECT, { input: projectInput(overrides) });
      expect(body.errors).toBeUndefined();
      return body.data.createProject as { id: string; roles: Array<{ id: string; title: string }> };
    },
    async complete(as: string, projectId: string) {
      for (const to of ['FORMING', 'ACTIVE', 'COMPLETED']) await ok(status(as, projectId, to));
    },
    join: (as: string, roleId: string) =>
      ok(fixture().gql(as, `mutation($r: ID!) { joinRole(roleId: $r) { id } }`, { r: roleId })),
    addLead: (as: string, projectId: string, personId: string) =>
      ok(
        fixture().gql(
          as,
          `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`,
          { p: projectId, x: personId },
        ),
      ),
  };
}
