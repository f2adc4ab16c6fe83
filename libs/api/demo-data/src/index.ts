export type {
  DemoApplication,
  DemoCompany,
  DemoDay,
  DemoDepartment,
  DemoEndorsement,
  DemoPerson,
  DemoPersonSkill,
  DemoProfile,
  DemoProject,
  DemoProjectMember,
  DemoProjectRole,
  DemoProjectStatus,
  Role,
} from './model';
export { generateProjects, type ProjectDates } from './generate-projects';
export {
  generateProfiles,
  headlineFor,
  MAX_DEMO_PASSIONS,
  MAX_HEADLINE_LENGTH,
  PROFILE_SHARES,
  WORKPLACE_PASSIONS,
} from './generate-profiles';
export { DAY_MS, isoDayFrom, startOfUtcDay, timestampFrom } from './demo-day';
export { generateSkills, type DemoSkills } from './generate-skills';
export { generateCompany, MAX_PEOPLE, type GenerateCompanyOptions } from './generate-company';
export { generateDepartments, type DepartmentPlan, type DepartmentProfile } from './generate-departments';
export { generatePeople } from './generate-people';
export { DEMO_EMAIL_DOMAIN, EmailAllocator, asciiSlug } from './emails';
export {
  chance,
  pick,
  randomInt,
  randomStream,
  randomUuid,
  sfc32,
  shuffled,
  weightedPick,
  type Prng,
} from './random';
export {
  clearCompanyData,
  DatabaseNotEmptyError,
  isDatabaseEmpty,
  seedCompany,
  type SeedOptions,
  type SeedProgress,
} from './seed-company';
export { seedDemoCompanyIfEmpty, type DemoSeedSummary } from './seed-demo-company';
