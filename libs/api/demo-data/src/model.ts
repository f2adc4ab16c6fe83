export type Role = 'employee' | 'hr' | 'admin';

/** A row of the `department` table. */
export interface DemoDepartment {
  id: string;
  name: string;
  parentId: string | null;
}

/** A row of the `person` table. */
export interface DemoPerson {
  id: string;
  /** The SAML NameID the demo identity provider asserts: the email address. */
  externalId: string;
  email: string;
  givenName: string;
  familyName: string;
  title: string;
  departmentId: string;
  /** Null only for the CEO. */
  managerId: string | null;
  location: string;
  bio: string;
  roles: Role[];
}

/** A row of `person_skill`; the skill by its starter-taxonomy key (its id differs per database). */
export interface DemoPersonSkill {
  personId: string;
  skillKey: string;
  /** Null: interest only. */
  level: number | null;
  years: number | null;
  interest: number;
  wantsToGrow: boolean;
}

/** A row of `endorsement`: of a skill the person has with a level, never by themselves. */
export interface DemoEndorsement {
  endorserId: string;
  personId: string;
  skillKey: string;
  note: string | null;
}

export type DemoProjectStatus = 'proposed' | 'forming' | 'active' | 'completed' | 'cancelled';

/** A row of `project_role` with its `project_role_skill` rows (skills by starter-taxonomy key). */
export interface DemoProjectRole {
  id: string;
  title: string;
  description: string;
  seats: number;
  joinPolicy: 'open' | 'application';
  managerConsent: boolean;
  consentDays: number | null;
  skills: Array<{ skillKey: string; minLevel: number; mustHave: boolean }>;
}

/**
 * Dates in the demo are whole days relative to the day the company is seeded (`DemoCompany.today`):
 * -3 is three days ago, 0 today, 10 ten days from now.
 */
export type DemoDay = number;

/** A row of `project_member` (active: every demo member is still on the team). */
export interface DemoProjectMember {
  roleId: string;
  personId: string;
  /** On or before today, and not before the project was created. */
  joinedDay: DemoDay;
}

/** A row of `project_application`. */
export interface DemoApplication {
  roleId: string;
  personId: string;
  status: 'pending' | 'declined' | 'closed';
  message: string | null;
  declineReason: string | null;
  consentStatus: 'not_required' | 'pending' | 'approved';
  consentManagerId: string | null;
  /** On or before today. */
  createdDay: DemoDay;
  /** When it was declined or closed (null while pending). */
  decidedDay: DemoDay | null;
  /** The manager's deadline, ahead of today (only while consent is pending). */
  consentDueDay: DemoDay | null;
  consentDecidedDay: DemoDay | null;
}

/** A row of `project` with its co-leads, roles, members and applications. */
export interface DemoProject {
  id: string;
  ownerId: string;
  title: string;
  summary: string;
  description: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  /** startsOn and endsOn as days from the seeding day. */
  startDay: DemoDay;
  endDay: DemoDay;
  /** On or before today (and before the start, for a project that has started). */
  createdDay: DemoDay;
  /** The end day, for completed projects only. */
  completedDay: DemoDay | null;
  hoursPerWeek: number;
  location: string;
  remote: boolean;
  visibility: 'company' | 'department' | 'invite_only';
  departmentId: string;
  status: DemoProjectStatus;
  leads: string[];
  roles: DemoProjectRole[];
  members: DemoProjectMember[];
  applications: DemoApplication[];
}

/**
 * What a person filled in on their profile beyond what HR provides (the `person` columns of the same
 * names). Drawn from their own random stream, so people, skills and projects stay as they were.
 */
export interface DemoProfile {
  personId: string;
  headline: string | null;
  /** Short topics, as the profile's Passions field stores them. */
  passions: string[];
  /** Set exactly for people open to projects. */
  hoursPerWeekAvailable: number | null;
  openToProjects: boolean;
}

export interface DemoCompany {
  seed: number;
  /** The ISO day ("2026-12-07") the company was generated for: every demo date is relative to it. */
  today: string;
  /** Parents come before their sub-departments. */
  departments: DemoDepartment[];
  /** The first person is an ordinary engineer with a manager: a good account to demo as. */
  people: DemoPerson[];
  /** Drawn from their own random stream: adding them left departments and people unchanged. */
  personSkills: DemoPersonSkill[];
  endorsements: DemoEndorsement[];
  /** From their own random stream, after skills (they draw on them). */
  projects: DemoProject[];
  /** One per person, in the order of `people` (own random stream, after skills). */
  profiles: DemoProfile[];
}
