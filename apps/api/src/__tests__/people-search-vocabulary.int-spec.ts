// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { SkillDictionary } from '@ensemble/api/discovery';
import { SkillsService, starterSkillUri } from '@ensemble/api/skills';
import { DOMAIN_MODULES } from '../app.module';

/**
 * The vocabulary of people search on the starter taxonomy as installed: an alias that is an ordinary
 * English word does not empty the page, a skill written another way (spacing, hyphens, plurals) finds
 * its holders ranked by level, and a word of the company's own text is not "corrected" into a skill.
 */
describe('searchPeople: a vocabulary that does not misfire', () => {
  let test: TestApp;
  let cookie: string;
  const skills: Record<string, string> = {};

  const SEARCH = `query($input: PeopleSearchInput!) {
    searchPeople(input: $input, first: 20) {
      totalCount
      edges { node { person { displayName } matchedSkills { skillName level } } }
      interpretation { skills { name via matchedText } terms didYouMean }
    } }`;
  const search = async (query: string) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query: SEARCH, variables: { input: { query } } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.searchPeople;
  };
  const names = (result: { edges: Array<{ node: { person: { displayName: string } } }> }) =>
    result.edges.map((edge) => edge.node.person.displayName);

  /** Ids are given so that id order is the reverse of the right order: ties broken by id would show. */
  const person = async (
    id: number,
    given: string,
    family: string,
    texts: { headline?: string; bio?: string } = {},
  ) =>
    (
      await test.db.client.query(
        `INSERT INTO person (id, external_id, email, given_name, family_name, title, headline, bio)
         VALUES ($1, $2, $2, $3, $4, 'Engineer', $5, $6) RETURNING id`,
        [
          `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
          `${given.toLowerCase()}@example.com`,
          given,
          family,
          texts.headline ?? null,
          texts.bio ?? null,
        ],
      )
    ).rows[0].id as string;
  const has = (personId: string, skill: string, level: number) =>
    test.db.client.query(`INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, $3)`, [
      personId,
      skills[skill],
      level,
    ]);

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    await test.app.get(SkillsService).installStarterTaxonomy();
    const { rows } = await test.db.client.query<{ id: string; external_uri: string }>(
      `SELECT id, external_uri FROM skill`,
    );
    for (const key of ['event-driven-architecture', 'microservices', 'redux', 'customer-onboarding', 'java'])
      skills[key] = rows.find((row) => row.external_uri === starterSkillUri(key))?.id as string;
    // An installation from before the starter taxonomy's review still has this alias (imports never delete one).
    await test.db.client.query(
      `INSERT INTO skill_alias (normalized_alias, skill_id, alias) VALUES ('implementation', $1, 'implementation')`,
      [skills['customer-onboarding']],
    );
    test.app.get(SkillDictionary).invalidate();

    const viewer = await person(1, 'Vera', 'Viewer');
    const paula = await person(2, 'Paula', 'Payments', {
      headline: 'Payments implementation and strategy lead',
    });
    await has(paula, 'java', 4);
    // Three holders of each skill; the lowest id has the lowest level.
    const low = await person(10, 'Lou', 'Low');
    const mid = await person(11, 'Mia', 'Middle');
    const top = await person(12, 'Tom', 'Top');
    for (const [who, level] of [
      [low, 3],
      [mid, 4],
      [top, 5],
    ] as const) {
      await has(who, 'event-driven-architecture', level);
      await has(who, 'microservices', level);
    }
    await person(20, 'Rhea', 'Ledger', { bio: 'I keep Redox, our payments ledger, running' });
    await has(await person(21, 'Rex', 'Reducer'), 'redux', 4);
    cookie = await signInAs(test.app, viewer);
  });
  afterAll(() => test.close());

  it('does not empty the page for an alias that is an ordinary English word', async () => {
    // "implementation" (Customer onboarding, which nobody holds) and "strategy" (Strategic planning)
    // are words of the question, not required skills.
    for (const query of ['payments implementation', 'payments strategy']) {
      const result = await search(query);
      // Paula has both words; Rhea's bio has "payments" only: she answers part of the question, after.
      expect({ query, names: names(result), skills: result.interpretation.skills }).toEqual({
        query,
        names: ['Paula Payments', 'Rhea Ledger'],
        skills: [],
      });
      expect(result.interpretation.terms).toEqual(query.split(' '));
    }
  });

  it('finds the holders of a skill written with spaces, hyphens, capitals or a plural, ranked by level', async () => {
    for (const query of [
      'event driven architecture',
      'Event-Driven Architectures',
      'event-driven architecture',
    ]) {
      const result = await search(query);
      expect({ query, names: names(result) }).toEqual({ query, names: ['Tom Top', 'Mia Middle', 'Lou Low'] });
      expect(result.interpretation.skills).toEqual([
        {
          name: 'Event-driven architecture',
          via: 'name',
          matchedText: query.toLowerCase().replace(/-/g, ' '),
        },
      ]);
      expect(
        result.edges.map(
          (edge: { node: { matchedSkills: Array<{ level: number }> } }) => edge.node.matchedSkills[0]?.level,
        ),
      ).toEqual([5, 4, 3]);
    }
    for (const query of ['microservice', 'micro services']) {
      const result = await search(query);
      expect({ query, names: names(result) }).toEqual({ query, names: ['Tom Top', 'Mia Middle', 'Lou Low'] });
      expect(result.interpretation.skills).toEqual([
        { name: 'Microservices', via: 'name', matchedText: query },
      ]);
    }
  });

  it('does not correct a word of the company’s own text into the skill one letter away', async () => {
    // The index has Rhea's bio (this search waits for it), so "redox" is the company's word.
    expect(names(await search('ledger'))).toEqual(['Rhea Ledger']);
    const result = await search('redox');
    expect(names(result)).toEqual(['Rhea Ledger']);
    expect(result.interpretation).toEqual({ skills: [], terms: ['redox'], didYouMean: null });
    // A misspelling nobody writes is still corrected.
    const typo = await search('reduxx');
    expect(names(typo)).toEqual(['Rex Reducer']);
    expect(typo.interpretation).toMatchObject({
      skills: [{ name: 'Redux', via: 'typo' }],
      didYouMean: 'redux',
    });
  });
});
