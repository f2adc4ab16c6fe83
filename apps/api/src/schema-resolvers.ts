import { DepartmentsResolver, PeopleResolver } from '@ensemble/api/people';
import { SkillAdminResolver, SkillsResolver } from '@ensemble/api/skills';

/**
 * Every resolver of the API, for emitting the SDL offline (tools/schema/emit.ts). The schema test
 * (schema.int-spec.ts) fails when this list and the running app disagree.
 */
export const API_RESOLVERS = [PeopleResolver, DepartmentsResolver, SkillsResolver, SkillAdminResolver];
