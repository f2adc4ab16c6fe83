import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RoleName } from '@ensemble/api/core';
import type { FieldVisibilityMap, ProfileLinkValue, SpokenLanguageValue } from '../profile/profile-fields';

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
  /** Markdown source, stored and returned verbatim; never rendered to HTML by the API. */
  @Column('text', { nullable: true }) bio!: string | null;
  /** Cached `/api/avatar/<id>?v=<sha prefix>`, written with the avatar row so reads need no join. */
  @Column('text', { name: 'avatar_url', nullable: true }) avatarUrl!: string | null;
  @Column('text', { array: true }) roles!: RoleName[];
  @Column('text') status!: PersonStatus;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt!: Date | null;
  @Column('text', { nullable: true }) headline!: string | null;
  @Column('text', { name: 'time_zone', nullable: true }) timeZone!: string | null;
  @Column('jsonb', { name: 'spoken_languages', default: () => "'[]'" }) spokenLanguages!: SpokenLanguageValue[];
  @Column('jsonb', { default: () => "'[]'" }) links!: ProfileLinkValue[];
  @Column('smallint', { name: 'hours_per_week_available', nullable: true }) hoursPerWeekAvailable!: number | null;
  @Column('boolean', { name: 'open_to_projects', default: false }) openToProjects!: boolean;
  @Column('text', { array: true, default: () => "'{}'" }) passions!: string[];
  @Column('text', { name: 'ask_me_about', array: true, default: () => "'{}'" }) askMeAbout!: string[];
  /** Only the visibilities the owner chose; a missing field has its default (see profile-visibility.ts). */
  @Column('jsonb', { name: 'field_visibility', default: () => "'{}'" }) fieldVisibility!: FieldVisibilityMap;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
