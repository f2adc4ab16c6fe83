// Lives with the app, not in libs/api/skills: it signs in through the identity module (see
// people.int-spec.ts for why domain libs' tests cannot).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { DOMAIN_MODULES } from '../app.module';

describe('endorsements', () => {
  let test: TestApp;
  let ada: string;
  let grace: string;
  let linus: string;
  let barbara: string;
  let margaret: string;
  let python: string;
  let rust: string;
  const cookies = new Map<string, string>();

  const gql = async (as: string, query: string, variables?: Record<string, unknown>) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookies.get(as) as string)
      .send({ query, variables });
    return { body: response.body, statements: Number(response.headers['x-sql-statements']) };
  };
  const sql = async (text: string, values: unknown[] = []) => (await test.db.client.query(text, values)).rows;
  const person = async (given: string, family: string, managerId: string | null = null) => {
    const [{ id }] = await sql(
      `INSERT INTO person (external_id, email, given_name, family_name, title, manager_id)
       VALUES ($1, $1, $2, $3, 'Engineer', $4) RETURNING id`,
      [`${given}.${family}@example.com`.toLowerCase(), given, family, managerId],
    );
    cookies.set(id, await signInAs(test.app, id));
    return id as string;
  };
  const skill = async (name: string) =>
    (
      await sql(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ($1, lower($1), 'engineering', 'custom') RETURNING id`,
        [name],
      )
    )[0].id as string;
  const holds = (personId: string, skillId: string, level: number | null, interest = 0) =>
    sql(`INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, $3, $4)`, [
      personId,
      skillId,
      level,
      interest,
    ]);
  const endorsements = () => sql(`SELECT endorser_id, person_id, skill_id, note FROM endorsement ORDER BY created_at`);

  const ENDORSE = `mutation($input: EndorseInput!) { endorse(input: $input) {
    id personId skillId note evidenceProjectId createdAt endorser { id displayName level } } }`;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    ada = await person('Ada', 'Lovelace');
    grace = await person('Grace', 'Hopper', ada);
    linus = await person('Linus', 'Torvalds', ada);
    barbara = await person('Barbara', 'Liskov', ada);
    margaret = await person('Margaret', 'Hamilton', ada);
    python = await skill('Python');
    rust = await skill('Rust');
    await holds(ada, python, 3);
    await holds(ada, rust, null, 3);
    await holds(grace, python, 2);
    await holds(linus, python, 5);
    await holds(barbara, python, 5);
  });
  afterAll(() => test.close());

  it('endorses a colleague’s skill once, and records the event in the same transaction', async () => {
    const first = await gql(grace, ENDORSE, { input: { personId: ada, skillId: python, note: 'Great reviews.' } });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.endorse).toMatchObject({
      personId: ada,
      skillId: python,
      note: 'Great reviews.',
      evidenceProjectId: null,
      endorser: { id: grace, displayName: 'Grace Hopper', level: 2 },
    });
    const again = await gql(grace, ENDORSE, { input: { personId: ada, skillId: python, note: 'Changed my mind' } });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.endorse.id).toBe(first.body.data.endorse.id);
    expect(again.body.data.endorse.note).toBe('Great reviews.');
    expect(await endorsements()).toHaveLength(1);
    expect(
      await sql(`SELECT actor_id, action, target_type, target_id, data FROM audit_event WHERE action LIKE 'endorsement.%'`),
    ).toEqual([
      {
        actor_id: grace,
        action: 'endorsement.created',
        target_type: 'person',
        target_id: ada,
        data: { endorsementId: first.body.data.endorse.id, skillId: python, evidenceProjectId: null },
      },
    ]);
    // The person endorsed is notified once (the repeated endorsement changed nothing).
    expect(await sql(`SELECT person_id, kind, message, link FROM notification`)).toEqual([
      {
        person_id: ada,
        kind: 'endorsement.received',
        message: 'Grace Hopper endorsed your Python: “Great reviews.”',
        link: `/people/${ada}`,
      },
    ]);
  });

  it('refuses endorsing oneself, a skill not on the profile, interest only, and bad evidence, writing nothing', async () => {
    const before = await endorsements();
    const auditBefore = await sql(`SELECT count(*)::int AS n FROM audit_event`);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [ada, { personId: ada, skillId: python }, 'ENDORSE_SELF'],
      [grace, { personId: margaret, skillId: python }, 'SKILL_NOT_ON_PROFILE'],
      [grace, { personId: ada, skillId: rust }, 'SKILL_NOT_ON_PROFILE'],
      [grace, { personId: '00000000-0000-4000-8000-000000000000', skillId: python }, 'SKILL_NOT_ON_PROFILE'],
      [linus, { personId: ada, skillId: python, evidenceProjectId: '00000000-0000-4000-8000-000000000001' }, 'EVIDENCE_NOT_FOUND'],
      [linus, { personId: ada, skillId: python, evidenceProjectId: 'project-1' }, 'BAD_USER_INPUT'],
      [linus, { personId: ada, skillId: python, note: 'x'.repeat(501) }, 'BAD_USER_INPUT'],
    ];
    for (const [as, input, code] of cases) {
      const { body } = await gql(as, ENDORSE, { input });
      expect({ input, code: body.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect(await endorsements()).toEqual(before);
    expect(await sql(`SELECT count(*)::int AS n FROM audit_event`)).toEqual(auditBefore);
  });

  it('stores a hostile note verbatim, up to 500 characters counted like the database does', async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> '; DROP TABLE person; -- ${'é'.repeat(400)}`;
    const emoji = '👍'.repeat(500);
    const { body } = await gql(linus, ENDORSE, { input: { personId: ada, skillId: python, note: hostile } });
    expect(body.errors).toBeUndefined();
    expect(body.data.endorse.note).toBe(hostile);
    const [stored] = await sql(`SELECT note FROM endorsement WHERE endorser_id = $1`, [linus]);
    expect(stored.note).toBe(hostile);
    await holds(margaret, python, 1);
    const wide = await gql(barbara, ENDORSE, { input: { personId: margaret, skillId: python, note: emoji } });
    expect(wide.body.errors).toBeUndefined();
  });

  it('orders top endorsers by their own level in the skill, then by who endorsed first', async () => {
    await gql(barbara, ENDORSE, { input: { personId: ada, skillId: python } });
    await gql(margaret, ENDORSE, { input: { personId: ada, skillId: python } });
    // Endorsed so far: Grace (level 2), Linus (5), Barbara (5), Margaret (1) — in that order.
    const { body } = await gql(
      grace,
      `query($id: ID!) { person(id: $id) { skills { skill { name } endorsementCount endorsedByViewer
         topEndorsers { displayName level } endorsements(first: 2) { endorser { displayName } note } } } }`,
      { id: ada },
    );
    expect(body.errors).toBeUndefined();
    const [py] = body.data.person.skills.filter((entry: { skill: { name: string } }) => entry.skill.name === 'Python');
    expect(py.endorsementCount).toBe(4);
    expect(py.endorsedByViewer).toBe(true);
    expect(py.topEndorsers).toEqual([
      { displayName: 'Linus Torvalds', level: 5 },
      { displayName: 'Barbara Liskov', level: 5 },
      { displayName: 'Grace Hopper', level: 2 },
    ]);
    expect(py.endorsements.map((e: { endorser: { displayName: string } }) => e.endorser.displayName)).toEqual([
      'Margaret Hamilton',
      'Barbara Liskov',
    ]);
    const asMargaret = await gql(linus, `query($id: ID!) { person(id: $id) { skills { endorsedByViewer } } }`, {
      id: grace,
    });
    expect(asMargaret.body.data.person.skills).toEqual([{ endorsedByViewer: false }]);
  });

  it('withdraws an endorsement and records that too', async () => {
    const WITHDRAW = `mutation($p: ID!, $s: ID!) { withdrawEndorsement(personId: $p, skillId: $s) }`;
    const withdrawn = await gql(margaret, WITHDRAW, { p: ada, s: python });
    expect(withdrawn.body.data.withdrawEndorsement).toBe(true);
    const again = await gql(margaret, WITHDRAW, { p: ada, s: python });
    expect(again.body.data.withdrawEndorsement).toBe(false);
    expect(await sql(`SELECT 1 FROM endorsement WHERE endorser_id = $1 AND person_id = $2`, [margaret, ada])).toEqual([]);
    expect(
      await sql(`SELECT actor_id, target_id, data->>'skillId' AS skill FROM audit_event WHERE action = 'endorsement.withdrawn'`),
    ).toEqual([{ actor_id: margaret, target_id: ada, skill: python }]);
  });

  describe('SQL statements per request', () => {
    const PAGE = `query($first: Int!) { people(first: $first) { edges { node { id skills {
      skill { name category } level levelDescription endorsementCount endorsedByViewer
      topEndorsers { displayName } } } } } }`;
    const PERSON_PAGE = `query($id: ID!) { person(id: $id) { displayName title
      department { name } manager { displayName } managerChain { displayName } directReports { displayName }
      skills { skill { id name category } level levelDescription years interest wantsToGrow endorsementCount
        endorsedByViewer topEndorsers { id displayName level } } } }`;

    beforeAll(async () => {
      // 30 more people, each with three skills endorsed by two colleagues.
      const extra: string[] = [];
      for (let i = 0; i < 30; i++) extra.push(await person(`Person${String(i).padStart(2, '0')}`, 'Extra', ada));
      const more = [await skill('Go'), await skill('SQL')];
      for (const [index, id] of extra.entries()) {
        for (const skillId of [python, ...more]) await holds(id, skillId, 1 + (index % 5));
      }
      for (const [index, id] of extra.entries()) {
        for (const endorser of [extra[(index + 1) % extra.length], extra[(index + 2) % extra.length]]) {
          await sql(`INSERT INTO endorsement (endorser_id, person_id, skill_id) VALUES ($1, $2, $3)`, [endorser, id, python]);
        }
      }
    });

    it('costs the same for 2 people as for 20', async () => {
      const small = await gql(ada, PAGE, { first: 2 });
      const large = await gql(ada, PAGE, { first: 20 });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.data.people.edges).toHaveLength(20);
      const withEndorsers = large.body.data.people.edges.filter(
        (edge: { node: { skills: Array<{ topEndorsers: unknown[] }> } }) =>
          edge.node.skills.some((entry) => entry.topEndorsers.length > 0),
      );
      expect(withEndorsers.length).toBeGreaterThan(10);
      expect(large.statements).toBe(small.statements);
      // Session, directory page, everyone's skills with counts and top endorsers.
      expect(large.statements).toBeLessThanOrEqual(3);
    });

    it('serves the person page in a constant number of statements, skills taking one', async () => {
      const withSkills = await gql(grace, PERSON_PAGE, { id: linus });
      expect(withSkills.body.errors).toBeUndefined();
      const withoutSkills = await gql(
        grace,
        PERSON_PAGE.replace(/skills \{[\s\S]*\} \} \} \}$/, '} }'),
        { id: linus },
      );
      expect(withoutSkills.body.errors).toBeUndefined();
      expect(withSkills.statements - withoutSkills.statements).toBe(1);
      // Another person in the same place in the org chart, with a different number of skills.
      const other = await gql(grace, PERSON_PAGE, { id: barbara });
      expect(other.statements).toBe(withSkills.statements);
      // Reported, not asserted: the org fields belong to the people domain.
      process.stdout.write(`person page: ${withSkills.statements} SQL statements (${withoutSkills.statements} without skills)\n`);
    });
  });
});
