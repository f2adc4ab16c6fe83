// Lives with the app, not in libs/api/skills: it signs in through the identity module (see
// people.int-spec.ts for why domain libs' tests cannot).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { SKILL_LEVELS } from '@ensemble/api/skills-data';
import { DOMAIN_MODULES } from '../app.module';

describe('skills on profiles', () => {
  let test: TestApp;
  let me: string;
  let colleague: string;
  let cookie: string;
  let python: string;
  let go: string;
  let cobol: string;
  let pottery: string;
  let oldName: string;

  const gql = async (query: string, variables?: Record<string, unknown>, asCookie = cookie) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', asCookie)
      .send({ query, variables });
    return { body: response.body, statements: Number(response.headers['x-sql-statements']) };
  };
  const person = async (given: string, family: string, managerId: string | null = null) =>
    (
      await test.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, manager_id)
         VALUES ($1, $1, $2, $3, 'Engineer', $4) RETURNING id`,
        [`${given}.${family}@example.com`.toLowerCase(), given, family, managerId],
      )
    ).rows[0].id as string;
  const skill = async (name: string, category: string, status = 'active', mergedInto: string | null = null) =>
    (
      await test.db.client.query(
        `INSERT INTO skill (name, normalized_name, category, source, status, merged_into_id)
         VALUES ($1, lower($1), $2, 'custom', $3, $4) RETURNING id`,
        [name, category, status, mergedInto],
      )
    ).rows[0].id as string;
  const rows = async () =>
    (
      await test.db.client.query(
        `SELECT skill_id, level, years::float AS years, interest, wants_to_grow FROM person_skill
          WHERE person_id = $1 ORDER BY skill_id`,
        [me],
      )
    ).rows;
  const holders = async (id: string) =>
    (await test.db.client.query(`SELECT holder_count FROM skill WHERE id = $1`, [id])).rows[0].holder_count;

  const SET = `mutation($input: SetMySkillInput!) { setMySkill(input: $input) {
    skill { id name category } level levelDescription years interest interestDescription wantsToGrow
    endorsementCount topEndorsers { displayName } endorsedByViewer } }`;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    me = await person('Ada', 'Lovelace');
    colleague = await person('Grace', 'Hopper');
    python = await skill('Python', 'engineering');
    go = await skill('Go', 'engineering');
    cobol = await skill('COBOL', 'engineering', 'retired');
    pottery = await skill('Pottery', 'design');
    oldName = await skill('Golang', 'engineering', 'merged', go);
    cookie = await signInAs(test.app, me);
  });
  afterAll(() => test.close());

  it('lists the five levels in words', async () => {
    const { body } = await gql('{ skillLevels { level name description } interestLevels { interest name } }');
    expect(body.data.skillLevels).toEqual(SKILL_LEVELS.map((level) => ({ ...level })));
    expect(body.data.skillLevels[0]).toMatchObject({ level: 1, name: 'Learning' });
    expect(body.data.skillLevels[4].description).toMatch(/others seek their advice/);
    expect(body.data.interestLevels.map((level: { interest: number }) => level.interest)).toEqual([0, 1, 2, 3]);
  });

  it('adds a skill with a level, then updates only what is given', async () => {
    const added = await gql(SET, { input: { skillId: python, level: 3, years: 4.5, interest: 2 } });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.setMySkill).toEqual({
      skill: { id: python, name: 'Python', category: 'engineering' },
      level: 3,
      levelDescription: expect.stringMatching(/^Proficient: /),
      years: 4.5,
      interest: 2,
      interestDescription: expect.stringMatching(/^Keen: /),
      wantsToGrow: false,
      endorsementCount: 0,
      topEndorsers: [],
      endorsedByViewer: false,
    });
    expect(await holders(python)).toBe(1);

    const updated = await gql(SET, { input: { skillId: python, level: 5, wantsToGrow: true } });
    expect(updated.body.data.setMySkill).toMatchObject({ level: 5, years: 4.5, interest: 2, wantsToGrow: true });
    const cleared = await gql(SET, { input: { skillId: python, level: 5, years: null } });
    expect(cleared.body.data.setMySkill.years).toBeNull();
    expect(await holders(python)).toBe(1);
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const before = await rows();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ skillId: '00000000-0000-4000-8000-000000000000', level: 3 }, 'SKILL_NOT_FOUND'],
      [{ skillId: oldName, level: 3 }, 'SKILL_NOT_FOUND'],
      [{ skillId: cobol, level: 3 }, 'SKILL_RETIRED'],
      [{ skillId: go, level: 0 }, 'BAD_USER_INPUT'],
      [{ skillId: go, level: 6 }, 'BAD_USER_INPUT'],
      [{ skillId: go, level: 3, years: 61 }, 'BAD_USER_INPUT'],
      [{ skillId: go, level: 3, years: -1 }, 'BAD_USER_INPUT'],
      [{ skillId: go, level: 3, interest: 4 }, 'BAD_USER_INPUT'],
      [{ skillId: 'not-a-uuid', level: 3 }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      const { body } = await gql(SET, { input });
      expect({ input, code: body.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    const merged = await gql(SET, { input: { skillId: oldName, level: 3 } });
    expect(merged.body.errors[0].extensions.details.mergedIntoId).toBe(go);
    expect(await rows()).toEqual(before);
    expect(await holders(go)).toBe(0);
  });

  it('keeps a retired skill that a person already has editable', async () => {
    await test.db.client.query(`UPDATE skill SET status = 'active' WHERE id = $1`, [cobol]);
    await gql(SET, { input: { skillId: cobol, level: 2 } });
    await test.db.client.query(`UPDATE skill SET status = 'retired' WHERE id = $1`, [cobol]);
    const { body } = await gql(SET, { input: { skillId: cobol, level: 4 } });
    expect(body.errors).toBeUndefined();
    expect(body.data.setMySkill.level).toBe(4);
    await gql(`mutation($id: ID!) { removeMySkill(skillId: $id) }`, { id: cobol });
  });

  it('records interest without a level, which does not count as holding the skill', async () => {
    const INTEREST = `mutation($id: ID!, $interest: Int!, $grow: Boolean!) {
      setMySkillInterest(skillId: $id, interest: $interest, wantsToGrow: $grow) { level levelDescription interest wantsToGrow } }`;
    const passion = await gql(INTEREST, { id: pottery, interest: 3, grow: true });
    expect(passion.body.data.setMySkillInterest).toEqual({
      level: null,
      levelDescription: null,
      interest: 3,
      wantsToGrow: true,
    });
    expect(await holders(pottery)).toBe(0);

    // Interest on a skill with a level keeps the level.
    const keen = await gql(INTEREST, { id: python, interest: 1, grow: false });
    expect(keen.body.data.setMySkillInterest).toMatchObject({ level: 5, interest: 1 });

    // Claiming a level turns interest into holding.
    await gql(SET, { input: { skillId: pottery, level: 1 } });
    expect(await holders(pottery)).toBe(1);
    await test.db.client.query(`UPDATE person_skill SET level = NULL WHERE person_id = $1 AND skill_id = $2`, [
      me,
      pottery,
    ]);
    expect(await holders(pottery)).toBe(0);

    // No interest, no wish, no level: nothing left to say, so the row goes.
    const none = await gql(INTEREST, { id: pottery, interest: 0, grow: false });
    expect(none.body.data.setMySkillInterest).toBeNull();
    expect((await rows()).some((row) => row.skill_id === pottery)).toBe(false);

    const bad = await gql(INTEREST, { id: pottery, interest: 4, grow: false });
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('removes a skill with its endorsements', async () => {
    await gql(SET, { input: { skillId: go, level: 2 } });
    await test.db.client.query(`INSERT INTO endorsement (endorser_id, person_id, skill_id) VALUES ($1, $2, $3)`, [
      colleague,
      me,
      go,
    ]);
    const removed = await gql(`mutation($id: ID!) { removeMySkill(skillId: $id) }`, { id: go });
    expect(removed.body.data.removeMySkill).toBe(true);
    const again = await gql(`mutation($id: ID!) { removeMySkill(skillId: $id) }`, { id: go });
    expect(again.body.data.removeMySkill).toBe(false);
    const { rows: left } = await test.db.client.query(`SELECT 1 FROM endorsement WHERE skill_id = $1`, [go]);
    expect(left).toHaveLength(0);
    expect(await holders(go)).toBe(0);
  });

  it('shows skills on a person grouped by category, highest level first, interest only last', async () => {
    await gql(SET, { input: { skillId: go, level: 4 } });
    await gql(`mutation { setMySkillInterest(skillId: "${pottery}", interest: 2, wantsToGrow: true) { interest } }`);
    const { body } = await gql(`query($id: ID!) { person(id: $id) { skills { skill { name category } level } } }`, {
      id: me,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.person.skills).toEqual([
      { skill: { name: 'Pottery', category: 'design' }, level: null },
      { skill: { name: 'Python', category: 'engineering' }, level: 5 },
      { skill: { name: 'Go', category: 'engineering' }, level: 4 },
    ]);
  });
});
