import { createHash } from 'node:crypto';
import { STARTER_TAXONOMY } from '@ensemble/api/skills-data';
import {
  generateCompany,
  headlineFor,
  MAX_DEMO_PASSIONS,
  MAX_HEADLINE_LENGTH,
  randomStream,
  startOfUtcDay,
  WORKPLACE_PASSIONS,
  type DemoCompany,
} from '../index';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const TODAY = '2026-12-07';

describe('demo dates: relative to the seeding day', () => {
  const company = generateCompany({ people: 2000, seed: 42, today: TODAY });

  it('is deterministic for a seed and day, and moves with the day', () => {
    expect(sha256(generateCompany({ people: 2000, seed: 42, today: TODAY }))).toBe(sha256(company));
    // Any time of that UTC day is the same day.
    expect(sha256(generateCompany({ people: 2000, seed: 42, today: new Date('2026-12-07T23:59:00Z') }))).toBe(
      sha256(company),
    );
    const later = generateCompany({ people: 2000, seed: 42, today: '2027-06-01' });
    expect(later.today).toBe('2027-06-01');
    expect(later.projects[0].startsOn).not.toBe(company.projects[0].startsOn);
    // Only the dates move: the same projects, the same people in them, the same days from today.
    expect(later.projects.map((p) => [p.id, p.status, p.startDay, p.endDay, p.members])).toEqual(
      company.projects.map((p) => [p.id, p.status, p.startDay, p.endDay, p.members]),
    );
  });

  it('defaults to the current UTC day', () => {
    const todayNow = new Date().toISOString().slice(0, 10);
    const company = generateCompany({ people: 20, seed: 1 });
    // Around midnight the day may have turned between the two lines.
    expect([todayNow, new Date().toISOString().slice(0, 10)]).toContain(company.today);
  });

  it('rejects a day that is not one', () => {
    expect(() => generateCompany({ people: 20, seed: 1, today: '7 December' })).toThrow(RangeError);
    expect(() => generateCompany({ people: 20, seed: 1, today: new Date('nonsense') })).toThrow(RangeError);
  });

  it('gives every status dates that agree with it', () => {
    const dayOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - startOfUtcDay(TODAY)) / 86_400_000;
    for (const project of company.projects) {
      const start = dayOf(project.startsOn);
      const end = dayOf(project.endsOn);
      expect([start, end]).toEqual([project.startDay, project.endDay]);
      expect(end).toBeGreaterThanOrEqual(start);
      switch (project.status) {
        case 'completed':
          expect(end).toBeLessThan(0);
          expect(project.completedDay).toBe(end);
          break;
        case 'active':
          expect(start).toBeLessThanOrEqual(0);
          expect(end).toBeGreaterThan(0);
          break;
        case 'proposed':
        case 'forming':
        case 'cancelled':
          expect(start).toBeGreaterThan(0);
          break;
      }
      if (project.status !== 'completed') expect(project.completedDay).toBeNull();
    }
    const statuses = new Set(company.projects.map((project) => project.status));
    expect(statuses.size).toBe(5);
  });

  it('puts everything that happened on or before today, in order, and pending deadlines ahead', () => {
    for (const project of company.projects) {
      expect(project.createdDay).toBeLessThanOrEqual(0);
      if (project.startDay <= 0) expect(project.createdDay).toBeLessThan(project.startDay);
      for (const member of project.members) {
        expect(member.joinedDay).toBeLessThanOrEqual(0);
        expect(member.joinedDay).toBeGreaterThanOrEqual(project.createdDay);
      }
      for (const application of project.applications) {
        expect(application.createdDay).toBeLessThanOrEqual(0);
        expect(application.createdDay).toBeGreaterThanOrEqual(project.createdDay);
        if (application.status === 'pending') {
          expect(application.decidedDay).toBeNull();
        } else {
          expect(application.decidedDay).not.toBeNull();
          expect(application.decidedDay).toBeGreaterThanOrEqual(application.createdDay);
          expect(application.decidedDay).toBeLessThanOrEqual(0);
        }
        if (application.consentStatus === 'pending') {
          expect(application.consentDueDay).toBeGreaterThan(0);
        } else {
          expect(application.consentDueDay).toBeNull();
        }
      }
    }
    expect(company.projects.some((p) => p.applications.some((a) => a.consentStatus === 'pending'))).toBe(
      true,
    );
  });
});

describe('demo profiles: headlines, passions and availability', () => {
  const company = generateCompany({ people: 3000, seed: 42, today: TODAY });
  const byId = new Map(company.people.map((person) => [person.id, person]));
  const share = (test: (profile: DemoCompany['profiles'][number]) => boolean) =>
    company.profiles.filter(test).length / company.profiles.length;

  it('has one profile per person, in the same order', () => {
    expect(company.profiles.map((profile) => profile.personId)).toEqual(
      company.people.map((person) => person.id),
    );
  });

  it('fills them in for the documented shares of people', () => {
    // PROFILE_SHARES: 55% headlines, 50% passions, 30% open to projects (with ±5 points of chance).
    expect(share((p) => p.headline !== null)).toBeGreaterThanOrEqual(0.5);
    expect(share((p) => p.headline !== null)).toBeLessThanOrEqual(0.6);
    expect(share((p) => p.passions.length > 0)).toBeGreaterThanOrEqual(0.45);
    expect(share((p) => p.passions.length > 0)).toBeLessThanOrEqual(0.55);
    expect(share((p) => p.openToProjects)).toBeGreaterThanOrEqual(0.25);
    expect(share((p) => p.openToProjects)).toBeLessThanOrEqual(0.35);
  });

  it('gives free hours exactly to people open to projects, within what a profile accepts', () => {
    for (const profile of company.profiles) {
      if (profile.openToProjects) {
        expect(profile.hoursPerWeekAvailable).toBeGreaterThanOrEqual(1);
        expect(profile.hoursPerWeekAvailable).toBeLessThanOrEqual(40);
      } else {
        expect(profile.hoursPerWeekAvailable).toBeNull();
      }
    }
  });

  it('writes headlines from the title, the department and real skills, within the field limit', () => {
    const skillNames = STARTER_TAXONOMY.map((skill) => skill.name);
    const headlines = company.profiles.filter((profile) => profile.headline !== null);
    for (const profile of headlines) {
      const person = byId.get(profile.personId);
      expect(profile.headline?.length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
      expect(profile.headline).toContain(person?.title);
      expect(profile.headline).not.toMatch(/lorem|undefined|null| · $/i);
    }
    const withSkills = headlines.filter((profile) =>
      skillNames.some((name) => profile.headline?.includes(name)),
    );
    expect(withSkills.length / headlines.length).toBeGreaterThan(0.8);
    expect(new Set(headlines.map((profile) => profile.headline)).size).toBeGreaterThan(
      headlines.length * 0.6,
    );
  });

  it('keeps a headline within the limit however long the title and skills are', () => {
    const long = headlineFor(
      randomStream(1, 'test'),
      'Principal Site Reliability Engineer',
      'Infrastructure Platform Engineering',
      [
        'Infrastructure as code with a very long name indeed',
        'Another remarkably long skill name for testing',
        'Kubernetes',
      ],
    );
    expect(long.length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
    expect(long).toContain('Principal Site Reliability Engineer');
    expect(headlineFor(randomStream(1, 'test'), 'Head of Sales', 'Sales', [])).toBe('Head of Sales');
  });

  it('draws passions from skills people are keen on and from common workplace passions', () => {
    const skillNames = new Set(STARTER_TAXONOMY.map((skill) => skill.name));
    const workplace = new Set(WORKPLACE_PASSIONS);
    const all = company.profiles.flatMap((profile) => profile.passions);
    for (const profile of company.profiles) {
      expect(profile.passions.length).toBeLessThanOrEqual(MAX_DEMO_PASSIONS);
      const lower = profile.passions.map((passion) => passion.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }
    for (const passion of all) expect(skillNames.has(passion) || workplace.has(passion)).toBe(true);
    expect(all.some((passion) => skillNames.has(passion))).toBe(true);
    expect(all.filter((passion) => passion === 'mentoring').length).toBeGreaterThan(20);
  });

  it('names as passion only skills the person holds and is keen on', () => {
    const skillKeyByName = new Map(STARTER_TAXONOMY.map((skill) => [skill.name, skill.key]));
    const keen = new Set(
      company.personSkills
        .filter((link) => link.interest >= 2 && link.level !== null)
        .map((link) => `${link.personId}:${link.skillKey}`),
    );
    for (const profile of company.profiles) {
      for (const passion of profile.passions) {
        const key = skillKeyByName.get(passion);
        if (key && !WORKPLACE_PASSIONS.includes(passion))
          expect(keen.has(`${profile.personId}:${key}`)).toBe(true);
      }
    }
  });
});
