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

/** A row of `project_member` (active: every demo member is still on the team). */
export interface DemoProjectMember {
  roleId: string;
  personId: string;
  /** Days after the project's start (negative: before it). */
  joinedDaysAfterStart: number;
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
  /** startsOn as days from the demo's reference day (timestamps derive from it). */
  startDay: number;
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

export interface DemoCompany {
  seed: number;
  /** Parents come before their sub-departments. */
  departments: DemoDepartment[];
  /** The first person is an ordinary engineer with a manager: a good account to demo as. */
  people: DemoPerson[];
  /** Drawn from their own random stream: adding them left departments and people unchanged. */
  personSkills: DemoPersonSkill[];
  endorsements: DemoEndorsement[];
  /** From their own random stream, after skills (they draw on them). */
  projects: DemoProject[];
}
