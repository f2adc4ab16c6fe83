import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS } from '../taxonomy/autocomplete';

@ArgsType()
export class SkillSearchArgs {
  // Length (1–100 characters once trimmed) is checked by SkillsService, which every caller goes
  // through; this bound only keeps absurd input from reaching it.
  @Field({ description: 'What the person typed: 1 to 100 characters once trimmed.' })
  @IsString()
  @MaxLength(10_000)
  search!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_SUGGESTIONS,
    description: `How many suggestions, 1 to ${MAX_SUGGESTIONS}.`,
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_SUGGESTIONS, { message: `first must be at most ${MAX_SUGGESTIONS}` })
  first: number = DEFAULT_SUGGESTIONS;
}

@ArgsType()
export class SkillArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a skill id' })
  id!: string;
}

@ArgsType()
export class MergeSkillArgs {
  @Field(() => ID, { description: 'The skill that goes away.' })
  @IsUUID('all', { message: 'sourceId must be a skill id' })
  sourceId!: string;

  @Field(() => ID, {
    description: 'The skill that remains and receives its people, endorsements and aliases.',
  })
  @IsUUID('all', { message: 'targetId must be a skill id' })
  targetId!: string;
}

@ArgsType()
export class RenameSkillArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a skill id' })
  id!: string;

  @Field({ description: 'The new name, 1 to 200 characters; the old one stays as an alias.' })
  @IsString()
  @MaxLength(10_000)
  name!: string;
}
