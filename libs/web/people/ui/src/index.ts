export type { PersonSummaryView } from './lib/types';
export { initials } from './lib/initials';
export { PersonAvatar, type PersonAvatarProps } from './lib/person-avatar';
export { PersonCard, personPath, type PersonCardProps } from './lib/person-card';
export { PersonHeader, type PersonHeaderProps } from './lib/person-header';
export { ManagerChain, type ManagerChainProps } from './lib/manager-chain';
export { PeopleGrid, type PeopleGridProps } from './lib/people-grid';
export { Markdown, parseBlocks, renderInline, safeHref, type MarkdownProps } from './lib/markdown';
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
export { TopicsInput, type TopicsInputProps } from './lib/topics-input';
export { SaveStatus, type SaveState, type SaveStatusProps } from './lib/save-status';
export {
  mutationErrorMessage,
  mutationErrorCode,
  fieldProblems,
  MUTATION_ERROR_MESSAGES,
  SAVE_FAILED_MESSAGE,
  OFFLINE_MESSAGE,
} from './lib/mutation-error';
export {
  VISIBILITY_OPTIONS,
  PROFICIENCY_OPTIONS,
  COMMON_LANGUAGES,
  categoryLabel,
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
export {
  SearchPicker,
  SEARCH_PICKER_DEBOUNCE_MS,
  type SearchPickerProps,
  type UseSearchSuggestions,
} from './lib/search-picker';
export {
  PersonSearchPicker,
  type PersonSearchPickerProps,
  type PersonSuggestionEntry,
  type UsePersonSuggestions,
} from './lib/person-search-picker';
export {
  SkillSearchPicker,
  SKILL_PICKER_DEBOUNCE_MS,
  type SkillSearchPickerProps,
  type SkillSuggestionEntry,
  type UseSkillSuggestions,
} from './lib/skill-search-picker';
