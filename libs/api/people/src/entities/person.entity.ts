import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RoleName } from '@ensemble/api/core';

export type PersonStatus = 'active' | 'inactive';

@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { name: 'external_id' }) externalId!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'given_name' }) givenName!: string;
  @Column('text', { name: 'family_name' }) familyName!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('uuid', { name: 'manager_id', nullable: true }) managerId!: string | null;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('text', { nullable: true }) bio!: string | null;
  @Column('text', { name: 'avatar_url', nullable: true }) avatarUrl!: string | null;
  @Column('text', { array: true }) roles!: RoleName[];
  @Column('text') status!: PersonStatus;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
