// One file per operation: the typed document and the hook that runs it. Fragment files
// (person-*.fragment.ts) are read by codegen only: the client preset inlines them into each query.
export { PersonQuery, usePerson } from './person.query';
export { MyProfileQuery, useMyProfile } from './my-profile.query';
export { PeopleDirectoryQuery, usePeopleDirectory, PEOPLE_PAGE_SIZE } from './people-directory.query';
export { DepartmentsQuery, useDepartments } from './departments.query';
export type {
  PersonProfileFragment as PersonProfile,
  PersonSummaryFragment as PersonSummary,
  PeopleDirectoryQueryVariables,
} from '@ensemble/web/graphql';
