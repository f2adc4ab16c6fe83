/**
 * Projects for the matching benchmark, on top of the bench company (which already holds the demo
 * generator's projects, about one per twelve people, whose memberships give people a current load):
 * projects whose roles each require five skills, a realistic mix of common skills (tens of thousands
 * of holders), ordinary ones and rare ones; a few members per role, drawn from the best holders of the
 * role's skills so that excluding the team really removes strong candidates; and free hours for most
 * people, shown to everyone by some of them. Plain SQL, every draw from a seeded stream.
 */
import type { Client } from 'pg';
import {
  pick,
  randomInt,
  randomStream,
  randomUuid,
  shuffled,
  weightedPick,
  type Prng,
} from '@ensemble/api/demo-data';
import type { Viewer } from '@ensemble/api/people';

export interface BenchProjectsOptions {
  /** Projects to add; each has `rolesPerProject` roles. */
  projects: number;
  rolesPerProject: number;
  seed: number;
  /** Added as a co-lead of every bench project, so that they may ask for its candidates. */
  lead: Viewer;
}

export const REQUIRED_SKILLS_PER_ROLE = 5;

/** Shares of the company holding a skill that separate common, ordinary and rare skills. */
export const COMMON_SHARE = 0.1;
export const RARE_SHARE = 0.01;

/** How many of a role's five skills are common and how many rare (the rest are ordinary). */
const MIXES: ReadonlyArray<{ common: number; rare: number; weight: number }> = [
  { common: 0, rare: 2, weight: 20 },
  { common: 1, rare: 1, weight: 35 },
  { common: 1, rare: 2, weight: 20 },
  { common: 2, rare: 1, weight: 25 },
];

interface SkillRow {
  id: string;
  holders: number;
}

export interface BenchRole {
  id: string;
  projectId: string;
  skills: Array<{ skillId: string; holders: number }>;
}

/** Seeds the projects and returns their roles (each with its skills' holder counts). */
export async function seedBenchProjects(client: Client, options: BenchProjectsOptions): Promise<BenchRole[]> {
  const random = randomStream(options.seed, 'bench-projects');
  const skills = (
    await client.query<SkillRow>(
      `SELECT id, holder_count AS holders FROM skill WHERE status = 'active' AND holder_count > 0
        ORDER BY holder_count DESC, normalized_name, id`,
    )
  ).rows;
  const people = (
    await client.query<{ id: string }>(`SELECT id FROM person WHERE status = 'active' ORDER BY id`)
  ).rows.map((row) => row.id);
  const common = skills.filter((skill) => skill.holders >= COMMON_SHARE * people.length);
  const rare = skills.filter((skill) => skill.holders < RARE_SHARE * people.length);
  const ordinary = skills.filter((skill) => !common.includes(skill) && !rare.includes(skill));

  const roles: BenchRole[] = [];
  const projectRows: Array<[string, string, string, number]> = [];
  const roleRows: Array<[string, string, number]> = [];
  const skillRows: Array<[string, string, number, boolean]> = [];
  for (let p = 0; p < options.projects; p++) {
    const projectId = randomUuid(random);
    const status = weightedPick(
      random,
      [
        ['proposed', 20],
        ['forming', 40],
        ['active', 40],
      ] as const,
      ([, w]) => w,
    )[0];
    let owner = pick(random, people);
    while (owner === options.lead.personId) owner = pick(random, people);
    projectRows.push([projectId, owner, status, pick(random, [4, 6, 8, 10, 16])]);
    for (let r = 0; r < options.rolesPerProject; r++) {
      const roleId = randomUuid(random);
      const mix = weightedPick(random, MIXES, (m) => m.weight);
      const chosen = [
        ...draw(random, common, mix.common),
        ...draw(random, ordinary, REQUIRED_SKILLS_PER_ROLE - mix.common - mix.rare),
        ...draw(random, rare, mix.rare),
      ];
      roleRows.push([roleId, projectId, randomInt(random, 3, 10)]);
      for (const [index, skill] of shuffled(random, chosen).entries()) {
        skillRows.push([roleId, skill.id, randomInt(random, 2, 4), index < 3 || random() < 0.5]);
      }
      roles.push({
        id: roleId,
        projectId,
        skills: chosen.map((skill) => ({ skillId: skill.id, holders: skill.holders })),
      });
    }
  }

  await client.query(
    `INSERT INTO project (id, owner_id, title, starts_on, ends_on, hours_per_week, status)
     SELECT id, owner_id, 'Matching bench ' || n, DATE '2026-03-02', DATE '2026-09-30', hours, status
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::smallint[]) WITH ORDINALITY AS t(id, owner_id, status, hours, n)`,
    [
      projectRows.map((row) => row[0]),
      projectRows.map((row) => row[1]),
      projectRows.map((row) => row[2]),
      projectRows.map((row) => row[3]),
    ],
  );
  await client.query(`INSERT INTO project_lead (project_id, person_id) SELECT unnest($1::uuid[]), $2::uuid`, [
    projectRows.map((row) => row[0]),
    options.lead.personId,
  ]);
  await client.query(
    `INSERT INTO project_role (id, project_id, title, seats, join_policy)
     SELECT id, project_id, 'Role ' || n, seats, 'open'
       FROM unnest($1::uuid[], $2::uuid[], $3::smallint[]) WITH ORDINALITY AS t(id, project_id, seats, n)`,
    [roleRows.map((row) => row[0]), roleRows.map((row) => row[1]), roleRows.map((row) => row[2])],
  );
  await client.query(
    `INSERT INTO project_role_skill (role_id, skill_id, min_level, must_have)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::boolean[])`,
    [
      skillRows.map((row) => row[0]),
      skillRows.map((row) => row[1]),
      skillRows.map((row) => row[2]),
      skillRows.map((row) => row[3]),
    ],
  );

  // Members: up to seats − 1 per role, from the 40 best holders of the role's first skill at its
  // minimum, never the owner or someone already on the project (nor the lead, who sees the list).
  const members: Array<[string, string, string]> = [];
  const onProject = new Map<string, Set<string>>();
  const ownerOf = new Map(projectRows.map(([projectId, owner]) => [projectId, owner]));
  for (const [roleId, projectId, seats] of roleRows) {
    const [first] = skillRows.filter((row) => row[0] === roleId);
    const best = (
      await client.query<{ person_id: string }>(
        `SELECT person_id FROM person_skill WHERE skill_id = $1 AND level >= $2
          ORDER BY expertise DESC, person_id LIMIT 40`,
        [first[1], first[2]],
      )
    ).rows.map((row) => row.person_id);
    const taken =
      onProject.get(projectId) ?? new Set([ownerOf.get(projectId) as string, options.lead.personId]);
    onProject.set(projectId, taken);
    const joining = shuffled(
      random,
      best.filter((id) => !taken.has(id)),
    ).slice(0, randomInt(random, 0, seats - 1));
    for (const personId of joining) {
      taken.add(personId);
      members.push([projectId, roleId, personId]);
    }
  }
  await client.query(
    `INSERT INTO project_member (project_id, role_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
    [members.map((row) => row[0]), members.map((row) => row[1]), members.map((row) => row[2])],
  );
  await client.query(
    `UPDATE project_role r SET seats_taken = m.n
       FROM (SELECT role_id, count(*) AS n FROM project_member WHERE left_at IS NULL GROUP BY role_id) m
      WHERE m.role_id = r.id AND r.id = ANY($1::uuid[])`,
    [roleRows.map((row) => row[0])],
  );

  // Free hours for seven people in ten (0 to 20 a week), shown to everyone by half of them; the others
  // keep the default audience (their manager chain and team), which the lead is rarely part of.
  await client.query(
    `UPDATE person SET hours_per_week_available = abs(hashtext(id::text || ':hours')) % 21,
            field_visibility = CASE WHEN abs(hashtext(id::text || ':shown')) % 2 = 0
                                    THEN field_visibility || '{"hoursPerWeekAvailable": "everyone"}'
                                    ELSE field_visibility END
      WHERE abs(hashtext(id::text || ':has-hours')) % 10 < 7`,
  );
  return roles;
}

/** `count` distinct skills from `pool`. */
function draw(random: Prng, pool: readonly SkillRow[], count: number): SkillRow[] {
  if (count > pool.length)
    throw new Error(`bench projects: only ${pool.length} skills to draw ${count} from`);
  return shuffled(random, pool).slice(0, count);
}
