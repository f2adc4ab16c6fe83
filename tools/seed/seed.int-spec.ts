import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { main, type CliIo } from './seed';

function capture(env: NodeJS.ProcessEnv): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, env, out: (line) => stdout.push(line), error: (line) => stderr.push(line) };
}

async function personCount(db: TestDatabase): Promise<number> {
  const { rows } = await db.client.query<{ count: string }>('SELECT count(*) FROM person');
  return Number(rows[0].count);
}

describe('seed CLI', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('exits 2 with the usage on a bad argument', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['--people', 'lots'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--people must be a whole number[\s\S]*Usage: seed/);
  });

  it('exits 1 naming the variable when DATABASE_URL is not a PostgreSQL URL', async () => {
    const io = capture({ DATABASE_URL: 'mysql://somewhere/db' });
    expect(await main([], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/DATABASE_URL \("mysql:\/\/somewhere\/db"\)/);
  });

  it('seeds an empty database and says how long it took', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['--people', '300', '--seed', '3'], io)).toBe(0);
    expect(io.stdout.at(-1)).toMatch(
      /^Seeded 300 people in \d+ departments with \d+ skill links, \d+ endorsements and \d+ projects in \d+\.\d s$/,
    );
    expect(io.stdout.join('\n')).toMatch(/300\/300 people/);
    expect(await personCount(db)).toBe(300);
    // Skills came with them, on the starter taxonomy the tool installed, with holder counts kept.
    const { rows } = await db.client.query(
      `SELECT (SELECT count(*)::int FROM person_skill) AS links,
              (SELECT count(*)::int FROM endorsement) AS endorsements,
              (SELECT count(*)::int FROM person_skill WHERE level IS NULL) AS interest_only,
              (SELECT sum(holder_count)::int FROM skill) AS holders,
              (SELECT count(*)::int FROM person_skill WHERE level IS NOT NULL) AS levelled`,
    );
    expect(rows[0].links).toBeGreaterThan(300 * 5);
    expect(rows[0].endorsements).toBeGreaterThan(100);
    expect(rows[0].interest_only).toBeGreaterThan(0);
    expect(rows[0].holders).toBe(rows[0].levelled);
    // Projects in every state, seats that match their members, and completed ones as evidence.
    const projects = await db.client.query(
      `SELECT (SELECT array_agg(DISTINCT status ORDER BY status) FROM project) AS statuses,
              (SELECT count(*)::int FROM project_role r
                WHERE r.seats_taken <> (SELECT count(*) FROM project_member m WHERE m.role_id = r.id AND m.left_at IS NULL)) AS miscounted,
              (SELECT count(*)::int FROM project_role_skill) AS role_skills,
              (SELECT count(*)::int FROM project_application WHERE status = 'pending') AS pending,
              (SELECT count(*)::int FROM project_evidence) AS evidence,
              (SELECT sum(evidence_count)::int FROM person_skill) AS evidence_counted,
              -- Evidence only leading gives (no seat of theirs covers the skill), as completion gives it.
              (SELECT count(*)::int FROM project_evidence e
                WHERE NOT EXISTS (SELECT 1 FROM project_member m JOIN project_role_skill rs ON rs.role_id = m.role_id
                                   WHERE m.project_id = e.project_id AND m.person_id = e.person_id AND m.left_at IS NULL
                                     AND rs.skill_id = e.skill_id)) AS lead_evidence`,
    );
    expect(projects.rows[0]).toMatchObject({ statuses: ['active', 'cancelled', 'completed', 'forming', 'proposed'], miscounted: 0 });
    expect(projects.rows[0].role_skills).toBeGreaterThan(0);
    expect(projects.rows[0].pending).toBeGreaterThan(0);
    expect(projects.rows[0].evidence).toBeGreaterThan(0);
    expect(projects.rows[0].lead_evidence).toBeGreaterThan(0);
    expect(projects.rows[0].evidence_counted).toBe(projects.rows[0].evidence);
  });

  it('refuses (exit 1) to seed over existing people without --reset', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['--people', '20'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/already has people.*--reset/);
    expect(await personCount(db)).toBe(300);
  });

  it('replaces existing people with --reset', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['--people', '20', '--reset'], io)).toBe(0);
    expect(await personCount(db)).toBe(20);
  });
});
