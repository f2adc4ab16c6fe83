import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Person } from './person.type';

export const ORG_CHART_MAX_DEPTH = 4;
export const ORG_CHART_MAX_NODES = 500;

@ArgsType()
export class DepartmentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a department id' })
  id!: string;
}

@ArgsType()
export class OrgChartArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The person at the top of the subtree; default: everyone without a manager.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'rootId must be a person id' })
  rootId?: string;

  @Field(() => Int, {
    defaultValue: 2,
    description: `Levels below the root to include, 0 to ${ORG_CHART_MAX_DEPTH}.`,
  })
  @IsInt()
  @Min(0, { message: 'depth must be at least 0' })
  @Max(ORG_CHART_MAX_DEPTH, {
    message: `depth must be at most ${ORG_CHART_MAX_DEPTH}; expand deeper nodes with another orgChart(rootId:) call`,
  })
  depth = 2;
}

@ObjectType('OrgChartNode')
export class OrgChartNode {
  @Field(() => Person) person!: Person;
  @Field(() => Int, {
    description: 'Active direct reports, also those beyond the requested depth (for "expand" buttons).',
  })
  reportCount!: number;
  @Field(() => Int, { description: '0 for the root(s), 1 for their reports, …' }) depth!: number;
  @Field(() => ID, { nullable: true }) managerId!: string | null;
}

@ObjectType('OrgChart', {
  description: "A subtree of the organisation, breadth first: every node's manager comes before it.",
})
export class OrgChart {
  @Field(() => [OrgChartNode]) nodes!: OrgChartNode[];
  @Field({
    description: `True when the subtree had more than ${ORG_CHART_MAX_NODES} people and the deepest were left out.`,
  })
  truncated!: boolean;
}
