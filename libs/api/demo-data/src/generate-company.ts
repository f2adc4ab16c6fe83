import { startOfUtcDay } from './demo-day';
import { generateDepartments } from './generate-departments';
import { generatePeople } from './generate-people';
import { generateProfiles } from './generate-profiles';
import { generateSkills } from './generate-skills';
import { generateProjects } from './generate-projects';
import type { DemoCompany } from './model';
import { randomStream } from './random';

export interface GenerateCompanyOptions {
  /** Headcount, 1 or more. */
  people: number;
  /** The same seed (and day) always yields the same company, byte for byte. */
  seed: number;
  /**
   * The day the company is seeded (a Date, or an ISO day "2026-12-07"; its UTC calendar day counts):
   * project dates, applications and memberships are relative to it. Defaults to the current day.
   */
  today?: Date | string;
}

export const MAX_PEOPLE = 1_000_000;

/**
 * A realistic, fully deterministic demo company. Each step draws from its own random stream (see
 * randomStream), so steps added later — skills, projects, posts — leave what earlier steps generate
 * for a given seed unchanged.
 */
export function generateCompany({ people, seed, today = new Date() }: GenerateCompanyOptions): DemoCompany {
  if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) {
    throw new RangeError(`people must be a whole number from 1 to ${MAX_PEOPLE} (got ${people})`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  const day = new Date(startOfUtcDay(today)).toISOString().slice(0, 10);
  const departments = generateDepartments(randomStream(seed, 'departments'), people);
  const company = {
    seed,
    departments: departments.map((plan) => plan.department),
    people: generatePeople(randomStream(seed, 'people'), departments),
  };
  const withSkills = { ...company, ...generateSkills(randomStream(seed, 'skills'), company) };
  return {
    ...withSkills,
    today: day,
    projects: generateProjects(randomStream(seed, 'projects'), withSkills, {
      today: day,
      timeline: randomStream(seed, 'project-timeline'),
    }),
    profiles: generateProfiles(randomStream(seed, 'profiles'), withSkills),
  };
}
