import { planHrImport, type ExistingPerson, type ImportSnapshot } from '../hr-import/hr-import.plan';
import { planAsSeenBy } from '../hr-import/hr-import.privacy';
import { FieldVisibility, ProfileField, type FieldVisibilityMap } from '../profile/profile-fields';
import type { Viewer } from '../profile/profile-visibility';

const person = (id: string, location: string, fieldVisibility: FieldVisibilityMap): ExistingPerson => ({
  id,
  email: `${id}@x.example`,
  givenName: id,
  familyName: id,
  title: null,
  departmentName: null,
  managerEmail: null,
  location,
  managerId: null,
  fieldVisibility,
});

describe('planAsSeenBy', () => {
  const snapshot: ImportSnapshot = {
    people: new Map(
      [
        person('onlyme', 'Oslo', { [ProfileField.LOCATION]: FieldVisibility.ONLY_ME }),
        person('team', 'Turin', { [ProfileField.LOCATION]: FieldVisibility.MANAGER_CHAIN_AND_TEAM }),
        person('everyone', 'Evora', {}),
      ].map((existing) => [existing.email, existing]),
    ),
    departments: new Map(),
  };
  const plan = planHrImport(
    [
      'email,given_name,family_name,location',
      'onlyme@x.example,onlyme,onlyme,Madrid',
      'team@x.example,team,team,Madrid',
      'everyone@x.example,everyone,everyone,Madrid',
    ].join('\n'),
    snapshot,
  );
  const changed = (viewer: Viewer) =>
    planAsSeenBy(plan, snapshot, viewer).people.map(
      (p) => `${p.email}:${p.action}:${p.changedFields.join('+')}`,
    );

  it('hides an "only me" field from HR, and shows what HR may see', () => {
    expect(changed({ personId: 'hr', roles: ['employee', 'hr'] })).toEqual([
      'onlyme@x.example:unchanged:',
      'team@x.example:update:location',
      'everyone@x.example:update:location',
    ]);
  });

  it('keeps a viewer whose view would depend on a relationship to what needs none (fail closed)', () => {
    expect(changed({ personId: 'someone', roles: ['employee'] })).toEqual([
      'onlyme@x.example:unchanged:',
      'team@x.example:unchanged:',
      'everyone@x.example:update:location',
    ]);
  });

  it('shows the importer their own row in full', () => {
    expect(changed({ personId: 'onlyme', roles: ['employee', 'hr'] })[0]).toBe(
      'onlyme@x.example:update:location',
    );
  });

  it('leaves the plan that is written whole', () => {
    planAsSeenBy(plan, snapshot, { personId: 'hr', roles: ['hr'] });
    expect(plan.people.every((p) => p.action === 'update')).toBe(true);
  });
});
