import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@ensemble/api/core';

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, matched case-insensitively.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of a location, matched case-insensitively; matches only locations you may see.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string;
}

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => PeopleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleFilter)
  filter?: PeopleFilter;
}

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a person id' })
  id!: string;
}
