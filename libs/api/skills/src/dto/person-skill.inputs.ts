import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_INTEREST, MAX_SKILL_LEVEL, MIN_INTEREST, MIN_SKILL_LEVEL } from '@ensemble/api/skills-data';
import { MAX_ENDORSEMENT_NOTE, MAX_YEARS } from '../services/person-skills.service';

@InputType({ description: 'A skill on my profile, with the level I claim.' })
export class SetMySkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => Int, { description: `${MIN_SKILL_LEVEL} (learning) to ${MAX_SKILL_LEVEL} (expert); see skillLevels.` })
  @IsInt({ message: 'level must be a whole number' })
  @Min(MIN_SKILL_LEVEL, { message: `level must be at least ${MIN_SKILL_LEVEL}` })
  @Max(MAX_SKILL_LEVEL, { message: `level must be at most ${MAX_SKILL_LEVEL}` })
  level!: number;

  @Field(() => Float, {
    nullable: true,
    description: `Years of experience, 0 to ${MAX_YEARS} (one decimal). Omit to keep, null to clear.`,
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'years must be a number with at most one decimal' })
  @Min(0, { message: 'years must be at least 0' })
  @Max(MAX_YEARS, { message: `years must be at most ${MAX_YEARS}` })
  years?: number | null;

  @Field(() => Int, { nullable: true, description: `${MIN_INTEREST} to ${MAX_INTEREST}; omit to keep (0 when new).` })
  @IsOptional()
  @IsInt({ message: 'interest must be a whole number' })
  @Min(MIN_INTEREST, { message: `interest must be at least ${MIN_INTEREST}` })
  @Max(MAX_INTEREST, { message: `interest must be at most ${MAX_INTEREST}` })
  interest?: number;

  @Field(() => Boolean, { nullable: true, description: 'Omit to keep (false when new).' })
  @IsOptional()
  @IsBoolean()
  wantsToGrow?: boolean;
}

@ArgsType()
export class SkillIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;
}

@ArgsType()
export class SetMySkillInterestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => Int, { description: `${MIN_INTEREST} (neutral) to ${MAX_INTEREST} (a passion); see interestLevels.` })
  @IsInt({ message: 'interest must be a whole number' })
  @Min(MIN_INTEREST, { message: `interest must be at least ${MIN_INTEREST}` })
  @Max(MAX_INTEREST, { message: `interest must be at most ${MAX_INTEREST}` })
  interest!: number;

  @Field(() => Boolean)
  @IsBoolean()
  wantsToGrow!: boolean;
}

@InputType({ description: 'Vouching for a colleague’s skill.' })
export class EndorseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => String, {
    nullable: true,
    description: `Up to ${MAX_ENDORSEMENT_NOTE} characters of plain text (stored as written, shown as text).`,
  })
  @IsOptional()
  @IsString()
  // The exact limit (in characters, like the database counts them) is checked by the service.
  @MaxLength(10_000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'A project you both worked on, as evidence.' })
  @IsOptional()
  @IsUUID('all', { message: 'evidenceProjectId must be a project id' })
  evidenceProjectId?: string | null;
}

@ArgsType()
export class WithdrawEndorsementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;
}

export const MAX_ENDORSEMENTS_LISTED = 50;

@ArgsType()
export class EndorsementsArgs {
  @Field(() => Int, { defaultValue: 10, description: `Newest first, 1 to ${MAX_ENDORSEMENTS_LISTED}.` })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_ENDORSEMENTS_LISTED, { message: `first must be at most ${MAX_ENDORSEMENTS_LISTED}` })
  first = 10;
}
