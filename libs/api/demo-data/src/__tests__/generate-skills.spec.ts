import { createHash } from 'node:crypto';
import { STARTER_TAXONOMY } from '@ensemble/api/skills-data';
import { generateCompany, generateSkills, randomStream, type DemoCompany } from '../index';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateSkills', () => {
  const company = generateCompany({ people: 3000, seed: 42 });
  const byId = new Map(company.people.map((person) => [person.id, person]));
  const starterKeys = new Set(STARTER_TAXONOMY.map((skill) => skill.key));
  const holdersOf = (links: DemoCompany['personSkills']) => {
    const holders = new Map<string, number>();
    for (const link of links) if (link.level !== null) holders.set(link.skillKey, (holders.get(link.skillKey) ?? 0) + 1);
    return holders;
  };

  it('leaves departments and people exactly as before skills were added (their own random streams)', () => {
    // Pinned from generateCompany before the skills step existed.
    const pinned = generateCompany({ people: 500, seed: 7 });
    expect(sha256({ seed: pinned.seed, departments: pinned.departments, people: pinned.people })).toBe(
      PINNED_500_SEED_7,
    );
  });

  it('is deterministic', () => {
    const again = generateSkills(randomStream(42, 'skills'), company);
    expect(sha256(again)).toBe(sha256({ personSkills: company.personSkills, endorsements: company.endorsements }));
    const other = generateCompany({ people: 3000, seed: 43 });
    expect(sha256(other.personSkills)).not.toBe(sha256(company.personSkills));
  });

  it('gives everyone a plausible number of distinct starter skills (about ten on average)', () => {
    const perPerson = new Map<string, Set<string>>();
    for (const link of company.personSkills) {
      expect(starterKeys.has(link.skillKey)).toBe(true);
      const set = perPerson.get(link.personId) ?? new Set<string>();
      expect(set.has(link.skillKey)).toBe(false);
      set.add(link.skillKey);
      perPerson.set(link.personId, set);
    }
    expect(perPerson.size).toBe(company.people.length);
    const average = company.personSkills.length / company.people.length;
    expect(average).toBeGreaterThan(7);
    expect(average).toBeLessThan(14);
  });

  it('has a few very common skills and a long tail of rare ones', () => {
    const holders = holdersOf(company.personSkills);
    const people = company.people.length;
    expect(holders.get('english')).toBeGreaterThan(people * 0.75);
    const engineers = company.people.filter((person) => /Engineer/.test(person.title));
    const gitHolders = new Set(company.personSkills.filter((link) => link.skillKey === 'git').map((link) => link.personId));
    expect(engineers.filter((person) => gitHolders.has(person.id)).length).toBeGreaterThan(engineers.length * 0.85);
    const counts = [...holders.values()].sort((a, b) => b - a);
    const rare = counts.filter((count) => count <= people * 0.005).length;
    expect(rare).toBeGreaterThan(holders.size / 3);
    expect(counts[0]).toBeGreaterThan(counts[Math.floor(counts.length / 2)] * 20);
  });

  it('skews levels by seniority', () => {
    const average = (pattern: RegExp) => {
      const levels = company.personSkills
        .filter((link) => link.level !== null && link.skillKey !== 'english' && pattern.test(byId.get(link.personId)?.title ?? ''))
        .map((link) => link.level as number);
      return levels.reduce((sum, level) => sum + level, 0) / levels.length;
    };
    expect(average(/^Junior /)).toBeLessThan(average(/^Senior /));
    expect(average(/^Senior /)).toBeLessThan(average(/^(Staff|Principal) /));
    for (const link of company.personSkills) {
      if (link.level !== null) expect(link.level).toBeGreaterThanOrEqual(1);
      if (link.level !== null) expect(link.level).toBeLessThanOrEqual(5);
      expect(link.interest).toBeGreaterThanOrEqual(0);
      expect(link.interest).toBeLessThanOrEqual(3);
      if (link.years !== null) expect(link.years).toBeLessThanOrEqual(60);
    }
  });

  it('records interests and wishes to grow, some without a level (never saying nothing)', () => {
    const interestOnly = company.personSkills.filter((link) => link.level === null);
    expect(interestOnly.length).toBeGreaterThan(company.people.length * 0.5);
    for (const link of interestOnly) expect(link.interest > 0 || link.wantsToGrow).toBe(true);
    expect(company.personSkills.filter((link) => link.wantsToGrow).length).toBeGreaterThan(company.people.length / 2);
  });

  it('has endorsements only by teammates or managers, of skills the person has with a level, once each', () => {
    const levelled = new Set(
      company.personSkills.filter((link) => link.level !== null).map((link) => `${link.personId}|${link.skillKey}`),
    );
    const held = new Set(company.personSkills.filter((link) => link.level !== null).map((link) => `${link.personId}|${link.skillKey}`));
    const seen = new Set<string>();
    let endorserHasIt = 0;
    for (const endorsement of company.endorsements) {
      expect(endorsement.endorserId).not.toBe(endorsement.personId);
      expect(levelled.has(`${endorsement.personId}|${endorsement.skillKey}`)).toBe(true);
      const key = `${endorsement.endorserId}|${endorsement.personId}|${endorsement.skillKey}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const person = byId.get(endorsement.personId);
      const endorser = byId.get(endorsement.endorserId);
      expect(endorser?.id === person?.managerId || endorser?.managerId === person?.managerId).toBe(true);
      if (held.has(`${endorsement.endorserId}|${endorsement.skillKey}`)) endorserHasIt += 1;
    }
    expect(company.endorsements.length).toBeGreaterThan(company.people.length);
    expect(endorserHasIt).toBeGreaterThan(company.endorsements.length / 2);
  });
});

const PINNED_500_SEED_7 = '3787e032e5d1e1d61f45f3a62182374081e38bdb65d5ba5f764997fd1505f278';
