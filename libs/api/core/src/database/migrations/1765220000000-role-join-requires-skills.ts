import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: per role, whether joining an open role at once requires its must-have skills (at their
 * minimum level). Off by default, existing roles included: nothing changes for a project until its
 * owner opts in, and a joiner who lacks must-haves is warned before confirming either way.
 */
export class RoleJoinRequiresSkills1765220000000 implements MigrationInterface {
  name = 'RoleJoinRequiresSkills1765220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project_role ADD COLUMN join_requires_skills boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project_role DROP COLUMN join_requires_skills`);
  }
}
