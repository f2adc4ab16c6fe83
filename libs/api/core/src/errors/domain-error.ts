/**
 * A failure the client can act on: a stable machine-readable `code` (sent as `extensions.code`) and a
 * message written for a person. Anything that is not a DomainError reaches clients only as
 * INTERNAL_SERVER_ERROR with the request id, never with its own message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status for REST routes; GraphQL answers 200 with the code in the error. */
    readonly httpStatus = 400,
    /** Extra structured facts safe to show the client (e.g. which fields were invalid). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in to do this.') {
    super('UNAUTHENTICATED', message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message, 403);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, message = `${what} was not found.`) {
    super('NOT_FOUND', message, 404, { what });
  }
}

export interface FieldProblem {
  field: string;
  problems: string[];
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, 400, fields.length ? { fields } : undefined);
  }
}
