import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ensemble/api/core';
import type { RoleName } from '@ensemble/api/core';
import type { PersonEntity } from '../entities/person.entity';
import type { DepartmentEntity } from '../entities/department.entity';

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
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true }) avatarUrl!: string | null;
  @Field(() => [Role]) roles!: Role[];
  // Not exposed directly: the department, manager and reports fields resolve through DataLoaders.
  departmentId!: string | null;
  managerId!: string | null;
}

export const PersonConnection = ConnectionType(Person, 'Person');

@ObjectType('DirectoryTotals')
export class DirectoryTotals {
  @Field(() => Int) people!: number;
}

const ROLE_BY_NAME: Record<RoleName, Role> = { employee: Role.EMPLOYEE, hr: Role.HR, admin: Role.ADMIN };

export function mapPerson(entity: PersonEntity): Person {
  return {
    id: entity.id,
    email: entity.email,
    givenName: entity.givenName,
    familyName: entity.familyName,
    displayName: `${entity.givenName} ${entity.familyName}`,
    title: entity.title,
    location: entity.location,
    bio: entity.bio,
    avatarUrl: entity.avatarUrl,
    roles: entity.roles.map((role) => ROLE_BY_NAME[role]),
    departmentId: entity.departmentId,
    managerId: entity.managerId,
  };
}

export function mapDepartment(entity: DepartmentEntity): Department {
  return { id: entity.id, name: entity.name, parentId: entity.parentId };
}
