import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ensemble/api/core';
import type { RoleName } from '@ensemble/api/core';
import type { PersonEntity } from '../entities/person.entity';
import type { DepartmentEntity } from '../entities/department.entity';
import type { FieldVisibilityMap, ProfileLinkValue, SpokenLanguageValue } from '../profile/profile-fields';

export enum Role {
  EMPLOYEE = 'employee',
  HR = 'hr',
  ADMIN = 'admin',
}
registerEnumType(Role, { name: 'Role', description: 'What a person may do beyond being an employee.' });

@ObjectType('Department')
export class Department {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  /** Resolved by a field resolver (count of active members). */
  parentId!: string | null;
}

@ObjectType('Person', { description: 'Someone who works at the company.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field({ description: 'Given and family name, as people are addressed.' }) displayName!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'URL of the profile picture (versioned by content), or null when there is none.',
  })
  avatarUrl!: string | null;
  @Field(() => [Role]) roles!: Role[];
  // Not exposed directly: the department, manager and reports fields resolve through DataLoaders.
  departmentId!: string | null;
  managerId!: string | null;
  /**
   * The owner's profile values, unfiltered. Never a GraphQL field: the profile field resolvers expose
   * each value only through the visibility policy.
   */
  profile!: ProfileValues;
  fieldVisibility!: FieldVisibilityMap;
}

export interface ProfileValues {
  headline: string | null;
  bio: string | null;
  location: string | null;
  timeZone: string | null;
  spokenLanguages: SpokenLanguageValue[];
  links: ProfileLinkValue[];
  hoursPerWeekAvailable: number | null;
  openToProjects: boolean;
  passions: string[];
  askMeAbout: string[];
}

export const PersonConnection = ConnectionType(Person, 'Person');

@ObjectType('DirectoryTotals')
export class DirectoryTotals {
  @Field(() => Int) people!: number;
}

const ROLE_BY_NAME: Record<RoleName, Role> = { employee: Role.EMPLOYEE, hr: Role.HR, admin: Role.ADMIN };

/**
 * The columns a Person is made of: an entity, or the copy the people index keeps of each person (so
 * a search's page needs no statement of its own).
 */
export type PersonRecord = Pick<
  PersonEntity,
  'id' | 'email' | 'givenName' | 'familyName' | 'title' | 'avatarUrl' | 'roles' | 'departmentId' | 'managerId'
  | 'headline' | 'bio' | 'location' | 'timeZone' | 'spokenLanguages' | 'links' | 'hoursPerWeekAvailable'
  | 'openToProjects' | 'passions' | 'askMeAbout' | 'fieldVisibility'
>;

export function mapPerson(entity: PersonRecord): Person {
  return {
    id: entity.id,
    email: entity.email,
    givenName: entity.givenName,
    familyName: entity.familyName,
    displayName: `${entity.givenName} ${entity.familyName}`,
    title: entity.title,
    avatarUrl: entity.avatarUrl,
    roles: entity.roles.map((role) => ROLE_BY_NAME[role]),
    departmentId: entity.departmentId,
    managerId: entity.managerId,
    profile: {
      headline: entity.headline,
      bio: entity.bio,
      location: entity.location,
      timeZone: entity.timeZone,
      spokenLanguages: entity.spokenLanguages ?? [],
      links: entity.links ?? [],
      hoursPerWeekAvailable: entity.hoursPerWeekAvailable,
      openToProjects: entity.openToProjects ?? false,
      passions: entity.passions ?? [],
      askMeAbout: entity.askMeAbout ?? [],
    },
    fieldVisibility: entity.fieldVisibility ?? {},
  };
}

/** The columns a Department is made of: an entity, or the people index's copy. */
export type DepartmentRecord = Pick<DepartmentEntity, 'id' | 'name' | 'parentId'>;

export function mapDepartment(entity: DepartmentRecord): Department {
  return { id: entity.id, name: entity.name, parentId: entity.parentId };
}
