// One file per operation: the typed document and the hook that runs it. Fragment files
// (person-*.fragment.ts) are read by codegen only: the client preset inlines them into each query.
export { PersonQuery, usePerson } from './person.query';
export { MyProfileQuery, useMyProfile } from './my-profile.query';
export {
  PeopleDirectoryQuery,
  usePeopleDirectory,
  usePersonSuggestions,
  PEOPLE_PAGE_SIZE,
  PERSON_SUGGESTIONS_SHOWN,
} from './people-directory.query';
export { DepartmentsQuery, useDepartments } from './departments.query';
export { SkillLevelsQuery, useSkillLevels } from './skill-levels.query';
export {
  SkillSuggestionsQuery,
  useSkillSuggestions,
  SKILL_SUGGESTIONS_SHOWN,
} from './skill-suggestions.query';
export { UpdateMyProfileMutation, useUpdateMyProfile } from './update-my-profile.mutation';
export { SetMyFieldVisibilityMutation, useSetMyFieldVisibility } from './set-my-field-visibility.mutation';
export { SetMySkillMutation, useSetMySkill } from './set-my-skill.mutation';
export { SetMySkillInterestMutation, useSetMySkillInterest } from './set-my-skill-interest.mutation';
export { RemoveMySkillMutation, useRemoveMySkill } from './remove-my-skill.mutation';
export { EndorseMutation, useEndorse } from './endorse.mutation';
export { WithdrawEndorsementMutation, useWithdrawEndorsement } from './withdraw-endorsement.mutation';
export { PROFILE_CHANGED } from './profile-cache';
export {
  AVATAR_ENDPOINT,
  AVATAR_MAX_BYTES,
  AVATAR_TYPES,
  checkAvatarFile,
  deleteAvatar,
  uploadAvatar,
  useAvatar,
  type AvatarProblem,
  type AvatarResult,
  type AvatarState,
} from './avatar';
export type {
  PersonProfileFragment as PersonProfile,
  PersonSummaryFragment as PersonSummary,
  PersonSkillDetailsFragment as PersonSkillDetails,
  MyProfileQuery as MyProfileResult,
  SkillLevelsQuery as SkillLevelsResult,
  SkillSuggestionsQuery as SkillSuggestionsResult,
  PeopleDirectoryQueryVariables,
  UpdateMyProfileInput,
  SetMySkillInput,
  FieldVisibility,
  ProfileField,
  LanguageProficiency,
} from '@ensemble/web/graphql';
