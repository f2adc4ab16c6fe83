export { theme, cssVariablesResolver } from './lib/theme';
export { PageTitle, APP_NAME, type PageTitleProps } from './lib/page-title';
export { LoadingState, type LoadingStateProps } from './lib/loading-state';
export { EmptyState, type EmptyStateProps } from './lib/empty-state';
export {
  ErrorState,
  errorCode,
  errorMessage,
  KNOWN_ERROR_MESSAGES,
  GENERIC_ERROR_MESSAGE,
  NETWORK_ERROR_MESSAGE,
  type ErrorStateProps,
} from './lib/error-state';
export { SkipLink } from './lib/skip-link';
export { formatDate, formatDateTime, formatMonth, formatTimeIn } from './lib/dates';
export { NotFoundPage } from './lib/not-found-page';
export { RouteErrorPage, RouteErrorBoundary, type RouteErrorBoundaryProps } from './lib/route-error-page';
export { Markdown, parseBlocks, renderInline, safeHref, type MarkdownProps } from './lib/markdown';
export { SaveStatus, type SaveState, type SaveStatusProps } from './lib/save-status';
export {
  mutationErrorMessage,
  mutationErrorCode,
  fieldProblems,
  MUTATION_ERROR_MESSAGES,
  SAVE_FAILED_MESSAGE,
  OFFLINE_MESSAGE,
} from './lib/mutation-error';
export { TopicsInput, type TopicsInputProps } from './lib/topics-input';
export { categoryLabel } from './lib/skill-category';
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
  type PickedSkill,
  type SkillSuggestionEntry,
  type UseSkillSuggestions,
} from './lib/skill-search-picker';
// Test-only helpers for the web libraries' specs (unused by the app, so tree-shaken from its bundle).
export {
  createMockClient,
  createMockClientWithMutations,
  TestProviders,
  mockViewportWidth,
  type MockMutation,
  type MockRequest,
  type MockResult,
  type MockResolver,
  type TestProvidersProps,
} from './lib/testing';
export {
  useUnsavedChangesGuard,
  UNSAVED_CHANGES_MESSAGE,
  KEEPS_CHANGES_ATTRIBUTE,
} from './lib/unsaved-changes';
export { draftKey, readDraft, writeDraft, removeDraft, clearAllDrafts } from './lib/drafts';
