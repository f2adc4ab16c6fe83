import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import {
  FieldVisibility,
  LanguageProficiency,
  LIMITS,
  ProfileField,
  canonicalLanguageTag,
  isHttpUrl,
  isTimeZone,
} from '../profile/profile-fields';

function Satisfies(
  name: string,
  test: (value: string) => boolean,
  options: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && test(value) },
    });
}

/** At least one visible character: a topic or label of only spaces says nothing. */
const NOT_BLANK = /\S/;

@InputType()
export class SpokenLanguageInput {
  @Field({ description: 'BCP 47 language tag, e.g. "en", "pt-BR".' })
  @IsString()
  @MaxLength(35, { message: 'language must be a language tag such as "en" or "pt-BR"' })
  @Satisfies('bcp47', (value) => canonicalLanguageTag(value) !== null, {
    message: 'language must be a language tag such as "en" or "pt-BR"',
  })
  language!: string;

  @Field(() => LanguageProficiency)
  @IsEnum(LanguageProficiency, { message: 'proficiency must be one of the listed levels' })
  proficiency!: LanguageProficiency;
}

@InputType()
export class ProfileLinkInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'a link needs a label' })
  @MaxLength(LIMITS.linkLabel, { message: `a link label must be at most ${LIMITS.linkLabel} characters` })
  label!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.linkUrl, { message: `a link URL must be at most ${LIMITS.linkUrl} characters` })
  @Satisfies('httpUrl', isHttpUrl, { message: 'a link URL must start with http:// or https://' })
  url!: string;
}

@InputType()
export class FieldVisibilityInput {
  @Field(() => ProfileField)
  @IsEnum(ProfileField, { message: 'field must be a profile field with a visibility' })
  field!: ProfileField;

  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility, {
    message: 'visibility must be EVERYONE, MANAGER_CHAIN_AND_TEAM, HR_ONLY or ONLY_ME',
  })
  visibility!: FieldVisibility;
}

/**
 * A partial update: a field left out is unchanged; null (or an empty list) clears it. Every rule has
 * a message written for the person filling in the form.
 */
@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.headline, { message: `headline must be at most ${LIMITS.headline} characters` })
  headline?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown source; stored and returned exactly as given.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bio, { message: `bio must be at most ${LIMITS.bio} characters` })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.location, { message: `location must be at most ${LIMITS.location} characters` })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone name, e.g. "Europe/Berlin".' })
  @IsOptional()
  @IsString()
  @Satisfies('timeZone', isTimeZone, {
    message: 'timeZone must be an IANA time zone name such as "Europe/Berlin"',
  })
  timeZone?: string | null;

  @Field(() => [SpokenLanguageInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.spokenLanguages, { message: `at most ${LIMITS.spokenLanguages} spoken languages` })
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageInput)
  spokenLanguages?: SpokenLanguageInput[] | null;

  @Field(() => [ProfileLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.links, { message: `at most ${LIMITS.links} links` })
  @ValidateNested({ each: true })
  @Type(() => ProfileLinkInput)
  links?: ProfileLinkInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Hours per week available for projects, 0 to 40.' })
  @IsOptional()
  @IsInt({ message: 'hoursPerWeekAvailable must be a whole number of hours' })
  @Min(0, { message: 'hoursPerWeekAvailable must be between 0 and 40' })
  @Max(LIMITS.hoursPerWeek, { message: 'hoursPerWeekAvailable must be between 0 and 40' })
  hoursPerWeekAvailable?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'openToProjects must be true or false' })
  openToProjects?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Topics you are passionate about; duplicates are merged.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.passions, { message: `at most ${LIMITS.passions} passions` })
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, message: 'a passion cannot be blank' })
  @MaxLength(LIMITS.topic, { each: true, message: `each passion must be at most ${LIMITS.topic} characters` })
  passions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Topics colleagues may ask you about; duplicates are merged.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.askMeAbout, { message: `at most ${LIMITS.askMeAbout} "ask me about" topics` })
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, message: 'an "ask me about" topic cannot be blank' })
  @MaxLength(LIMITS.topic, {
    each: true,
    message: `each "ask me about" topic must be at most ${LIMITS.topic} characters`,
  })
  askMeAbout?: string[] | null;

  @Field(() => [FieldVisibilityInput], {
    nullable: true,
    description: 'Visibilities to change; others stay as they are.',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 visibility settings at once' })
  @ValidateNested({ each: true })
  @Type(() => FieldVisibilityInput)
  visibility?: FieldVisibilityInput[] | null;
}

@ArgsType()
export class SetMyFieldVisibilityArgs {
  @Field(() => ProfileField)
  @IsEnum(ProfileField, { message: 'field must be a profile field with a visibility' })
  field!: ProfileField;

  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility, {
    message: 'visibility must be EVERYONE, MANAGER_CHAIN_AND_TEAM, HR_ONLY or ONLY_ME',
  })
  visibility!: FieldVisibility;
}
