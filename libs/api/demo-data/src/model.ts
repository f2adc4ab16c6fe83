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

export interface DemoCompany {
  seed: number;
  /** Parents come before their sub-departments. */
  departments: DemoDepartment[];
  /** The first person is an ordinary engineer with a manager: a good account to demo as. */
  people: DemoPerson[];
  /** Drawn from their own random stream: adding them left departments and people unchanged. */
  personSkills: DemoPersonSkill[];
  endorsements: DemoEndorsement[];
}
