import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interest without ability: a person may mark a skill they do not have yet as a passion or as something
 * they want to grow in. Such a row has level NULL ("no claim of ability"). It must say something (some
 * interest or the wish to grow), it does not count as holding the skill (holder_count counts rows with
 * a level only), and it cannot be endorsed (enforced by the service, which checks the level under a
 * row lock before inserting an endorsement).
 */
export class PersonSkills1764300000000 implements MigrationInterface {
  name = 'PersonSkills1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person_skill ALTER COLUMN level DROP NOT NULL`);
    await db.query(`
      ALTER TABLE person_skill ADD CONSTRAINT person_skill_says_something
        CHECK (level IS NOT NULL OR interest > 0 OR wants_to_grow)`);
    // The person page and the directory read all of a person's skills: the primary key (person_id,
    // skill_id) serves that. Top endorsers read a person's endorsements: endorsement_person_skill_idx.

    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (
             SELECT skill_id, count(*) AS n FROM new_rows WHERE level IS NOT NULL GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, -n) FROM (
             SELECT skill_id, count(*) AS n FROM old_rows WHERE level IS NOT NULL GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    // A level set on an interest-only row (or cleared) moves the person into (or out of) the holders.
    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (
             SELECT skill_id, sum(n) AS n FROM (
               SELECT skill_id, 1 AS n FROM new_rows WHERE level IS NOT NULL
               UNION ALL
               SELECT skill_id, -1 FROM old_rows WHERE level IS NOT NULL) moves
             GROUP BY skill_id HAVING sum(n) <> 0) c));
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Interest-only rows have no level to keep: they cannot survive the NOT NULL.
    await db.query(`DELETE FROM person_skill WHERE level IS NULL`);
    await db.query(`ALTER TABLE person_skill DROP CONSTRAINT person_skill_says_something`);
    await db.query(`ALTER TABLE person_skill ALTER COLUMN level SET NOT NULL`);
    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (SELECT skill_id, count(*) AS n FROM new_rows GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, -n) FROM (SELECT skill_id, count(*) AS n FROM old_rows GROUP BY skill_id) c));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION person_skill_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM skill_apply_holder_deltas(
          (SELECT jsonb_object_agg(skill_id, n) FROM (
             SELECT skill_id, sum(n) AS n FROM (
               SELECT skill_id, 1 AS n FROM new_rows UNION ALL SELECT skill_id, -1 FROM old_rows) moves
             GROUP BY skill_id HAVING sum(n) <> 0) c));
        RETURN NULL;
      END $$`);
  }
}
