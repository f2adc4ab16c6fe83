import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Person } from '@ensemble/api/people';

@ArgsType()
export class SkillExpertsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => Int, { defaultValue: 10, description: 'How many in each list, 1 to 50.' })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first = 10;
}

@ObjectType()
export class SkillExpert {
  @Field(() => Person) person!: Person;
  @Field(() => Int) level!: number;
  @Field(() => Float, { description: 'The stored expertise (docs/discovery-ranking.md), 0 to 140.' }) expertise!: number;
  @Field(() => Int) endorsementCount!: number;
  @Field(() => Float) endorsementWeight!: number;
  @Field(() => Int) evidenceCount!: number;
  @Field(() => Int, { description: 'Endorsements received in the last 90 days.' }) recentEndorsements!: number;
}

@ObjectType({ description: "A skill's leaderboard: the company's experts and its rising experts." })
export class SkillExperts {
  @Field(() => ID) skillId!: string;
  @Field() skillName!: string;
  @Field(() => Int) holderCount!: number;
  @Field(() => [SkillExpert], { description: 'Highest expertise first.' }) experts!: SkillExpert[];
  @Field(() => [SkillExpert], {
    description: 'Most (weighted) endorsements in the last 90 days, among people not in the experts list.',
  })
  rising!: SkillExpert[];
}
