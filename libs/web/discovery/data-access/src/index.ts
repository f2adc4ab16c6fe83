// One file per operation (or a few closely related ones): the typed document and the hook that runs it.
export {
  SearchPeopleQuery,
  useSearchPeople,
  searchKey,
  SEARCH_PAGE_SIZE,
  type SearchEdge,
  type SearchFacets,
  type SearchInterpretation,
  type SearchView,
  type SkillMatchEvidence,
  type ProjectMatchEvidence,
} from './search-people.query';
export { SkillExpertsQuery, useSkillExperts, EXPERTS_SHOWN } from './skill-experts.query';
export { SkillNameQuery, useSkillName } from './skill-name.query';
export { useDepartmentNames } from './department-names.query';
export { MySavedSearchesQuery, useMySavedSearches, SAVED_SEARCH_CONTEXT } from './saved-searches.query';
export {
  SaveSearchMutation,
  SetSavedSearchAlertsMutation,
  DeleteSavedSearchMutation,
  useSaveSearch,
  useSetSavedSearchAlerts,
  useDeleteSavedSearch,
} from './saved-search.mutations';
export type {
  PeopleSearchInput,
  SkillRequirementInput,
  SkillExpertsQuery as SkillExpertsResult,
  SkillExpertEntryFragment as SkillExpertEntry,
  SavedSearchFieldsFragment as SavedSearch,
} from '@ensemble/web/graphql';
