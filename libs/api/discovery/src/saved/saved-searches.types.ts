import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PeopleSearchInput } from '../search/people-search.types';

@InputType()
export class SaveSearchInput {
  @Field({ description: '1 to 80 characters.' })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(80, { message: 'name must be at most 80 characters' })
  name!: string;

  @Field(() => PeopleSearchInput)
  @ValidateNested()
  @Type(() => PeopleSearchInput)
  search!: PeopleSearchInput;

  @Field(() => Boolean, { defaultValue: true, description: 'Notify me when someone new matches.' })
  @IsBoolean()
  alerts = true;
}

@ArgsType()
export class SavedSearchIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a saved search id' })
  id!: string;
}

@ArgsType()
export class SetSavedSearchAlertsArgs extends SavedSearchIdArgs {
  @Field(() => Boolean)
  @IsBoolean()
  alerts!: boolean;
}

@ObjectType()
export class SavedSkillRequirement {
  @Field(() => ID) skillId!: string;
  @Field(() => Int, { nullable: true }) minLevel!: number | null;
}

@ObjectType({ description: 'The criteria of a saved search, as given.' })
export class SavedSearchCriteria {
  @Field(() => String, { nullable: true }) query!: string | null;
  @Field(() => [SavedSkillRequirement]) skills!: SavedSkillRequirement[];
  @Field(() => [String]) passions!: string[];
  @Field(() => [ID]) departmentIds!: string[];
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Int, { nullable: true }) minHoursPerWeek!: number | null;
  @Field(() => Boolean, { nullable: true }) openToProjects!: boolean | null;
}

@ObjectType()
export class SavedSearch {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SavedSearchCriteria) criteria!: SavedSearchCriteria;
  @Field({ description: 'Notify me when someone new matches.' }) alerts!: boolean;
  @Field({ description: 'More than 2,000 people match: too broad to alert on until narrowed.' }) tooBroad!: boolean;
  @Field(() => Int, { description: 'People matched at the last check (at most 2,000 counted).' }) matchCount!: number;
  @Field() createdAt!: Date;
  @Field() lastCheckedAt!: Date;
}
