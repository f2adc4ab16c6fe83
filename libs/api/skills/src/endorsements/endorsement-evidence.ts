import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Injection token of the evidence check behind `endorse(evidenceProjectId)`. */
export const ENDORSEMENT_EVIDENCE = Symbol('EndorsementEvidence');

/**
 * Decides whether a project may serve as evidence for an endorsement: it must exist and both the
 * endorser and the person must have worked on it. Runs inside the endorsement's transaction.
 */
export interface EndorsementEvidence {
  isSharedProject(manager: EntityManager, endorserId: string, personId: string, projectId: string): Promise<boolean>;
}

/**
 * Until projects exist, no project can be evidence: every id is refused with EVIDENCE_NOT_FOUND. The
 * projects domain replaces this provider (ENDORSEMENT_EVIDENCE) with a real check, and adds the
 * foreign key from endorsement.evidence_project_id to its table; nothing else here changes.
 */
@Injectable()
export class NoProjectsEvidence implements EndorsementEvidence {
  async isSharedProject(): Promise<boolean> {
    return false;
  }
}
