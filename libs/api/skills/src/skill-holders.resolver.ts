import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, NotFoundError, toConnection, type GraphQLRequestContext, type NoArgs } from '@ensemble/api/core';
import { PeopleService, Person, mapPerson } from '@ensemble/api/people';
import { Skill } from './dto/skill.type';
import {
  SkillHolder,
  SkillHolderConnection,
  SkillHoldersArgs,
  SkillLevelCount,
} from './dto/skill-holders.type';
import { SkillHoldersService, holderCursor, type SkillHolderRecord } from './services/skill-holders.service';
import { skillHoldersLoaders } from './skill-holders.loaders';

/** The person field is left to SkillHolderFieldsResolver, which loads the page's people at once. */
function mapHolder(record: SkillHolderRecord): Omit<SkillHolder, 'person'> {
  return { personId: record.personId, level: record.level, endorsementCount: record.endorsementCount };
}

/** The skill page's "who has it": how many people at each level, and the holders themselves. */
@Resolver(() => Skill)
export class SkillHoldersResolver {
  constructor(private readonly service: SkillHoldersService) {}

  @ResolveField(() => [SkillLevelCount], {
    description:
      'Active people holding this skill at each level, levels 1 to 5 in order (zeros included). People who list it as interest only (no level) are not in it: see interestOnlyCount.',
  })
  @Authenticated()
  async levelDistribution(
    skill: Skill,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<SkillLevelCount[]> {
    const counts = await skillHoldersLoaders(context.loaders, this.service)
      .levelCountsBySkillId()
      .load(skill.id);
    return counts.byLevel;
  }

  @ResolveField(() => Int, {
    description:
      'Active people who list this skill as interest only (a passion or a wish to grow, no level): not holders, so in neither levelDistribution nor holders.',
  })
  @Authenticated()
  async interestOnlyCount(
    skill: Skill,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<number> {
    const counts = await skillHoldersLoaders(context.loaders, this.service)
      .levelCountsBySkillId()
      .load(skill.id);
    return counts.interestOnly;
  }

  @ResolveField(() => SkillHolderConnection, {
    description:
      'Active people who hold this skill with a level (interest-only people are not holders): highest level first, then most endorsed, then by family and given name. A merged skill has none: its holders moved to mergedInto.',
  })
  @Authenticated()
  async holders(
    @Parent() skill: Skill,
    @Args() { first, after, minLevel }: SkillHoldersArgs,
    @Context() context: GraphQLRequestContext,
  ) {
    const page = await skillHoldersLoaders(context.loaders, this.service)
      .holdersBySkillId({ first, after, minLevel })
      .load(skill.id);
    return toConnection(page.rows, first, page.totalCount, Boolean(after), holderCursor, mapHolder);
  }
}

@Resolver(() => SkillHolder)
export class SkillHolderFieldsResolver {
  constructor(
    private readonly service: SkillHoldersService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => Person, { description: 'The holder.' })
  @Authenticated()
  async person(holder: SkillHolder, _args: NoArgs, context: GraphQLRequestContext): Promise<Person> {
    const person = await skillHoldersLoaders(context.loaders, this.service)
      .holderById(this.people)
      .load(holder.personId);
    // The holders statement only returns active people; one deleted since then is gone.
    if (!person) throw new NotFoundError('Person', 'This person does not exist or was removed.');
    return mapPerson(person);
  }
}
