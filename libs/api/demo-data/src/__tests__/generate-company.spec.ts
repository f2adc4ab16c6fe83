import { generateCompany, type DemoCompany, type DemoPerson } from '../index';
import { DEPARTMENTS, type DepartmentSpec } from '../data/departments';
import { OFFICES } from '../data/locations';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DEMO_EMAIL = /^[a-z0-9-]+\.[a-z0-9-]+\d*@ensemble-demo\.example$/;
const MAX_DEPTH = 20;

function peopleInDepartmentTree(company: DemoCompany, rootName: string): DemoPerson[] {
  const root = company.departments.find((department) => department.name === rootName);
  if (!root) return [];
  const inTree = new Set([root.id]);
  for (const department of company.departments) {
    if (department.parentId && inTree.has(department.parentId)) inTree.add(department.id);
  }
  return company.people.filter((person) => inTree.has(person.departmentId));
}

function depthOf(person: DemoPerson, byId: Map<string, DemoPerson>): number {
  let depth = 0;
  let current: DemoPerson | undefined = person;
  while (current?.managerId) {
    current = byId.get(current.managerId);
    depth += 1;
    if (depth > MAX_DEPTH)
      throw new Error(`Management chain above ${person.email} is deeper than ${MAX_DEPTH}`);
  }
  return depth;
}

describe('generateCompany', () => {
  const company = generateCompany({ people: 2000, seed: 42, today: '2026-12-07' });
  const byId = new Map(company.people.map((person) => [person.id, person]));

  it('is deterministic: the same seed gives byte-identical output', () => {
    expect(JSON.stringify(generateCompany({ people: 2000, seed: 42, today: '2026-12-07' }))).toBe(JSON.stringify(company));
  });

  it('gives a different company for a different seed', () => {
    const other = generateCompany({ people: 2000, seed: 43 });
    expect(other.people.map((person) => person.email)).not.toEqual(
      company.people.map((person) => person.email),
    );
    expect(other.people[0].id).not.toBe(company.people[0].id);
  });

  it.each([1, 2, 3, 7, 19, 20, 99, 200, 2000])('generates exactly %i people', (people) => {
    expect(generateCompany({ people, seed: 1 }).people).toHaveLength(people);
  });

  it('rejects impossible sizes', () => {
    expect(() => generateCompany({ people: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateCompany({ people: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateCompany({ people: 1_000_001, seed: 1 })).toThrow(RangeError);
  });

  it('gives every person and department a unique v4-format id', () => {
    const ids = [...company.people, ...company.departments].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('gives unique lower-case ASCII emails, used as the external id', () => {
    const emails = company.people.map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const person of company.people) {
      expect(person.email).toMatch(DEMO_EMAIL);
      expect(person.externalId).toBe(person.email);
    }
  });

  it('has exactly one person without a manager: the CEO', () => {
    const roots = company.people.filter((person) => person.managerId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0].title).toBe('Chief Executive Officer');
  });

  it('only refers to generated people as managers', () => {
    for (const person of company.people) {
      if (person.managerId !== null) expect(byId.has(person.managerId)).toBe(true);
    }
  });

  it('has no management cycles: every chain reaches the CEO within a bounded depth', () => {
    for (const person of company.people) expect(depthOf(person, byId)).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('keeps teams at 4–10 people and managers of managers at 2–8 reports, below department heads', () => {
    const reportsOf = new Map<string, DemoPerson[]>();
    for (const person of company.people) {
      if (person.managerId)
        reportsOf.set(person.managerId, [...(reportsOf.get(person.managerId) ?? []), person]);
    }
    for (const [managerId, reports] of reportsOf) {
      const manager = byId.get(managerId) as DemoPerson;
      // Heads' spans follow the department structure; only the teams below them are sized on purpose.
      if (/^(Chief|VP|Head|Director|General Counsel)/.test(manager.title)) continue;
      const leadsATeam = reports.every((report) => !reportsOf.has(report.id));
      if (leadsATeam) expect(reports.length).toBeGreaterThanOrEqual(4);
      expect(reports.length).toBeLessThanOrEqual(leadsATeam ? 10 : 8);
      if (!leadsATeam) expect(reports.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has department heads report to the CEO', () => {
    const ceo = company.people.find((person) => person.managerId === null) as DemoPerson;
    const topLevel = company.departments.filter(
      (department) => department.parentId === null && department.name !== 'Executive',
    );
    for (const department of topLevel) {
      const head = company.people.find(
        (person) => person.departmentId === department.id && person.managerId === ceo.id,
      );
      expect(head).toBeDefined();
    }
  });

  it('puts everyone in a generated department', () => {
    const departmentIds = new Set(company.departments.map((department) => department.id));
    for (const person of company.people) expect(departmentIds.has(person.departmentId)).toBe(true);
  });

  it('lists parent departments before their sub-departments, with unique names', () => {
    const seen = new Set<string>();
    for (const department of company.departments) {
      if (department.parentId !== null) expect(seen.has(department.parentId)).toBe(true);
      seen.add(department.id);
    }
    const names = company.departments.map((department) => department.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('splits large departments into sub-departments', () => {
    const engineering = company.departments.find((department) => department.name === 'Engineering');
    const subDepartments = company.departments.filter(
      (department) => department.parentId === engineering?.id,
    );
    expect(subDepartments.map((department) => department.name)).toEqual(
      expect.arrayContaining(['Platform', 'Mobile', 'Security']),
    );
  });

  it('gives the hr role to exactly the People department and its sub-departments', () => {
    const hrPeople = new Set(peopleInDepartmentTree(company, 'People'));
    expect(hrPeople.size).toBeGreaterThan(0);
    for (const person of company.people) {
      expect(person.roles.includes('hr')).toBe(hrPeople.has(person));
      expect(person.roles[0]).toBe('employee');
    }
  });

  it('has exactly two admins: an IT lead and an engineer', () => {
    const admins = company.people.filter((person) => person.roles.includes('admin'));
    expect(admins).toHaveLength(2);
    const engineers = new Set(peopleInDepartmentTree(company, 'Engineering'));
    expect(admins.filter((admin) => engineers.has(admin))).toHaveLength(1);
    expect(admins.map((admin) => admin.title)).toContain('Head of IT');
  });

  it('starts with an ordinary engineer who has a manager, to demo as', () => {
    const [first] = company.people;
    expect(first.managerId).not.toBeNull();
    expect(first.title).toMatch(/Engineer$/);
    expect(first.roles).toEqual(['employee']);
    expect(first.email).not.toMatch(/\d@/);
    expect(peopleInDepartmentTree(company, 'Engineering')).toContain(first);
    expect(company.people.some((person) => person.managerId === first.id)).toBe(false);
  });

  it('fills in names, titles, locations and bios', () => {
    const offices = new Set(OFFICES.map((office) => office.name));
    for (const person of company.people) {
      expect(person.givenName.trim()).not.toBe('');
      expect(person.familyName.trim()).not.toBe('');
      expect(person.title.trim()).not.toBe('');
      expect(offices.has(person.location)).toBe(true);
      expect(person.bio).toMatch(/^\S.{10,300}[.!?]$/);
    }
  });

  it('varies titles, locations and bios', () => {
    expect(new Set(company.people.map((person) => person.title)).size).toBeGreaterThan(50);
    expect(new Set(company.people.map((person) => person.location)).size).toBeGreaterThan(8);
    expect(new Set(company.people.map((person) => person.bio)).size).toBeGreaterThan(
      company.people.length * 0.8,
    );
  });

  it('copes with tiny companies', () => {
    const solo = generateCompany({ people: 1, seed: 5 });
    expect(solo.people[0].managerId).toBeNull();
    expect(solo.people[0].roles).toContain('admin');
    const pair = generateCompany({ people: 2, seed: 5 });
    expect(pair.people[0].managerId).toBe(pair.people[1].id);
    expect(pair.people.filter((person) => person.roles.includes('admin'))).toHaveLength(2);
  });
});

describe('department data', () => {
  const offices = new Set(OFFICES.map((office) => office.name));
  const all = (specs: readonly DepartmentSpec[]): DepartmentSpec[] =>
    specs.flatMap((spec) => [spec, ...all(spec.children ?? [])]);

  it('names every department uniquely (case-insensitively) and only known offices', () => {
    const names = all(DEPARTMENTS).map((spec) => spec.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const spec of all(DEPARTMENTS)) {
      for (const office of spec.offices ?? []) expect(offices.has(office)).toBe(true);
    }
  });
});

describe('generateCompany: projects', () => {
  const company = generateCompany({ people: 600, seed: 7 });

  it('has projects in every lifecycle state, with roles, required skills, members and applications', () => {
    const statuses = new Set(company.projects.map((project) => project.status));
    expect([...statuses].sort()).toEqual(['active', 'cancelled', 'completed', 'forming', 'proposed']);
    expect(company.projects.length).toBe(50);
    expect(company.projects.every((project) => project.roles.length >= 1)).toBe(true);
    expect(company.projects.some((project) => project.roles.some((role) => role.skills.length > 0))).toBe(true);
    expect(company.projects.filter((project) => project.status === 'completed').every((project) => project.members.length > 0)).toBe(true);
    expect(company.projects.some((project) => project.applications.some((a) => a.status === 'pending'))).toBe(true);
  });

  it('keeps every rule the database enforces: seats, levels, dates, one membership per person per project', () => {
    const people = new Set(company.people.map((person) => person.id));
    for (const project of company.projects) {
      expect(project.endsOn >= project.startsOn).toBe(true);
      expect(project.hoursPerWeek).toBeGreaterThanOrEqual(1);
      expect(project.hoursPerWeek).toBeLessThanOrEqual(40);
      const memberIds = project.members.map((member) => member.personId);
      expect(new Set(memberIds).size).toBe(memberIds.length);
      expect(memberIds).not.toContain(project.ownerId);
      for (const role of project.roles) {
        expect(role.seats).toBeGreaterThanOrEqual(1);
        expect(role.seats).toBeLessThanOrEqual(50);
        expect(project.members.filter((member) => member.roleId === role.id).length).toBeLessThanOrEqual(role.seats);
        for (const skill of role.skills) expect(skill.minLevel).toBeGreaterThanOrEqual(1);
        expect(new Set(role.skills.map((skill) => skill.skillKey)).size).toBe(role.skills.length);
        if (role.managerConsent) expect(role.joinPolicy).toBe('application');
      }
      for (const id of [...memberIds, project.ownerId, ...project.leads]) expect(people.has(id)).toBe(true);
      const pending = project.applications.filter((a) => a.status === 'pending').map((a) => a.personId);
      expect(new Set(pending).size).toBe(pending.length);
    }
  });
});
