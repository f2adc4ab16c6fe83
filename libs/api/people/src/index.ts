export { PeopleModule } from './people.module';
export {
  PeopleService,
  type IdentityProfile,
  type DemoCandidate,
  type DirectoryQuery,
} from './services/people.service';
export { PeopleResolver, DepartmentsResolver } from './people.resolver';
export { ProfileResolver } from './profile.resolver';
export { OrgResolver } from './org.resolver';
export { ProfileVisibilityService, viewerOf } from './profile/profile-visibility.service';
export {
  ProfileCompletenessRegistry,
  scoreCompleteness,
  type ProfileCheck,
  type CheckProgress,
  type CompletenessResult,
} from './profile/profile-completeness';
export { ProfilePrefetchRegistry, prefetched, type ProfilePrefetcher } from './profile/profile-prefetch';
export {
  FieldVisibility,
  ProfileField,
  DEFAULT_VISIBILITY,
  visibilityOf,
  type FieldVisibilityMap,
} from './profile/profile-fields';
export {
  canSee,
  isPrivileged,
  needsRelationship,
  visibleToViewerSql,
  visibleToViewerParams,
  type Viewer,
  type Relationship,
  type ProfileOwner,
} from './profile/profile-visibility';
export { Person, mapPerson, type DepartmentRecord, type PersonRecord } from './dto/person.type';
export { peopleLoaders } from './people.loaders';
export * from './hr-import';
