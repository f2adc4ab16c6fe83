/**
 * The benchmarks' company: the demo generator's people, departments, skills and endorsements, with
 * the skill links topped up to a round number by random extra (person, skill) pairs. Every draw comes
 * from seeded streams, so every run builds the same data.
 */
import type { Client } from 'pg';
import { generateCompany, randomStream, seedCompany } from '@ensemble/api/demo-data';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import type { Viewer } from '@ensemble/api/people';
import type { RoleName } from '@ensemble/api/core';

export interface BenchCompanyOptions {
  people: number;
  links: number;
  seed: number;
  /** Runs after the links are in and before the final VACUUM ANALYZE (e.g. a taxonomy import). */
  extend?: (client: Client) => Promise<void>;
}

/**
 * Seeds the generated company, then tops the skill links up to `links` with random extra (person,
 * skill) pairs, drawn from a seeded stream so that every run builds the same data.
 */
export async function seedBenchCompany(client: Client, options: BenchCompanyOptions): Promise<void> {
  await applyStarterTaxonomy(client);
  // The generated company (a few hundred MB for 100,000 people) is not kept beyond this statement.
  await seedCompany(client, generateCompany({ people: options.people, seed: options.seed }));
  const personIds = (await client.query<{ id: string }>(`SELECT id FROM person ORDER BY id`)).rows.map(
    (row) => row.id,
  );
  // By name, not id: skill ids are drawn by the database (gen_random_uuid), so ordering by them would
  // give the extra links to different skills in every run.
  const skillIds = (
    await client.query<{ id: string }>(
      `SELECT id FROM skill WHERE status = 'active' ORDER BY normalized_name, id`,
    )
  ).rows.map((row) => row.id);
  const random = randomStream(options.seed, 'bench-extra-links');
  const count = async () =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM person_skill`)).rows[0].n);
  for (
    let missing = options.links - (await count());
    missing > 0;
    missing = options.links - (await count())
  ) {
    const people: string[] = [];
    const skills: string[] = [];
    const levels: number[] = [];
    for (let i = 0; i < missing; i++) {
      people.push(personIds[Math.floor(random() * personIds.length)]);
      skills.push(skillIds[Math.floor(random() * skillIds.length)]);
      levels.push(1 + Math.floor(random() * 5));
    }
    // Pairs drawn twice or already held are skipped; the loop draws again for what is still missing.
    await client.query(
      `INSERT INTO person_skill (person_id, skill_id, level)
       SELECT DISTINCT ON (person_id, skill_id) person_id, skill_id, level
         FROM unnest($1::uuid[], $2::uuid[], $3::smallint[]) AS t(person_id, skill_id, level)
        ORDER BY person_id, skill_id, level
       ON CONFLICT DO NOTHING`,
      [people, skills, levels],
    );
  }
  await options.extend?.(client);
  await client.query('VACUUM ANALYZE');
}

export interface CompanyCounts {
  people: number;
  links: number;
  endorsements: number;
}

export async function companyCounts(client: Client): Promise<CompanyCounts> {
  return (
    await client.query<CompanyCounts>(
      `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM person_skill) AS links,
              (SELECT count(*)::int FROM endorsement) AS endorsements`,
    )
  ).rows[0];
}

/**
 * The viewer: an ordinary employee (no HR or admin role) with a manager, from the middle of the
 * alphabet, so that field privacy is really evaluated.
 */
export async function benchViewer(client: Client, people: number): Promise<Viewer> {
  const [row] = (
    await client.query<{ id: string; roles: RoleName[] }>(
      `SELECT id, roles FROM person WHERE status = 'active' AND roles = '{employee}' AND manager_id IS NOT NULL
        ORDER BY family_name, given_name, id LIMIT 1 OFFSET $1`,
      [Math.floor(people / 2)],
    )
  ).rows;
  return { personId: row.id, roles: row.roles };
}
