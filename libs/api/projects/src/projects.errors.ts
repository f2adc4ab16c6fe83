import { DomainError } from '@ensemble/api/core';

/** The project does not exist, or the viewer may not see it (the two are indistinguishable on purpose). */
export class ProjectNotFoundError extends DomainError {
  constructor() {
    super('PROJECT_NOT_FOUND', 'This project does not exist or is not visible to you.', 404);
  }
}

export class RoleNotFoundError extends DomainError {
  constructor() {
    super('ROLE_NOT_FOUND', 'This role does not exist or is not visible to you.', 404);
  }
}

export class ApplicationNotFoundError extends DomainError {
  constructor() {
    super('APPLICATION_NOT_FOUND', 'This application does not exist or is not yours to see.', 404);
  }
}

export class InvitationNotFoundError extends DomainError {
  constructor() {
    super('INVITATION_NOT_FOUND', 'This invitation does not exist or is not addressed to you.', 404);
  }
}

export class PersonNotFoundError extends DomainError {
  constructor() {
    super('PERSON_NOT_FOUND', 'There is no active colleague with this id.', 404);
  }
}

/** Only the owner and co-leads change a project, its roles, and decide applications. */
export class NotProjectLeadError extends DomainError {
  constructor() {
    super('NOT_PROJECT_LEAD', 'Only the project’s owner and co-leads can do this.', 403);
  }
}

/** Consent to an application is given or refused by the applicant's manager alone. */
export class NotApplicantsManagerError extends DomainError {
  constructor() {
    super('NOT_APPLICANTS_MANAGER', 'Only the applicant’s manager can give or refuse consent.', 403);
  }
}

/** Completed and cancelled projects take no more members, applications, invitations or changes. */
export class ProjectClosedError extends DomainError {
  constructor(status: string) {
    super(
      'PROJECT_CLOSED',
      `This project is ${status}: nobody can join, apply or be invited any more.`,
      409,
      { status },
    );
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(from: string, to: string, allowed: readonly string[]) {
    super(
      'INVALID_STATUS_TRANSITION',
      allowed.length
        ? `A ${from} project can only become ${allowed.join(' or ')}, not ${to}.`
        : `A ${from} project cannot change its status any more.`,
      409,
      { from, to, allowed: [...allowed] },
    );
  }
}

export class RoleFullError extends DomainError {
  constructor() {
    super(
      'ROLE_FULL',
      'Every seat of this role is taken: join its waitlist to be offered the next free seat.',
      409,
    );
  }
}

export class RoleNotFullError extends DomainError {
  constructor() {
    super('ROLE_NOT_FULL', 'This role still has free seats: join it directly instead of waiting.', 409);
  }
}

export class ApplicationRequiredError extends DomainError {
  constructor() {
    super(
      'APPLICATION_REQUIRED',
      'This role is filled by application: apply, and a project lead will decide.',
      409,
    );
  }
}

export class RoleIsOpenError extends DomainError {
  constructor() {
    super('ROLE_IS_OPEN', 'This role is open to everyone: join it directly, no application needed.', 409);
  }
}

/** The person is already an active member of the project (in another role than the one asked for). */
export class AlreadyMemberError extends DomainError {
  constructor() {
    super(
      'ALREADY_MEMBER',
      'You are already a member of this project: leave your current role first to take another.',
      409,
    );
  }
}

export class NotMemberError extends DomainError {
  constructor() {
    super('NOT_MEMBER', 'You are not a member of this project.', 409);
  }
}

export class ApplicationPendingElsewhereError extends DomainError {
  constructor() {
    super(
      'APPLICATION_PENDING',
      'You already have a pending application to another role of this project: withdraw it first.',
      409,
    );
  }
}

export class ApplicationAlreadyDecidedError extends DomainError {
  constructor(status: string) {
    super(
      'APPLICATION_ALREADY_DECIDED',
      `This application was already ${status}; it cannot be decided again.`,
      409,
      {
        status,
      },
    );
  }
}

export class InvitationAlreadyAnsweredError extends DomainError {
  constructor(status: string) {
    super('INVITATION_ALREADY_ANSWERED', `This invitation was already ${status}.`, 409, { status });
  }
}

export class ConsentPendingError extends DomainError {
  constructor(dueAt: Date) {
    super(
      'CONSENT_PENDING',
      `The applicant’s manager has until ${dueAt.toISOString()} to respond; after that, silence counts as consent.`,
      409,
      { dueAt: dueAt.toISOString() },
    );
  }
}

export class ConsentNotPendingError extends DomainError {
  constructor() {
    super('CONSENT_NOT_PENDING', 'This application is not waiting for your consent.', 409);
  }
}

export class NoWaitlistOfferError extends DomainError {
  constructor() {
    super('NO_WAITLIST_OFFER', 'You have no open seat offer for this role (it may have expired).', 409);
  }
}

export class WaitlistNotAvailableError extends DomainError {
  constructor() {
    super(
      'WAITLIST_NOT_AVAILABLE',
      'Only open roles have a waitlist; for a role filled by application, apply instead.',
      409,
    );
  }
}

export class RoleHasMembersError extends DomainError {
  constructor() {
    super(
      'ROLE_HAS_MEMBERS',
      'This role still has members: they must leave it before it can be removed.',
      409,
    );
  }
}

export class SeatsBelowTakenError extends DomainError {
  constructor(taken: number) {
    super(
      'SEATS_BELOW_TAKEN',
      `This role has ${taken} seats taken: it cannot have fewer seats than that.`,
      409,
      {
        taken,
      },
    );
  }
}

export class CannotInviteSelfError extends DomainError {
  constructor() {
    super('CANNOT_INVITE_SELF', 'You cannot invite yourself: join or apply instead.', 400);
  }
}

/** The owner and co-leads run the project: they do not join, apply to or queue for its roles. */
export class OwnProjectError extends DomainError {
  constructor() {
    super(
      'OWN_PROJECT',
      'You lead this project: its roles are for others to join, apply to or wait for.',
      409,
    );
  }
}

/** The role asks for its must-have skills to join at once; without them, apply. */
export class MustHaveSkillsMissingError extends DomainError {
  constructor(missing: readonly string[]) {
    super(
      'MUST_HAVE_SKILLS_MISSING',
      `Joining this role at once needs ${missing.join(', ')} at the level asked: apply instead, and a project lead will decide.`,
      409,
      { missing: [...missing] },
    );
  }
}

/** A lead leaves the project through leaveProject, not by removing themselves. */
export class CannotRemoveSelfError extends DomainError {
  constructor() {
    super('CANNOT_REMOVE_SELF', 'You cannot remove yourself from the team: leave the project instead.', 400);
  }
}
