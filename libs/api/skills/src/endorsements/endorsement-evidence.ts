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
 * The fallback when the app is composed without the projects domain: no project can be evidence, and
 * every id is refused with EVIDENCE_NOT_FOUND. The projects domain binds ENDORSEMENT_EVIDENCE globally
 * (ProjectEvidenceModule) with a check backed by project membership; skills never imports it.
 */
@Injectable()
export class NoProjectsEvidence implements EndorsementEvidence {
  async isSharedProject(): Promise<boolean> {
    return false;
  }
}
