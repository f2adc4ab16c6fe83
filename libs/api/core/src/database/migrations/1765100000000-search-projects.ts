import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose changes change what people search reads of a project, and how each names it. */
const PROJECT_SOURCES = [
  ['project', 'id'],
  ['project_lead', 'project_id'],
  ['project_member', 'project_id'],
  ['project_invitation', 'project_id'],
  ['project_role', 'project_id'],
] as const;

/**
 * People are searched by their work (issue 14, docs/discovery-ranking.md): the people index holds the
 * projects under way or completed, their texts, the skills their roles need, their team and who may
 * see them. The search change log (migration 1764800000000) records changed projects as well, so each
 * replica's index catches up on them in the same statement as on people: a `project` entry names the
 * project; the index reads it again (and drops it when it is gone, proposed or cancelled).
 */
export class SearchProjects1765100000000 implements MigrationInterface {
  name = 'SearchProjects1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_change ADD COLUMN project_id uuid`);
    await db.query(`ALTER TABLE search_change DROP CONSTRAINT search_change_kind_check`);
    await db.query(`ALTER TABLE search_change ADD CONSTRAINT search_change_kind_check
      CHECK (kind IN ('person', 'project', 'departments', 'reset'))`);
    await db.query(`ALTER TABLE search_change ADD CONSTRAINT search_change_project_check CHECK ((kind = 'project') = (project_id IS NOT NULL))`);

    for (const [table, column] of PROJECT_SOURCES) {
      // Statement-level, with transition tables: one log row per project a statement touched.
      await db.query(`
        CREATE FUNCTION search_log_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- Only the branch that runs is planned, so each reads the transition tables its event has.
          IF TG_OP = 'INSERT' THEN
            INSERT INTO search_change (kind, project_id) SELECT DISTINCT 'project', ${column} FROM new_rows;
          ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_change (kind, project_id) SELECT DISTINCT 'project', ${column} FROM old_rows;
          ELSE
            INSERT INTO search_change (kind, project_id)
            SELECT 'project', ${column} FROM new_rows UNION SELECT 'project', ${column} FROM old_rows;
          END IF;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER search_log_${table}_inserted AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_${table}()`);
      await db.query(`
        CREATE TRIGGER search_log_${table}_updated AFTER UPDATE ON ${table}
          REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_${table}()`);
      await db.query(`
        CREATE TRIGGER search_log_${table}_deleted AFTER DELETE ON ${table}
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_${table}()`);
      await db.query(`CREATE TRIGGER search_log_${table}_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION search_log_reset()`);
    }
    // A role's skills name the project through the role.
    await db.query(`
      CREATE FUNCTION search_log_project_role_skill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_change (kind, project_id)
        SELECT DISTINCT 'project', r.project_id
          FROM project_role r
         WHERE r.id IN (SELECT role_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const [event, table] of [['INSERT', 'NEW'], ['DELETE', 'OLD']] as const) {
      await db.query(`
        CREATE TRIGGER search_log_project_role_skill_${event.toLowerCase()} AFTER ${event} ON project_role_skill
          REFERENCING ${table} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_project_role_skill()`);
    }
    await db.query(`
      CREATE TRIGGER search_log_project_role_skill_update AFTER UPDATE ON project_role_skill
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_log_project_role_skill()`);
    await db.query(`CREATE TRIGGER search_log_project_role_skill_truncated AFTER TRUNCATE ON project_role_skill FOR EACH STATEMENT EXECUTE FUNCTION search_log_reset()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const suffix of ['insert', 'delete', 'update', 'truncated']) await db.query(`DROP TRIGGER search_log_project_role_skill_${suffix} ON project_role_skill`);
    await db.query(`DROP FUNCTION search_log_project_role_skill()`);
    for (const [table] of PROJECT_SOURCES) {
      for (const suffix of ['inserted', 'updated', 'deleted', 'truncated']) await db.query(`DROP TRIGGER search_log_${table}_${suffix} ON ${table}`);
      await db.query(`DROP FUNCTION search_log_${table}()`);
    }
    await db.query(`DELETE FROM search_change WHERE kind = 'project'`);
    await db.query(`ALTER TABLE search_change DROP CONSTRAINT search_change_project_check`);
    await db.query(`ALTER TABLE search_change DROP CONSTRAINT search_change_kind_check`);
    await db.query(`ALTER TABLE search_change ADD CONSTRAINT search_change_kind_check CHECK (kind IN ('person', 'departments', 'reset'))`);
    await db.query(`ALTER TABLE search_change DROP COLUMN project_id`);
  }
}
