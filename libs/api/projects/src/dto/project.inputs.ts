import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@ensemble/api/core';
import { JoinPolicy, ProjectStatus, ProjectVisibility, ProjectsView } from './project.types';
import {
  MAX_CONSENT_DAYS,
  MAX_DESCRIPTION,
  MAX_GOAL,
  MAX_GOALS,
  MAX_HOURS,
  MAX_LEVEL,
  MAX_MESSAGE,
  MAX_REMOVAL_REASON,
  MAX_ROLE_DESCRIPTION,
  MAX_ROLE_SKILLS,
  MAX_ROLES,
  MAX_SEATS,
  MAX_SUMMARY,
  MAX_TITLE,
  MIN_REMOVAL_REASON,
} from '../services/project-rules';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A skill a role requires.' })
export class RoleSkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => Int, { description: `Minimum level, 1 to ${MAX_LEVEL}.` })
  @IsInt({ message: 'minLevel must be a whole number' })
  @Min(1, { message: 'minLevel must be at least 1' })
  @Max(MAX_LEVEL, { message: `minLevel must be at most ${MAX_LEVEL}` })
  minLevel!: number;

  @Field(() => Boolean, { defaultValue: true, description: 'True: must-have; false: nice-to-have.' })
  @IsBoolean()
  mustHave = true;
}

@InputType({ description: 'A role of a project.' })
export class ProjectRoleInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_TITLE, { message: `title must be at most ${MAX_TITLE} characters` })
  title!: string;

  @Field(() => String, { nullable: true, description: `At most ${MAX_ROLE_DESCRIPTION} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ROLE_DESCRIPTION, {
    message: `description must be at most ${MAX_ROLE_DESCRIPTION} characters`,
  })
  description?: string | null;

  @Field(() => Int, { description: `1 to ${MAX_SEATS}.` })
  @IsInt({ message: 'seats must be a whole number' })
  @Min(1, { message: 'seats must be at least 1' })
  @Max(MAX_SEATS, { message: `seats must be at most ${MAX_SEATS}` })
  seats!: number;

  @Field(() => JoinPolicy, { defaultValue: JoinPolicy.OPEN })
  @IsEnum(JoinPolicy)
  joinPolicy: JoinPolicy = JoinPolicy.OPEN;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Ask each applicant’s manager (application roles only).',
  })
  @IsBoolean()
  managerConsent = false;

  @Field(() => Int, {
    nullable: true,
    description: `Days the manager has to answer, 1 to ${MAX_CONSENT_DAYS}; default 5.`,
  })
  @IsOptional()
  @IsInt({ message: 'consentDays must be a whole number' })
  @Min(1, { message: 'consentDays must be at least 1' })
  @Max(MAX_CONSENT_DAYS, { message: `consentDays must be at most ${MAX_CONSENT_DAYS}` })
  consentDays?: number | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Open roles: joining at once needs every must-have skill at its minimum level (others may apply).',
  })
  @IsBoolean()
  joinRequiresSkills!: boolean;

  @Field(() => [RoleSkillInput], { defaultValue: [], description: `At most ${MAX_ROLE_SKILLS}, each once.` })
  @IsArray()
  @ArrayMaxSize(MAX_ROLE_SKILLS, { message: `a role requires at most ${MAX_ROLE_SKILLS} skills` })
  @ValidateNested({ each: true })
  @Type(() => RoleSkillInput)
  skills: RoleSkillInput[] = [];
}

@InputType({
  description: 'Changes to a role; omitted fields keep their values, skills (when given) replace them all.',
})
export class UpdateProjectRoleInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_TITLE, { message: `title must be at most ${MAX_TITLE} characters` })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ROLE_DESCRIPTION, {
    message: `description must be at most ${MAX_ROLE_DESCRIPTION} characters`,
  })
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'seats must be a whole number' })
  @Min(1, { message: 'seats must be at least 1' })
  @Max(MAX_SEATS, { message: `seats must be at most ${MAX_SEATS}` })
  seats?: number;

  @Field(() => JoinPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(JoinPolicy)
  joinPolicy?: JoinPolicy;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  managerConsent?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'consentDays must be a whole number' })
  @Min(1, { message: 'consentDays must be at least 1' })
  @Max(MAX_CONSENT_DAYS, { message: `consentDays must be at most ${MAX_CONSENT_DAYS}` })
  consentDays?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  joinRequiresSkills?: boolean;

  @Field(() => [RoleSkillInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ROLE_SKILLS, { message: `a role requires at most ${MAX_ROLE_SKILLS} skills` })
  @ValidateNested({ each: true })
  @Type(() => RoleSkillInput)
  skills?: RoleSkillInput[];
}

@InputType({ description: 'A new project; it starts as proposed.' })
export class CreateProjectInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_TITLE, { message: `title must be at most ${MAX_TITLE} characters` })
  title!: string;

  @Field(() => String, { defaultValue: '', description: `At most ${MAX_SUMMARY} characters.` })
  @IsString()
  @MaxLength(MAX_SUMMARY, { message: `summary must be at most ${MAX_SUMMARY} characters` })
  summary = '';

  @Field(() => String, {
    defaultValue: '',
    description: `Markdown, at most ${MAX_DESCRIPTION} characters; stored as written.`,
  })
  @IsString()
  @MaxLength(MAX_DESCRIPTION, { message: `description must be at most ${MAX_DESCRIPTION} characters` })
  description = '';

  @Field(() => [String], { defaultValue: [], description: `At most ${MAX_GOALS} goals.` })
  @IsArray()
  @ArrayMaxSize(MAX_GOALS, { message: `at most ${MAX_GOALS} goals` })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'a goal must not be empty' })
  @MaxLength(MAX_GOAL, { each: true, message: `a goal must be at most ${MAX_GOAL} characters` })
  goals: string[] = [];

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(ISO_DATE, { message: 'startsOn must be a date as YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD, on or after startsOn.' })
  @Matches(ISO_DATE, { message: 'endsOn must be a date as YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => Int, { description: `1 to ${MAX_HOURS}.` })
  @IsInt({ message: 'hoursPerWeek must be a whole number' })
  @Min(1, { message: 'hoursPerWeek must be at least 1' })
  @Max(MAX_HOURS, { message: `hoursPerWeek must be at most ${MAX_HOURS}` })
  hoursPerWeek!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  remote = false;

  @Field(() => ProjectVisibility, { defaultValue: ProjectVisibility.COMPANY })
  @IsEnum(ProjectVisibility)
  visibility: ProjectVisibility = ProjectVisibility.COMPANY;

  @Field(() => [ProjectRoleInput], { defaultValue: [], description: `At most ${MAX_ROLES} roles.` })
  @IsArray()
  @ArrayMaxSize(MAX_ROLES, { message: `a project has at most ${MAX_ROLES} roles` })
  @ValidateNested({ each: true })
  @Type(() => ProjectRoleInput)
  roles: ProjectRoleInput[] = [];
}

@InputType({ description: 'Changes to a project; omitted fields keep their values.' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_TITLE, { message: `title must be at most ${MAX_TITLE} characters` })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SUMMARY, { message: `summary must be at most ${MAX_SUMMARY} characters` })
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DESCRIPTION, { message: `description must be at most ${MAX_DESCRIPTION} characters` })
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GOALS, { message: `at most ${MAX_GOALS} goals` })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'a goal must not be empty' })
  @MaxLength(MAX_GOAL, { each: true, message: `a goal must be at most ${MAX_GOAL} characters` })
  goals?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'startsOn must be a date as YYYY-MM-DD' })
  startsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'endsOn must be a date as YYYY-MM-DD' })
  endsOn?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'hoursPerWeek must be a whole number' })
  @Min(1, { message: 'hoursPerWeek must be at least 1' })
  @Max(MAX_HOURS, { message: `hoursPerWeek must be at most ${MAX_HOURS}` })
  hoursPerWeek?: number;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @Field(() => ProjectVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectVisibility)
  visibility?: ProjectVisibility;
}

@InputType({ description: 'Which projects to list; all criteria must hold.' })
export class ProjectsFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Projects with a role requiring any of these skills.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 skills' })
  @IsUUID('all', { each: true, message: 'skillIds must be skill ids' })
  skillIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most this many hours a week.' })
  @IsOptional()
  @IsInt({ message: 'maxHoursPerWeek must be a whole number' })
  @Min(1, { message: 'maxHoursPerWeek must be at least 1' })
  @Max(MAX_HOURS, { message: `maxHoursPerWeek must be at most ${MAX_HOURS}` })
  maxHoursPerWeek?: number | null;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Any of these statuses (default: all).' })
  @IsOptional()
  @IsArray()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the title, summary or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string | null;

  @Field(() => ProjectsView, {
    nullable: true,
    description: 'Which part of the marketplace (default: JOINABLE, or ALL when statuses are given).',
  })
  @IsOptional()
  @IsEnum(ProjectsView)
  view?: ProjectsView | null;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectsFilterInput)
  filter?: ProjectsFilterInput | null;
}

@ArgsType()
export class ProjectIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId!: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id issued by this API' })
  id!: string;
}

@ArgsType()
export class RoleIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'roleId must be a role id' })
  roleId!: string;
}

@ArgsType()
export class ProjectPersonArgs extends ProjectIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;
}

@ArgsType()
export class UpdateProjectArgs extends ProjectIdArgs {
  @Field(() => UpdateProjectInput)
  @ValidateNested()
  @Type(() => UpdateProjectInput)
  input!: UpdateProjectInput;
}

@ArgsType()
export class ChangeProjectStatusArgs extends ProjectIdArgs {
  @Field(() => ProjectStatus)
  @IsEnum(ProjectStatus)
  status!: ProjectStatus;
}

@ArgsType()
export class AddProjectRoleArgs extends ProjectIdArgs {
  @Field(() => ProjectRoleInput)
  @ValidateNested()
  @Type(() => ProjectRoleInput)
  input!: ProjectRoleInput;
}

@ArgsType()
export class UpdateProjectRoleArgs extends RoleIdArgs {
  @Field(() => UpdateProjectRoleInput)
  @ValidateNested()
  @Type(() => UpdateProjectRoleInput)
  input!: UpdateProjectRoleInput;
}

@ArgsType()
export class ApplyToRoleArgs extends RoleIdArgs {
  @Field(() => String, {
    nullable: true,
    description: `Why me, in at most ${MAX_MESSAGE} characters of plain text.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MESSAGE, { message: `message must be at most ${MAX_MESSAGE} characters` })
  message?: string | null;
}

@ArgsType()
export class DecideArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id issued by this API' })
  id!: string;

  @Field({ description: 'True to accept, false to decline.' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not: required when declining an application.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason?: string | null;
}

@ArgsType()
export class RemoveMemberArgs extends ProjectPersonArgs {
  @Field({
    description: `Why, in ${MIN_REMOVAL_REASON} to ${MAX_REMOVAL_REASON} characters: the member is told.`,
  })
  @IsString()
  @MaxLength(MAX_REMOVAL_REASON, { message: `reason must be at most ${MAX_REMOVAL_REASON} characters` })
  reason!: string;
}

@ArgsType()
export class DecideConsentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId!: string;

  @Field({ description: 'True to consent, false to refuse (the application is then declined).' })
  @IsBoolean()
  approve!: boolean;
}

@ArgsType()
export class InviteArgs extends RoleIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MESSAGE, { message: `message must be at most ${MAX_MESSAGE} characters` })
  message?: string | null;
}
