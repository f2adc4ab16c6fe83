import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One colleague vouching for another's skill, at most once per skill, never for themselves. */
@Entity('endorsement')
export class EndorsementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'endorser_id' }) endorserId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'skill_id' }) skillId!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'evidence_project_id', nullable: true }) evidenceProjectId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
