export { PeopleModule } from './people.module';
export { PeopleService, type IdentityProfile, type DemoCandidate, type DirectoryQuery } from './services/people.service';
export { PeopleResolver, DepartmentsResolver } from './people.resolver';
