// Profile completeness across domains: skills (registered by the skills domain) are the heaviest part,
// counted one by one with their levels, and the missing steps come ordered by what they would add.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

const COMPLETENESS = `{ viewer { profileCompleteness { percent nextStep { field hint } nextSteps { field hint } } } }`;

interface Completeness {
  percent: number;
  nextStep: { field: string; hint: string } | null;
  nextSteps: { field: string; hint: string }[];
}

describe('profile completeness with skills', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let me: string;
  let cookie: string;
  let otherCookie: string;
  const skills: string[] = [];

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    gql = graphql(test);
    me = await insertPerson(test, { given: 'Nina', family: 'Newhire' });
    const other = await insertPerson(test, { given: 'Otto', family: 'Other' });
    ({ me: cookie, other: otherCookie } = await cookiesFor(test, { me, other }));
    for (let index = 0; index < 9; index += 1) {
      const { rows } = await test.db.client.query(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ($1, lower($1), 'engineering', 'custom') RETURNING id`,
        [`Completeness skill ${index}`],
      );
      skills.push(rows[0].id);
    }
  });
  afterAll(() => test.close());

  const completeness = async (asCookie = cookie): Promise<Completeness> => {
    const response = await gql(asCookie, COMPLETENESS);
    expect(response.body.errors).toBeUndefined();
    return response.body.data.viewer.profileCompleteness;
  };
  const setSkill = async (skillId: string, level: number) => {
    const response = await gql(
      cookie,
      `mutation($input: SetMySkillInput!) { setMySkill(input: $input) { level } }`,
      {
        input: { skillId, level },
      },
    );
    expect(response.body.errors).toBeUndefined();
  };

  it('starts a new hire at 0% with "add your skills" as the most useful step', async () => {
    const result = await completeness();
    expect(result.percent).toBe(0);
    expect(result.nextStep).toEqual({
      field: 'skills',
      hint: 'Add your skills with a level for each: they are how colleagues and projects find you.',
    });
    expect(result.nextSteps.map((step) => step.field).slice(0, 3)).toEqual(['skills', 'headline', 'bio']);
    expect(result.nextSteps).toHaveLength(10);
  });

  it('counts each skill with a level, so five skills and a bio score more than a bio alone, and two more skills add more', async () => {
    const bio = await gql(cookie, `mutation { updateMyProfile(input: { bio: "I build things." }) { id } }`);
    expect(bio.body.errors).toBeUndefined();
    const bioOnly = await completeness();
    for (const skillId of skills.slice(0, 5)) await setSkill(skillId, 3);
    const five = await completeness();
    for (const skillId of skills.slice(5, 7)) await setSkill(skillId, 2);
    const seven = await completeness();

    // Weights: skills 60 (8 with a level for full credit) of 160; bio 15.
    expect(bioOnly.percent).toBe(9);
    expect(five.percent).toBe(32);
    expect(seven.percent).toBe(42);
    expect(seven.nextSteps[0]).toEqual({
      field: 'headline',
      hint: 'Add a headline so people know what you do.',
    });
    expect(seven.nextSteps.find((step) => step.field === 'skills')).toEqual({
      field: 'skills',
      hint: 'Add 1 more skill with a level to show your range.',
    });
  });

  it('gives an interest-only skill half the credit and asks for its level', async () => {
    const before = await completeness();
    // Interest only: no claim of ability (the profile's "interested in" list).
    await test.db.client.query(
      `INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, NULL, 2)`,
      [me, skills[7]],
    );
    const after = await completeness();
    expect(before.percent).toBe(42);
    expect(after.percent).toBe(44);
    expect(after.nextSteps.find((step) => step.field === 'skills')?.hint).toMatch(
      /^Set a level on the skill you added without one/,
    );
    await setSkill(skills[7], 4);
    const full = await completeness();
    expect(full.nextSteps.map((step) => step.field)).not.toContain('skills');
    expect(full.percent).toBe(46);
  });

  it('is still hidden from others', async () => {
    const response = await gql(
      otherCookie,
      `query($id: ID!) { person(id: $id) { profileCompleteness { percent } } }`,
      { id: me },
    );
    expect(response.body.data.person).toEqual({ profileCompleteness: null });
  });
});
