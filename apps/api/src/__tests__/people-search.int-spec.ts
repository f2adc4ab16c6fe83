// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { DOMAIN_MODULES } from '../app.module';

/**
 * People search on a small company with known right answers: ranking, aliases and typos, the
 * narrower-skill rule, filters and facets that agree, paging without repeats, privacy, bad input.
 */
describe('searchPeople', () => {
  let test: TestApp;
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};
  const skills: Record<string, string> = {};
  let engineering: string;
  let design: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}, cookie = cookies['viewer'] as string) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query, variables });
    return { body: response.body, statements: Number(response.headers['x-sql-statements']) };
  };
  const SEARCH = `query($input: PeopleSearchInput!, $first: Int, $after: String) {
    searchPeople(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { score matchedFields person { id displayName }
        matchedSkills { skillName countsTowardSkillName level endorsementCount endorsementWeight evidenceCount } } }
      interpretation { skills { name via matchedText } location terms passion didYouMean }
      facets { departments { id name count } locations { value count } skills { name count } levels { level count } }
    } }`;
  const search = async (input: Record<string, unknown>, first = 20, after?: string, cookie?: string) => {
    const { body, statements } = await gql(SEARCH, { input, first, after }, cookie);
    return { result: body.data?.searchPeople, errors: body.errors, statements };
  };
  const names = (result: { edges: Array<{ node: { person: { displayName: string } } }> }) =>
    result.edges.map((edge) => edge.node.person.displayName);

  const department = async (name: string) =>
    (await test.db.client.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [name])).rows[0].id as string;
  const person = async (
    key: string,
    given: string,
    family: string,
    extra: { department?: string; location?: string; bio?: string; visibility?: Record<string, string>; roles?: string[]; manager?: string; hours?: number; open?: boolean } = {},
  ) => {
    ids[key] = (
      await test.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, location, bio,
                             field_visibility, roles, manager_id, hours_per_week_available, open_to_projects)
         VALUES ($1, $1, $2, $3, 'Engineer', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          `${key}@example.com`, given, family, extra.department ?? null, extra.location ?? null, extra.bio ?? null,
          JSON.stringify(extra.visibility ?? {}), extra.roles ?? ['employee'], extra.manager ?? null,
          extra.hours ?? null, extra.open ?? false,
        ],
      )
    ).rows[0].id;
  };
  const skill = async (key: string, name: string, parent: string | null = null, aliases: string[] = []) => {
    skills[key] = (
      await test.db.client.query(
        `INSERT INTO skill (name, normalized_name, category, source, parent_id) VALUES ($1, lower($1), 'engineering', 'custom', $2) RETURNING id`,
        [name, parent],
      )
    ).rows[0].id;
    for (const alias of aliases) {
      await test.db.client.query(`INSERT INTO skill_alias (normalized_alias, skill_id, alias) VALUES (lower($1), $2, $1)`, [alias, skills[key]]);
    }
  };
  const has = (who: string, what: string, level: number | null, interest = 0) =>
    test.db.client.query(`INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, $3, $4)`, [
      ids[who], skills[what], level, interest,
    ]);
  const endorse = (by: string, who: string, what: string) =>
    test.db.client.query(`INSERT INTO endorsement (endorser_id, person_id, skill_id) VALUES ($1, $2, $3)`, [ids[by], ids[who], skills[what]]);

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    engineering = await department('Platform Engineering');
    design = await department('Design');
    await skill('cloud', 'Cloud computing');
    await skill('k8s', 'Kubernetes', skills['cloud'], ['k8s']);
    await skill('python', 'Python');
    await skill('figma', 'Figma');

    await person('manager', 'Maria', 'Manager', { department: engineering });
    await person('viewer', 'Vera', 'Viewer', { department: engineering, manager: ids['manager'] });
    await person('hr', 'Hanna', 'Resources', { roles: ['employee', 'hr'] });
    await person('endorsed', 'Ada', 'Endorsed', { department: engineering, location: 'Berlin' });
    await person('plain', 'Bob', 'Plain', { department: engineering, location: 'Berlin' });
    await person('junior', 'Cy', 'Junior', { department: design, location: 'Munich' });
    await person('cloudy', 'Dee', 'Cloudy', { department: design, location: 'Munich' });
    await person('secret', 'Jonathan', 'Smith', { bio: 'I build graph databases', visibility: { bio: 'only_me' } });
    await person('paris', 'Paul', 'Hidden', { location: 'Paris', visibility: { location: 'hr_only' } });
    await person('e1', 'Eve', 'One');
    await person('e2', 'Fay', 'Two');
    await person('e3', 'Gus', 'Three');

    await has('endorsed', 'k8s', 5);
    await has('plain', 'k8s', 5);
    await has('junior', 'k8s', 3, 3);
    await has('cloudy', 'cloud', 3);
    await has('paris', 'figma', 4);
    await has('endorsed', 'python', 2);
    for (const endorser of ['e1', 'e2', 'e3']) await has(endorser, 'k8s', 4);
    for (const endorser of ['e1', 'e2', 'e3']) await endorse(endorser, 'endorsed', 'k8s');
    await endorse('e1', 'junior', 'k8s');

    for (const key of ['viewer', 'hr', 'secret']) cookies[key] = await signInAs(test.app, ids[key] as string);
  });
  afterAll(() => test.close());

  it('ranks a level 5 with three endorsements above a level 5 with none, and explains both', async () => {
    const { result } = await search({ query: 'kubernetes' });
    expect(names(result).slice(0, 2)).toEqual(['Ada Endorsed', 'Bob Plain']);
    // Three level 4s, then the level 3 who is passionate about it (passion was not asked for).
    expect(names(result).slice(2, 5).sort()).toEqual(['Eve One', 'Fay Two', 'Gus Three']);
    expect(names(result)[5]).toBe('Cy Junior');
    expect(result.totalCount).toBe(6);
    const [first, second] = result.edges;
    expect(first.node.matchedSkills).toEqual([
      { skillName: 'Kubernetes', countsTowardSkillName: null, level: 5, endorsementCount: 3, endorsementWeight: 2.64, evidenceCount: 0 },
    ]);
    expect(second.node.matchedSkills[0]).toMatchObject({ level: 5, endorsementCount: 0 });
    expect(first.node.score).toBeGreaterThan(second.node.score);
    expect(result.interpretation.skills).toEqual([{ name: 'Kubernetes', via: 'name', matchedText: 'kubernetes' }]);
  });

  it('finds the same people through an alias and through a one-typo misspelling', async () => {
    const canonical = names((await search({ query: 'Kubernetes' })).result);
    const alias = (await search({ query: 'K8S' })).result;
    const typo = (await search({ query: 'kubernetse' })).result;
    expect(names(alias)).toEqual(canonical);
    expect(names(typo)).toEqual(canonical);
    expect(alias.interpretation.skills[0]).toMatchObject({ name: 'Kubernetes', via: 'alias' });
    expect(typo.interpretation).toMatchObject({ didYouMean: 'kubernetes', skills: [{ via: 'typo' }] });
  });

  it('counts a narrower skill toward its broader one, with less weight', async () => {
    const { result } = await search({ query: 'cloud computing' });
    const edges = result.edges.map((edge: { node: { person: { displayName: string }; matchedSkills: unknown[] } }) => edge.node);
    expect(edges.map((node: { person: { displayName: string } }) => node.person.displayName)).toContain('Dee Cloudy');
    const ada = edges.find((node: { person: { displayName: string } }) => node.person.displayName === 'Ada Endorsed');
    expect(ada.matchedSkills[0]).toMatchObject({ skillName: 'Kubernetes', countsTowardSkillName: 'Cloud computing' });
    // Kubernetes 5 at half weight (~57) beats Cloud computing 3 at full weight (60)? No: the direct skill wins.
    expect(names(result)[0]).toBe('Dee Cloudy');
  });

  it('splits "kubernetes in Berlin" into a skill and a place, and filters by both', async () => {
    const { result } = await search({ query: 'kubernetes in Berlin' });
    expect(result.interpretation).toMatchObject({ location: 'Berlin', terms: [] });
    expect(names(result)).toEqual(['Ada Endorsed', 'Bob Plain']);
    expect(result.facets.locations).toEqual([{ value: 'Berlin', count: 2 }]);
  });

  it('has facets that agree with the filters they stand for', async () => {
    const { result } = await search({ query: 'kubernetes' });
    const byDepartment = result.facets.departments as Array<{ id: string; name: string; count: number }>;
    expect(byDepartment).toEqual([
      { id: engineering, name: 'Platform Engineering', count: 2 },
      { id: design, name: 'Design', count: 1 },
    ]);
    for (const facet of byDepartment) {
      const filtered = (await search({ query: 'kubernetes', departmentIds: [facet.id] })).result;
      expect(filtered.totalCount).toBe(facet.count);
    }
    expect(result.facets.levels).toEqual([
      { level: 5, count: 2 },
      { level: 4, count: 3 },
      { level: 3, count: 1 },
    ]);
    const atLeast4 = (await search({ skills: [{ skillId: skills['k8s'], minLevel: 4 }] })).result;
    expect(atLeast4.totalCount).toBe(5);
    expect(result.facets.skills[0]).toEqual({ name: 'Kubernetes', count: 6 });
  });

  it('pages through results without repeating or skipping anyone', async () => {
    const all = names((await search({ query: 'kubernetes' }, 50)).result);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { result } = await search({ query: 'kubernetes' }, 2, after);
      seen.push(...names(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(6);
  });

  it('matches names with a typo and text in visible fields', async () => {
    for (const typo of ['Jonahtan', 'Jonatan', 'Smiht']) {
      expect(names((await search({ query: typo })).result)).toEqual(['Jonathan Smith']);
    }
    const viaName = (await search({ query: 'smith' })).result;
    expect(viaName.edges[0].node.matchedFields).toEqual(['name']);
  });

  it('never matches, counts or explains a field hidden from the viewer', async () => {
    // The bio is "only me": a colleague's search for its words finds nothing, the owner's does.
    expect((await search({ query: 'graph databases' })).result.totalCount).toBe(0);
    const own = (await search({ query: 'graph databases' }, 20, undefined, cookies['secret'])).result;
    expect(names(own)).toEqual(['Jonathan Smith']);
    expect(own.edges[0].node.matchedFields).toEqual(['bio']);
    expect((await search({ query: 'graph databases' }, 20, undefined, cookies['hr'])).result.totalCount).toBe(0);

    // The location is "HR only": no match and no facet for a colleague; HR sees it.
    expect((await search({ location: 'Paris' })).result.totalCount).toBe(0);
    const figma = (await search({ query: 'figma' })).result;
    expect(figma.totalCount).toBe(1);
    expect(figma.facets.locations).toEqual([]);
    const asHr = (await search({ query: 'figma' }, 20, undefined, cookies['hr'])).result;
    expect(asHr.facets.locations).toEqual([{ value: 'Paris', count: 1 }]);
    expect((await search({ location: 'paris' }, 20, undefined, cookies['hr'])).result.totalCount).toBe(1);
  });

  it('answers bad input with clear error codes', async () => {
    const code = async (input: Record<string, unknown>, first = 20) => (await search(input, first)).errors?.[0]?.extensions?.code;
    expect(await code({})).toBe('SEARCH_EMPTY');
    expect(await code({ query: '   ' })).toBe('SEARCH_EMPTY');
    expect(await code({ query: 'x'.repeat(10_000) })).toBe('SEARCH_QUERY_TOO_LONG');
    expect(await code({ skills: [{ skillId: '00000000-0000-4000-8000-000000000000' }] })).toBe('SKILL_NOT_FOUND');
    expect(await code({ skills: [{ skillId: skills['k8s'], minLevel: 6 }] })).toBe('BAD_USER_INPUT');
    expect(await code({ query: 'kubernetes' }, 101)).toBe('BAD_USER_INPUT');
    expect(await code({ departmentIds: ['not-a-uuid'] })).toBe('BAD_USER_INPUT');
    for (const hostile of ["'", '&', '|', '!', ':*', '\\', "o'neil & | ! :* \\", "'); DROP TABLE person; --"]) {
      const { result, errors } = await search({ query: hostile });
      // Either nothing left to search (only punctuation) or a normal answer; never a crash.
      if (errors) expect(errors[0].extensions.code).toBe('SEARCH_EMPTY');
      else expect(result.totalCount).toBeGreaterThanOrEqual(0);
    }
    expect((await test.db.client.query(`SELECT count(*)::int AS n FROM person`)).rows[0].n).toBe(12);
  });

  it("lists a skill's experts and, apart from them, its rising experts", async () => {
    const EXPERTS = `query($skillId: ID!, $first: Int) { skillExperts(skillId: $skillId, first: $first) {
      skillName experts { person { displayName } level endorsementCount recentEndorsements }
      rising { person { displayName } level recentEndorsements } } }`;
    const { body, statements } = await gql(EXPERTS, { skillId: skills['k8s'], first: 2 });
    expect(body.data.skillExperts).toEqual({
      skillName: 'Kubernetes',
      experts: [
        { person: { displayName: 'Ada Endorsed' }, level: 5, endorsementCount: 3, recentEndorsements: 3 },
        { person: { displayName: 'Bob Plain' }, level: 5, endorsementCount: 0, recentEndorsements: 0 },
      ],
      rising: [{ person: { displayName: 'Cy Junior' }, level: 3, recentEndorsements: 1 }],
    });
    expect(statements).toBeLessThanOrEqual(3);
    const unknown = await gql(EXPERTS, { skillId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors[0].extensions.code).toBe('SKILL_NOT_FOUND');
    const tooMany = await gql(EXPERTS, { skillId: skills['k8s'], first: 51 });
    expect(tooMany.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses anonymous searches', async () => {
    const { body } = await gql(SEARCH, { input: { query: 'kubernetes' } }, '');
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('costs at most three SQL statements, whatever the page size', async () => {
    await search({ query: 'kubernetes' });
    expect((await search({ query: 'kubernetes in Berlin python' }, 2)).statements).toBeLessThanOrEqual(3);
    expect((await search({ query: 'kubernetes' }, 50)).statements).toBeLessThanOrEqual(3);
  });
});
