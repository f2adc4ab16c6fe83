import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';

/** node-postgres returns numeric as a string (it may not fit a double); years always does. */
const numericYears: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A skill a person holds: how well (level 1–5), how keen (interest 0–3), for how long. Level NULL is
 * interest only (a passion or a wish to grow, no claim of ability): not a holder, cannot be endorsed.
 */
@Entity('person_skill')
export class PersonSkillEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @PrimaryColumn('uuid', { name: 'skill_id' }) skillId!: string;
  @Column('smallint', { nullable: true }) level!: number | null;
  @Column('smallint') interest!: number;
  @Column('numeric', { precision: 3, scale: 1, nullable: true, transformer: numericYears }) years!:
    number | null;
  @Column('boolean', { name: 'wants_to_grow' }) wantsToGrow!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
