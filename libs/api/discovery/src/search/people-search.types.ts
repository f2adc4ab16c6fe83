import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, PageInfo } from '@ensemble/api/core';
import { Person } from '@ensemble/api/people';
import { MAX_SEARCH_PASSIONS, MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_SKILLS } from './people-search.service';

@InputType({ description: 'A skill a person must have, at a minimum level.' })
export class SkillRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId!: string;

  @Field(() => Int, { nullable: true, description: '1 to 5; default 1.' })
  @IsOptional()
  @IsInt({ message: 'minLevel must be a whole number' })
  @Min(1, { message: 'minLevel must be at least 1' })
  @Max(5, { message: 'minLevel must be at most 5' })
  minLevel?: number | null;
}

@InputType({ description: 'What to search for: free text, filters, or both (at least one).' })
export class PeopleSearchInput {
  @Field(() => String, {
    nullable: true,
    description: `Free text, at most ${MAX_SEARCH_QUERY_LENGTH} characters: names, titles, bios, skills (with aliases and one-typo misspellings), passions, the projects people worked on, and a place ("in Berlin"). It ranks: people who match part of it are found too, after those who match more of it. Skills recognised in it rank; only \`skills\` filters are required.`,
  })
  @IsOptional()
  @IsString()
  query?: string | null;

  @Field(() => [SkillRequirementInput], { nullable: true, description: `At most ${MAX_SEARCH_SKILLS}; all must match.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SEARCH_SKILLS, { message: `at most ${MAX_SEARCH_SKILLS} skills` })
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  skills?: SkillRequirementInput[] | null;

  @Field(() => [String], { nullable: true, description: `Passion topics, at most ${MAX_SEARCH_PASSIONS}; all must match.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SEARCH_PASSIONS, { message: `at most ${MAX_SEARCH_PASSIONS} passions` })
  @IsString({ each: true })
  @MaxLength(80, { each: true, message: 'a passion must be at most 80 characters' })
  passions?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 departments' })
  @IsUUID('all', { each: true, message: 'departmentIds must be department ids' })
  departmentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A place: a whole location ("Berlin, Germany") or a part of one (a city, a country, "Remote"), ignoring case and accents; only locations you may see.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'location must be at most 100 characters' })
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least this many hours a week free for projects (0 to 40).' })
  @IsOptional()
  @IsInt({ message: 'minHoursPerWeek must be a whole number' })
  @Min(0, { message: 'minHoursPerWeek must be at least 0' })
  @Max(40, { message: 'minHoursPerWeek must be at most 40' })
  minHoursPerWeek?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openToProjects?: boolean | null;
}

@ArgsType()
export class SearchPeopleArgs extends ConnectionArgs {
  @Field(() => PeopleSearchInput)
  @ValidateNested()
  @Type(() => PeopleSearchInput)
  input!: PeopleSearchInput;
}

@ObjectType({ description: 'Why a person matched a skill of the search.' })
export class SkillMatchEvidence {
  @Field(() => ID) skillId!: string;
  @Field() skillName!: string;
  @Field(() => ID, { nullable: true, description: 'The broader skill searched for, when this narrower one counted toward it.' })
  countsTowardSkillId!: string | null;
  @Field(() => String, { nullable: true }) countsTowardSkillName!: string | null;
  @Field(() => Int) level!: number;
  @Field(() => Int) endorsementCount!: number;
  @Field(() => Float, { description: "Endorsements weighted by each endorser's own level in the skill." })
  endorsementWeight!: number;
  @Field(() => Int, { description: 'Completed projects that used the skill.' }) evidenceCount!: number;
  @Field(() => Int, { description: 'Interest in the skill, 0 to 3.' }) interest!: number;
}

export enum ProjectPart {
  OWNER = 'owner',
  CO_LEAD = 'co_lead',
  MEMBER = 'member',
}
registerEnumType(ProjectPart, { name: 'ProjectPart', description: "A person's part in a project's team: its owner, a co-lead, or a member holding a seat." });

@ObjectType({ description: 'A project (under way or completed, and one you may see) through which a person matched the words or skills of the search.' })
export class ProjectMatchEvidence {
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field(() => ProjectPart) part!: ProjectPart;
  @Field(() => String, { nullable: true, description: "The title of the role whose seat they held; null for a lead without a seat." })
  roleTitle!: string | null;
  @Field({ description: 'forming, active or completed.' }) status!: string;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => [String], { description: "What matched in it: title, summary, description, skills (the skills its roles need), role (the person's role title)." })
  matchedFields!: string[];
}

@ObjectType()
export class PersonSearchResult {
  @Field(() => Person) person!: Person;
  @Field(() => Float, { description: 'Higher is better; comparable within one search only.' }) score!: number;
  @Field(() => [SkillMatchEvidence]) matchedSkills!: SkillMatchEvidence[];
  @Field(() => [String], { description: 'Fields whose text matched the words: name, skills, headline, bio, passions, askMeAbout, projects.' })
  matchedFields!: string[];
  @Field(() => [ProjectMatchEvidence], { description: 'The projects through which they matched, best first (at most three).' })
  matchedProjects!: ProjectMatchEvidence[];
  @Field(() => Float, { description: 'The share of the question they match (0 to 1): 1 when every word and skill of the text matched.' })
  coverage!: number;
}

@ObjectType()
export class PersonSearchEdge {
  @Field() cursor!: string;
  @Field(() => PersonSearchResult) node!: PersonSearchResult;
}

@ObjectType()
export class RecognisedSkill {
  @Field(() => ID) skillId!: string;
  @Field() name!: string;
  @Field({ description: 'The words of the query that named it.' }) matchedText!: string;
  @Field({ description: 'name, alias or typo.' }) via!: string;
}

@ObjectType({ description: 'How the free text was understood; each part can be removed by editing the query.' })
export class SearchInterpretation {
  @Field(() => [RecognisedSkill]) skills!: RecognisedSkill[];
  @Field(() => String, { nullable: true, description: 'The place recognised in the text: a city, a country, "Remote" or a whole location.' })
  location!: string | null;
  @Field(() => String, { nullable: true, description: 'The words of the query that named the place.' }) locationText!: string | null;
  @Field(() => [String], { description: 'Words searched as text.' }) terms!: string[];
  @Field({ description: 'The query asked for passion: interest counts in the ranking.' }) passion!: boolean;
  @Field(() => String, { nullable: true, description: 'The query with misspelt skill words corrected.' })
  didYouMean!: string | null;
}

@ObjectType()
export class DepartmentFacet {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ValueFacet {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SkillFacet {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class LevelFacet {
  @Field(() => Int) level!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts over all matches (not just this page).' })
export class SearchFacets {
  @Field(() => [DepartmentFacet]) departments!: DepartmentFacet[];
  @Field(() => [ValueFacet]) locations!: ValueFacet[];
  @Field(() => [SkillFacet], { description: 'The skills most common among the matches.' }) skills!: SkillFacet[];
  @Field(() => [LevelFacet], { description: 'Levels in the first skill searched for.' }) levels!: LevelFacet[];
}

@ObjectType()
export class PeopleSearchConnection {
  @Field(() => [PersonSearchEdge]) edges!: PersonSearchEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => SearchInterpretation) interpretation!: SearchInterpretation;
  @Field(() => SearchFacets) facets!: SearchFacets;
}
