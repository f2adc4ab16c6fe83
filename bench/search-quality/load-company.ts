/**
 * Loads the planned company into a running API the way a real company's people would fill it: the HR
 * operator imports everyone (POST /api/hr-import, text/csv); each person signs in and adds their
 * skills and passions (setMySkill, updateMyProfile); each team's lead proposes its project with its
 * roles, makes the other leads co-leads, members join through the roles, the lead completes the
 * project (so the product writes its evidence) and teammates endorse each other with the project as
 * evidence. Everything goes over HTTP; only the sign-in is direct (a session from SessionService, as
 * the integration tests sign in, since there is no identity provider here).
 */
import { Agent } from 'node:http';
import { SESSION_COOKIE, SessionService } from '@ensemble/api/identity';
import { HR_COLUMNS } from '@ensemble/api/people';
import type { RoleName } from '@ensemble/api/core';
import { postGraphQL, type BenchApi, type Json } from '../support/bench-api';
import type { BackgroundPerson } from './background';
import { PROJECT_HOURS, type CompanyPlan, type ImportedPerson, type PlannedPerson } from './company-plan';

export interface LoadedCompany {
  /** Person id by email. */
  idOf: Map<string, string>;
  /** Session cookie by person id. */
  cookieOf: Map<string, string>;
  /** Project id by team id. */
  projectOf: Map<string, string>;
  requests: number;
}

export interface LoadOptions {
  api: BenchApi;
  plan: CompanyPlan;
  /** The rest of the company (never relevant). */
  background: BackgroundPerson[];
  /** People beyond those: the viewer who searches. */
  extras: ImportedPerson[];
  /** Requests in flight at once. */
  concurrency: number;
  log: (line: string) => void;
}

export class GraphQLFailure extends Error {}

/** A GraphQL client for many people over one kept-alive agent, counting requests. */
class Client {
  requests = 0;
  readonly agent: Agent;

  constructor(
    private readonly api: BenchApi,
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  async gql(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    this.requests += 1;
    const answer = await postGraphQL(this.agent, this.api.port, cookie, JSON.stringify({ query, variables }));
    if (answer.status !== 200 || answer.body.errors?.length) {
      throw new GraphQLFailure(
        `GraphQL ${answer.status}: ${JSON.stringify(answer.body.errors ?? answer.body).slice(0, 500)} for ${query.slice(0, 80)} ${JSON.stringify(variables).slice(0, 200)}`,
      );
    }
    return answer.body.data;
  }

  /** POST /api/hr-import?apply=true with the CSV. */
  async hrImport(cookie: string, csv: string): Promise<{ status: number; body: Json }> {
    this.requests += 1;
    const response = await fetch(`http://127.0.0.1:${this.api.port}/api/hr-import?apply=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie },
      body: csv,
    });
    return { status: response.status, body: await response.json() };
  }
}

/** Runs `work` over `items` with at most `width` at a time; the first failure fails the whole. */
export async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The HR system's export, in the columns the import documents. */
export function hrCsv(people: ReadonlyArray<ImportedPerson & { employeeId: string }>): string {
  const rows = people.map((person) => {
    const row: Record<(typeof HR_COLUMNS)[number], string> = {
      employee_id: person.employeeId,
      email: person.email,
      given_name: person.givenName,
      family_name: person.familyName,
      title: person.title,
      department: person.department,
      manager_email: person.managerEmail ?? '',
      location: person.location ?? '',
    };
    return HR_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  return `${[HR_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

const PEOPLE_PAGE = `query($after: String) { people(first: 100, after: $after) {
  edges { node { id email } } pageInfo { hasNextPage endCursor } } }`;
const SKILL_LOOKUP = `query($search: String!) { skills(search: $search, first: 10) { skill { id name } } }`;
const SET_SKILL = `mutation($input: SetMySkillInput!) { setMySkill(input: $input) { level } }`;
const SET_INTEREST = `mutation($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {
  setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) { interest } }`;
const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id roles { id } } }`;
const CHANGE_STATUS = `mutation($projectId: ID!, $status: ProjectStatus!) { changeProjectStatus(projectId: $projectId, status: $status) { status } }`;
const ADD_LEAD = `mutation($projectId: ID!, $personId: ID!) { addProjectLead(projectId: $projectId, personId: $personId) { id } }`;
const JOIN_ROLE = `mutation($roleId: ID!) { joinRole(roleId: $roleId) { id } }`;
const ENDORSE = `mutation($input: EndorseInput!) { endorse(input: $input) { id } }`;

/**
 * The HR operator: the one account created directly in the database (a real company's would sign in
 * by SAML in its HR group), so that someone may run the import.
 */
export async function createHrOperator(
  query: (sql: string, values: unknown[]) => Promise<Array<{ id: string }>>,
  email: string,
): Promise<{ personId: string; roles: RoleName[] }> {
  const roles: RoleName[] = ['employee', 'hr'];
  const [row] = await query(
    `INSERT INTO person (external_id, email, given_name, family_name, title, roles)
     VALUES ($1, $1, 'Harper', 'Importer', 'HR Operations', $2) RETURNING id`,
    [email, roles],
  );
  return { personId: row.id, roles };
}

export async function loadCompany(options: LoadOptions): Promise<LoadedCompany> {
  const { api, plan, background, extras, concurrency, log } = options;
  const client = new Client(api, concurrency);
  try {
    // 1. HR imports everyone.
    const everyone = [
      ...plan.people.map((person) => ({ ...person, employeeId: `R-${person.key}` })),
      ...background.map((person, index) => ({ ...person, employeeId: `B-${index + 1}` })),
      ...extras.map((person, index) => ({ ...person, employeeId: `X-${index + 1}` })),
    ];
    const report = await client.hrImport(api.cookie, hrCsv(everyone));
    if (report.status !== 200 || report.body.errors?.length || report.body.created !== everyone.length) {
      throw new Error(`the HR import failed: ${report.status} ${JSON.stringify(report.body).slice(0, 800)}`);
    }
    log(`HR import: ${report.body.created} people created, ${report.body.departmentsCreated} departments`);

    // 2. Everyone signs in.
    const idOf = new Map<string, string>();
    for (let after: string | null = null, more = true; more;) {
      const page: Json = (await client.gql(api.cookie, PEOPLE_PAGE, { after })).people;
      for (const edge of page.edges) idOf.set(edge.node.email, edge.node.id);
      more = page.pageInfo.hasNextPage;
      after = page.pageInfo.endCursor;
    }
    const sessions = api.app.get(SessionService);
    const cookieOf = new Map<string, string>();
    for (const person of everyone) {
      const id = idOf.get(person.email);
      if (!id) throw new Error(`${person.email} was imported but is not in the directory`);
      const { token } = await sessions.issue(id, { method: 'test', rolesAtSignIn: ['employee'] });
      cookieOf.set(id, `${SESSION_COOKIE}=${token}`);
    }
    const cookie = (email: string) => cookieOf.get(idOf.get(email) as string) as string;
    const keyEmail = new Map(plan.people.map((person) => [person.key, person.email]));
    const idByKey = (key: string) => idOf.get(keyEmail.get(key) as string) as string;
    const cookieByKey = (key: string) => cookie(keyEmail.get(key) as string);

    // 3. The skills, as each person would pick them from autocomplete (the exact name).
    const skillId = new Map<string, string>();
    const skillNames = new Set([
      ...plan.skillNames,
      ...background.flatMap((person) => person.skills.map((held) => held.skill)),
    ]);
    await inParallel([...skillNames], concurrency, async (name) => {
      const suggestions: Json[] = (await client.gql(api.cookie, SKILL_LOOKUP, { search: name })).skills;
      const exact = suggestions.find(
        (suggestion) => suggestion.skill.name.toLowerCase() === name.toLowerCase(),
      );
      if (!exact) throw new Error(`the taxonomy has no skill named "${name}"`);
      skillId.set(name, exact.skill.id);
    });

    // 4. Profiles: skills with level and interest, headline and passions.
    await inParallel(plan.people, concurrency, async (person: PlannedPerson) => {
      const me = cookie(person.email);
      for (const skill of person.skills) {
        await client.gql(me, SET_SKILL, {
          input: { skillId: skillId.get(skill.skill), level: skill.level, interest: skill.interest },
        });
      }
      await client.gql(me, UPDATE_PROFILE, {
        input: { headline: person.headline, passions: person.passions },
      });
    });
    await inParallel(background, concurrency, async (person) => {
      const me = cookie(person.email);
      for (const held of person.skills) {
        if (held.level === null) {
          await client.gql(me, SET_INTEREST, {
            skillId: skillId.get(held.skill),
            interest: held.interest,
            wantsToGrow: held.wantsToGrow,
          });
        } else {
          await client.gql(me, SET_SKILL, {
            input: {
              skillId: skillId.get(held.skill),
              level: held.level,
              interest: held.interest,
              wantsToGrow: held.wantsToGrow,
            },
          });
        }
      }
      await client.gql(me, UPDATE_PROFILE, { input: { bio: person.bio } });
    });
    const skillCount = [...plan.people, ...background].reduce((n, person) => n + person.skills.length, 0);
    log(`Profiles: ${plan.people.length + background.length} people, ${skillCount} skills`);

    // 5. Projects, each through its lifecycle to completion, then endorsements.
    const projectOf = new Map<string, string>();
    let endorsements = 0;
    await inParallel(plan.projects, concurrency, async (project) => {
      const owner = cookieByKey(project.owner);
      const created: Json = (
        await client.gql(owner, CREATE_PROJECT, {
          input: {
            title: project.title,
            summary: project.summary,
            description: project.description,
            startsOn: project.startsOn,
            endsOn: project.endsOn,
            hoursPerWeek: PROJECT_HOURS,
            remote: true,
            visibility: 'COMPANY',
            roles: project.roles.map((role) => ({
              title: role.title,
              seats: role.seats,
              joinPolicy: 'OPEN',
              skills: role.skills.map((need) => ({
                skillId: skillId.get(need.skill),
                minLevel: need.minLevel,
                mustHave: need.mustHave,
              })),
            })),
          },
        })
      ).createProject;
      projectOf.set(project.teamId, created.id);
      await client.gql(owner, CHANGE_STATUS, { projectId: created.id, status: 'FORMING' });
      for (const coLead of project.coLeads) {
        await client.gql(owner, ADD_LEAD, { projectId: created.id, personId: idByKey(coLead) });
      }
      for (const [index, role] of project.roles.entries()) {
        for (const holder of role.holders) {
          await client.gql(cookieByKey(holder), JOIN_ROLE, { roleId: created.roles[index].id });
        }
      }
      await client.gql(owner, CHANGE_STATUS, { projectId: created.id, status: 'ACTIVE' });
      await client.gql(owner, CHANGE_STATUS, { projectId: created.id, status: 'COMPLETED' });
      for (const [endorser, endorsed, skill] of project.endorsements) {
        await client.gql(cookieByKey(endorser), ENDORSE, {
          input: { personId: idByKey(endorsed), skillId: skillId.get(skill), evidenceProjectId: created.id },
        });
        endorsements += 1;
      }
    });
    log(`Projects: ${projectOf.size} completed, ${endorsements} endorsements`);
    return { idOf, cookieOf, projectOf, requests: client.requests };
  } finally {
    client.agent.destroy();
  }
}
