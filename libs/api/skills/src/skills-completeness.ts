import type { CheckProgress, ProfileCheck } from '@ensemble/api/people';
import type { PersonSkillRecord } from './services/person-skills.service';

/** Skills a profile needs for full credit: enough for search and project matching to see a person's range. */
export const SKILLS_FOR_FULL_CREDIT = 8;

/**
 * Skills are the heart of a profile (search, experts and project matching all run on them), so they
 * weigh more than all the descriptive fields together but a few of them (everything else weighs 100).
 */
export const SKILLS_WEIGHT = 60;

/**
 * Credit for a person's skills: each skill with a level counts fully, an interest-only skill (no level)
 * half, up to SKILLS_FOR_FULL_CREDIT. The hint says what would raise the score most.
 */
export function skillsProgress(skills: readonly Pick<PersonSkillRecord, 'level'>[]): CheckProgress {
  const withLevel = skills.filter((skill) => skill.level !== null).length;
  const withoutLevel = skills.length - withLevel;
  const credit = withLevel + withoutLevel / 2;
  const progress = Math.min(1, credit / SKILLS_FOR_FULL_CREDIT);
  if (skills.length === 0) {
    return {
      progress,
      hint: 'Add your skills with a level for each: they are how colleagues and projects find you.',
    };
  }
  if (credit >= SKILLS_FOR_FULL_CREDIT) return 1;
  if (withoutLevel > 0) {
    return {
      progress,
      hint: `Set a level on ${withoutLevel === 1 ? 'the skill' : `the ${withoutLevel} skills`} you added without one, and add more skills (${SKILLS_FOR_FULL_CREDIT} or more show your range).`,
    };
  }
  const more = SKILLS_FOR_FULL_CREDIT - withLevel;
  return {
    progress,
    hint: `Add ${more} more skill${more === 1 ? '' : 's'} with a level to show your range.`,
  };
}

/** The completeness check the skills domain registers with the people domain. */
export function skillsCheck(
  skillsOf: (
    personId: string,
    context: Parameters<ProfileCheck['progress']>[1],
  ) => Promise<readonly PersonSkillRecord[]>,
): ProfileCheck {
  return {
    id: 'skills',
    weight: SKILLS_WEIGHT,
    hint: 'Add your skills with a level for each: they are how colleagues and projects find you.',
    progress: async (person, context) => skillsProgress(await skillsOf(person.id, context)),
  };
}
