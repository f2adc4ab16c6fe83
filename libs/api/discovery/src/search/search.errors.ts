import { DomainError } from '@ensemble/api/core';

export class EmptySearchError extends DomainError {
  constructor() {
    super('SEARCH_EMPTY', 'Type something to search for, or choose at least one filter.');
  }
}

export class SearchQueryTooLongError extends DomainError {
  constructor(max: number) {
    super('SEARCH_QUERY_TOO_LONG', `A search can be at most ${max} characters long.`, 400, { max });
  }
}

export class SearchSkillNotFoundError extends DomainError {
  constructor(skillIds: readonly string[]) {
    super('SKILL_NOT_FOUND', 'One of the chosen skills does not exist (or was retired).', 404, { skillIds });
  }
}
