import type {
  ApplicationStatus,
  ConsentStatus,
  JoinPolicy,
  ProjectStatus,
  ProjectVisibility,
} from '@ensemble/web/projects/data-access';

export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  PROPOSED: 'Proposed',
  FORMING: 'Forming',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLORS: Readonly<Record<ProjectStatus, string>> = {
  PROPOSED: 'gray',
  FORMING: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'teal',
  CANCELLED: 'red',
};

export const STATUS_ORDER: readonly ProjectStatus[] = [
  'PROPOSED',
  'FORMING',
  'ACTIVE',
  'COMPLETED',
  'CANCELLED',
];

/** The lifecycle as the API enforces it: where each status may go next. */
export const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  PROPOSED: ['FORMING', 'CANCELLED'],
  FORMING: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** The button that moves a project to a status. */
export const TRANSITION_LABELS: Readonly<Record<ProjectStatus, string>> = {
  PROPOSED: 'Propose',
  FORMING: 'Start forming the team',
  ACTIVE: 'Start the project',
  COMPLETED: 'Mark as completed',
  CANCELLED: 'Cancel the project',
};

export const CLOSED_STATUSES: readonly ProjectStatus[] = ['COMPLETED', 'CANCELLED'];

export const VISIBILITY_LABELS: Readonly<Record<ProjectVisibility, string>> = {
  COMPANY: 'Everyone in the company',
  DEPARTMENT: 'My department (and HR)',
  INVITE_ONLY: 'Invited people only',
};

export const JOIN_POLICY_LABELS: Readonly<Record<JoinPolicy, string>> = {
  OPEN: 'Open: join at once',
  APPLICATION: 'By application: a lead decides',
};

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  PENDING: 'Waiting for a decision',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed with the project',
};

export const APPLICATION_STATUS_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  PENDING: 'yellow',
  ACCEPTED: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
  CLOSED: 'gray',
};

/** Where an application stands with the applicant's manager (null: no consent asked). */
export const CONSENT_LABELS: Readonly<Record<ConsentStatus, string | null>> = {
  NOT_REQUIRED: null,
  PENDING: 'Waiting for the manager’s consent',
  APPROVED: 'Manager consented',
  LAPSED: 'Manager did not answer (counts as consent)',
  REFUSED: 'Manager refused',
};

export { projectPath } from '@ensemble/web/people/ui';

export function seatsLeftLabel(seatsLeft: number, seats?: number): string {
  const left = seatsLeft === 1 ? '1 seat left' : `${seatsLeft} seats left`;
  return seats === undefined ? left : `${left} of ${seats}`;
}

export function hoursLabel(hours: number): string {
  return hours === 1 ? '1 hour a week' : `${hours} hours a week`;
}

// Dates are written by the app's one formatter (libs/web/ui dates.ts), in the browser's locale like the
// form's date inputs: "Mar 1, 2026" in en-US, "1 Mar 2026" in en-GB.
export { formatDate as dateLabel, formatDateTime as dateTimeLabel } from '@ensemble/web/ui';

export function placeLabel(location: string | null | undefined, remote: boolean): string {
  if (location && remote) return `${location} or remote`;
  if (location) return location;
  return remote ? 'Remote' : 'Place not set';
}

/** Readable messages for the project errors people meet (the server's own are readable too). */
export const PROJECT_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ROLE_FULL: 'Every seat of this role is taken. Join the waitlist to be offered the next free seat.',
  PROJECT_CLOSED: 'This project is closed: nobody can join, apply or be invited any more.',
  APPLICATION_PENDING: 'You have already applied to this project; a project lead will decide.',
  APPLICATION_REQUIRED: 'This role is filled by application: apply, and a project lead will decide.',
  ROLE_IS_OPEN: 'This role is open to everyone: join it directly, no application needed.',
  ALREADY_MEMBER: 'You are already a member of this project. Leave your current role first to take another.',
  NOT_PROJECT_LEAD: 'Only the project’s owner and co-leads can do this.',
  APPLICATION_ALREADY_DECIDED: 'This application was already decided.',
  CONSENT_PENDING:
    'The applicant’s manager has not answered yet; decide once they consent or the deadline passes.',
  INVITATION_ALREADY_ANSWERED: 'This invitation was already answered.',
  NO_WAITLIST_OFFER: 'You have no open seat offer for this role (it may have expired).',
  INVALID_STATUS_TRANSITION: 'The project cannot move to that status from where it is now.',
  CANNOT_INVITE_SELF: 'You cannot invite yourself: join or apply instead.',
  PROJECT_NOT_FOUND: 'This project does not exist or is not visible to you.',
  NOT_APPLICANTS_MANAGER: 'Only the applicant’s manager can give or refuse consent.',
  CONSENT_NOT_PENDING:
    'This application no longer waits for your consent: it was withdrawn or decided, or the deadline passed.',
  PERSON_NOT_FOUND: 'There is no active colleague with this name any more.',
  NOT_MEMBER: 'You are not a member of this project.',
  OWN_PROJECT: 'You lead this project: its roles are for others to join, apply to or wait for.',
  CANNOT_REMOVE_SELF: 'You cannot remove yourself from the team: leave the project instead.',
};

/** Load errors that mean the project page does not exist for me. */
export const PROJECT_NOT_FOUND_MESSAGES: Readonly<Record<string, string>> = {
  PROJECT_NOT_FOUND: 'This project does not exist or is not visible to you.',
  BAD_USER_INPUT: 'This project does not exist or is not visible to you.',
};
