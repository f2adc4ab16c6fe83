import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The skills taxonomy (skills, aliases, hierarchy), the skills people hold and endorsements of them.
 * Names are normalised by the application (`normalizeSkillName` in @ensemble/api/skills), not by SQL:
 * PostgreSQL's lower() depends on the database's collation (ASCII-only under the C locale the embedded
 * server uses), and the search term must be normalised exactly like the stored names.
 */
export class Skills1764100000000 implements MigrationInterface {
  name = 'Skills1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // Edit distance for one-typo autocomplete. A trusted extension (PostgreSQL 13+): a database owner
    // may create it without superuser rights; shipped with the embedded and the Debian servers alike.
    await db.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    await db.query(`
      CREATE TABLE skill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        normalized_name text NOT NULL CHECK (length(normalized_name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 4000),
        category text NOT NULL CHECK (length(category) BETWEEN 1 AND 100),
        parent_id uuid REFERENCES skill(id) ON DELETE SET NULL CHECK (parent_id <> id),
        source text NOT NULL CHECK (source IN ('ensemble','esco','onet','custom')),
        external_uri text UNIQUE CHECK (length(external_uri) <= 500),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired','merged')),
        merged_into_id uuid REFERENCES skill(id) ON DELETE RESTRICT CHECK (merged_into_id <> id),
        holder_count integer NOT NULL DEFAULT 0 CHECK (holder_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT skill_merged_has_target CHECK ((status = 'merged') = (merged_into_id IS NOT NULL)),
        CONSTRAINT skill_starter_category CHECK (
          source <> 'ensemble' OR category IN ('engineering','data','design','product','marketing','sales',
                                               'finance','hr','legal','operations','leadership','languages'))
      )`);
    // A name is unique among the non-merged skills of one namespace: Ensemble's own starter skills and
    // skills people add (custom) share one, each imported classification has its own. Imported
    // vocabularies legitimately overlap ours ("Python" here, "Python (computer programming)" in ESCO),
    // and forcing one global namespace would make an import fail or rename concepts of another source.
    // Retired skills keep their name reserved so that restoring one can never collide.
    await db.query(`
      CREATE UNIQUE INDEX skill_name_key ON skill (
        (CASE WHEN source IN ('ensemble','custom') THEN 'curated' ELSE source END), normalized_name)
      WHERE status <> 'merged'`);
    // Autocomplete only ever searches active skills: partial indexes keep those small.
    await db.query(
      `CREATE INDEX skill_name_prefix_idx ON skill (normalized_name text_pattern_ops) WHERE status = 'active'`,
    );
    await db.query(
      `CREATE INDEX skill_name_trgm_idx ON skill USING gin (normalized_name gin_trgm_ops) WHERE status = 'active'`,
    );
    // Typo candidates: a term with one typo still ends like the name when the typo is in its first
    // half (see autocomplete.ts); reversed, that suffix becomes a prefix a btree can range-scan.
    await db.query(
      `CREATE INDEX skill_name_suffix_idx ON skill (reverse(normalized_name) text_pattern_ops) WHERE status = 'active'`,
    );
    await db.query(`CREATE INDEX skill_parent_idx ON skill (parent_id)`);
    await db.query(
      `CREATE INDEX skill_merged_into_idx ON skill (merged_into_id) WHERE merged_into_id IS NOT NULL`,
    );

    // An alias names exactly one skill (the primary key), so "k8s" can never mean two things.
    await db.query(`
      CREATE TABLE skill_alias (
        normalized_alias text PRIMARY KEY CHECK (length(normalized_alias) BETWEEN 1 AND 200),
        skill_id uuid NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        alias text NOT NULL CHECK (length(alias) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX skill_alias_skill_idx ON skill_alias (skill_id)`);
    // The primary key's default operator class serves LIKE 'x%' only under the C collation.
    await db.query(`CREATE INDEX skill_alias_prefix_idx ON skill_alias (normalized_alias text_pattern_ops)`);
    await db.query(
      `CREATE INDEX skill_alias_trgm_idx ON skill_alias USING gin (normalized_alias gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX skill_alias_suffix_idx ON skill_alias (reverse(normalized_alias) text_pattern_ops)`,
    );
    // Autocomplete reads a few hundred rows at most; starting parallel workers would cost more than
    // it saves, and the planner's estimates for LIKE patterns sometimes tempt it to.
    await db.query(`ALTER TABLE skill SET (parallel_workers = 0)`);
    await db.query(`ALTER TABLE skill_alias SET (parallel_workers = 0)`);

    await db.query(`
      CREATE TABLE person_skill (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill(id) ON DELETE RESTRICT,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
        interest smallint NOT NULL DEFAULT 0 CHECK (interest BETWEEN 0 AND 3),
        years numeric(3,1) CHECK (years BETWEEN 0 AND 60),
        wants_to_grow boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, skill_id)
      )`);
    // Experts per skill (who holds it, best first) and holder counts.
    await db.query(`CREATE INDEX person_skill_skill_level_idx ON person_skill (skill_id, level)`);

    await db.query(`
      CREATE TABLE endorsement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endorser_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        note text CHECK (length(note) <= 500),
        -- Projects come later; the foreign key is added with the project table.
        evidence_project_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT endorsement_once UNIQUE (endorser_id, person_id, skill_id),
        CONSTRAINT endorsement_not_self CHECK (endorser_id <> person_id),
        -- An endorsement is of a skill the person holds, and goes when they drop it.
        CONSTRAINT endorsement_person_skill_fkey FOREIGN KEY (person_id, skill_id)
          REFERENCES person_skill (person_id, skill_id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX endorsement_person_skill_idx ON endorsement (person_id, skill_id)`);
    await db.query(`CREATE INDEX endorsement_skill_idx ON endorsement (skill_id)`);

    // holder_count is kept by triggers rather than by service code: person_skill is written by several
    // domains (profiles, seeding, merges) and rows also disappear through ON DELETE CASCADE when a
    // person is deleted, which no service sees. The triggers are per statement over transition tables,
    // so a bulk insert of a million links costs one UPDATE per distinct skill, not one per row; within a
    // statement they lock the affected skill rows in id order, so two bulk writers cannot deadlock there.
    await db.query(`
      CREATE FUNCTION skill_apply_holder_deltas(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM skill s
          WHERE s.id IN (SELECT (d.key)::uuid FROM jsonb_each_text(deltas) d)
          ORDER BY s.id FOR NO KEY UPDATE;
        UPDATE skill s SET holder_count = s.holder_count + (d.value)::int
          FROM jsonb_each_text(deltas) d
          WHERE s.id = (d.key)::uuid AND (d.value)::int <> 0;
      END $$`);
    await db.query(`
      CREATE FUNCTION person_skill_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (SELECT skill_id, count(*) AS n FROM new_rows GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION person_skill_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, -n) FROM (SELECT skill_id, count(*) AS n FROM old_rows GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION person_skill_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Transition tables cannot be combined with UPDATE OF <column>: level-only updates net to zero.
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (
             SELECT skill_id, sum(n) AS n FROM (
               SELECT skill_id, 1 AS n FROM new_rows UNION ALL SELECT skill_id, -1 FROM old_rows) moves
             GROUP BY skill_id HAVING sum(n) <> 0) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_skill_holders_insert AFTER INSERT ON person_skill
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_skill_count_inserted()`);
    await db.query(`
      CREATE TRIGGER person_skill_holders_delete AFTER DELETE ON person_skill
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_skill_count_deleted()`);
    await db.query(`
      CREATE TRIGGER person_skill_holders_update AFTER UPDATE ON person_skill
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION person_skill_count_updated()`);
    // TRUNCATE (the demo seeder's reset truncates person … CASCADE) fires no row or DELETE triggers.
    await db.query(`
      CREATE FUNCTION person_skill_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE skill SET holder_count = 0 WHERE holder_count <> 0;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_skill_holders_truncate AFTER TRUNCATE ON person_skill
        FOR EACH STATEMENT EXECUTE FUNCTION person_skill_count_truncated()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE endorsement`);
    await db.query(`DROP TABLE person_skill`);
    await db.query(
      `DROP FUNCTION person_skill_count_inserted(), person_skill_count_deleted(), person_skill_count_updated(),
         person_skill_count_truncated()`,
    );
    await db.query(`DROP FUNCTION skill_apply_holder_deltas(jsonb)`);
    await db.query(`DROP TABLE skill_alias`);
    await db.query(`DROP TABLE skill`);
    // fuzzystrmatch stays, like pg_trgm in the initial schema: other objects may have come to use it.
  }
}
