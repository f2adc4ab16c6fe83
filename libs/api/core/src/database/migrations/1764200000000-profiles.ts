import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Profile fields, per-field visibility and avatars.
 *
 * The profile fields are columns on `person` rather than a `person_profile` table: they are one-to-one
 * with the person, every person page and directory row needs them, and the directory filters on one of
 * them (location, which already lives on person), so a separate table would only add a join or a
 * loader to every read. Lists with structure (spoken languages, links) are jsonb validated by the API;
 * topic lists are text[]. `field_visibility` holds only the visibilities the owner chose: a missing key
 * means the field's default, so changing a default later needs no data migration.
 *
 * Avatars live in PostgreSQL (bytea) because API replicas are stateless and share nothing but the
 * database; at ≤ 2 MB per person the table stays small enough for that to be the simple, right choice.
 */
export class Profiles1764200000000 implements MigrationInterface {
  name = 'Profiles1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person
        ADD COLUMN headline text CHECK (length(headline) <= 120),
        ADD COLUMN time_zone text CHECK (length(time_zone) <= 64),
        ADD COLUMN spoken_languages jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(spoken_languages) = 'array'),
        ADD COLUMN links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array' AND jsonb_array_length(links) <= 10),
        ADD COLUMN hours_per_week_available smallint CHECK (hours_per_week_available BETWEEN 0 AND 40),
        ADD COLUMN open_to_projects boolean NOT NULL DEFAULT false,
        ADD COLUMN passions text[] NOT NULL DEFAULT '{}' CHECK (cardinality(passions) <= 20),
        ADD COLUMN ask_me_about text[] NOT NULL DEFAULT '{}' CHECK (cardinality(ask_me_about) <= 10),
        ADD COLUMN field_visibility jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(field_visibility) = 'object')`);
    // The location filter of the directory is a case-insensitive substring match.
    await db.query(`CREATE INDEX person_location_trgm_idx ON person USING gin (location gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE avatar (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/png','image/jpeg','image/webp','image/gif')),
        bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 2097152),
        sha256 text NOT NULL CHECK (length(sha256) = 64),
        width integer,
        height integer,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE avatar`);
    await db.query(`DROP INDEX person_location_trgm_idx`);
    await db.query(`
      ALTER TABLE person
        DROP COLUMN headline, DROP COLUMN time_zone, DROP COLUMN spoken_languages, DROP COLUMN links,
        DROP COLUMN hours_per_week_available, DROP COLUMN open_to_projects, DROP COLUMN passions,
        DROP COLUMN ask_me_about, DROP COLUMN field_visibility`);
  }
}
