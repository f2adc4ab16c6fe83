import type {
  CreateProjectInput,
  JoinPolicy,
  ProjectResult,
  ProjectRoleInput,
  ProjectVisibility,
  UpdateProjectInput,
} from '@ensemble/web/projects/data-access';

/** The API's limits (CreateProjectInput / ProjectRoleInput), checked before sending. */
export const LIMITS = {
  title: 200,
  summary: 500,
  description: 20_000,
  goals: 20,
  goal: 300,
  minHours: 1,
  maxHours: 40,
  roles: 20,
  roleDescription: 5000,
  minSeats: 1,
  maxSeats: 50,
  roleSkills: 20,
  minLevel: 1,
  maxLevel: 5,
  minConsentDays: 1,
  maxConsentDays: 60,
} as const;

export interface RoleSkillDraft {
  skillId: string;
  name: string;
  minLevel: number;
  mustHave: boolean;
}

export interface RoleDraft {
  /** Local key for React lists. */
  key: string;
  /** The saved role's id when editing an existing role. */
  id: string | null;
  title: string;
  description: string;
  seats: number | string;
  joinPolicy: JoinPolicy;
  managerConsent: boolean;
  consentDays: number | string;
  /** Open roles: joining at once needs the must-have skills (others apply). */
  joinRequiresSkills: boolean;
  skills: RoleSkillDraft[];
}

export interface ProjectDraft {
  title: string;
  summary: string;
  description: string;
  /** One goal per line. */
  goals: string;
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number | string;
  location: string;
  remote: boolean;
  visibility: ProjectVisibility;
  roles: RoleDraft[];
}

let nextKey = 0;
export function newRoleDraft(): RoleDraft {
  nextKey += 1;
  return {
    key: `role-${nextKey}`,
    id: null,
    title: '',
    description: '',
    seats: 1,
    joinPolicy: 'OPEN',
    managerConsent: false,
    consentDays: 5,
    joinRequiresSkills: false,
    skills: [],
  };
}

export function emptyDraft(): ProjectDraft {
  return {
    title: '',
    summary: '',
    description: '',
    goals: '',
    startsOn: '',
    endsOn: '',
    hoursPerWeek: 4,
    location: '',
    remote: true,
    visibility: 'COMPANY',
    roles: [newRoleDraft()],
  };
}

export function draftFromProject(project: ProjectResult['project']): ProjectDraft {
  return {
    title: project.title,
    summary: project.summary,
    description: project.description,
    goals: project.goals.join('\n'),
    startsOn: project.startsOn.slice(0, 10),
    endsOn: project.endsOn.slice(0, 10),
    hoursPerWeek: project.hoursPerWeek,
    location: project.location ?? '',
    remote: project.remote,
    visibility: project.visibility,
    roles: project.roles.map((role) => ({
      key: `saved-${role.id}`,
      id: role.id,
      title: role.title,
      description: role.description,
      seats: role.seats,
      joinPolicy: role.joinPolicy,
      managerConsent: role.managerConsent,
      consentDays: role.consentDays ?? 5,
      joinRequiresSkills: role.joinRequiresSkills,
      skills: role.skills.map((entry) => ({
        skillId: entry.skill.id,
        name: entry.skill.name,
        minLevel: entry.minLevel,
        mustHave: entry.mustHave,
      })),
    })),
  };
}

export function goalList(goals: string): string[] {
  return goals
    .split('\n')
    .map((goal) => goal.trim())
    .filter(Boolean);
}

function asInt(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (!/^\s*-?\d+\s*$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Problems keyed like the API's field paths: "title", "endsOn", "roles.0.seats", "roles.1.skills". */
export type FieldErrors = Record<string, string>;

/** The client-side checks, mirroring the API's limits. */
export function validateDraft(draft: ProjectDraft): FieldErrors {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (!title) errors['title'] = 'Give the project a title.';
  else if (title.length > LIMITS.title) errors['title'] = `At most ${LIMITS.title} characters.`;
  if (draft.summary.length > LIMITS.summary) errors['summary'] = `At most ${LIMITS.summary} characters.`;
  if (draft.description.length > LIMITS.description)
    errors['description'] = `At most ${LIMITS.description.toLocaleString('en')} characters.`;
  const goals = goalList(draft.goals);
  if (goals.length > LIMITS.goals) errors['goals'] = `At most ${LIMITS.goals} goals.`;
  else if (goals.some((goal) => goal.length > LIMITS.goal))
    errors['goals'] = `Each goal may have at most ${LIMITS.goal} characters.`;
  if (!draft.startsOn) errors['startsOn'] = 'Choose a start date.';
  else if (!isRealDate(draft.startsOn)) errors['startsOn'] = 'Enter a real date.';
  if (!draft.endsOn) errors['endsOn'] = 'Choose an end date.';
  else if (!isRealDate(draft.endsOn)) errors['endsOn'] = 'Enter a real date.';
  else if (!errors['startsOn'] && draft.endsOn < draft.startsOn)
    errors['endsOn'] = 'The end must be on or after the start.';
  const hours = asInt(draft.hoursPerWeek);
  if (hours === null || hours < LIMITS.minHours || hours > LIMITS.maxHours)
    errors['hoursPerWeek'] = `A whole number of hours from ${LIMITS.minHours} to ${LIMITS.maxHours}.`;
  if (draft.roles.length > LIMITS.roles) errors['roles'] = `At most ${LIMITS.roles} roles.`;
  draft.roles.forEach((role, index) => {
    const prefix = `roles.${index}.`;
    if (!role.title.trim()) errors[`${prefix}title`] = 'Give the role a title.';
    else if (role.title.trim().length > LIMITS.title)
      errors[`${prefix}title`] = `At most ${LIMITS.title} characters.`;
    if (role.description.length > LIMITS.roleDescription)
      errors[`${prefix}description`] = `At most ${LIMITS.roleDescription.toLocaleString('en')} characters.`;
    const seats = asInt(role.seats);
    if (seats === null || seats < LIMITS.minSeats || seats > LIMITS.maxSeats)
      errors[`${prefix}seats`] = `From ${LIMITS.minSeats} to ${LIMITS.maxSeats} seats.`;
    if (role.joinPolicy === 'APPLICATION' && role.managerConsent) {
      const days = asInt(role.consentDays);
      if (days === null || days < LIMITS.minConsentDays || days > LIMITS.maxConsentDays)
        errors[`${prefix}consentDays`] = `From ${LIMITS.minConsentDays} to ${LIMITS.maxConsentDays} days.`;
    }
    if (role.skills.length > LIMITS.roleSkills)
      errors[`${prefix}skills`] = `At most ${LIMITS.roleSkills} skills.`;
    else if (
      role.skills.some((skill) => skill.minLevel < LIMITS.minLevel || skill.minLevel > LIMITS.maxLevel)
    )
      errors[`${prefix}skills`] = `Minimum levels go from ${LIMITS.minLevel} to ${LIMITS.maxLevel}.`;
  });
  return errors;
}

/** What a field's problem depends on, to tell whether a change touched it (keys as in FieldErrors). */
function fieldValue(draft: ProjectDraft, key: string): string {
  const inRole = /^roles\.(\d+)\.(\w+)$/.exec(key);
  if (inRole) {
    const role = draft.roles[Number(inRole[1])] as RoleDraft | undefined;
    const field = inRole[2] as keyof RoleDraft;
    // The role's key: removing a role shifts the ones after it, whose problems are then checked again.
    const context =
      field === 'consentDays' || field === 'managerConsent' ? [role?.joinPolicy, role?.managerConsent] : null;
    return JSON.stringify([role?.key ?? null, role?.[field] ?? null, context]);
  }
  if (key === 'roles') return String(draft.roles.length);
  // The end date's problem may be the start date's order.
  const fields = key === 'endsOn' ? ['startsOn', 'endsOn'] : [key];
  return JSON.stringify(fields.map((field) => draft[field as keyof ProjectDraft] ?? null));
}

/**
 * The problems to show after a change from `previous` to `next`: a field the change touched is checked
 * again (its problem goes once it is fixed, or says what is still wrong); the others keep theirs,
 * including problems the server reported that the form cannot check itself.
 */
export function revalidate(errors: FieldErrors, previous: ProjectDraft, next: ProjectDraft): FieldErrors {
  const keys = Object.keys(errors);
  if (keys.length === 0) return errors;
  const now = validateDraft(next);
  const result: FieldErrors = {};
  for (const key of keys) {
    if (fieldValue(previous, key) === fieldValue(next, key)) result[key] = errors[key];
    else if (now[key]) result[key] = now[key];
  }
  return result;
}

export function roleInput(role: RoleDraft): ProjectRoleInput {
  const consent = role.joinPolicy === 'APPLICATION' && role.managerConsent;
  return {
    title: role.title.trim(),
    description: role.description,
    seats: asInt(role.seats) ?? 0,
    joinPolicy: role.joinPolicy,
    managerConsent: consent,
    joinRequiresSkills: role.joinPolicy === 'OPEN' && role.joinRequiresSkills,
    ...(consent ? { consentDays: asInt(role.consentDays) ?? 0 } : {}),
    skills: role.skills.map((skill) => ({
      skillId: skill.skillId,
      minLevel: skill.minLevel,
      mustHave: skill.mustHave,
    })),
  };
}

function projectFields(draft: ProjectDraft) {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: draft.description,
    goals: goalList(draft.goals),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    hoursPerWeek: asInt(draft.hoursPerWeek) ?? 0,
    remote: draft.remote,
    visibility: draft.visibility,
  };
}

export function createInput(draft: ProjectDraft): CreateProjectInput {
  const location = draft.location.trim();
  return {
    ...projectFields(draft),
    ...(location ? { location } : {}),
    roles: draft.roles.map(roleInput),
  };
}

export function updateInput(draft: ProjectDraft): UpdateProjectInput {
  return { ...projectFields(draft), location: draft.location.trim() };
}

interface ErrorLike {
  graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> | null }>;
}

/**
 * The per-field problems of a BAD_USER_INPUT error (`extensions.details.fields`), keyed by their path
 * without the argument name: "input.roles.0.seats" → "roles.0.seats". `prefix` places the problems of a
 * role mutation under its role ("roles.2.").
 */
export function apiFieldErrors(error: unknown, prefix = ''): FieldErrors {
  const details = (error as ErrorLike | null | undefined)?.graphQLErrors?.[0]?.extensions?.['details'] as
    { fields?: ReadonlyArray<{ field?: unknown; problems?: unknown }> } | undefined;
  const result: FieldErrors = {};
  for (const entry of details?.fields ?? []) {
    if (typeof entry.field !== 'string' || !Array.isArray(entry.problems)) continue;
    let path = entry.field.replace(/^input\./, '');
    // A problem about one skill of a role belongs to the role's skills: "roles.0.skills.1.minLevel".
    path = path.replace(/^(roles\.\d+\.skills)\..*$/, '$1').replace(/^(skills)\..*$/, '$1');
    const key = `${prefix}${path}`;
    const text = entry.problems
      .filter((problem): problem is string => typeof problem === 'string')
      .join('; ');
    if (!text) continue;
    const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    result[key] = result[key] ? `${result[key]}; ${sentence}` : sentence;
  }
  return result;
}
