import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@ensemble/api/core';
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL } from '@ensemble/api/skills-data';
import { Person } from '@ensemble/api/people';

const LEVEL_RANGE = `${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`;
const MIN_LEVEL_PROBLEM = `minLevel must be a whole number from ${LEVEL_RANGE}`;

@ObjectType('SkillLevelCount', { description: 'How many people hold a skill at one level.' })
export class SkillLevelCount {
  @Field(() => Int, { description: `${MIN_SKILL_LEVEL} (learning) to ${MAX_SKILL_LEVEL} (expert).` })
  level!: number;
  @Field({ description: 'The level in words ("Expert"); see skillLevels.' }) name!: string;
  @Field(() => Int, { description: 'Active people who hold the skill at exactly this level.' })
  count!: number;
}

@ObjectType('SkillHolder', {
  description:
    'Someone who holds a skill with a level: how well they know it and how many colleagues vouch for it.',
})
export class SkillHolder {
  @Field(() => Person) person!: Person;
  @Field(() => Int, { description: `${LEVEL_RANGE} (see skillLevels).` }) level!: number;
  @Field(() => Int, { description: 'Endorsements of this skill from active colleagues.' })
  endorsementCount!: number;
  /** Whose holding this is; the person field loads them through a per-request DataLoader. */
  personId!: string;
}

export const SkillHolderConnection = ConnectionType(SkillHolder, 'SkillHolder');

@ArgsType()
export class SkillHoldersArgs extends ConnectionArgs {
  @Field(() => Int, {
    defaultValue: MIN_SKILL_LEVEL,
    description: `Only holders at this level or above, ${LEVEL_RANGE}.`,
  })
  @IsInt({ message: MIN_LEVEL_PROBLEM })
  @Min(MIN_SKILL_LEVEL, { message: MIN_LEVEL_PROBLEM })
  @Max(MAX_SKILL_LEVEL, { message: MIN_LEVEL_PROBLEM })
  minLevel: number = MIN_SKILL_LEVEL;
}
