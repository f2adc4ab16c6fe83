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

export interface DemoCompany {
  seed: number;
  /** Parents come before their sub-departments. */
  departments: DemoDepartment[];
  /** The first person is an ordinary engineer with a manager: a good account to demo as. */
  people: DemoPerson[];
}
