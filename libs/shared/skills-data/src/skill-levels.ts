/**
 * What the numbers on a profile mean, in words. One list, served to the web by the `skillLevels` and
 * `interestLevels` queries, so that the profile editor, the person page and any export describe a
 * level identically.
 */

export interface SkillLevelDescription {
  /** 1 (learning) to 5 (expert). */
  level: number;
  name: string;
  description: string;
}

export const MIN_SKILL_LEVEL = 1;
export const MAX_SKILL_LEVEL = 5;

export const SKILL_LEVELS: readonly SkillLevelDescription[] = [
  { level: 1, name: 'Learning', description: 'Can contribute with guidance.' },
  { level: 2, name: 'Working', description: 'Handles routine work on their own.' },
  {
    level: 3,
    name: 'Proficient',
    description: 'Handles most situations, including unusual ones, independently.',
  },
  { level: 4, name: 'Advanced', description: 'Tackles the hard problems and coaches others.' },
  { level: 5, name: 'Expert', description: 'A recognised authority: others seek their advice.' },
];

export interface InterestLevelDescription {
  /** 0 (no particular interest) to 3 (a passion). */
  interest: number;
  name: string;
  description: string;
}

export const MIN_INTEREST = 0;
export const MAX_INTEREST = 3;

export const INTEREST_LEVELS: readonly InterestLevelDescription[] = [
  { interest: 0, name: 'Neutral', description: 'No particular interest either way.' },
  { interest: 1, name: 'Curious', description: 'Enjoys it and is happy to do more of it.' },
  { interest: 2, name: 'Keen', description: 'Actively looks for work that uses it.' },
  { interest: 3, name: 'Passion', description: 'Would love to spend much of their time on it.' },
];

export function skillLevelDescription(level: number): SkillLevelDescription | null {
  return SKILL_LEVELS.find((candidate) => candidate.level === level) ?? null;
}

export function interestLevelDescription(interest: number): InterestLevelDescription | null {
  return INTEREST_LEVELS.find((candidate) => candidate.interest === interest) ?? null;
}
