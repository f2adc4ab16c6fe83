/**
 * `npm run bench:person-page`: the person page query over HTTP against the real API app, beside the
 * same data fetched by hand-written SQL through `pg`, on 100,000 people and 1,000,000 skill links.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:person-page
 *     [--people 100000] [--links 1000000] [--requests 2000] [--warm-up 200] [--seed 7]
 *
 * With TEST_DATABASE_URL (or DATABASE_URL) a scratch database is created on that server and dropped at
 * the end; without either, a throwaway embedded PostgreSQL is started and removed. Every request's
 * X-SQL-Statements header is recorded; the run fails (exit code 1) when any request took more than
 * four statements, answered with errors, or differed from what the hand-written SQL found.
 *
 * Both sides run one request at a time from this process, alternating person by person, so that they
 * see the same database caches and the same machine noise.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { Pool } from 'pg';
import { randomStream } from '@ensemble/api/demo-data';
import { ProfileField, canSee, type Viewer } from '@ensemble/api/people';
import { skillLevelDescription } from '@ensemble/api/skills-data';
import { benchViewer, companyCounts, seedBenchCompany } from './support/bench-company';
import { postGraphQL, type Json } from './support/bench-api';
import { StatementTally, checkWholeNumbers, inScratchDatabase, withBenchApi } from './support/bench-run';
import { exitWhenDone } from './support/exit';
import { canCollectGarbage, liveMemory, mb, ms, out, peakRss, summarize } from './support/stats';

/** At most this many SQL statements per person page, the session lookup included. */
const STATEMENT_BUDGET = 4;

/** What the web app's person page asks for. */
const PERSON_PAGE_QUERY = `query PersonPage($id: ID!) {
  person(id: $id) {
    id displayName givenName familyName email title headline bio location timeZone avatarUrl
    passions askMeAbout spokenLanguages { language proficiency } links { label url }
    hoursPerWeekAvailable openToProjects
    department { id name }
    managerChain { id displayName title avatarUrl }
    directReports { id displayName title avatarUrl }
    directReportCount
    skills {
      skill { id name category }
      level levelDescription years interest wantsToGrow endorsementCount endorsedByViewer
      topEndorsers { id displayName level }
    }
  }
}`;

// ——— The same page by hand: three statements, run concurrently on a small pool. ———

/** The person, their department, their manager chain (nearest first) and the viewer's manager. */
const OWNER_AND_CHAIN_SQL = `
  WITH RECURSIVE chain(depth, id) AS (
    SELECT 0, $1::uuid
    UNION ALL
    SELECT c.depth + 1, m.manager_id FROM chain c JOIN person m ON m.id = c.id
     WHERE m.manager_id IS NOT NULL AND c.depth < 50
  )
  SELECT c.depth, p.id, p.email, p.given_name, p.family_name, p.title, p.avatar_url, p.manager_id, p.headline,
         p.bio, p.location, p.time_zone, p.spoken_languages, p.links, p.hours_per_week_available,
         p.open_to_projects, p.passions, p.ask_me_about, p.field_visibility, d.id AS department_id,
         d.name AS department_name,
         (SELECT v.manager_id FROM person v WHERE v.id = $2::uuid) AS viewer_manager_id
    FROM chain c JOIN person p ON p.id = c.id LEFT JOIN department d ON d.id = p.department_id
   ORDER BY c.depth`;

const REPORTS_SQL = `
  SELECT id, given_name, family_name, title, avatar_url FROM person
   WHERE manager_id = $1 AND status = 'active' ORDER BY family_name, given_name, id`;

/** Skills with counts, the viewer's own endorsement and the top three endorsers (by their own level). */
const SKILLS_SQL = `
  SELECT s.id, s.name, s.category, ps.level, ps.years::float8 AS years, ps.interest, ps.wants_to_grow,
         coalesce(counted.n, 0) AS endorsement_count, coalesce(counted.mine, false) AS endorsed_by_viewer,
         coalesce(top.endorsers, '[]'::json) AS top_endorsers
    FROM person_skill ps
    JOIN skill s ON s.id = ps.skill_id
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n, bool_or(e.endorser_id = $2::uuid) AS mine
        FROM endorsement e JOIN person ep ON ep.id = e.endorser_id AND ep.status = 'active'
       WHERE e.person_id = ps.person_id AND e.skill_id = ps.skill_id
    ) counted ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('id', t.id, 'displayName', t.display_name, 'level', t.level) ORDER BY t.n)
               AS endorsers
        FROM (SELECT ep.id, ep.given_name || ' ' || ep.family_name AS display_name, eps.level,
                     row_number() OVER (ORDER BY eps.level DESC NULLS LAST, e.created_at, e.id) AS n
                FROM endorsement e
                JOIN person ep ON ep.id = e.endorser_id AND ep.status = 'active'
                LEFT JOIN person_skill eps ON eps.person_id = e.endorser_id AND eps.skill_id = e.skill_id
               WHERE e.person_id = ps.person_id AND e.skill_id = ps.skill_id
               ORDER BY eps.level DESC NULLS LAST, e.created_at, e.id
               LIMIT 3) t
    ) top ON true
   WHERE ps.person_id = $1
   ORDER BY s.category, ps.level DESC NULLS LAST, s.normalized_name, s.id`;

interface OwnerRow {
  depth: number;
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  title: string | null;
  avatar_url: string | null;
  manager_id: string | null;
  headline: string | null;
  bio: string | null;
  location: string | null;
  time_zone: string | null;
  spoken_languages: Array<{ language: string; proficiency: string }> | null;
  links: Array<{ label: string; url: string }> | null;
  hours_per_week_available: number | null;
  open_to_projects: boolean | null;
  passions: string[] | null;
  ask_me_about: string[] | null;
  field_visibility: Record<string, string> | null;
  department_id: string | null;
  department_name: string | null;
  viewer_manager_id: string | null;
}

interface SkillRow {
  id: string;
  name: string;
  category: string;
  level: number | null;
  years: number | null;
  interest: number;
  wants_to_grow: boolean;
  endorsement_count: number;
  endorsed_by_viewer: boolean;
  top_endorsers: Array<{ id: string; displayName: string; level: number | null }>;
}

/** The person page as the API answers it, built from the three hand-written statements. */
async function personPageBySql(pool: Pool, personId: string, viewer: Viewer): Promise<Json> {
  const [owner, reports, skills] = await Promise.all([
    pool.query<OwnerRow>(OWNER_AND_CHAIN_SQL, [personId, viewer.personId]),
    pool.query<{
      id: string;
      given_name: string;
      family_name: string;
      title: string | null;
      avatar_url: string | null;
    }>(REPORTS_SQL, [personId]),
    pool.query<SkillRow>(SKILLS_SQL, [personId, viewer.personId]),
  ]);
  const [person, ...managers] = owner.rows;
  if (!person) return null;
  const relationship = {
    inManagerChain: managers.some((manager) => manager.id === viewer.personId),
    viewerManagerId: person.viewer_manager_id,
  };
  const profileOwner = {
    id: person.id,
    managerId: person.manager_id,
    fieldVisibility: (person.field_visibility ?? {}) as Parameters<typeof canSee>[1]['fieldVisibility'],
  };
  const visible = <T>(field: ProfileField, value: T): T | null =>
    canSee(viewer, profileOwner, field, relationship) ? value : null;
  const summary = (row: {
    id: string;
    given_name: string;
    family_name: string;
    title: string | null;
    avatar_url: string | null;
  }) => ({
    id: row.id,
    displayName: `${row.given_name} ${row.family_name}`,
    title: row.title,
    avatarUrl: row.avatar_url,
  });
  return {
    id: person.id,
    displayName: `${person.given_name} ${person.family_name}`,
    givenName: person.given_name,
    familyName: person.family_name,
    email: person.email,
    title: person.title,
    headline: visible(ProfileField.HEADLINE, person.headline),
    bio: visible(ProfileField.BIO, person.bio),
    location: visible(ProfileField.LOCATION, person.location),
    timeZone: visible(ProfileField.TIME_ZONE, person.time_zone),
    avatarUrl: person.avatar_url,
    passions: visible(ProfileField.PASSIONS, person.passions ?? []),
    askMeAbout: visible(ProfileField.ASK_ME_ABOUT, person.ask_me_about ?? []),
    spokenLanguages: visible(
      ProfileField.SPOKEN_LANGUAGES,
      (person.spoken_languages ?? []).map((spoken) => ({
        language: spoken.language,
        proficiency: spoken.proficiency.toUpperCase(),
      })),
    ),
    links: visible(
      ProfileField.LINKS,
      (person.links ?? []).map((link) => ({ label: link.label, url: link.url })),
    ),
    hoursPerWeekAvailable: visible(ProfileField.HOURS_PER_WEEK_AVAILABLE, person.hours_per_week_available),
    openToProjects: visible(ProfileField.OPEN_TO_PROJECTS, person.open_to_projects ?? false),
    department: person.department_id ? { id: person.department_id, name: person.department_name } : null,
    managerChain: managers.map(summary),
    directReports: reports.rows.map(summary),
    directReportCount: reports.rows.length,
    skills: skills.rows.map((row) => {
      const described = row.level === null ? null : skillLevelDescription(row.level);
      return {
        skill: { id: row.id, name: row.name, category: row.category },
        level: row.level,
        levelDescription: described ? `${described.name}: ${described.description}` : null,
        years: row.years,
        interest: row.interest,
        wantsToGrow: row.wants_to_grow,
        endorsementCount: row.endorsement_count,
        endorsedByViewer: row.endorsed_by_viewer,
        topEndorsers: row.top_endorsers,
      };
    }),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      links: { type: 'string', default: '1000000' },
      requests: { type: 'string', default: '2000' },
      'warm-up': { type: 'string', default: '200' },
      seed: { type: 'string', default: '7' },
    },
    strict: true,
  });
  const options = {
    people: Number(values.people),
    links: Number(values.links),
    requests: Number(values.requests),
    warmUp: Number(values['warm-up']),
    seed: Number(values.seed),
  };
  checkWholeNumbers(options);

  return inScratchDatabase({ max: 3 }, async (run) => {
    const { client, pool } = run;
    const seedStarted = performance.now();
    await seedBenchCompany(client, options);
    const counts = await companyCounts(client);
    out(
      `Seeded ${counts.people.toLocaleString('en')} people, ${counts.links.toLocaleString('en')} skill links and ` +
        `${counts.endorsements.toLocaleString('en')} endorsements in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    // The viewer: an ordinary employee (no HR or admin role), so field privacy is really evaluated.
    const viewer = await benchViewer(client, counts.people);
    const activeIds = (
      await client.query<{ id: string }>(`SELECT id FROM person WHERE status = 'active' ORDER BY id`)
    ).rows.map((row) => row.id);
    const random = randomStream(options.seed, 'bench-person-page');
    const targets = Array.from(
      { length: options.warmUp + options.requests },
      () => activeIds[Math.floor(random() * activeIds.length)],
    );

    return withBenchApi(run, viewer, async ({ port, cookie }, agent) => {
      out(`API app listening on 127.0.0.1:${port}; viewer ${viewer.personId} (${viewer.roles.join(', ')})`);

      const apiTimes: number[] = [];
      const sqlTimes: number[] = [];
      const statements = new StatementTally();
      let mismatches = 0;
      let errors = 0;
      let afterWarmUp = liveMemory();
      for (const [index, personId] of targets.entries()) {
        const measured = index >= options.warmUp;
        const body = JSON.stringify({ query: PERSON_PAGE_QUERY, variables: { id: personId } });
        const apiStarted = performance.now();
        const answer = await postGraphQL(agent, port, cookie, body);
        const apiMs = performance.now() - apiStarted;
        const sqlStarted = performance.now();
        const bySql = await personPageBySql(pool, personId, viewer);
        const sqlMs = performance.now() - sqlStarted;

        if (answer.status !== 200 || answer.body.errors) {
          errors += 1;
          if (errors <= 3)
            out(`  error for ${personId}: ${JSON.stringify(answer.body.errors ?? answer.status)}`);
        } else if (!isDeepStrictEqual(answer.body.data.person, bySql)) {
          mismatches += 1;
          if (mismatches <= 3) {
            out(`  API and SQL differ for ${personId}:`);
            out(`    API ${JSON.stringify(answer.body.data.person)}`);
            out(`    SQL ${JSON.stringify(bySql)}`);
          }
        }
        statements.add(answer.statements);
        if (index === options.warmUp - 1) afterWarmUp = liveMemory();
        if (!measured) continue;
        apiTimes.push(apiMs);
        sqlTimes.push(sqlMs);
      }

      const memory = liveMemory();
      const api = summarize(apiTimes);
      const sql = summarize(sqlTimes);
      out('');
      out(
        `Person page, ${options.requests} random people after ${options.warmUp} warm-up requests, one at a time ` +
          `(GraphQL over HTTP vs the same data by hand-written SQL through pg; ratio = API / SQL):`,
      );
      out(`                         p50          p95          p99         mean`);
      out(`  API (GraphQL)  ${ms(api.p50)}   ${ms(api.p95)}   ${ms(api.p99)}   ${ms(api.mean)}`);
      out(`  SQL (pg)       ${ms(sql.p50)}   ${ms(sql.p95)}   ${ms(sql.p99)}   ${ms(sql.mean)}`);
      out(
        `  ratio          ${(api.p50 / sql.p50).toFixed(2).padStart(7)} x    ${(api.p95 / sql.p95).toFixed(2).padStart(7)} x    ` +
          `${(api.p99 / sql.p99).toFixed(2).padStart(7)} x    ${(api.mean / sql.mean).toFixed(2).padStart(7)} x`,
      );
      out(
        `  SQL statements per API request: max ${statements.max} (budget ${STATEMENT_BUDGET}); ${statements}`,
      );
      out(`  SQL side: 3 statements per page, run concurrently on a pool of 3 connections`);
      out(
        `  answers identical to the hand-written SQL: ${targets.length - mismatches - errors}/${targets.length}`,
      );
      out(
        `  memory of this process (API app + bench${canCollectGarbage ? ', after a full GC' : ''}): heap ${mb(afterWarmUp.heapUsed)} ` +
          `after warm-up -> ${mb(memory.heapUsed)} after the run (of ${mb(memory.heapTotal)}); RSS ${mb(afterWarmUp.rss)} -> ` +
          `${mb(memory.rss)}; peak RSS ${mb(peakRss())} (seeding included)`,
      );

      let failed = false;
      if (statements.max > STATEMENT_BUDGET) {
        out(`FAILED: a person page took ${statements.max} SQL statements (budget ${STATEMENT_BUDGET})`);
        failed = true;
      }
      if (errors || mismatches) {
        out(`FAILED: ${errors} answers with errors, ${mismatches} different from the hand-written SQL`);
        failed = true;
      }
      return failed ? 1 : 0;
    });
  });
}

exitWhenDone('bench:person-page', main());
