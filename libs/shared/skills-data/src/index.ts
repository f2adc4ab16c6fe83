export {
  STARTER_TAXONOMY,
  STARTER_CATEGORIES,
  STARTER_KEY_PREFIX,
  starterSkillUri,
  type StarterCategory,
  type StarterSkill,
} from './starter-taxonomy';
export {
  SKILL_LEVELS,
  INTEREST_LEVELS,
  MIN_SKILL_LEVEL,
  MAX_SKILL_LEVEL,
  MIN_INTEREST,
  MAX_INTEREST,
  skillLevelDescription,
  interestLevelDescription,
  type SkillLevelDescription,
  type InterestLevelDescription,
} from './skill-levels';
export { singularOf, isCommonEnglishWord } from './english';
