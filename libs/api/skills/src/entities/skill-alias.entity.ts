import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Another name for exactly one skill ("k8s" for Kubernetes). */
@Entity('skill_alias')
export class SkillAliasEntity {
  @PrimaryColumn('text', { name: 'normalized_alias' }) normalizedAlias!: string;
  @Column('uuid', { name: 'skill_id' }) skillId!: string;
  @Column('text') alias!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
