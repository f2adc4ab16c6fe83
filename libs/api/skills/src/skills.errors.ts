import { DomainError } from '@ensemble/api/core';

/** Merging a skill into itself. */
export class SkillMergeIntoItselfError extends DomainError {
  constructor() {
    super(
      'SKILL_MERGE_INTO_ITSELF',
      'A skill cannot be merged into itself: choose another skill to merge it into.',
      400,
    );
  }
}

/** Merging into a retired or merged skill: people would end up holding a skill no one can find. */
export class SkillMergeTargetInactiveError extends DomainError {
  constructor(status: string) {
    super(
      'SKILL_MERGE_TARGET_INACTIVE',
      `This skill is ${status}, so nothing can be merged into it: merge into an active skill instead.`,
      409,
      { status },
    );
  }
}

/** The skill was merged into another one already; changes belong on that one. */
export class SkillAlreadyMergedError extends DomainError {
  constructor(action: string) {
    super(
      'SKILL_ALREADY_MERGED',
      `This skill was merged into another skill and cannot be ${action}: change that skill instead.`,
      409,
    );
  }
}

/** The name is another skill's name or alias. */
export class SkillNameTakenError extends DomainError {
  constructor(message: string) {
    super('SKILL_NAME_TAKEN', message, 409);
  }
}

/** The skill does not exist, or was merged into another one (details.mergedIntoId names that one). */
export class SkillNotFoundError extends DomainError {
  constructor(mergedIntoId?: string) {
    super(
      'SKILL_NOT_FOUND',
      mergedIntoId
        ? 'This skill was merged into another skill: use that one instead.'
        : 'This skill does not exist: pick one from the suggestions.',
      404,
      mergedIntoId ? { mergedIntoId } : undefined,
    );
  }
}

/** Retired skills stay on the profiles that have them but cannot be newly added. */
export class SkillRetiredError extends DomainError {
  constructor() {
    super('SKILL_RETIRED', 'This skill was retired and can no longer be added to a profile.', 409);
  }
}

/** Endorsing oneself. */
export class EndorseSelfError extends DomainError {
  constructor() {
    super('ENDORSE_SELF', 'You cannot endorse your own skills: ask a colleague who has seen your work.', 400);
  }
}

/** Endorsing a skill the person does not have on their profile with a level. */
export class SkillNotOnProfileError extends DomainError {
  constructor() {
    super(
      'SKILL_NOT_ON_PROFILE',
      'This person does not list this skill with a level, so it cannot be endorsed.',
      409,
    );
  }
}

/** The project given as evidence does not exist or does not connect endorser and person. */
export class EvidenceNotFoundError extends DomainError {
  constructor() {
    super(
      'EVIDENCE_NOT_FOUND',
      'The project given as evidence was not found among projects you both worked on.',
      404,
    );
  }
}
