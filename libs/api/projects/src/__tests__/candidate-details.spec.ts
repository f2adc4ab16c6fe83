import { FieldVisibility, ProfileField, type FieldVisibilityMap, type Viewer } from '@ensemble/api/people';
import type { HeldSkillView, IndexedPersonView } from '@ensemble/api/people-index';
import { VisibleHours, explainFits } from '../matching/candidate-details';

const HOURS = ProfileField.HOURS_PER_WEEK_AVAILABLE;

function org(links: Record<string, string | null>, visibility: Record<string, FieldVisibility> = {}) {
  const people = new Map<string, IndexedPersonView>();
  for (const [id, managerId] of Object.entries(links)) {
    const fieldVisibility: FieldVisibilityMap = visibility[id] ? { [HOURS]: visibility[id] } : {};
    people.set(id, {
      id,
      ord: people.size,
      active: true,
      skills: new Map(),
      managerId,
      fieldVisibility,
      hoursPerWeek: 10,
    });
  }
  return people;
}

describe('VisibleHours', () => {
  // ceo ← vp ← lead ← dev, lead ← peer; vp ← other; loop1 ↔ loop2 (bad data).
  const people = org(
    {
      ceo: null,
      vp: 'ceo',
      lead: 'vp',
      dev: 'lead',
      peer: 'lead',
      other: 'vp',
      loop1: 'loop2',
      loop2: 'loop1',
      open: null,
      secret: 'lead',
      hr: null,
    },
    { open: FieldVisibility.EVERYONE, secret: FieldVisibility.ONLY_ME },
  );
  const shown = (viewer: Viewer, id: string) =>
    new VisibleHours(people, viewer).of(people.get(id) as IndexedPersonView);
  const employee = (personId: string): Viewer => ({ personId, roles: ['employee'] });

  it('shows hours to the manager chain, the direct manager and peers by default, and to nobody else', () => {
    expect(shown(employee('ceo'), 'dev')).toBe(10);
    expect(shown(employee('vp'), 'dev')).toBe(10);
    expect(shown(employee('dev'), 'lead')).toBe(10);
    expect(shown(employee('dev'), 'peer')).toBe(10);
    expect(shown(employee('dev'), 'dev')).toBe(10);
    expect(shown(employee('other'), 'dev')).toBeNull();
    expect(shown(employee('dev'), 'vp')).toBeNull();
    expect(shown(employee('dev'), 'loop1')).toBeNull();
  });

  it('follows each owner’s own choice, and HR sees what is not only for the owner', () => {
    expect(shown(employee('other'), 'open')).toBe(10);
    expect(shown(employee('lead'), 'secret')).toBeNull();
    expect(shown({ personId: 'hr', roles: ['employee', 'hr'] }, 'dev')).toBe(10);
    expect(shown({ personId: 'hr', roles: ['employee', 'hr'] }, 'secret')).toBeNull();
  });

  it('answers the same when told who has reports (the walk skipped for viewers who manage nobody)', () => {
    const managers = new Set([...people.values()].map((person) => person.managerId));
    const hasReports = (id: string) => managers.has(id);
    for (const viewer of ['ceo', 'vp', 'lead', 'dev', 'peer', 'other', 'loop1', 'open'].map(employee)) {
      for (const id of people.keys()) {
        const owner = people.get(id) as IndexedPersonView;
        expect([viewer.personId, id, new VisibleHours(people, viewer, hasReports).of(owner)]).toEqual([
          viewer.personId,
          id,
          new VisibleHours(people, viewer).of(owner),
        ]);
      }
    }
    // A viewer with reports who is not in the owner's chain still sees nothing more.
    expect(new VisibleHours(people, employee('other'), () => true).of(people.get('dev') as IndexedPersonView)).toBeNull();
  });

  it('has nothing to show for someone without hours', () => {
    const person = { ...(people.get('dev') as IndexedPersonView), hoursPerWeek: null };
    expect(new VisibleHours(people, employee('ceo')).of(person)).toBeNull();
  });
});

describe('explainFits', () => {
  it('lists every required skill, held or not, as the SQL explanation does', () => {
    const person = { id: 'p', ord: 0, active: true, skills: new Map<string, HeldSkillView>() };
    const row = (skillId: string, level: number | null, interest: number): HeldSkillView => ({
      dead: false,
      person,
      skillId,
      expertise: 0,
      level,
      interest,
      wantsToGrow: false,
      endorsementCount: 2,
      endorsementWeight: 1,
      evidenceCount: 1,
    });
    person.skills.set('go', row('go', 3, 0));
    person.skills.set('k8s', row('k8s', null, 2));
    const requirements = [
      { skillId: 'go', skillName: 'Go', minLevel: 4, mustHave: true },
      { skillId: 'k8s', skillName: 'Kubernetes', minLevel: 2, mustHave: true },
      { skillId: 'figma', skillName: 'Figma', minLevel: 2, mustHave: false },
    ];
    expect(explainFits(person, requirements)).toEqual([
      {
        skillId: 'go',
        skillName: 'Go',
        minLevel: 4,
        mustHave: true,
        level: 3,
        meetsMinimum: false,
        endorsementCount: 2,
        evidenceCount: 1,
        interested: false,
      },
      {
        skillId: 'k8s',
        skillName: 'Kubernetes',
        minLevel: 2,
        mustHave: true,
        level: null,
        meetsMinimum: false,
        endorsementCount: 2,
        evidenceCount: 1,
        interested: true,
      },
      {
        skillId: 'figma',
        skillName: 'Figma',
        minLevel: 2,
        mustHave: false,
        level: null,
        meetsMinimum: false,
        endorsementCount: 0,
        evidenceCount: 0,
        interested: false,
      },
    ]);
  });
});
