import type { PersonRecord } from '@ensemble/api/people';

/**
 * What the index holds of one person, as the database sends it (DOCUMENT_SELECT in
 * people-index.service.ts): the person's columns (kept whole, so a page of results needs no statement
 * of its own) and their skills. Skills are
 * tuples to keep a million of them small on the wire:
 * [skillId, level, interest, wantsToGrow, expertise, endorsementCount, endorsementWeight,
 *  evidenceCount, touchedAt (ms since the epoch: the later of the last update and the last endorsement)].
 */
export interface PersonDocument extends PersonRecord {
  status: string;
  skills: SkillTuple[] | null;
}

export type SkillTuple = [string, number | null, number, boolean, number | null, number, number, number, number];
