import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ENDORSEMENT_EVIDENCE, type EndorsementEvidence } from '@ensemble/api/skills';

/**
 * A project is evidence for an endorsement when both the endorser and the person endorsed worked on
 * it: each was a member (in any role, now or before) or led it (owner or co-lead, who see the
 * members' work first hand). Runs inside the endorsement's transaction.
 */
@Injectable()
export class ProjectMembershipEvidence implements EndorsementEvidence {
  async isSharedProject(manager: EntityManager, endorserId: string, personId: string, projectId: string): Promise<boolean> {
    const [row]: Array<{ shared: boolean }> = await manager.query(
      `WITH worked AS (
         SELECT person_id FROM project_member WHERE project_id = $3
         UNION SELECT person_id FROM project_lead WHERE project_id = $3
         UNION SELECT owner_id FROM project WHERE id = $3
       )
       SELECT (EXISTS (SELECT 1 FROM worked WHERE person_id = $1)
               AND EXISTS (SELECT 1 FROM worked WHERE person_id = $2)) AS shared`,
      [endorserId, personId, projectId],
    );
    return row?.shared ?? false;
  }
}

/**
 * Binds ENDORSEMENT_EVIDENCE for the whole application. Global so that the skills domain, which
 * declares the token and must not import projects, receives this implementation whenever projects
 * are part of the app; without them it falls back to NoProjectsEvidence (no project is evidence).
 */
@Global()
@Module({
  providers: [{ provide: ENDORSEMENT_EVIDENCE, useClass: ProjectMembershipEvidence }],
  exports: [ENDORSEMENT_EVIDENCE],
})
export class ProjectEvidenceModule {}
