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
