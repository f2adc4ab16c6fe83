import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expertise discovery: what people search needs precomputed, so that a search reads indexes and never
 * aggregates endorsements at query time (docs/discovery-ranking.md explains the formula).
 *
 * - person_skill gains the endorsement figures (count and the weight, where each endorsement weighs
 *   by the endorser's own level in that skill), evidence from completed projects, and `expertise`, a
 *   stored column computed from them; an index on (skill_id, expertise) serves "experts in X".
 *   Triggers keep the figures right whoever writes (profiles, seeding, merges, cascades).
 * - person gains text-search vectors, one per field with its own visibility, so that a search can
 *   count a field only for viewers allowed to see it; and a vector of the names of the skills the
 *   person holds (skills are public), kept by triggers on person_skill and skill. Aliases are not in
 *   it: query understanding turns an alias into its skill before the search runs.
 */
export class Discovery1764400000000 implements MigrationInterface {
  name = 'Discovery1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person_skill
        ADD COLUMN endorsement_count integer NOT NULL DEFAULT 0,
        ADD COLUMN endorsement_weight real NOT NULL DEFAULT 0,
        ADD COLUMN evidence_count integer NOT NULL DEFAULT 0,
        ADD COLUMN last_endorsed_at timestamptz,
        ADD COLUMN expertise real GENERATED ALWAYS AS (
          CASE WHEN level IS NULL THEN NULL ELSE
            level * 20
            + 25 * (1 - exp(-endorsement_weight / 3.0))
            + 15 * (1 - exp(-evidence_count / 2.0))
          END) STORED`);
    await db.query(`
      CREATE INDEX person_skill_expertise_idx ON person_skill (skill_id, expertise DESC, person_id)
        INCLUDE (level, endorsement_count) WHERE level IS NOT NULL`);

    // The weight of one endorsement: 0.4 from someone who does not hold the skill, up to 1.0 from a
    // level 5. Recomputed for the endorsed (person, skill) pairs a statement touched.
    await db.query(`
      CREATE FUNCTION person_skill_refresh_endorsements(pairs jsonb) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Statement triggers fire for zero rows too: an empty UPDATE here would fire them again.
        IF pairs IS NULL OR jsonb_array_length(pairs) = 0 THEN RETURN; END IF;
        UPDATE person_skill ps SET
          endorsement_count = agg.n,
          endorsement_weight = agg.weight,
          last_endorsed_at = agg.last_at
        FROM (
          SELECT p.person_id, p.skill_id,
                 count(e.id)::int AS n,
                 coalesce(sum(0.4 + 0.12 * coalesce(es.level, 0)), 0)::real AS weight,
                 max(e.created_at) AS last_at
          FROM (SELECT DISTINCT (x->>'p')::uuid AS person_id, (x->>'s')::uuid AS skill_id
                FROM jsonb_array_elements(pairs) x) p
          LEFT JOIN endorsement e ON e.person_id = p.person_id AND e.skill_id = p.skill_id
          LEFT JOIN person_skill es ON es.person_id = e.endorser_id AND es.skill_id = e.skill_id
          GROUP BY p.person_id, p.skill_id
        ) agg
        WHERE ps.person_id = agg.person_id AND ps.skill_id = agg.skill_id
          AND (ps.endorsement_count, ps.endorsement_weight, ps.last_endorsed_at)
              IS DISTINCT FROM (agg.n, agg.weight, agg.last_at);
      END $$`);
    await db.query(`
      CREATE FUNCTION endorsement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM person_skill_refresh_endorsements(
            (SELECT jsonb_agg(jsonb_build_object('p', person_id, 's', skill_id)) FROM new_rows));
        ELSE
          PERFORM person_skill_refresh_endorsements(
            (SELECT jsonb_agg(jsonb_build_object('p', person_id, 's', skill_id)) FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER endorsement_inserted AFTER INSERT ON endorsement
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION endorsement_changed()`);
    await db.query(`
      CREATE TRIGGER endorsement_deleted AFTER DELETE ON endorsement
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION endorsement_changed()`);
    // An endorser's own level changes the weight of the endorsements they gave in that skill.
    await db.query(`
      CREATE FUNCTION person_skill_endorser_level_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM person_skill_refresh_endorsements((
          SELECT jsonb_agg(jsonb_build_object('p', e.person_id, 's', e.skill_id))
          FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id AND o.skill_id = n.skill_id
          JOIN endorsement e ON e.endorser_id = n.person_id AND e.skill_id = n.skill_id
          WHERE n.level IS DISTINCT FROM o.level));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_skill_endorser_level AFTER UPDATE ON person_skill
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION person_skill_endorser_level_changed()`);

    await createPersonTextVectors(db);
    // Existing rows (a database migrated with data in it).
    await db.query(`
      SELECT person_skill_refresh_endorsements(jsonb_agg(jsonb_build_object('p', person_id, 's', skill_id)))
      FROM (SELECT DISTINCT person_id, skill_id FROM endorsement) e`);

    // A search filters by location with equality on the normalised value (from query understanding).
    await db.query(`CREATE INDEX person_location_lower_idx ON person (lower(location))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_location_lower_idx`);
    await dropPersonTextVectors(db);
    await db.query(`DROP TRIGGER person_skill_endorser_level ON person_skill`);
    await db.query(`DROP TRIGGER endorsement_inserted ON endorsement`);
    await db.query(`DROP TRIGGER endorsement_deleted ON endorsement`);
    await db.query(`DROP FUNCTION person_skill_endorser_level_changed(), endorsement_changed(),
      person_skill_refresh_endorsements(jsonb)`);
    await db.query(`
      ALTER TABLE person_skill DROP COLUMN expertise, DROP COLUMN endorsement_count,
        DROP COLUMN endorsement_weight, DROP COLUMN evidence_count, DROP COLUMN last_endorsed_at`);
  }
}

/**
 * Per-field text vectors on person (and the held skills' names, kept by triggers). People search used
 * them until it moved to the in-process index (migration 1764800000000-search-index drops them; its
 * down brings them back through this function).
 */
export async function createPersonTextVectors(db: QueryRunner): Promise<void> {
  // Text search with the 'simple' configuration everywhere: names and product names stay intact,
  // one query matches every field, and prefix matching (term:*) stands in for stemming.
  await db.query(`
    CREATE FUNCTION immutable_array_text(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT array_to_string($1, ' ') $$`);
  await db.query(`
    ALTER TABLE person
      ADD COLUMN name_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', given_name || ' ' || family_name || ' ' || coalesce(title, ''))) STORED,
      ADD COLUMN headline_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(headline, ''))) STORED,
      ADD COLUMN bio_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(bio, ''))) STORED,
      ADD COLUMN passions_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', immutable_array_text(passions))) STORED,
      ADD COLUMN ask_me_about_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', immutable_array_text(ask_me_about))) STORED,
      ADD COLUMN skills_tsv tsvector NOT NULL DEFAULT ''::tsvector`);
  for (const column of ['name_tsv', 'headline_tsv', 'bio_tsv', 'passions_tsv', 'ask_me_about_tsv', 'skills_tsv']) {
    await db.query(`CREATE INDEX person_${column}_idx ON person USING gin (${column})`);
  }
  await db.query(`
    CREATE FUNCTION person_refresh_skills_tsv(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      -- ids may be NULL (nothing changed): unnest(NULL) yields no rows.
      UPDATE person p SET skills_tsv = coalesce(t.doc, ''::tsvector)
      FROM (SELECT i.id, (
              SELECT to_tsvector('simple', string_agg(s.name, ' '))
              FROM person_skill ps JOIN skill s ON s.id = ps.skill_id
              WHERE ps.person_id = i.id AND ps.level IS NOT NULL) AS doc
            FROM unnest(ids) AS i(id)) t
      WHERE p.id = t.id AND p.skills_tsv IS DISTINCT FROM coalesce(t.doc, ''::tsvector)
    $$`);
  await db.query(`
    CREATE FUNCTION person_skill_text_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM person_refresh_skills_tsv((SELECT array_agg(DISTINCT person_id) FROM new_rows));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM person_refresh_skills_tsv((SELECT array_agg(DISTINCT person_id) FROM old_rows));
      ELSE
        PERFORM person_refresh_skills_tsv((
          SELECT array_agg(DISTINCT n.person_id) FROM new_rows n
          JOIN old_rows o ON o.person_id = n.person_id AND o.skill_id = n.skill_id
          WHERE (n.level IS NULL) <> (o.level IS NULL) OR n.skill_id <> o.skill_id));
      END IF;
      RETURN NULL;
    END $$`);
  await db.query(`
    CREATE TRIGGER person_skill_text_inserted AFTER INSERT ON person_skill
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_skill_text_changed()`);
  await db.query(`
    CREATE TRIGGER person_skill_text_deleted AFTER DELETE ON person_skill
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_skill_text_changed()`);
  await db.query(`
    CREATE TRIGGER person_skill_text_updated AFTER UPDATE ON person_skill
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION person_skill_text_changed()`);
  await db.query(`
    CREATE FUNCTION skill_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM person_refresh_skills_tsv((
        SELECT array_agg(DISTINCT ps.person_id) FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN person_skill ps ON ps.skill_id = n.id WHERE n.name <> o.name));
      RETURN NULL;
    END $$`);
  await db.query(`
    CREATE TRIGGER skill_renamed AFTER UPDATE ON skill
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION skill_renamed()`);
  // Existing rows (a database migrated with data in it).
  await db.query(`SELECT person_refresh_skills_tsv(array_agg(id)) FROM person`);
}

export async function dropPersonTextVectors(db: QueryRunner): Promise<void> {
  for (const trigger of ['person_skill_text_inserted', 'person_skill_text_deleted', 'person_skill_text_updated']) {
    await db.query(`DROP TRIGGER ${trigger} ON person_skill`);
  }
  await db.query(`DROP TRIGGER skill_renamed ON skill`);
  await db.query(`DROP FUNCTION skill_renamed(), person_skill_text_changed(), person_refresh_skills_tsv(uuid[])`);
  await db.query(`
    ALTER TABLE person DROP COLUMN name_tsv, DROP COLUMN headline_tsv, DROP COLUMN bio_tsv,
      DROP COLUMN passions_tsv, DROP COLUMN ask_me_about_tsv, DROP COLUMN skills_tsv`);
  await db.query(`DROP FUNCTION immutable_array_text(text[])`);
}
