import type { HeldSkillView, PersonSkillsView } from '@ensemble/api/people-index';
import {
  shortlistByCoverage,
  skillFit,
  type Requirement,
  type ShortlistEntry,
} from '../matching/coverage-shortlist';

type Prng = () => number;

/** xorshift32: a tiny seeded generator, so that every run draws the same companies. */
function seeded(seed: number): Prng {
  let state = seed | 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

interface FakePerson extends PersonSkillsView {
  active: boolean;
  skills: Map<string, FakeHolder>;
}
interface FakeHolder extends HeldSkillView {
  dead: boolean;
  interest: number;
  level: number | null;
}

/** A company in the people index's shape: holders per skill (dead rows included), skewed popularity. */
function company(random: Prng, people: number, skills: number) {
  const holders = new Map<string, FakeHolder[]>();
  const persons: FakePerson[] = [];
  for (let p = 0; p < people; p++) {
    const person: FakePerson = {
      id: `p${String(p).padStart(4, '0')}`,
      ord: p,
      active: random() > 0.05,
      skills: new Map(),
    };
    persons.push(person);
    for (let s = 0; s < skills; s++) {
      // Skill 0 is held by most people, the last ones by few.
      if (random() > 0.8 / (1 + s)) continue;
      const skillId = `s${s}`;
      const list = holders.get(skillId) ?? [];
      holders.set(skillId, list);
      const row = (): FakeHolder => ({
        dead: false,
        person,
        skillId,
        expertise: 0,
        level: random() < 0.1 ? null : 1 + Math.floor(random() * 5),
        interest: random() < 0.3 ? 1 + Math.floor(random() * 3) : 0,
        wantsToGrow: random() < 0.2,
        endorsementCount: 0,
        // Mostly none, so that many people tie exactly.
        endorsementWeight: random() < 0.25 ? Math.round(random() * 400) / 100 : 0,
        evidenceCount: random() < 0.05 ? 1 : 0,
      });
      if (random() < 0.1) list.push({ ...row(), dead: true });
      const live = row();
      if (live.level === null && live.interest === 0 && !live.wantsToGrow) live.interest = 1;
      list.push(live);
      person.skills.set(skillId, live);
    }
  }
  const skillVersions = new Map([...holders.keys()].map((skillId) => [skillId, 1]));
  const source = {
    people: new Map(persons.map((person) => [person.id, person])),
    byOrd: persons,
    holders,
    skillVersions,
  };
  return { source, holders, persons };
}

/** Every candidate scored, sorted, cut: what the SQL aggregation computes. */
function bruteForce(
  persons: readonly FakePerson[],
  requirements: readonly Requirement[],
  excluded: ReadonlySet<string>,
  size: number,
): ShortlistEntry[] {
  const weight = (r: Requirement) => (r.mustHave ? 1 : 0.5);
  const total = requirements.reduce((sum, r) => sum + weight(r), 0);
  const entries: ShortlistEntry[] = [];
  for (const person of persons) {
    if (!person.active || excluded.has(person.id)) continue;
    let sum = 0;
    let interested = 0;
    let holds = false;
    for (const requirement of requirements) {
      const held = person.skills.get(requirement.skillId);
      if (!held) continue;
      holds = true;
      sum += weight(requirement) * skillFit(held, requirement);
      if (held.interest > 0 || held.wantsToGrow) interested += 1;
    }
    if (holds) entries.push({ personId: person.id, coverage: sum / total, interested });
  }
  entries.sort(
    (a, b) => b.coverage - a.coverage || b.interested - a.interested || (a.personId < b.personId ? -1 : 1),
  );
  return entries.slice(0, size);
}

describe('shortlistByCoverage', () => {
  it('finds exactly the people the full aggregation finds, in the same order', () => {
    const random = seeded(11);
    for (let round = 0; round < 40; round++) {
      const { source, holders, persons } = company(random, 300 + Math.floor(random() * 500), 8);
      const skillIds = [...holders.keys()];
      const requirements: Requirement[] = skillIds
        .filter(() => random() < 0.6)
        .slice(0, 5)
        .map((skillId, i) => ({
          skillId,
          minLevel: 1 + Math.floor(random() * 5),
          mustHave: i === 0 || random() < 0.6,
        }));
      if (!requirements.length) continue;
      const excluded = new Set(persons.filter(() => random() < 0.03).map((person) => person.id));
      for (const size of [1, 7, 50, 200]) {
        const expected = bruteForce(persons, requirements, excluded, size);
        expect(shortlistByCoverage(source, requirements, excluded, size)).toEqual(expected);
      }
    }
  });

  it('follows changes to the holders of a skill (its version moves), and only then', () => {
    const { source, persons } = company(seeded(3), 200, 4);
    const requirements: Requirement[] = [{ skillId: 's3', minLevel: 3, mustHave: true }];
    const before = shortlistByCoverage(source, requirements, new Set(), 5);
    const [best] = before;
    const row = persons.find((person) => person.id === best?.personId)?.skills.get('s3') as FakeHolder;
    row.level = 1;
    // Unchanged version: the cached columns still answer (the index bumps it on every change).
    expect(shortlistByCoverage(source, requirements, new Set(), 5)).toEqual(before);
    source.skillVersions.set('s3', 2);
    const after = shortlistByCoverage(source, requirements, new Set(), 5);
    expect(after).toEqual(bruteForce(persons, requirements, new Set(), 5));
    expect(after).not.toEqual(before);
  });

  it('scores a fit as the SQL does: the minimum met, below it in proportion, plus endorsements and evidence', () => {
    const requirement = { skillId: 's', minLevel: 4, mustHave: true };
    const person: PersonSkillsView = { id: 'p', ord: 0, active: true, skills: new Map() };
    const held = (level: number | null, endorsementWeight = 0, evidenceCount = 0): HeldSkillView => ({
      dead: false,
      person,
      skillId: 's',
      expertise: 0,
      level,
      interest: 0,
      wantsToGrow: false,
      endorsementCount: 0,
      endorsementWeight,
      evidenceCount,
    });
    expect(skillFit(held(5), requirement)).toBe(1);
    expect(skillFit(held(2), requirement)).toBe(0.25);
    expect(skillFit(held(null, 3, 1), requirement)).toBe(0);
    expect(skillFit(held(4, 3, 1), requirement)).toBeCloseTo(1 + 0.2 * (1 - Math.exp(-1)) + 0.1, 12);
  });

  it('leaves nobody out for a role without skills or an empty shortlist, and nobody in', () => {
    const empty = { people: new Map(), byOrd: [], holders: new Map(), skillVersions: new Map() };
    expect(shortlistByCoverage(empty, [], new Set(), 10)).toEqual([]);
    expect(
      shortlistByCoverage(empty, [{ skillId: 'x', minLevel: 1, mustHave: true }], new Set(), 10),
    ).toEqual([]);
  });
});
