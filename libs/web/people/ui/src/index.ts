export type { PersonSummaryView } from './lib/types';
export { initials } from './lib/initials';
export { PersonAvatar, type PersonAvatarProps } from './lib/person-avatar';
export { PersonCard, personPath, type PersonCardProps } from './lib/person-card';
export { PersonHeader, type PersonHeaderProps } from './lib/person-header';
export { ManagerChain, type ManagerChainProps } from './lib/manager-chain';
export { PeopleGrid, type PeopleGridProps } from './lib/people-grid';
export {
  SkillGroups,
  SkillItem,
  groupSkillsByCategory,
  type SkillGroupsProps,
  type SkillItemProps,
  type SkillView,
  type SkillCategoryGroup,
} from './lib/skill-groups';
export { CompletenessMeter, type CompletenessMeterProps } from './lib/completeness-meter';
export {
  VISIBILITY_OPTIONS,
  PROFICIENCY_OPTIONS,
  COMMON_LANGUAGES,
  departmentPath,
  languageName,
  localTime,
  proficiencyLabel,
  projectPath,
  skillPath,
  yearsLabel,
  type FieldVisibilityValue,
  type LanguageProficiencyValue,
} from './lib/profile-labels';
