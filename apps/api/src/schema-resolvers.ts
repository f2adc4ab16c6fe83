import { DepartmentsResolver, PeopleResolver } from '@ensemble/api/people';

/** Every resolver of the API, for emitting the SDL offline (tools/schema/emit.ts). */
export const API_RESOLVERS = [PeopleResolver, DepartmentsResolver];
