import type { FieldVisibilityMap, PersonRecord, ProfileOwner } from '@ensemble/api/people';
import { TEXT_FIELDS } from './fields';
import type { SkillTuple } from './person-document';
import { RANKING } from './ranking';
import type { HeldSkillView, IndexedPersonView } from './views';

/** How long a skill's recency (a decay over a year) is reused before it is computed again. */
const RECENCY_REUSE_MS = 60 * 60_000;
const RECENCY_SPAN_MS = RANKING.recencyDays * 86_400_000;

/** One (person, skill) row. Updated in place; a row the person no longer has is marked dead. */
export class HeldSkill implements HeldSkillView {
  dead = false;
  /** The skill's small number (PeopleIndex.skillNumbers), for counting in arrays. */
  skillNo = -1;
  private recencyValue = 1;
  private recencyAt = -Infinity;
  constructor(
    readonly person: IndexedPerson,
    readonly skillId: string,
    public level: number | null,
    public interest: number,
    public wantsToGrow: boolean,
    public expertise: number,
    public endorsementCount: number,
    public endorsementWeight: number,
    public evidenceCount: number,
    public touchedAt: number,
  ) {}

  assign(tuple: SkillTuple): void {
    this.level = tuple[1];
    this.interest = tuple[2];
    this.wantsToGrow = tuple[3];
    this.expertise = tuple[4] ?? 0;
    this.endorsementCount = tuple[5];
    this.endorsementWeight = tuple[6];
    this.evidenceCount = tuple[7];
    this.touchedAt = tuple[8];
    this.recencyAt = -Infinity;
  }

  /** 0.85–1: how recently the skill was updated or endorsed (docs/discovery-ranking.md), reused for an hour. */
  recency(now: number): number {
    if (now - this.recencyAt > RECENCY_REUSE_MS) {
      this.recencyValue = RANKING.recencyFloor + (1 - RANKING.recencyFloor) * Math.exp(-Math.max(0, now - this.touchedAt) / RECENCY_SPAN_MS);
      this.recencyAt = now;
    }
    return this.recencyValue;
  }
}

const NO_CHOSEN_VISIBILITY: FieldVisibilityMap = Object.freeze({});
/** No skill numbers: the shared value for a person without a levelled skill. */
export const NO_SKILL_NOS = new Int32Array(0);

/** One person as the index holds them: their row, their words per field and their skills. */
export class IndexedPerson implements ProfileOwner, IndexedPersonView {
  active = false;
  /** The location as indexed, and the place keys it answers to (places.ts). */
  location: string | null = null;
  placeKeys: readonly string[] = [];
  /** FIELD_BIT of every field this person shows to everyone (the common case, checked first). */
  publicFields = 0;
  /** Per text field (TEXT_FIELDS order), the field's distinct words, sorted. */
  words: string[][] = TEXT_FIELDS.map(() => []);
  /** Given and family name words, for one-typo matching. */
  nameWords: string[] = [];
  skills = new Map<string, HeldSkill>();
  /** The skill numbers of the skills held at a level (not interest only), for counting facets in arrays. */
  heldSkillNos: Int32Array = NO_SKILL_NOS;
  /** The person's columns as of the index's last catch-up (null once the row is gone). */
  record: PersonRecord | null = null;

  constructor(
    readonly id: string,
    /** This person's position in PeopleIndex.columns (kept for good, even after removal). */
    readonly ord: number,
  ) {}

  get departmentId(): string | null {
    return this.record?.departmentId ?? null;
  }
  get managerId(): string | null {
    return this.record?.managerId ?? null;
  }
  get hoursPerWeek(): number | null {
    return this.record?.hoursPerWeekAvailable ?? null;
  }
  get fieldVisibility(): FieldVisibilityMap {
    return this.record?.fieldVisibility ?? NO_CHOSEN_VISIBILITY;
  }
}
