// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
// Counters kept by triggers (a skill's holder_count, a person_skill's endorsement figures) and the
// evidence a completed project writes on the same rows, under many
// writers of the same rows at once, against one listening server with every request of a round in
// flight together.
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { CREATE_PROJECT, projectInput, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

const SET = `mutation($input: SetMySkillInput!) { setMySkill(input: $input) { level } }`;
const REMOVE = `mutation($s: ID!) { removeMySkill(skillId: $s) }`;
const ENDORSE = `mutation($input: EndorseInput!) { endorse(input: $input) { id } }`;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeSkill(sourceId: $s, targetId: $t) { holderCount } }`;
const STATUS = `mutation($p: ID!, $s: ProjectStatus!) { changeProjectStatus(projectId: $p, status: $s) { status } }`;
const ADD_LEAD = `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`;
const JOIN = `mutation($r: ID!) { joinRole(roleId: $r) { id } }`;
const CROWD = 16;
const ROUNDS = 5;

describe('counters kept by triggers, with many people writing the same rows at once', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  let crowd: string[];
  let admin: string;

  /** Runs `round` ROUNDS times; each returns the codes its requests answered and the figures it checks. */
  const rounds = async (title: string, round: (n: number) => Promise<{ codes: string[]; figures: Record<string, unknown> }>) => {
    const outcomes: Array<{ round: number; failed: string[]; figures: Record<string, unknown> }> = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const { codes, figures } = await round(n);
      outcomes.push({ round: n, failed: codes.filter((code) => code !== 'OK'), figures });
    }
    const lines = outcomes.map(({ round, failed, figures }) => `round ${round}: ${failed.length ? `${failed.length} failed (${[...new Set(failed)].join(', ')})` : 'all succeeded'}, ${JSON.stringify(figures)}`);
    console.log(`${title}:\n  ${lines.join('\n  ')}`);
    return outcomes;
  };
  /** Every request answered OK in every round. */
  const noFailures = (outcomes: Array<{ round: number; failed: string[] }>) =>
    expect(outcomes.map(({ round, failed }) => ({ round, failed }))).toEqual(outcomes.map(({ round }) => ({ round, failed: [] })));
  const codesOf = (results: Array<{ body: unknown }>) => results.map((result) => f.code(result.body));
  const everyone = (request: (person: string, index: number) => Promise<{ body: unknown }>) =>
    Promise.all(crowd.map((person, index) => request(person, index)));
  const holders = async (skillId: string) =>
    (
      await f.sql(
        `SELECT s.holder_count, (SELECT count(*)::int FROM person_skill ps WHERE ps.skill_id = s.id AND ps.level IS NOT NULL) AS holders
           FROM skill s WHERE s.id = $1`,
        [skillId],
      )
    )[0] as { holder_count: number; holders: number };
  /** Everyone in the crowd holds the skill at level 1 and has endorsed everyone else in it. */
  const mutuallyEndorsed = async (name: string) => {
    const skillId = await f.skill(name);
    for (const person of crowd) await f.holds(person, skillId, 1);
    await f.sql(
      `INSERT INTO endorsement (endorser_id, person_id, skill_id)
       SELECT a, b, $2 FROM unnest($1::uuid[]) a, unnest($1::uuid[]) b WHERE a <> b`,
      [crowd, skillId],
    );
    return skillId;
  };
  /** The distinct endorsement weights on the skill's rows (each person is endorsed by all the others). */
  const weights = async (skillId: string) =>
    (
      await f.sql(
        `SELECT DISTINCT round(endorsement_weight::numeric, 3)::float AS weight FROM person_skill WHERE skill_id = $1`,
        [skillId],
      )
    ).map((row) => row.weight as number);
  /** 15 endorsers at `level`, each weighing 0.4 + 0.12 × level. */
  const weightAt = (level: number) => Number(((CROWD - 1) * (0.4 + 0.12 * level)).toFixed(3));

  beforeAll(async () => {
    test = await createTestApp({
      imports: DOMAIN_MODULES,
      env: {
        // More connections than requests in flight: each transaction really runs beside the others.
        DATABASE_POOL_SIZE: String(CROWD + 4),
        // One attempt: these prove the lock order itself, with no retry to hide a deadlock.
        DATABASE_TRANSACTION_ATTEMPTS: '1',
      },
    });
    await test.app.listen(0, '127.0.0.1');
    const { port } = test.app.getHttpServer().address() as AddressInfo;
    f = projectsFixture(test, `http://127.0.0.1:${port}`);
    crowd = [];
    for (let i = 0; i < CROWD; i++) crowd.push(await f.person(`Person${i}`));
    admin = await f.person('Admin', { roles: ['employee', 'admin'] });
  });
  afterAll(() => test.close());

  it(`${CROWD} people adding the same skill at once all succeed, ${ROUNDS} rounds, and its holder count stays exact`, async () => {
    const outcomes = await rounds(`${CROWD} people adding, then removing, one skill at once`, async (round) => {
      const skillId = await f.skill(`Crowded skill ${round}`);
      const added = codesOf(await everyone((person, index) => f.gql(person, SET, { input: { skillId, level: (index % 5) + 1 } })));
      const afterAdding = await holders(skillId);
      const removed = codesOf(await everyone((person) => f.gql(person, REMOVE, { s: skillId })));
      return { codes: [...added, ...removed], figures: { afterAdding, afterRemoving: await holders(skillId) } };
    });
    noFailures(outcomes);
    for (const { figures } of outcomes) {
      expect(figures).toEqual({ afterAdding: { holder_count: CROWD, holders: CROWD }, afterRemoving: { holder_count: 0, holders: 0 } });
    }
  });

  it(`${CROWD} people endorsing the same colleague's skill at once all succeed, ${ROUNDS} rounds, and its endorsement count stays exact`, async () => {
    const endorsed = await f.person('Endorsed');
    const outcomes = await rounds(`${CROWD} people endorsing one person's skill at once`, async (round) => {
      const skillId = await f.skill(`Endorsed skill ${round}`);
      await f.holds(endorsed, skillId, 3);
      const codes = codesOf(await everyone((person) => f.gql(person, ENDORSE, { input: { personId: endorsed, skillId } })));
      const [figures] = await f.sql(
        `SELECT ps.endorsement_count,
                (SELECT count(*)::int FROM endorsement e WHERE e.person_id = ps.person_id AND e.skill_id = ps.skill_id) AS endorsements
           FROM person_skill ps WHERE ps.person_id = $1 AND ps.skill_id = $2`,
        [endorsed, skillId],
      );
      return { codes, figures };
    });
    noFailures(outcomes);
    for (const { figures } of outcomes) expect(figures).toEqual({ endorsement_count: CROWD, endorsements: CROWD });
  });

  it(`${CROWD} people who endorsed each other all change their level at once, ${ROUNDS} rounds, and the endorsement weights stay exact`, async () => {
    // A level change reweighs the endorsements the person gave: a trigger rewrites everyone else's row.
    const skillId = await mutuallyEndorsed('Mutually endorsed');
    const outcomes = await rounds(`${CROWD} people who endorsed each other changing their level at once`, async (round) => {
      const level = (round % 5) + 1;
      const codes = codesOf(await everyone((person) => f.gql(person, SET, { input: { skillId, level } })));
      return { codes, figures: { level, weights: await weights(skillId) } };
    });
    noFailures(outcomes);
    for (const { figures } of outcomes) expect(figures.weights).toEqual([weightAt(figures.level as number)]);
  });

  it(`a project completing while its ${CROWD} owner, co-leads and members change their levels in its skills succeeds, ${ROUNDS} rounds, and evidence stays counted once`, async () => {
    // Completion writes evidence_count on every team member's rows of the project's skills while each
    // level change locks its own row and its endorsees' rows in those skills (person order).
    const skills = [await mutuallyEndorsed('Completed with A'), await mutuallyEndorsed('Completed with B')];
    const [owner, ...rest] = crowd;
    const outcomes = await rounds(`a project completing while its team changes their levels`, async (round) => {
      const { body } = await f.gql(owner, CREATE_PROJECT, {
        input: projectInput({ title: `Race ${round}`, roles: [roleInput({ seats: CROWD, skills: skills.map((skillId) => ({ skillId, minLevel: 1 })) })] }),
      });
      const project = body.data.createProject as { id: string; roles: Array<{ id: string }> };
      for (const lead of rest.slice(0, 3)) await f.gql(owner, ADD_LEAD, { p: project.id, x: lead });
      for (const member of rest.slice(3)) await f.gql(member, JOIN, { r: project.roles[0].id });
      for (const to of ['FORMING', 'ACTIVE']) await f.gql(owner, STATUS, { p: project.id, s: to });
      const level = (round % 5) + 1;
      const results = await Promise.all([
        f.gql(owner, STATUS, { p: project.id, s: 'COMPLETED' }),
        ...crowd.flatMap((person) => skills.map((skillId) => f.gql(person, SET, { input: { skillId, level } }))),
      ]);
      const [figures] = await f.sql(
        `SELECT count(DISTINCT ps.evidence_count)::int AS distinct_counts, min(ps.evidence_count) AS evidence_count,
                (SELECT count(*)::int FROM project_evidence WHERE project_id = $2) AS rows
           FROM person_skill ps WHERE ps.skill_id = ANY($1::uuid[])`,
        [skills, project.id],
      );
      return { codes: codesOf(results), figures: { ...figures, weights: await weights(skills[0]) } };
    });
    noFailures(outcomes);
    outcomes.forEach(({ round, figures }) => {
      // Everyone, lead or member, gained one piece of evidence per skill per completed project.
      expect(figures).toMatchObject({ distinct_counts: 1, evidence_count: round, rows: CROWD * skills.length });
      expect(figures.weights).toEqual([weightAt((round % 5) + 1)]);
    });
  });

  it(`an admin merging a skill while its ${CROWD} holders remove it succeeds, ${ROUNDS} rounds, and the counts stay exact`, async () => {
    const outcomes = await rounds(`a merge racing ${CROWD} removals of the merged skill`, async (round) => {
      const source = await f.skill(`Merged away ${round}`);
      const target = await f.skill(`Merged into ${round}`);
      for (const person of crowd) await f.holds(person, source, 3);
      const results = await Promise.all([
        f.gql(admin, MERGE, { s: source, t: target }),
        ...crowd.map((person) => f.gql(person, REMOVE, { s: source })),
      ]);
      return { codes: codesOf(results), figures: { source: await holders(source), target: await holders(target) } };
    });
    noFailures(outcomes);
    for (const { figures } of outcomes) {
      // Whoever removed the skill before the merge lost it; the others now hold the target.
      const target = figures.target as { holder_count: number; holders: number };
      expect(figures.source).toEqual({ holder_count: 0, holders: 0 });
      expect(target.holder_count).toBe(target.holders);
    }
  });
});
