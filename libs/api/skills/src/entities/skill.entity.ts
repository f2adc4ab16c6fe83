import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Where a skill comes from: our starter taxonomy, an imported classification, or a person. */
export type SkillSourceName = 'ensemble' | 'esco' | 'onet' | 'custom';
export type SkillStatusName = 'active' | 'retired' | 'merged';

export const SKILL_SOURCES: readonly SkillSourceName[] = ['ensemble', 'esco', 'onet', 'custom'];

@Entity('skill')
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  /** See normalizeSkillName; unique per namespace among non-merged skills. */
  @Column('text', { name: 'normalized_name' }) normalizedName!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text') category!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') source!: SkillSourceName;
  /** ESCO concept URI, `onet:…` or `ensemble:skill/<slug>`: the key imports upsert by. */
  @Column('text', { name: 'external_uri', nullable: true }) externalUri!: string | null;
  @Column('text') status!: SkillStatusName;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId!: string | null;
  /** People holding the skill, kept by triggers on person_skill. */
  @Column('int', { name: 'holder_count' }) holderCount!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
