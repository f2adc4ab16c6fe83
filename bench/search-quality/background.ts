/**
 * The rest of the company: people who are on none of the roster's teams (sales, finance, HR, other
 * engineering…), from the demo-company generator, so that the roster's experts are found among a
 * realistic crowd rather than among themselves. They are never relevant to a query. They carry what
 * the generator gives them: title, department, manager, place, bio and skills (with levels, interest
 * only, and wishes to grow).
 */
import { generateCompany } from '@ensemble/api/demo-data';
import { STARTER_TAXONOMY } from '@ensemble/api/skills-data';
import type { ImportedPerson } from './company-plan';

export interface BackgroundSkill {
  skill: string;
  /** Null: interest only. */
  level: number | null;
  interest: number;
  wantsToGrow: boolean;
}

export interface BackgroundPerson extends ImportedPerson {
  location: string;
  bio: string;
  skills: BackgroundSkill[];
}

export const BACKGROUND_SEED = 21;

export function backgroundPeople(count: number, seed = BACKGROUND_SEED): BackgroundPerson[] {
  if (count === 0) return [];
  const company = generateCompany({ people: count, seed });
  const departments = new Map(company.departments.map((department) => [department.id, department.name]));
  const emails = new Map(company.people.map((person) => [person.id, person.email]));
  const names = new Map(STARTER_TAXONOMY.map((skill) => [skill.key, skill.name]));
  const skills = new Map<string, BackgroundSkill[]>();
  for (const held of company.personSkills) {
    const name = names.get(held.skillKey);
    if (!name)
      throw new Error(`the demo generator gave a skill outside the starter taxonomy: ${held.skillKey}`);
    skills.set(held.personId, [
      ...(skills.get(held.personId) ?? []),
      { skill: name, level: held.level, interest: held.interest, wantsToGrow: held.wantsToGrow },
    ]);
  }
  return company.people.map((person) => ({
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    title: person.title,
    department: departments.get(person.departmentId) ?? '',
    managerEmail: person.managerId ? (emails.get(person.managerId) ?? null) : null,
    location: person.location,
    bio: person.bio,
    skills: skills.get(person.id) ?? [],
  }));
}
