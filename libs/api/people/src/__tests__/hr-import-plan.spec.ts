import { planHrImport, type ImportSnapshot } from '../hr-import/hr-import.plan';

const empty = (): ImportSnapshot => ({ people: new Map(), departments: new Map() });
const header = 'email,given_name,family_name,manager_email';

describe('planHrImport', () => {
  it('resolves managers in any order and finds cycles longer than two', () => {
    const plan = planHrImport(
      [
        header,
        'a@x.example,A,A,b@x.example',
        'b@x.example,B,B,c@x.example',
        'c@x.example,C,C,a@x.example',
        'd@x.example,D,D,e@x.example',
        'e@x.example,E,E,',
      ].join('\n'),
      empty(),
    );
    expect(plan.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(plan.people.map((p) => p.email)).toEqual(['d@x.example', 'e@x.example']);
  });

  it('finds a cycle through someone already in the database', () => {
    const snapshot = empty();
    snapshot.people.set('boss@x.example', {
      id: '1',
      email: 'boss@x.example',
      givenName: 'B',
      familyName: 'B',
      title: null,
      departmentName: null,
      managerEmail: 'a@x.example',
      location: null,
      managerId: null,
      fieldVisibility: {},
    });
    const plan = planHrImport([header, 'a@x.example,A,A,boss@x.example'].join('\n'), snapshot);
    expect(plan.errors).toEqual([
      { line: 2, field: 'manager_email', message: expect.stringMatching(/cycle/) },
    ]);
  });

  it('refuses rows whose manager was refused, and rows of the wrong width', () => {
    const plan = planHrImport(
      [header, 'a@x.example,,A,', 'b@x.example,B,B,a@x.example', 'c@x.example,C'].join('\n'),
      empty(),
    );
    expect(plan.errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      '2:given_name',
      '3:manager_email',
      '4:null',
    ]);
    expect(plan.errors[1]?.message).toMatch(/line 2\) has errors/);
  });

  it('refuses files over 5 MB', () => {
    expect(() => planHrImport(header + '\n' + 'x'.repeat(5 * 1024 * 1024), empty())).toThrow(
      /larger than 5 MB/,
    );
  });
});
