import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (a record per person, read or not) and saved searches with alerts.
 *
 * A saved search remembers whom it matched last time (saved_search_match) so that the periodic check
 * can tell who is new. Only searches matching at most 2,000 people can alert: a broader one is too
 * broad to be news, and its set would be large.
 */
export class NotificationsSavedSearches1764500000000 implements MigrationInterface {
  name = 'NotificationsSavedSearches1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z_.]{1,63}$'),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
        link text CHECK (link IS NULL OR (link LIKE '/%' AND length(link) <= 500)),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC, id)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (person_id) WHERE read_at IS NULL`);

    await db.query(`
      CREATE TABLE saved_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'object'),
        alerts boolean NOT NULL DEFAULT true,
        too_broad boolean NOT NULL DEFAULT false,
        match_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_checked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX saved_search_person_idx ON saved_search (person_id, created_at)`);
    await db.query(`CREATE INDEX saved_search_due_idx ON saved_search (last_checked_at) WHERE alerts`);
    await db.query(`
      CREATE TABLE saved_search_match (
        saved_search_id uuid NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (saved_search_id, person_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_search_match`);
    await db.query(`DROP TABLE saved_search`);
    await db.query(`DROP TABLE notification`);
  }
}
