import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentUser,
  Roles,
  type GraphQLRequestContext,
  type NoArgs,
  type Principal,
} from '@ensemble/api/core';
import { Skill, SkillSuggestion, mapSkill, mapSkillSuggestion } from './dto/skill.type';
import { MergeSkillArgs, RenameSkillArgs, SkillArgs, SkillSearchArgs } from './dto/skills.args';
import { SkillsService } from './services/skills.service';
import { skillsLoaders } from './skills.loaders';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Query(() => [SkillSuggestion], {
    description:
      'Skill autocomplete: exact names and aliases first, then name prefixes, alias prefixes, word prefixes and one-typo matches; more holders first within each. Active skills only.',
  })
  @Authenticated()
  async skills(@Args() { search, first }: SkillSearchArgs): Promise<SkillSuggestion[]> {
    return (await this.service.autocomplete(search, first)).map(mapSkillSuggestion);
  }

  @Query(() => Skill, {
    description: 'One skill by id, whatever its status; NOT_FOUND when there is no such skill.',
  })
  @Authenticated()
  async skill(@Args() { id }: SkillArgs): Promise<Skill> {
    return mapSkill(await this.service.getById(id));
  }

  @ResolveField(() => [String], { description: 'Other names people use for this skill, alphabetically.' })
  @Authenticated()
  async aliases(skill: Skill, _args: NoArgs, context: GraphQLRequestContext): Promise<string[]> {
    const aliases = await skillsLoaders(context.loaders, this.service).aliasesBySkillId().load(skill.id);
    return aliases.map((alias) => alias.alias);
  }

  @ResolveField(() => Skill, { nullable: true, description: 'The broader skill this one belongs to.' })
  @Authenticated()
  async parent(skill: Skill, _args: NoArgs, context: GraphQLRequestContext): Promise<Skill | null> {
    if (!skill.parentId) return null;
    const parent = await skillsLoaders(context.loaders, this.service).skillById().load(skill.parentId);
    return parent ? mapSkill(parent) : null;
  }

  @ResolveField(() => [Skill], { description: 'Narrower skills (not merged ones), in name order.' })
  @Authenticated()
  async children(skill: Skill, _args: NoArgs, context: GraphQLRequestContext): Promise<Skill[]> {
    const children = await skillsLoaders(context.loaders, this.service).childrenByParentId().load(skill.id);
    return children.map(mapSkill);
  }

  @ResolveField(() => Skill, {
    nullable: true,
    description: 'For a merged skill, the skill it now lives on in.',
  })
  @Authenticated()
  async mergedInto(skill: Skill, _args: NoArgs, context: GraphQLRequestContext): Promise<Skill | null> {
    if (!skill.mergedIntoId) return null;
    const target = await skillsLoaders(context.loaders, this.service).skillById().load(skill.mergedIntoId);
    return target ? mapSkill(target) : null;
  }
}

/** Taxonomy curation, for admins. Every change is recorded in the audit trail. */
@Resolver()
export class SkillAdminResolver {
  constructor(private readonly service: SkillsService) {}

  @Mutation(() => Skill, {
    description:
      "Merges one skill into another: holders, endorsements and aliases move, the source's name becomes an alias. Returns the target.",
  })
  @Roles('admin')
  async mergeSkill(
    @CurrentUser() actor: Principal,
    @Args() { sourceId, targetId }: MergeSkillArgs,
  ): Promise<Skill> {
    return mapSkill(await this.service.mergeSkill(actor, sourceId, targetId));
  }

  @Mutation(() => Skill, { description: 'Renames a skill, keeping the old name as an alias.' })
  @Roles('admin')
  async renameSkill(@CurrentUser() actor: Principal, @Args() { id, name }: RenameSkillArgs): Promise<Skill> {
    return mapSkill(await this.service.renameSkill(actor, id, name));
  }

  @Mutation(() => Skill, {
    description: 'Retires a skill: no longer suggested, still shown on profiles that hold it.',
  })
  @Roles('admin')
  async retireSkill(@CurrentUser() actor: Principal, @Args() { id }: SkillArgs): Promise<Skill> {
    return mapSkill(await this.service.retireSkill(actor, id));
  }
}
