import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPersonTextVectors, dropPersonTextVectors } from './1764400000000-discovery';

/**
 * People search moves into an in-process index on every API replica (docs/adr/0007). What the
 * database keeps for it is a change log: every statement that changes what a search reads (a person's
 * searchable fields, their skills and the figures on them, departments) records the people it
 * touched. A replica reads the entries after the last it saw, plus the "gaps" below it (ids taken by
 * transactions that had not committed yet), at the start of every search: a search sees every change
 * committed before it began, on any replica (PeopleIndexService explains the gaps).
 *
 * The per-field text vectors, their GIN indexes and the triggers that kept the held skills' names on
 * the person row go: nothing reads them any more, and they made every skill change rewrite the person.
 */
export class SearchIndex1764800000000 implements MigrationInterface {
  name = 'SearchIndex1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_change (
        id bigserial PRIMARY KEY,
        -- person: that person changed; departments: their names (shown in facets); reset: a table was
        -- truncated, so every replica reloads.
        kind text NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'departments', 'reset')),
        person_id uuid CHECK ((kind = 'person') = (person_id IS NOT NULL)),
        -- When the entry was written (not when its transaction began: pruning goes by this).
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX search_change_created_at_idx ON search_change (created_at)`);

    // Statement-level triggers with transition tables: a bulk insert of 100,000 people is one trigger
    // call writing one log row per person, not 100,000 calls.
    for (const [table, column] of [
      ['person', 'id'],
      ['person_skill', 'person_id'],
    ] as const) {
      await db.query(`
        CREATE FUNCTION search_log_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            INSERT INTO search_change (person_id) SELECT DISTINCT ${column} FROM old_rows;
          ELSE
            INSERT INTO search_change (person_id) SELECT DISTINCT ${column} FROM new_rows;
          END IF;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER search_log_${table}_inserted AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_${table}()`);
      await db.query(`
        CREATE TRIGGER search_log_${table}_deleted AFTER DELETE ON ${table}
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_${table}()`);
    }
    // Updates: only when something a search reads changed (a sign-in or an avatar upload does not).
    await db.query(`
      CREATE FUNCTION search_log_person_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_change (person_id)
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.status, n.given_name, n.family_name, n.title, n.department_id, n.manager_id, n.location,
               n.hours_per_week_available, n.open_to_projects, n.headline, n.bio, n.passions, n.ask_me_about,
               n.field_visibility)
          IS DISTINCT FROM
              (o.status, o.given_name, o.family_name, o.title, o.department_id, o.manager_id, o.location,
               o.hours_per_week_available, o.open_to_projects, o.headline, o.bio, o.passions, o.ask_me_about,
               o.field_visibility);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER search_log_person_updated AFTER UPDATE ON person
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_log_person_updated()`);
    await db.query(`
      CREATE FUNCTION search_log_person_skill_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Every updated row counts (person_skill holds nothing a search does not read); old holders
        -- too, for a row moved to another person or skill by a merge.
        INSERT INTO search_change (person_id)
        SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER search_log_person_skill_updated AFTER UPDATE ON person_skill
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_log_person_skill_updated()`);
    await db.query(`
      CREATE FUNCTION search_log_departments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_change (kind) VALUES ('departments');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER search_log_departments AFTER INSERT OR UPDATE OR DELETE ON department
        FOR EACH STATEMENT EXECUTE FUNCTION search_log_departments()`);
    // TRUNCATE fires no row or statement triggers of its own kind above (a demo reseed truncates).
    await db.query(`
      CREATE FUNCTION search_log_reset() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_change (kind) VALUES ('reset');
        RETURN NULL;
      END $$`);
    for (const table of ['person', 'person_skill', 'department']) {
      await db.query(`CREATE TRIGGER search_log_${table}_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION search_log_reset()`);
    }

    await dropPersonTextVectors(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await createPersonTextVectors(db);
    for (const table of ['person', 'person_skill', 'department']) await db.query(`DROP TRIGGER search_log_${table}_truncated ON ${table}`);
    await db.query(`DROP TRIGGER search_log_departments ON department`);
    for (const trigger of ['search_log_person_inserted', 'search_log_person_deleted', 'search_log_person_updated']) {
      await db.query(`DROP TRIGGER ${trigger} ON person`);
    }
    for (const trigger of ['search_log_person_skill_inserted', 'search_log_person_skill_deleted', 'search_log_person_skill_updated']) {
      await db.query(`DROP TRIGGER ${trigger} ON person_skill`);
    }
    await db.query(`DROP FUNCTION search_log_reset(), search_log_departments(), search_log_person(), search_log_person_skill(),
      search_log_person_updated(), search_log_person_skill_updated()`);
    await db.query(`DROP TABLE search_change`);
  }
}
