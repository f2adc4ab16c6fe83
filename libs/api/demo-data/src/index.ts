export type {
  DemoApplication,
  DemoCompany,
  DemoDepartment,
  DemoEndorsement,
  DemoPerson,
  DemoPersonSkill,
  DemoProject,
  DemoProjectMember,
  DemoProjectRole,
  DemoProjectStatus,
  Role,
} from './model';
export { generateProjects } from './generate-projects';
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
