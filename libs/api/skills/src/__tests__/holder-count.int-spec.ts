import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { recountHolderCounts } from '../taxonomy/skill-rows';

/** The holder_count triggers, driven with plain SQL the way other domains and the seeder write. */
describe('holder count triggers', () => {
  let db: TestDatabase;
  let skills: string[];
  let people: string[];

  const counts = async () =>
    (
      await db.client.query<{ holder_count: number }>(
        `SELECT holder_count FROM skill WHERE id = ANY($1) ORDER BY name`,
        [skills],
      )
    ).rows.map((row) => row.holder_count);

  beforeAll(async () => {
    db = await createTestDatabase();
    skills = (
      await db.client.query<{ id: string }>(
        `INSERT INTO skill (name, normalized_name, category, source)
         SELECT 'Skill ' || i, 'skill ' || i, 'engineering', 'custom' FROM generate_series(0, 4) i ORDER BY i RETURNING id`,
      )
    ).rows.map((row) => row.id);
    people = (
      await db.client.query<{ id: string }>(
        `INSERT INTO person (external_id, email, given_name, family_name)
         SELECT 'p' || i, 'p' || i || '@example.com', 'P', 'Q' || i FROM generate_series(1, 300) i RETURNING id`,
      )
    ).rows.map((row) => row.id);
  });
  afterAll(() => db?.drop());

  it('counts a bulk insert per skill in one statement', async () => {
    // Person i holds skills 0 … i mod 5: skill k is held by 300 − 60k people.
    await db.client.query(
      `INSERT INTO person_skill (person_id, skill_id, level)
       SELECT p.id, s.id, 3 FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n), unnest($2::uuid[]) WITH ORDINALITY AS s(id, k)
        WHERE s.k - 1 <= (p.n - 1) % 5`,
      [people, skills],
    );
    expect(await counts()).toEqual([300, 240, 180, 120, 60]);
  });

  it('ignores updates that keep the skill, and follows ones that change it', async () => {
    await db.client.query(`UPDATE person_skill SET level = 5, interest = 2`);
    expect(await counts()).toEqual([300, 240, 180, 120, 60]);
    await db.client.query(
      `UPDATE person_skill ps SET skill_id = $1
        WHERE ps.skill_id = $2 AND NOT EXISTS (SELECT 1 FROM person_skill o WHERE o.person_id = ps.person_id AND o.skill_id = $1)`,
      [skills[4], skills[3]],
    );
    expect(await counts()).toEqual([300, 240, 180, 60, 120]);
    expect(
      await recountHolderCounts((text, values) =>
        db.client.query(text, values).then((result) => result.rows),
      ),
    ).toBe(0);
  });

  it('drops to zero when people are truncated, which fires no delete triggers', async () => {
    await db.client.query(`TRUNCATE person CASCADE`);
    expect(await counts()).toEqual([0, 0, 0, 0, 0]);
  });
});
