import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { signInAs } from '@ensemble/api/identity/testing';
import { SkillsModule } from '../skills.module';
import { SkillsService } from '../services/skills.service';

interface Suggestion {
  skill: { id: string; name: string; source: string };
  match: string;
  matchedAlias: string | null;
}

describe('skills API', () => {
  let test: TestApp;
  let employeeCookie: string;
  let adminCookie: string;
  let admin: string;
  const people: string[] = [];
  let customKubernetes: string;

  const db = () => test.db.client;
  const person = async (name: string, roles: string[] = ['employee']) =>
    (
      await db().query<{ id: string }>(
        `INSERT INTO person (external_id, email, given_name, family_name, roles) VALUES ($1, $1, $2, 'Tester', $3) RETURNING id`,
        [`${name.toLowerCase()}@example.com`, name, roles],
      )
    ).rows[0].id;
  const skillId = async (name: string, source = 'ensemble') =>
    (await db().query<{ id: string }>(`SELECT id FROM skill WHERE name = $1 AND source = $2`, [name, source]))
      .rows[0].id;
  const hold = (personId: string, skill: string, level = 3, interest = 0) =>
    db().query(`INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, $3, $4)`, [
      personId,
      skill,
      level,
      interest,
    ]);
  const holderCount = async (skill: string) =>
    (await db().query<{ holder_count: number }>(`SELECT holder_count FROM skill WHERE id = $1`, [skill]))
      .rows[0].holder_count;

  const gql = (
    query: string,
    variables?: Record<string, unknown>,
    cookie: string | null = employeeCookie,
  ) => {
    const call = request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (cookie) call.set('cookie', cookie);
    return call.send({ query, variables });
  };
  const search = async (text: string, first = 10): Promise<Suggestion[]> => {
    const response = await gql(
      `query($s: String!, $n: Int) { skills(search: $s, first: $n) { skill { id name source } match matchedAlias } }`,
      { s: text, n: first },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data.skills;
  };

  beforeAll(async () => {
    test = await createTestApp({ imports: [SkillsModule, IdentityModule] });
    for (let i = 0; i < 6; i++) people.push(await person(`Person${i}`));
    admin = await person('Admin', ['employee', 'admin']);
    // Someone added "kubernetes" before the starter taxonomy was installed.
    customKubernetes = (
      await db().query<{ id: string }>(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ('kubernetes', 'kubernetes', 'engineering', 'custom') RETURNING id`,
      )
    ).rows[0].id;
    await hold(people[5], customKubernetes, 2);
    const installed = await test.app.get(SkillsService).installStarterTaxonomy();
    expect(installed.skills).toMatchObject({ adopted: 1, invalid: 0 });
    employeeCookie = await signInAs(test.app, people[0]);
    adminCookie = await signInAs(test.app, admin);
  });
  afterAll(() => test.close());

  describe('starter taxonomy', () => {
    it('installs once: a second install writes nothing', async () => {
      const again = await test.app.get(SkillsService).installStarterTaxonomy();
      expect(again.skills).toMatchObject({ inserted: 0, updated: 0, adopted: 0 });
      expect(again.skills.unchanged).toBe(again.skills.read);
      expect(again.aliases).toMatchObject({ inserted: 0, skipped: 0 });
    });

    it("adopts a person's custom skill of the same name, keeping its holders", async () => {
      const { rows } = await db().query(
        `SELECT id, name, source, external_uri, holder_count FROM skill WHERE normalized_name = 'kubernetes'`,
      );
      expect(rows).toEqual([
        {
          id: customKubernetes,
          name: 'Kubernetes',
          source: 'ensemble',
          external_uri: 'ensemble:skill/kubernetes',
          holder_count: 1,
        },
      ]);
    });
  });

  describe('autocomplete', () => {
    it('finds name prefixes, exact names first', async () => {
      const kuber = await search('Kuber');
      expect(kuber[0]).toMatchObject({ skill: { name: 'Kubernetes' }, match: 'PREFIX', matchedAlias: null });
      const go = await search('go');
      expect(go[0]).toMatchObject({ skill: { name: 'Go' }, match: 'EXACT' });
    });

    it('finds the canonical skill through an alias and says which alias matched', async () => {
      expect((await search('k8s'))[0]).toEqual({
        skill: { id: customKubernetes, name: 'Kubernetes', source: 'ENSEMBLE' },
        match: 'ALIAS',
        matchedAlias: 'k8s',
      });
      expect((await search('  GOLANG ')).map((s) => [s.skill.name, s.match, s.matchedAlias])).toEqual([
        ['Go', 'ALIAS', 'golang'],
      ]);
      expect((await search('golan'))[0]).toMatchObject({
        skill: { name: 'Go' },
        match: 'ALIAS',
        matchedAlias: 'golang',
      });
    });

    it('forgives one typo: a wrong, missing, extra or swapped letter', async () => {
      for (const typo of [
        'kubernetse',
        'kubernets',
        'kubbernetes',
        'kubernetis',
        'kybernetes',
        'pyhton',
        'tpyescript',
      ]) {
        const [best] = await search(typo);
        expect({ typo, name: best?.skill.name, match: best?.match }).toEqual({
          typo,
          name: {
            kubernetse: 'Kubernetes',
            kubernets: 'Kubernetes',
            kubbernetes: 'Kubernetes',
            kubernetis: 'Kubernetes',
            kybernetes: 'Kubernetes',
            pyhton: 'Python',
            tpyescript: 'TypeScript',
          }[typo],
          match: 'FUZZY',
        });
      }
      expect(await search('kbrnts')).toEqual([]);
    });

    it('finds words inside names after prefixes', async () => {
      const learning = await search('learning');
      expect(learning.map((s) => [s.skill.name, s.match])).toEqual(
        expect.arrayContaining([
          ['Machine learning', 'WORD'],
          ['Deep learning', 'WORD'],
        ]),
      );
    });

    it('ranks exact > prefix > alias > fuzzy, then by how many people hold the skill', async () => {
      const dataScience = await skillId('Data science');
      const dataGovernance = await skillId('Data governance');
      for (const id of people.slice(0, 3)) await hold(id, dataScience);
      for (const id of people.slice(0, 2)) await hold(id, dataGovernance);
      expect(await holderCount(dataScience)).toBe(3);
      const data = await search('data', 30);
      expect(data.slice(0, 2).map((s) => s.skill.name)).toEqual(['Data science', 'Data governance']);
      expect(data.slice(0, 2).map((s) => s.match)).toEqual(['PREFIX', 'PREFIX']);
      const order = ['EXACT', 'PREFIX', 'ALIAS', 'WORD', 'FUZZY'];
      const matches = data.map((s) => s.match);
      expect(matches).toEqual([...matches].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(new Set(matches)).toEqual(new Set(['PREFIX', 'ALIAS']));
      // An exact name beats more popular prefixes; a name prefix beats an alias prefix.
      const go = await skillId('Go');
      const rGo = await skillId('Google Cloud Platform');
      for (const id of people.slice(0, 3)) await hold(id, rGo);
      expect((await search('go')).slice(0, 2).map((s) => [s.skill.id, s.match])).toEqual([
        [go, 'EXACT'],
        [rGo, 'PREFIX'],
      ]);
      const python = (await search('pytho')).map((s) => [s.skill.name, s.match]);
      expect(python[0]).toEqual(['Python', 'PREFIX']);
      expect(python.map(([, match]) => match)).toEqual(
        [...python.map(([, match]) => match)].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      );
    });

    it('shows a name once when several sources have it, the one more people hold', async () => {
      await db().query(
        `INSERT INTO skill (name, normalized_name, category, source, external_uri, holder_count)
         VALUES ('Kubernetes', 'kubernetes', 'technology', 'onet', 'onet:example/kubernetes', 0)`,
      );
      const results = await search('kubernetes');
      expect(results.filter((s) => s.skill.name === 'Kubernetes')).toEqual([
        {
          skill: { id: customKubernetes, name: 'Kubernetes', source: 'ENSEMBLE' },
          match: 'EXACT',
          matchedAlias: null,
        },
      ]);
    });

    it('refuses empty, blank or too long searches and page sizes out of range', async () => {
      for (const [variables, field] of [
        [{ s: '' }, /search/],
        [{ s: '   ' }, /search/],
        [{ s: 'x'.repeat(101) }, /search/],
        [{ s: 'go', n: 0 }, /first/],
        [{ s: 'go', n: 51 }, /first/],
      ] as const) {
        const response = await gql(
          `query($s: String!, $n: Int) { skills(search: $s, first: $n) { match } }`,
          variables,
        );
        expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(response.body.errors[0].message + JSON.stringify(response.body.errors[0].extensions)).toMatch(
          field,
        );
      }
      expect((await search(`  ${'x'.repeat(100)}  `)).length).toBe(0);
    });

    it('needs a session', async () => {
      const response = await gql(`{ skills(search: "go") { match } }`, undefined, null);
      expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('answers suggestions with their aliases, parents and children in a constant number of statements', async () => {
      const query = `query($s: String!, $n: Int) { skills(search: $s, first: $n) { skill { name aliases holderCount
        parent { name } children { name } } } }`;
      const small = await gql(query, { s: 'c', n: 2 });
      const large = await gql(query, { s: 'c', n: 20 });
      expect(large.body.errors).toBeUndefined();
      expect(large.body.data.skills).toHaveLength(20);
      expect(Number(large.headers['x-sql-statements'])).toBe(Number(small.headers['x-sql-statements']));
      // session + search + aliases + parents + children
      expect(Number(large.headers['x-sql-statements'])).toBeLessThanOrEqual(5);
    });
  });

  describe('one skill', () => {
    it('shows aliases, parent, children and holder count', async () => {
      const response = await gql(
        `query($id: ID!) { skill(id: $id) { name category source status externalUri holderCount aliases
           parent { name parent { name } } children { name } mergedInto { name } } }`,
        { id: await skillId('Container orchestration') },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.skill).toEqual({
        name: 'Container orchestration',
        category: 'engineering',
        source: 'ENSEMBLE',
        status: 'ACTIVE',
        externalUri: 'ensemble:skill/container-orchestration',
        holderCount: 0,
        aliases: [],
        parent: { name: 'DevOps', parent: { name: 'Software engineering' } },
        children: [{ name: 'Kubernetes' }],
        mergedInto: null,
      });
    });

    it('says NOT_FOUND for an unknown skill and BAD_USER_INPUT for a malformed id', async () => {
      const missing = await gql('{ skill(id: "00000000-0000-4000-8000-000000000000") { id } }');
      expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const malformed = await gql('{ skill(id: "k8s") { id } }');
      expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('holder counts', () => {
    it('follow person_skill through inserts, moves and deletes, including people being deleted', async () => {
      const perl = await skillId('Perl');
      const leaver = await person('Leaver');
      await hold(leaver, perl);
      await hold(people[1], perl);
      expect(await holderCount(perl)).toBe(2);
      await db().query(`DELETE FROM person WHERE id = $1`, [leaver]);
      expect(await holderCount(perl)).toBe(1);
      const lua = await skillId('Lua');
      await db().query(`UPDATE person_skill SET skill_id = $1 WHERE skill_id = $2`, [lua, perl]);
      expect([await holderCount(perl), await holderCount(lua)]).toEqual([0, 1]);
      await db().query(`UPDATE person_skill SET skill_id = $1 WHERE skill_id = $2`, [perl, lua]);
    });

    it('can be recounted, repairing drift', async () => {
      const service = test.app.get(SkillsService);
      expect(await service.recountHolders()).toBe(0);
      const perl = await skillId('Perl');
      await db().query(`UPDATE skill SET holder_count = 40 WHERE id = $1`, [perl]);
      expect(await service.recountHolders()).toBe(1);
      expect(await holderCount(perl)).toBe(1);
    });
  });

  describe('admin: merge', () => {
    const merge = (sourceId: string, targetId: string, cookie = adminCookie) =>
      gql(
        `mutation($s: ID!, $t: ID!) { mergeSkill(sourceId: $s, targetId: $t) { id name holderCount aliases status } }`,
        { s: sourceId, t: targetId },
        cookie,
      );

    it('moves people (higher level and interest win), endorsements (no duplicates) and aliases, and records it', async () => {
      const source = (
        await db().query<{ id: string }>(
          `INSERT INTO skill (name, normalized_name, category, source) VALUES ('K8s Administration', 'k8s administration', 'engineering', 'custom') RETURNING id`,
        )
      ).rows[0].id;
      await db().query(
        `INSERT INTO skill_alias (normalized_alias, skill_id, alias) VALUES ('kube admin', $1, 'kube admin')`,
        [source],
      );
      const target = customKubernetes;
      const [both, onlySource, endorser, otherEndorser] = people;
      await hold(both, source, 2, 3);
      await hold(both, target, 4, 1);
      await hold(onlySource, source, 5, 2);
      const endorse = (from: string, whom: string, skill: string) =>
        db().query(
          `INSERT INTO endorsement (endorser_id, person_id, skill_id, note) VALUES ($1, $2, $3, 'good')`,
          [from, whom, skill],
        );
      await endorse(endorser, both, source);
      await endorse(endorser, both, target);
      await endorse(otherEndorser, both, source);
      await endorse(endorser, onlySource, source);
      const holdersBefore = await holderCount(target);

      const response = await merge(source, target);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.mergeSkill).toMatchObject({
        id: target,
        name: 'Kubernetes',
        status: 'ACTIVE',
        holderCount: holdersBefore + 1,
      });
      expect(response.body.data.mergeSkill.aliases).toEqual(
        expect.arrayContaining(['K8s Administration', 'kube admin', 'k8s']),
      );

      const holders = await db().query(
        `SELECT person_id, skill_id, level, interest FROM person_skill WHERE skill_id IN ($1, $2) AND person_id IN ($3, $4) ORDER BY level`,
        [source, target, both, onlySource],
      );
      expect(holders.rows).toEqual([
        { person_id: both, skill_id: target, level: 4, interest: 3 },
        { person_id: onlySource, skill_id: target, level: 5, interest: 2 },
      ]);
      const endorsements = await db().query(
        `SELECT endorser_id, person_id, skill_id FROM endorsement WHERE skill_id IN ($1, $2) ORDER BY person_id, endorser_id`,
        [source, target],
      );
      expect(endorsements.rows).toEqual(
        [
          { endorser_id: endorser, person_id: both, skill_id: target },
          { endorser_id: otherEndorser, person_id: both, skill_id: target },
          { endorser_id: endorser, person_id: onlySource, skill_id: target },
        ].sort(
          (a, b) => a.person_id.localeCompare(b.person_id) || a.endorser_id.localeCompare(b.endorser_id),
        ),
      );
      const merged = await gql(
        `query($id: ID!) { skill(id: $id) { status holderCount mergedInto { name } } }`,
        { id: source },
      );
      expect(merged.body.data.skill).toEqual({
        status: 'MERGED',
        holderCount: 0,
        mergedInto: { name: 'Kubernetes' },
      });
      expect((await search('k8s administration'))[0]).toMatchObject({
        skill: { id: target },
        match: 'ALIAS',
      });

      const audit = await db().query(
        `SELECT actor_id, action, target_type, target_id, data FROM audit_event WHERE action = 'skill.merged'`,
      );
      expect(audit.rows).toEqual([
        {
          actor_id: admin,
          action: 'skill.merged',
          target_type: 'skill',
          target_id: source,
          data: expect.objectContaining({
            targetId: target,
            holdersMoved: 1,
            holdersCombined: 1,
            endorsementsMoved: 2,
            endorsementsDropped: 1,
            aliasesMoved: 1,
            nameKeptAsAlias: true,
          }),
        },
      ]);
    });

    it('is refused to non-admins, and for merging into itself, into an inactive skill, or a merged skill again', async () => {
      const flask = await skillId('Flask');
      const django = await skillId('Django');
      expect((await merge(flask, django, employeeCookie)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await merge(flask, flask)).body.errors[0].extensions.code).toBe('SKILL_MERGE_INTO_ITSELF');
      const merged = (
        await db().query<{ id: string }>(`SELECT id FROM skill WHERE status = 'merged' LIMIT 1`)
      ).rows[0].id;
      expect((await merge(flask, merged)).body.errors[0].extensions.code).toBe('SKILL_MERGE_TARGET_INACTIVE');
      expect((await merge(merged, django)).body.errors[0].extensions.code).toBe('SKILL_ALREADY_MERGED');
      const missing = await merge(flask, '00000000-0000-4000-8000-000000000000');
      expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(
        await db().query(`SELECT 1 FROM skill WHERE id = $1 AND status = 'active'`, [flask]),
      ).toHaveProperty('rowCount', 1);
    });

    it('moves the children of the merged skill to the target', async () => {
      const containers = await skillId('Containers');
      const orchestration = await skillId('Container orchestration');
      const response = await merge(orchestration, containers);
      expect(response.body.errors).toBeUndefined();
      const parent = await db().query(
        `SELECT p.name FROM skill s JOIN skill p ON p.id = s.parent_id WHERE s.id = $1`,
        [customKubernetes],
      );
      expect(parent.rows).toEqual([{ name: 'Containers' }]);
    });
  });

  describe('admin: rename and retire', () => {
    const rename = (id: string, name: string, cookie = adminCookie) =>
      gql(
        `mutation($id: ID!, $name: String!) { renameSkill(id: $id, name: $name) { name aliases } }`,
        { id, name },
        cookie,
      );
    const retire = (id: string, cookie = adminCookie) =>
      gql(`mutation($id: ID!) { retireSkill(id: $id) { name status } }`, { id }, cookie);

    it('renames, keeping the old name as an alias that search still finds', async () => {
      const tableau = await skillId('Tableau');
      const response = await rename(tableau, '  Tableau   Desktop ');
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.renameSkill).toEqual({ name: 'Tableau Desktop', aliases: ['Tableau'] });
      expect((await search('tableau'))[0]).toMatchObject({
        skill: { name: 'Tableau Desktop' },
        match: 'ALIAS',
        matchedAlias: 'Tableau',
      });
      const audit = await db().query(
        `SELECT data FROM audit_event WHERE action = 'skill.renamed' AND target_id = $1`,
        [tableau],
      );
      expect(audit.rows).toEqual([
        { data: { from: 'Tableau', to: 'Tableau Desktop', oldNameKeptAsAlias: true } },
      ]);
    });

    it('refuses names taken by another skill or its alias, empty names, and non-admins', async () => {
      const looker = await skillId('Looker');
      expect((await rename(looker, 'power bi')).body.errors[0].extensions.code).toBe('SKILL_NAME_TAKEN');
      expect((await rename(looker, 'PowerBI')).body.errors[0].extensions.code).toBe('SKILL_NAME_TAKEN');
      expect((await rename(looker, '   ')).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await rename(looker, 'Looker Studio', employeeCookie)).body.errors[0].extensions.code).toBe(
        'FORBIDDEN',
      );
    });

    it('retires: hidden from autocomplete, still there for the profiles that hold it', async () => {
      const perl = await skillId('Perl');
      expect((await search('perl')).map((s) => s.skill.name)).toContain('Perl');
      expect((await retire(perl, employeeCookie)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      const response = await retire(perl);
      expect(response.body.data.retireSkill).toEqual({ name: 'Perl', status: 'RETIRED' });
      expect((await search('perl')).map((s) => s.skill.name)).not.toContain('Perl');
      expect((await search('prel')).map((s) => s.skill.name)).not.toContain('Perl');
      const shown = await gql(`query($id: ID!) { skill(id: $id) { status holderCount } }`, { id: perl });
      expect(shown.body.data.skill).toEqual({ status: 'RETIRED', holderCount: 1 });
      expect(
        (await db().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'skill.retired'`))
          .rows[0].n,
      ).toBe(1);
      expect((await retire(perl)).body.data.retireSkill.status).toBe('RETIRED');
    });
  });
});
