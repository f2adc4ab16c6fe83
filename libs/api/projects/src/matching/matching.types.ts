import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Person } from '@ensemble/api/people';

@ObjectType({ description: "How a person stands against one of a role's required skills." })
export class RequiredSkillFit {
  @Field(() => ID) skillId!: string;
  @Field() skillName!: string;
  @Field(() => Int) minLevel!: number;
  @Field() mustHave!: boolean;
  @Field(() => Int, { nullable: true, description: 'Null when the person does not hold the skill.' }) level!: number | null;
  @Field() meetsMinimum!: boolean;
  @Field(() => Int) endorsementCount!: number;
  @Field(() => Int, { description: 'Completed projects that used the skill.' }) evidenceCount!: number;
  @Field({ description: 'Marked as interest or as a skill to grow in.' }) interested!: boolean;
}

@ObjectType({ description: 'A person suggested for a role, with the reasons (docs/project-matching.md).' })
export class RoleCandidate {
  @Field(() => Person) person!: Person;
  @Field(() => Float, { description: '0 to 100+; higher is better.' }) score!: number;
  @Field(() => Float, { description: 'Weighted share of the required skills covered, 0 to 1.3.' }) coverage!: number;
  @Field(() => Int, { nullable: true, description: 'Free hours a week after current projects; null when hidden from you.' })
  freeHours!: number | null;
  @Field(() => Int) hoursNeeded!: number;
  @Field(() => Int) activeProjects!: number;
  @Field(() => [RequiredSkillFit], { description: 'Every required skill of the role.' }) skills!: RequiredSkillFit[];
}

@ObjectType({ description: 'An open role recommended to me, with the reasons.' })
export class RoleRecommendation {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) roleId!: string;
  @Field() projectTitle!: string;
  @Field() roleTitle!: string;
  @Field(() => Int) seatsLeft!: number;
  @Field(() => Float) score!: number;
  @Field(() => Float) coverage!: number;
  @Field(() => Int, { nullable: true }) freeHours!: number | null;
  @Field(() => Int) hoursNeeded!: number;
  @Field(() => Int) activeProjects!: number;
  @Field(() => [RequiredSkillFit]) skills!: RequiredSkillFit[];
}

@ObjectType()
export class SkillCoverer {
  @Field(() => Person) person!: Person;
  @Field(() => Int) level!: number;
}

@ObjectType({ description: 'A required skill of the project and who on the team covers it.' })
export class TeamSkillCoverage {
  @Field(() => ID) skillId!: string;
  @Field() skillName!: string;
  @Field(() => Int, { description: 'The highest minimum any role asks for.' }) minLevel!: number;
  @Field() mustHave!: boolean;
  @Field() covered!: boolean;
  @Field(() => [SkillCoverer]) coveredBy!: SkillCoverer[];
}

@ObjectType()
export class TeamCoverage {
  @Field(() => Int) coveredCount!: number;
  @Field(() => Int) gapCount!: number;
  @Field(() => [TeamSkillCoverage]) skills!: TeamSkillCoverage[];
}

@ArgsType()
export class CandidatesForRoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'roleId must be a role id' })
  roleId!: string;

  @Field(() => Int, { defaultValue: 10, description: '1 to 50.' })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first = 10;
}

@ArgsType()
export class RecommendedRolesArgs {
  @Field(() => Int, { defaultValue: 10, description: '1 to 50.' })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first = 10;
}
