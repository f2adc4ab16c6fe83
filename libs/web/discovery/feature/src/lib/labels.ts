import type { ProjectMatchEvidence } from '@ensemble/web/discovery/data-access';
import { useSkillLevels } from '@ensemble/web/people/data-access';
import { formatMonth } from '@ensemble/web/ui';

export function peopleLabel(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en')} people`;
}

export function endorsementsLabel(count: number): string {
  if (count === 0) return 'no endorsements yet';
  return count === 1 ? '1 endorsement' : `${count.toLocaleString('en')} endorsements`;
}

/** Completed projects that used the skill. */
export function projectsLabel(count: number): string {
  return count === 1
    ? 'used on 1 completed project'
    : `used on ${count.toLocaleString('en')} completed projects`;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'name or title',
  skills: 'skill names',
  headline: 'headline',
  bio: 'bio',
  passions: 'passions',
  askMeAbout: '“ask me about”',
  projects: 'projects',
};

/** A matched text field in words ("askMeAbout" → "“ask me about”"). */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/**
 * What someone did in a project, before its title, in the tense of the project's status: "Led",
 * "Co-leads", "Worked on", "Joining" (a member of a project still forming).
 */
export function projectPartVerb(part: ProjectMatchEvidence['part'], status: string): string {
  const done = status === 'completed';
  if (part === 'OWNER') return done ? 'Led' : 'Leads';
  if (part === 'CO_LEAD') return done ? 'Co-led' : 'Co-leads';
  if (done) return 'Worked on';
  return status === 'forming' ? 'Joining' : 'Works on';
}

/** The project's state after its title: "completed Mar 2026" (in the browser's locale), "under way", "forming". */
export function projectStatusLabel(status: string, completedAt: string | null | undefined): string {
  if (status === 'completed') return completedAt ? `completed ${formatMonth(completedAt)}` : 'completed';
  if (status === 'active') return 'under way';
  return status;
}

const PROJECT_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  skills: 'skills needed',
  role: 'role',
};

/** A matched project field in words ("skills" → "skills needed"). */
export function projectFieldLabel(field: string): string {
  return PROJECT_FIELD_LABELS[field] ?? field;
}

/** "a, b and c". */
export function listLabel(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function hoursLabel(hours: number): string {
  return hours === 1 ? 'at least 1 hour a week free' : `at least ${hours} hours a week free`;
}

/**
 * The skill and interest levels in words, from the API (`skillLevels`, `interestLevels`); "Level 3"
 * until they have loaded.
 */
export function useLevelNames() {
  const [{ data }] = useSkillLevels();
  const levelName = (level: number): string =>
    data?.skillLevels.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
  const interestName = (interest: number): string =>
    data?.interestLevels.find((entry) => entry.interest === interest)?.name ?? `Interest ${interest}`;
  return {
    levelName,
    interestName,
    levels: data?.skillLevels.map((entry) => entry.level) ?? [1, 2, 3, 4, 5],
  };
}
