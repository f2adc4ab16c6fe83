import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, NotFoundError, sql, type AppConfig, type RoleName } from '@ensemble/api/core';
import { NotificationsService } from '@ensemble/api/notifications';
import { PeopleSearchService, type PeopleSearchRequest } from '../search/people-search.service';

/** A search matching more people than this cannot alert (it is too broad to be news). */
export const ALERT_MATCH_LIMIT = 2000;
export const MAX_SAVED_SEARCHES = 50;
/** How many due searches one check runs (the next check takes the rest). */
const CHECK_BATCH = 50;

export type SearchCriteria = Omit<PeopleSearchRequest, 'first' | 'after'>;

export interface SavedSearchRecord {
  id: string;
  name: string;
  criteria: SearchCriteria;
  alerts: boolean;
  tooBroad: boolean;
  matchCount: number;
  createdAt: Date;
  lastCheckedAt: Date;
}

export class SavedSearchLimitError extends DomainError {
  constructor() {
    super('SAVED_SEARCH_LIMIT', `You can keep at most ${MAX_SAVED_SEARCHES} saved searches; delete one first.`);
  }
}

/**
 * Saved searches and their alerts. Saving runs the search once, as its owner (so it validates like a
 * search and respects privacy), and remembers whom it matched. The check re-runs due searches and
 * notifies the owner of people who newly match. Replicas share the work: each check claims due rows
 * with FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class SavedSearchesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: PeopleSearchService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.savedSearchCheckMinutes;
    if (minutes <= 0) return;
    this.timer = setInterval(() => void this.checkDue().catch(() => undefined), minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async list(personId: string): Promise<SavedSearchRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, name, criteria, alerts, too_broad, match_count, created_at, last_checked_at
       FROM saved_search WHERE person_id = $1 ORDER BY created_at, id`,
      [personId],
    )) as SavedSearchRow[];
    return rows.map(fromRow);
  }

  async save(owner: { personId: string; roles: RoleName[] }, name: string, criteria: SearchCriteria, alerts: boolean): Promise<SavedSearchRecord> {
    // Runs (and so validates) the search before anything is written.
    const ids = await this.search.matchingIds(owner, criteria, ALERT_MATCH_LIMIT + 1);
    const tooBroad = ids.length > ALERT_MATCH_LIMIT;
    return this.dataSource.transaction(async (manager) => {
      // Serialise one person's saves so that the limit holds under concurrency.
      await manager.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [owner.personId]);
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM saved_search WHERE person_id = $1`, [owner.personId])) as Array<{ n: number }>;
      if ((n ?? 0) >= MAX_SAVED_SEARCHES) throw new SavedSearchLimitError();
      const [row] = (await manager.query(
        `INSERT INTO saved_search (person_id, name, criteria, alerts, too_broad, match_count)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, name, criteria, alerts, too_broad, match_count, created_at, last_checked_at`,
        [owner.personId, name.trim(), JSON.stringify(criteria), alerts, tooBroad, Math.min(ids.length, ALERT_MATCH_LIMIT)],
      )) as SavedSearchRow[];
      const saved = row as SavedSearchRow;
      if (!tooBroad && ids.length) {
        await manager.query(
          `INSERT INTO saved_search_match (saved_search_id, person_id) SELECT $1, unnest($2::uuid[])`,
          [saved.id, ids],
        );
      }
      return fromRow(saved);
    });
  }

  async setAlerts(personId: string, id: string, alerts: boolean): Promise<SavedSearchRecord> {
    const row = await sql.maybeOne<SavedSearchRow>(
      this.dataSource,
      `UPDATE saved_search SET alerts = $3 WHERE id = $1 AND person_id = $2
       RETURNING id, name, criteria, alerts, too_broad, match_count, created_at, last_checked_at`,
      [id, personId, alerts],
    );
    if (!row) throw new NotFoundError('Saved search', 'There is no such saved search of yours.');
    return fromRow(row);
  }

  async remove(personId: string, id: string): Promise<boolean> {
    const count = await sql.affected(this.dataSource, `DELETE FROM saved_search WHERE id = $1 AND person_id = $2`, [id, personId]);
    if (!count) throw new NotFoundError('Saved search', 'There is no such saved search of yours.');
    return true;
  }

  /**
   * Re-runs the saved searches with alerts that have not been checked for a check interval, and
   * notifies each owner of the people who newly match. Returns how many searches were checked.
   */
  async checkDue(olderThanMinutes = this.config.savedSearchCheckMinutes): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = (await manager.query(
        `SELECT s.id, s.name, s.criteria, s.person_id, p.roles
         FROM saved_search s JOIN person p ON p.id = s.person_id AND p.status = 'active'
         WHERE s.alerts AND s.last_checked_at <= now() - make_interval(mins => $1)
         ORDER BY s.last_checked_at
         LIMIT ${CHECK_BATCH}
         FOR UPDATE OF s SKIP LOCKED`,
        [olderThanMinutes],
      )) as Array<{ id: string; name: string; criteria: SearchCriteria; person_id: string; roles: RoleName[] }>;
      for (const saved of due) {
        let ids: string[];
        try {
          ids = await this.search.matchingIds({ personId: saved.person_id, roles: saved.roles }, saved.criteria, ALERT_MATCH_LIMIT + 1);
        } catch {
          // The criteria no longer hold (a skill retired since): nothing to report, try again later.
          await manager.query(`UPDATE saved_search SET last_checked_at = now() WHERE id = $1`, [saved.id]);
          continue;
        }
        const tooBroad = ids.length > ALERT_MATCH_LIMIT;
        const fresh = tooBroad
          ? []
          : ((await manager.query(
              `SELECT m.id FROM unnest($2::uuid[]) AS m(id)
               WHERE m.id <> $3 AND NOT EXISTS (SELECT 1 FROM saved_search_match x WHERE x.saved_search_id = $1 AND x.person_id = m.id)`,
              [saved.id, ids, saved.person_id],
            )) as Array<{ id: string }>);
        await manager.query(`DELETE FROM saved_search_match WHERE saved_search_id = $1`, [saved.id]);
        if (!tooBroad && ids.length) {
          await manager.query(`INSERT INTO saved_search_match (saved_search_id, person_id) SELECT $1, unnest($2::uuid[])`, [saved.id, ids]);
        }
        await manager.query(
          `UPDATE saved_search SET last_checked_at = now(), too_broad = $2, match_count = $3 WHERE id = $1`,
          [saved.id, tooBroad, Math.min(ids.length, ALERT_MATCH_LIMIT)],
        );
        if (fresh.length) {
          const who = fresh.length === 1 ? '1 new person matches' : `${fresh.length} new people match`;
          await this.notifications.notify(
            [{ personId: saved.person_id, kind: 'saved_search.new_matches', message: `${who} your saved search “${saved.name}”.`, link: `/search?saved=${saved.id}` }],
            manager,
          );
        }
      }
      return due.length;
    });
  }
}

interface SavedSearchRow {
  id: string;
  name: string;
  criteria: SearchCriteria;
  alerts: boolean;
  too_broad: boolean;
  match_count: number;
  created_at: Date;
  last_checked_at: Date;
}

function fromRow(row: SavedSearchRow): SavedSearchRecord {
  return {
    id: row.id,
    name: row.name,
    criteria: row.criteria,
    alerts: row.alerts,
    tooBroad: row.too_broad,
    matchCount: row.match_count,
    createdAt: row.created_at,
    lastCheckedAt: row.last_checked_at,
  };
}
