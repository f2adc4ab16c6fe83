import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, sql, toConnection, type Connection } from '@ensemble/api/core';

export interface NotificationRecord {
  id: string;
  kind: string;
  message: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NewNotification {
  personId: string;
  /** A stable machine-readable kind, e.g. `saved_search.new_matches`. */
  kind: string;
  /** What the person reads, already in words. */
  message: string;
  /** Where in the app it leads (a path). */
  link?: string | null;
}

/**
 * In-app notifications: other domains record them (inside their own transaction when they pass its
 * manager, so a rolled-back change notifies nobody); people list them and mark them read.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notify(notifications: readonly NewNotification[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!notifications.length) return;
    await manager.query(
      `INSERT INTO notification (person_id, kind, message, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [
        notifications.map((n) => n.personId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.message.slice(0, 500)),
        notifications.map((n) => n.link ?? null),
      ],
    );
  }

  async list(personId: string, first: number, after: string | undefined, unreadOnly: boolean): Promise<Connection<NotificationRecord> & { unreadCount: number }> {
    const params: unknown[] = [personId, first + 1, unreadOnly];
    let cursor = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2) as [string, string];
      params.push(createdAt, id);
      cursor = `AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT coalesce(json_agg(n ORDER BY n."createdAt" DESC, n.id DESC), '[]') FROM (
            SELECT id, kind, message, link, created_at AS "createdAt", read_at AS "readAt"
            FROM notification WHERE person_id = $1 AND (NOT $3 OR read_at IS NULL) ${cursor}
            ORDER BY created_at DESC, id DESC LIMIT $2) n) AS page,
         (SELECT count(*)::int FROM notification WHERE person_id = $1 AND (NOT $3 OR read_at IS NULL)) AS total,
         (SELECT count(*)::int FROM notification WHERE person_id = $1 AND read_at IS NULL) AS unread`,
      params,
    )) as Array<{ page: Array<Omit<NotificationRecord, 'createdAt' | 'readAt'> & { createdAt: string; readAt: string | null }>; total: number; unread: number }>;
    const records = (row?.page ?? []).map((n) => ({ ...n, createdAt: new Date(n.createdAt), readAt: n.readAt ? new Date(n.readAt) : null }));
    const connection = toConnection(
      records,
      first,
      row?.total ?? 0,
      Boolean(after),
      (n) => encodeCursor([n.createdAt.toISOString(), n.id]),
      (n) => n,
    );
    return { ...connection, unreadCount: row?.unread ?? 0 };
  }

  /** Marks the person's own notifications read (others' ids are ignored); returns how many changed. */
  async markRead(personId: string, ids: readonly string[] | null): Promise<number> {
    return sql.affected(
      this.dataSource,
      `UPDATE notification SET read_at = now()
       WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [personId, ids ? [...ids] : null],
    );
  }
}
