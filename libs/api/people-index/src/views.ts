import type { FieldVisibilityMap } from '@ensemble/api/people';

/*
 * Read-only views of what the index holds, for code outside the library that reads it (role
 * candidates in projects: the coverage shortlist, free hours and explanations). The index's own
 * classes implement them, so the type checker keeps the two together; tests build plain objects.
 */

/** One (person, skill) row (HeldSkill): a dead row is one the person no longer has, to be skipped. */
export interface HeldSkillView {
  readonly dead: boolean;
  readonly person: PersonSkillsView;
  readonly skillId: string;
  /** Null when the person only marked an interest. */
  readonly level: number | null;
  readonly interest: number;
  readonly wantsToGrow: boolean;
  readonly expertise: number;
  readonly endorsementCount: number;
  readonly endorsementWeight: number;
  readonly evidenceCount: number;
}

/** A person as their skills show them (IndexedPerson): their ordinal, their live skills by skill id. */
export interface PersonSkillsView {
  readonly id: string;
  /** The person's position in the index, for good (PeopleIndex.byOrd). */
  readonly ord: number;
  readonly active: boolean;
  readonly skills: ReadonlyMap<string, HeldSkillView>;
}

/** A person with what the profile's visibility policy needs to decide what a viewer sees of them. */
export interface IndexedPersonView extends PersonSkillsView {
  readonly managerId: string | null;
  readonly fieldVisibility: FieldVisibilityMap;
  readonly hoursPerWeek: number | null;
}

/**
 * The index as code reading skill holders sees it (PeopleIndex): everyone by id and by ordinal, each
 * skill's holders (dead rows included, skipped), and a number per skill that changes whenever anything
 * about its holders does.
 */
export interface SkillHoldersView {
  readonly people: ReadonlyMap<string, PersonSkillsView>;
  readonly byOrd: readonly PersonSkillsView[];
  readonly holders: ReadonlyMap<string, readonly HeldSkillView[]>;
  readonly skillVersions: ReadonlyMap<string, number>;
}
