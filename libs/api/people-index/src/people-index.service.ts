import { performance } from 'node:perf_hooks';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PreparedStatement, currentRequestContext, runOutsideRequestContext, sql } from '@ensemble/api/core';
import type { DepartmentRecord } from '@ensemble/api/people';
import { PeopleIndex } from './people-index';
import type { PersonDocument } from './person-document';
import type { ProjectDocument } from './project-document';

/** One person's searchable fields and skills (see PersonDocument for the skill tuples). */
const DOCUMENT_SELECT = `
  SELECT p.id, p.status, p.email, p.given_name AS "givenName", p.family_name AS "familyName", p.title,
         p.avatar_url AS "avatarUrl", p.roles, p.department_id AS "departmentId", p.manager_id AS "managerId",
         p.location, p.time_zone AS "timeZone", p.spoken_languages AS "spokenLanguages", p.links,
         p.hours_per_week_available AS "hoursPerWeekAvailable", p.open_to_projects AS "openToProjects",
         p.headline, p.bio, p.passions, p.ask_me_about AS "askMeAbout", p.field_visibility AS "fieldVisibility",
         (SELECT json_agg(json_build_array(ps.skill_id, ps.level, ps.interest, ps.wants_to_grow, ps.expertise,
                   ps.endorsement_count, ps.endorsement_weight, ps.evidence_count,
                   floor(extract(epoch FROM greatest(ps.updated_at, ps.last_endorsed_at)) * 1000)))
            FROM person_skill ps WHERE ps.person_id = p.id) AS skills
  FROM person p`;

/**
 * One project under way or completed, as the index holds it (ProjectDocument): its texts, the skills
 * its roles need, its team with each one's part and role (the project_part view, docs/adr/0020) and
 * who always sees it (visibleSql in projects' project-rules: co-leads, members past and present,
 * pending invitations; the owner is a column).
 */
const PROJECT_SELECT = `
  SELECT p.id, p.status, p.title, p.summary, p.description, p.visibility, p.department_id AS "departmentId",
         p.owner_id AS "ownerId", (extract(epoch FROM p.completed_at) * 1000)::float8 AS "completedAt",
         (SELECT json_agg(json_build_array(pp.person_id, pp.part, r.title))
            FROM project_part pp LEFT JOIN project_role r ON r.id = pp.role_id
           WHERE pp.project_id = p.id) AS team,
         (SELECT json_agg(DISTINCT rs.skill_id)
            FROM project_role r JOIN project_role_skill rs ON rs.role_id = r.id WHERE r.project_id = p.id) AS skills,
         (SELECT json_agg(DISTINCT s.person_id) FROM (
            SELECT person_id FROM project_lead WHERE project_id = p.id
            UNION ALL SELECT person_id FROM project_member WHERE project_id = p.id
            UNION ALL SELECT person_id FROM project_invitation WHERE project_id = p.id AND status = 'pending') s) AS seers
  FROM project p
  WHERE p.status IN ('forming', 'active', 'completed')`;

/**
 * Everything committed since the last read, in ONE statement (it runs at the start of every search):
 * the log entries after the last one seen and those in the known gaps, the current documents of the
 * people they name (unless there are more than BULK_CHANGE of them), the departments when they
 * changed, and the bounds of this statement's snapshot (to retire gaps). With nothing new it reads
 * one index page and returns no rows.
 */
const CATCH_UP = new PreparedStatement('people-index.catch-up', `
  WITH changes AS (
    SELECT id, kind, person_id, project_id FROM search_change WHERE id > $1::bigint OR id = ANY($2::bigint[])
  ), summary AS (
    SELECT count(DISTINCT person_id) + count(DISTINCT project_id) <= $3 AS small, max(id) AS "maxId" FROM changes
  )
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
    pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,
    EXISTS (SELECT 1 FROM changes WHERE kind = 'reset') AS reset,
    (SELECT "maxId" FROM summary)::text AS "maxId",
    -- A bulk change is reloaded, not applied: only its highest id is needed (not every id and person).
    CASE WHEN (SELECT small FROM summary) THEN (SELECT json_agg(id) FROM changes) END AS ids,
    CASE WHEN (SELECT small FROM summary)
      THEN (SELECT json_agg(DISTINCT person_id) FROM changes WHERE person_id IS NOT NULL) END AS "personIds",
    CASE WHEN (SELECT small FROM summary)
      THEN (SELECT json_agg(d) FROM (${DOCUMENT_SELECT} WHERE p.id IN (SELECT person_id FROM changes)) d) END AS people,
    CASE WHEN (SELECT small FROM summary)
      THEN (SELECT json_agg(DISTINCT project_id) FROM changes WHERE project_id IS NOT NULL) END AS "projectIds",
    CASE WHEN (SELECT small FROM summary)
      THEN (SELECT json_agg(d) FROM (${PROJECT_SELECT} AND p.id IN (SELECT project_id FROM changes)) d) END AS projects,
    CASE WHEN EXISTS (SELECT 1 FROM changes WHERE kind = 'departments')
      THEN (SELECT coalesce(json_agg(json_build_array(id, name, parent_id)), '[]') FROM department) END AS departments`);

const LOAD_CHUNK = 5_000;
/** People indexed between two turns of the event loop while loading. */
const LOAD_SLICE = 250;
/**
 * A change to more people than this (a bulk import, a merge of a common skill) is not applied by the
 * search that finds it: applying 85,000 people took 19 s, and every search would wait. The index is
 * reloaded in the background instead, and searches meanwhile answer from the index as it was.
 */
const BULK_CHANGE = 2_000;
/** Missing ids tracked at most; more (a huge rolled-back bulk) and the index reloads instead. */
const MAX_GAPS = 10_000;
/** Log entries older than this are deleted; a replica that has not read the log for half of it reloads. */
const RETENTION_MS = 60 * 60_000;
const BACKGROUND_SYNC_MS = 5_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/** An index loaded from one snapshot, with the log position of that snapshot. */
interface Loaded {
  index: PeopleIndex;
  lastId: bigint;
  gaps: Map<bigint, bigint>;
  xmin: bigint;
}

interface CatchUpRow {
  xmin: string;
  xmax: string;
  reset: boolean;
  maxId: string | null;
  ids: Array<number | string> | null;
  personIds: string[] | null;
  people: PersonDocument[] | null;
  projectIds: string[] | null;
  projects: ProjectDocument[] | null;
  departments: Array<[string, string, string | null]> | null;
}

/**
 * The people index of this replica (docs/adr/0007-people-search-in-process.md): loaded from the
 * database once, then kept current from the `search_change` log. `current()` reads the log before it
 * answers, so a search sees every change committed before it started, whichever replica wrote it;
 * concurrent searches share one read. A background read every few seconds keeps idle replicas close.
 *
 * Log ids come from a sequence, taken when a transaction writes and visible when it commits, so a
 * transaction that commits late leaves a gap below ids already seen. Each gap is read again until its
 * entry shows up, or until every transaction that could have taken the id has ended: an id missing
 * from a snapshot was taken by a transaction older than that snapshot's xmax, so once a later
 * snapshot's xmin passes that xmax the transaction is over, and an entry still missing was rolled
 * back. Unlike reading from the oldest running transaction, this costs nothing extra while some
 * unrelated long transaction stays open on the server.
 */
@Injectable()
export class PeopleIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PeopleIndexService.name);
  private index: PeopleIndex | null = null;
  /** The highest log id applied. */
  private lastId = 0n;
  /** Ids below lastId not seen yet, each with the xmax of the snapshot that first missed it. */
  private gaps = new Map<bigint, bigint>();
  private syncedAt = 0;
  private prunedAt = Date.now();
  private running: Promise<PeopleIndex> | null = null;
  /** performance.now() when the running read started, and when the last one that succeeded had. */
  private runningSince = 0;
  private readSince = -Infinity;
  /** A reload running in the background, and one that finished, waiting to be adopted by the next read. */
  private reloading: Promise<void> | null = null;
  private reloaded: Loaded | null = null;
  private queued: Promise<PeopleIndex> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Figures for the benchmark and the logs. */
  lastLoad: { people: number; skills: number; projects: number; ms: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Whether an active person's text that everyone may see has this word (a word as textWords splits
   * it), as of the index's last read; false before the first load. Query understanding asks it before correcting a word into a
   * skill: a word the company writes is not a typo. Answers from memory, no statement.
   */
  containsWord(word: string): boolean {
    return this.index?.containsWord(word) ?? false;
  }

  /** Whether an active person has this word (as textWords splits it) in their name, as of the index's last read. */
  isNameWord(word: string): boolean {
    return this.index?.isNameWord(word) ?? false;
  }

  /** Starts a catch-up read for the current request without waiting for it (an OperationWarmups warm-up). */
  warm(): void {
    void this.currentForRequest().catch(() => undefined);
  }

  /**
   * The index with every change committed before the current request began (or before this call,
   * outside a request): a read that started after the request began is joined, not repeated.
   */
  currentForRequest(): Promise<PeopleIndex> {
    const began = currentRequestContext()?.startedAt;
    if (began !== undefined) {
      if (this.running && this.runningSince >= began) return this.running;
      // The warm-up's read may have finished already (it ran beside the session lookup).
      if (this.index && this.readSince >= began) return Promise.resolve(this.index);
    }
    return this.current();
  }

  onApplicationBootstrap(): void {
    // Start loading now so that the first search does not wait for all of it; failures retry on use.
    runOutsideRequestContext(() => void this.current().catch((error: Error) => this.logger.warn(`People index not loaded yet: ${error.message}`)));
    this.timer = setInterval(() => {
      runOutsideRequestContext(() => void this.background().catch((error: Error) => this.logger.warn(`People index sync failed: ${error.message}`)));
    }, BACKGROUND_SYNC_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The index with every change committed before this call applied. */
  current(): Promise<PeopleIndex> {
    // A read already queued has not started: it will see everything committed before now.
    if (this.queued) return this.queued;
    const start = (): Promise<PeopleIndex> => {
      this.queued = null;
      const since = (this.runningSince = performance.now());
      const run = this.sync()
        .then((index) => {
          this.readSince = Math.max(this.readSince, since);
          return index;
        })
        .finally(() => {
          if (this.running === run) this.running = null;
        });
      this.running = run;
      return run;
    };
    if (!this.running) return start();
    this.queued = this.running.catch(() => undefined).then(start);
    return this.queued;
  }

  private async background(): Promise<void> {
    if (!this.index) return;
    await this.current();
    if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = Date.now();
      await this.dataSource.query(`DELETE FROM search_change WHERE created_at < now() - make_interval(secs => $1)`, [RETENTION_MS / 1000]);
    }
  }

  private async sync(): Promise<PeopleIndex> {
    if (this.reloaded) this.adopt(this.reloaded);
    // Never loaded, or asleep for so long that the log may have been pruned past what it read.
    if (!this.index || Date.now() - this.syncedAt > RETENTION_MS / 2) return this.adopt(await runOutsideRequestContext(() => this.load()));
    const index = this.index;
    const result = await sql.one<CatchUpRow>(this.dataSource, CATCH_UP, [String(this.lastId), [...this.gaps.keys()].map(String), BULK_CHANGE]);
    // A truncated table: nothing of the index can be trusted, so this search waits for a reload.
    if (result.reset) return this.adopt(await runOutsideRequestContext(() => this.load()));
    if (result.maxId !== null && result.ids === null) {
      // A bulk change: skip past it; the reload (started after this read) brings it, and whatever
      // commits below its highest id meanwhile, and works out its own gaps.
      this.lastId = BigInt(result.maxId);
      this.gaps.clear();
      this.syncedAt = Date.now();
      this.reloadInBackground();
      return index;
    }
    const present = new Set<string>();
    for (const doc of result.people ?? []) {
      index.upsert(doc);
      present.add(doc.id);
    }
    for (const id of result.personIds ?? []) if (!present.has(id)) index.remove(id);
    const projectsPresent = new Set<string>();
    for (const doc of result.projects ?? []) {
      index.upsertProject(doc);
      projectsPresent.add(doc.id);
    }
    for (const id of result.projectIds ?? []) if (!projectsPresent.has(id)) index.removeProject(id);
    if (result.departments) index.setDepartments(result.departments);
    if (!this.advance(result.ids ?? [], BigInt(result.xmin), BigInt(result.xmax))) this.reloadInBackground();
    return index;
  }

  private adopt(loaded: Loaded): PeopleIndex {
    if (this.reloaded === loaded) this.reloaded = null;
    this.index = loaded.index;
    this.lastId = loaded.lastId;
    this.gaps = loaded.gaps;
    this.advance([], loaded.xmin, loaded.xmin);
    return loaded.index;
  }

  private reloadInBackground(): void {
    if (this.reloading) return;
    this.reloading = runOutsideRequestContext(() => this.load())
      .then((loaded) => {
        // Adopted by the next read, in turn with the others (never in the middle of one).
        this.reloaded = loaded;
      })
      .catch((error: Error) => this.logger.warn(`People index reload failed: ${error.message}`))
      .finally(() => {
        this.reloading = null;
      });
  }

  /** Moves past the ids read; false when there would be too many gaps to track. */
  private advance(ids: ReadonlyArray<number | string>, xmin: bigint, xmax: bigint): boolean {
    const seen = ids.map((id) => BigInt(id));
    for (const id of seen) this.gaps.delete(id);
    // Retire gaps whose transactions have all ended (the entry was rolled back).
    for (const [id, missedBefore] of this.gaps) if (xmin >= missedBefore) this.gaps.delete(id);
    const highest = seen.reduce((max, id) => (id > max ? id : max), this.lastId);
    this.syncedAt = Date.now();
    if (highest - this.lastId - BigInt(seen.length) > BigInt(MAX_GAPS)) {
      this.lastId = highest;
      return false;
    }
    const fresh = new Set(seen);
    for (let id = this.lastId + 1n; id < highest; id++) if (!fresh.has(id)) this.gaps.set(id, xmax);
    this.lastId = highest;
    return true;
  }

  /** Everyone, from one consistent snapshot, in chunks. */
  private async load(): Promise<Loaded> {
    const started = performance.now();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // The log as this snapshot sees it: the highest id, and the ids below it it cannot see yet.
      const [log] = (await runner.query(`
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,
               -- With an empty log, the sequence says where new entries start.
               coalesce((SELECT max(id) FROM search_change),
                        (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM search_change_id_seq))::text AS "lastId",
               (SELECT json_agg(g) FROM generate_series((SELECT min(id) FROM search_change), (SELECT max(id) FROM search_change)) g
                WHERE NOT EXISTS (SELECT 1 FROM search_change c WHERE c.id = g)) AS missing`)) as Array<{
        xmin: string;
        xmax: string;
        lastId: string | null;
        missing: Array<number | string> | null;
      }>;
      const index = new PeopleIndex();
      index.setDepartments(
        ((await runner.query(`SELECT id, name, parent_id AS "parentId" FROM department`)) as Array<DepartmentRecord>).map((d) => [
          d.id,
          d.name,
          d.parentId,
        ]),
      );
      let after = '00000000-0000-0000-0000-000000000000';
      let skills = 0;
      for (;;) {
        const docs = (await runner.query(`${DOCUMENT_SELECT} WHERE p.id > $1 ORDER BY p.id LIMIT ${LOAD_CHUNK}`, [after])) as PersonDocument[];
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as PersonDocument;
          index.upsert(doc);
          skills += doc.skills?.length ?? 0;
          // Searches keep being answered (from the current index) while a reload runs beside them.
          if (i % LOAD_SLICE === LOAD_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
        }
        if (docs.length < LOAD_CHUNK) break;
        after = (docs.at(-1) as PersonDocument).id;
      }
      const projects = (await runner.query(PROJECT_SELECT)) as ProjectDocument[];
      for (const doc of projects) index.upsertProject(doc);
      await runner.query('COMMIT');
      const snapshot = log as NonNullable<typeof log>;
      this.lastLoad = { people: index.people.size, skills, projects: projects.length, ms: performance.now() - started };
      this.logger.log(`People index loaded: ${index.people.size} people, ${skills} skills, ${projects.length} projects in ${Math.round(this.lastLoad.ms)} ms`);
      return {
        index,
        lastId: BigInt(snapshot.lastId ?? 0),
        gaps: new Map((snapshot.missing ?? []).map((id) => [BigInt(id), BigInt(snapshot.xmax)])),
        xmin: BigInt(snapshot.xmin),
      };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
