// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { SkillDictionary } from '@ensemble/api/discovery';
import { SkillsService, starterSkillUri } from '@ensemble/api/skills';
import { DOMAIN_MODULES } from '../app.module';

/**
 * Searching by place on the starter taxonomy, with locations written as the demo company writes them
 * ("Berlin, Germany", "Remote"): a city, a country or "remote" in the text is a place filter on
 * everyone whose location has it, "in Germany" is never the German language, and a hidden location
 * is neither matched nor recognised.
 */
describe('searchPeople: places', () => {
  let test: TestApp;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const skills: Record<string, string> = {};

  const SEARCH = `query($input: PeopleSearchInput!) {
    searchPeople(input: $input, first: 20) {
      totalCount
      edges { node { person { displayName location } } }
      interpretation { skills { name via matchedText } location locationText terms didYouMean }
      facets { locations { value count } }
    } }`;
  const search = async (input: Record<string, unknown>, cookie = cookies['viewer'] as string) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query: SEARCH, variables: { input } });
    expect(response.body.errors).toBeUndefined();
    return {
      result: response.body.data.searchPeople,
      statements: Number(response.headers['x-sql-statements']),
    };
  };
  const names = (result: { edges: Array<{ node: { person: { displayName: string } } }> }) =>
    result.edges.map((edge) => edge.node.person.displayName);

  const person = async (
    key: string,
    given: string,
    family: string,
    location: string | null,
    visibility: Record<string, string> = {},
  ) => {
    ids[key] = (
      await test.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, location, field_visibility, roles)
         VALUES ($1, $1, $2, $3, 'Engineer', $4, $5, $6) RETURNING id`,
        [
          `${key}@example.com`,
          given,
          family,
          location,
          JSON.stringify(visibility),
          key === 'hr' ? ['employee', 'hr'] : ['employee'],
        ],
      )
    ).rows[0].id as string;
  };
  const has = (who: string, skill: string, level: number) =>
    test.db.client.query(`INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, $3)`, [
      ids[who],
      skills[skill],
      level,
    ]);

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    await test.app.get(SkillsService).installStarterTaxonomy();
    const { rows } = await test.db.client.query<{ id: string; external_uri: string }>(
      `SELECT id, external_uri FROM skill`,
    );
    for (const key of ['kubernetes', 'python', 'german'])
      skills[key] = rows.find((row) => row.external_uri === starterSkillUri(key))?.id as string;

    await person('viewer', 'Vera', 'Viewer', 'Toronto, Canada');
    await person('hr', 'Hanna', 'Resources', null);
    await person('ada', 'Ada', 'Lovelace', 'Berlin, Germany');
    await person('bob', 'Bob', 'Builder', 'Munich, Germany');
    await person('cy', 'Cy', 'Londoner', 'London, United Kingdom');
    await person('dee', 'Dee', 'Distant', 'Remote');
    await person('eve', 'Eve', 'Hidden', 'Hamburg, Germany', { location: 'hr_only' });
    await person('fritz', 'Fritz', 'Deutsch', 'Berlin, Germany');
    await person('gil', 'Gil', 'Paulista', 'São Paulo, Brazil');
    // Named like a city, living elsewhere.
    await person('irving', 'Irving', 'Berlin', 'London, United Kingdom');

    await has('ada', 'kubernetes', 5);
    await has('ada', 'python', 3);
    await has('bob', 'python', 4);
    await has('cy', 'kubernetes', 4);
    await has('cy', 'python', 2);
    await has('dee', 'python', 5);
    await has('dee', 'kubernetes', 3);
    await has('eve', 'python', 5);
    await has('fritz', 'german', 5);
    await has('gil', 'kubernetes', 2);
    await has('irving', 'python', 5);
    await has('irving', 'kubernetes', 5);
    test.app.get(SkillDictionary).invalidate();
    for (const key of ['viewer', 'hr']) cookies[key] = await signInAs(test.app, ids[key] as string);
  });
  afterAll(() => test.close());

  it('finds "kubernetes in Berlin": the Kubernetes people whose location has Berlin, and only them', async () => {
    const { result } = await search({ query: 'kubernetes in Berlin' });
    expect(names(result)).toEqual(['Ada Lovelace']);
    expect(result.interpretation).toEqual({
      skills: [{ name: 'Kubernetes', via: 'name', matchedText: 'kubernetes' }],
      location: 'Berlin',
      locationText: 'berlin',
      terms: [],
      didYouMean: null,
    });
    expect(result.facets.locations).toEqual([{ value: 'Berlin, Germany', count: 1 }]);
  });

  it('finds "python in Germany": the Python people in every German city, not the German speakers', async () => {
    const { result, statements } = await search({ query: 'python in Germany' });
    expect(names(result)).toEqual(['Bob Builder', 'Ada Lovelace']);
    expect(result.interpretation).toEqual({
      skills: [{ name: 'Python', via: 'name', matchedText: 'python' }],
      location: 'Germany',
      locationText: 'germany',
      terms: [],
      didYouMean: null,
    });
    // Within the search's statement budget, like any other search.
    expect(statements).toBeLessThanOrEqual(3);
    // Eve's location is for HR only: HR finds her there, a colleague does not.
    expect(names((await search({ query: 'python in Germany' }, cookies['hr'])).result)).toEqual([
      'Eve Hidden',
      'Bob Builder',
      'Ada Lovelace',
    ]);
  });

  it('recognises "remote", a place of several words and one written without its accents', async () => {
    const remote = (await search({ query: 'remote python' })).result;
    expect(names(remote)).toEqual(['Dee Distant']);
    expect(remote.interpretation.location).toBe('Remote');
    const saoPaulo = (await search({ query: 'kubernetes in sao paulo' })).result;
    expect(names(saoPaulo)).toEqual(['Gil Paulista']);
    expect(saoPaulo.interpretation).toMatchObject({ location: 'São Paulo', locationText: 'sao paulo' });
    const uk = (await search({ query: 'kubernetes in the United Kingdom' })).result;
    expect(names(uk)).toEqual(['Irving Berlin', 'Cy Londoner']);
    expect(uk.interpretation.location).toBe('United Kingdom');
  });

  it('filters on a city or a country given as a filter, as well as on a whole location', async () => {
    expect(names((await search({ query: 'python', location: 'germany' })).result)).toEqual([
      'Bob Builder',
      'Ada Lovelace',
    ]);
    expect(names((await search({ query: 'python', location: 'Berlin, Germany' })).result)).toEqual([
      'Ada Lovelace',
    ]);
    expect(names((await search({ location: 'Berlin' })).result).sort()).toEqual([
      'Ada Lovelace',
      'Fritz Deutsch',
    ]);
  });

  it('neither matches nor recognises a place only hidden locations have', async () => {
    const { result } = await search({ query: 'people in Hamburg' });
    expect(result.interpretation.location).toBeNull();
    expect(result.interpretation.terms).toEqual(['hamburg']);
    expect(result.totalCount).toBe(0);
    expect((await search({ location: 'Hamburg' })).result.totalCount).toBe(0);
    expect(names((await search({ location: 'Hamburg' }, cookies['hr'])).result)).toEqual(['Eve Hidden']);
  });

  it('reads a colleague’s name as a name without "in", and a city after it', async () => {
    const bare = (await search({ query: 'kubernetes berlin' })).result;
    expect(bare.interpretation.location).toBeNull();
    expect(names(bare)[0]).toBe('Irving Berlin');
    expect(names((await search({ query: 'kubernetes in berlin' })).result)).toEqual(['Ada Lovelace']);
  });

  it('follows people who move: the filter at once, a new place once the vocabulary is rebuilt', async () => {
    await test.db.client.query(`UPDATE person SET location = 'Paris, France' WHERE id = $1`, [ids['bob']]);
    expect(names((await search({ query: 'python in Germany' })).result)).toEqual(['Ada Lovelace']);
    test.app.get(SkillDictionary).invalidate();
    const { result } = await search({ query: 'python in France' });
    expect(result.interpretation.location).toBe('France');
    expect(names(result)).toEqual(['Bob Builder']);
  });
});
