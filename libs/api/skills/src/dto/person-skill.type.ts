import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  INTEREST_LEVELS,
  SKILL_LEVELS,
  interestLevelDescription,
  skillLevelDescription,
} from '@ensemble/api/skills-data';
import { Skill } from './skill.type';

@ObjectType('SkillLevel', { description: 'What a skill level means, in words.' })
export class SkillLevel {
  @Field(() => Int, { description: '1 (learning) to 5 (expert).' }) level!: number;
  @Field() name!: string;
  @Field() description!: string;
}

@ObjectType('InterestLevel', { description: 'What an interest level means, in words.' })
export class InterestLevel {
  @Field(() => Int, { description: '0 (neutral) to 3 (a passion).' }) interest!: number;
  @Field() name!: string;
  @Field() description!: string;
}

export const SKILL_LEVEL_TYPES: readonly SkillLevel[] = SKILL_LEVELS.map((level) => ({ ...level }));
export const INTEREST_LEVEL_TYPES: readonly InterestLevel[] = INTEREST_LEVELS.map((level) => ({ ...level }));

/**
 * A colleague who endorsed a skill. Name, title and picture are organisation data, visible to every
 * signed-in person (see ProfileField in @ensemble/api/people), so they come with the endorsement in the
 * same SQL statement instead of through the people domain's loaders.
 */
@ObjectType('Endorser', { description: 'Who endorsed a skill, with their own level in it.' })
export class Endorser {
  @Field(() => ID, { description: "The endorser's person id." }) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) avatarUrl!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "The endorser's own level in the skill they endorsed; null when they do not list it.",
  })
  level!: number | null;
  @Field({ description: 'When they endorsed it.' }) endorsedAt!: Date;
}

@ObjectType('Endorsement', { description: 'A colleague vouching for one of a person’s skills.' })
export class Endorsement {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The person whose skill is endorsed.' }) personId!: string;
  @Field(() => ID) skillId!: string;
  @Field(() => Endorser) endorser!: Endorser;
  @Field(() => String, {
    nullable: true,
    description: 'Up to 500 characters of plain text, stored as written: render it as text, never as HTML.',
  })
  note!: string | null;
  @Field(() => ID, { nullable: true, description: 'A project both worked on, as evidence.' })
  evidenceProjectId!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('PersonSkill', {
  description:
    'A skill on a profile: with a level (1–5) when the person claims ability, without one when it is interest only (a passion or a wish to grow).',
})
export class PersonSkill {
  @Field(() => Skill, { description: 'The skill; group by skill.category for display.' }) skill!: Skill;
  @Field(() => Int, { nullable: true, description: '1–5 (see skillLevels); null for interest only.' })
  level!: number | null;
  @Field(() => String, { nullable: true, description: 'The level in words ("Expert: …"); null for interest only.' })
  levelDescription!: string | null;
  @Field(() => Float, { nullable: true, description: 'Years of experience, 0 to 60.' }) years!: number | null;
  @Field(() => Int, { description: '0 (neutral) to 3 (a passion); see interestLevels.' }) interest!: number;
  @Field({ description: 'The interest in words.' }) interestDescription!: string;
  @Field({ description: 'Whether the person wants to grow in this skill.' }) wantsToGrow!: boolean;
  @Field(() => Int, { description: 'Endorsements from active colleagues.' }) endorsementCount!: number;
  @Field(() => [Endorser], {
    description: "Up to three endorsers, highest own level in the skill first, then earliest endorsement.",
  })
  topEndorsers!: Endorser[];
  @Field({ description: 'Whether the signed-in person endorsed this skill.' }) endorsedByViewer!: boolean;
  /** Owner of the row, for the endorsements field. */
  personId!: string;
}

export function describeLevel(level: number | null): string | null {
  if (level === null) return null;
  const described = skillLevelDescription(level);
  return described ? `${described.name}: ${described.description}` : null;
}

export function describeInterest(interest: number): string {
  const described = interestLevelDescription(interest);
  return described ? `${described.name}: ${described.description}` : '';
}
