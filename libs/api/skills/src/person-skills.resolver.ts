import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentUser,
  signedIn,
  type GraphQLRequestContext,
  type NoArgs,
  type Principal,
} from '@ensemble/api/core';
import {
  Person,
  ProfileCompletenessRegistry,
  ProfilePrefetchRegistry,
  prefetched,
  viewerOf,
} from '@ensemble/api/people';
import { mapSkill } from './dto/skill.type';
import {
  Endorsement,
  INTEREST_LEVEL_TYPES,
  InterestLevel,
  PersonSkill,
  SKILL_LEVEL_TYPES,
  SkillLevel,
  describeInterest,
  describeLevel,
} from './dto/person-skill.type';
import {
  EndorseInput,
  EndorsementsArgs,
  SetMySkillInput,
  SetMySkillInterestArgs,
  SkillIdArgs,
  WithdrawEndorsementArgs,
} from './dto/person-skill.inputs';
import {
  PersonSkillsService,
  type EndorsementRecord,
  type PersonSkillRecord,
} from './services/person-skills.service';
import { personSkillsLoaders } from './person-skills.loaders';
import { skillsCheck } from './skills-completeness';

export function mapPersonSkill(record: PersonSkillRecord): PersonSkill {
  return {
    personId: record.personId,
    skill: mapSkill(record.skill),
    level: record.level,
    levelDescription: describeLevel(record.level),
    years: record.years,
    interest: record.interest,
    interestDescription: describeInterest(record.interest),
    wantsToGrow: record.wantsToGrow,
    endorsementCount: record.endorsementCount,
    topEndorsers: record.topEndorsers,
    endorsedByViewer: record.endorsedByViewer,
  };
}

function mapEndorsement(record: EndorsementRecord): Endorsement {
  return { ...record };
}

/** Adds `skills` to the people domain's Person (an extension resolver: skills owns the data). */
@Resolver(() => Person)
@Authenticated()
export class PersonSkillsResolver implements OnModuleInit {
  constructor(
    private readonly service: PersonSkillsService,
    private readonly prefetch: ProfilePrefetchRegistry,
    private readonly completeness: ProfileCompletenessRegistry,
  ) {}

  /**
   * On a profile page, the skills statement runs beside the one that loads the page's owner; the
   * completeness check reads the same loader, so it costs no statement of its own.
   */
  onModuleInit(): void {
    this.completeness.register(
      skillsCheck((personId, context) =>
        personSkillsLoaders(context.loaders, this.service)
          .skillsByPersonId(viewerOf(context).personId)
          .load(personId),
      ),
    );
    this.prefetch.register((context, ownerId, selected) => {
      if (!selected.has('skills')) return;
      const viewerId = viewerOf(context).personId;
      prefetched(personSkillsLoaders(context.loaders, this.service).skillsByPersonId(viewerId).load(ownerId));
    });
  }

  @ResolveField(() => [PersonSkill], {
    description:
      'Skills on the profile: by category, then level (highest first; interest-only last), then name.',
  })
  async skills(person: Person, _args: NoArgs, context: GraphQLRequestContext): Promise<PersonSkill[]> {
    const viewer = signedIn(context);
    const records = await personSkillsLoaders(context.loaders, this.service)
      .skillsByPersonId(viewer.personId)
      .load(person.id);
    return records.map(mapPersonSkill);
  }
}

@Resolver(() => PersonSkill)
@Authenticated()
export class PersonSkillFieldsResolver {
  constructor(private readonly service: PersonSkillsService) {}

  @ResolveField(() => [Endorsement], { description: 'The newest endorsements of this skill.' })
  async endorsements(
    @Parent() personSkill: PersonSkill,
    @Args() { first }: EndorsementsArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<Endorsement[]> {
    const records = await personSkillsLoaders(context.loaders, this.service)
      .endorsementsByPersonSkill(first)
      .load(personSkill.personId, personSkill.skill.id);
    return records.map(mapEndorsement);
  }
}

/** The signed-in person's own skills and their endorsements of colleagues. */
@Resolver()
@Authenticated()
export class MySkillsResolver {
  constructor(private readonly service: PersonSkillsService) {}

  @Query(() => [SkillLevel], { description: 'The five skill levels, in words, lowest first.' })
  skillLevels(): readonly SkillLevel[] {
    return SKILL_LEVEL_TYPES;
  }

  @Query(() => [InterestLevel], { description: 'The four interest levels, in words, lowest first.' })
  interestLevels(): readonly InterestLevel[] {
    return INTEREST_LEVEL_TYPES;
  }

  @Mutation(() => PersonSkill, {
    description:
      'Adds a skill to my profile with a level, or updates it. SKILL_NOT_FOUND for an unknown or merged skill, SKILL_RETIRED for adding a retired one.',
  })
  async setMySkill(
    @CurrentUser() principal: Principal,
    @Args('input') input: SetMySkillInput,
  ): Promise<PersonSkill> {
    return mapPersonSkill(await this.service.setSkill(principal.personId, input));
  }

  @Mutation(() => PersonSkill, {
    nullable: true,
    description:
      'Sets my interest in a skill and whether I want to grow in it, keeping any level; a skill I do not have becomes interest only. Returns null when an interest-only skill is left with no interest (it is removed).',
  })
  async setMySkillInterest(
    @CurrentUser() principal: Principal,
    @Args() { skillId, interest, wantsToGrow }: SetMySkillInterestArgs,
  ): Promise<PersonSkill | null> {
    const record = await this.service.setInterest(principal.personId, skillId, interest, wantsToGrow);
    return record ? mapPersonSkill(record) : null;
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a skill from my profile. Its endorsements are deleted with it and do not come back if I add it again. False when I did not have it.',
  })
  removeMySkill(@CurrentUser() principal: Principal, @Args() { skillId }: SkillIdArgs): Promise<boolean> {
    return this.service.removeSkill(principal.personId, skillId);
  }

  @Mutation(() => Endorsement, {
    description:
      'Endorses a colleague’s skill (one they list with a level). Endorsing it again returns the existing endorsement. Codes: ENDORSE_SELF, SKILL_NOT_ON_PROFILE, EVIDENCE_NOT_FOUND.',
  })
  async endorse(
    @CurrentUser() principal: Principal,
    @Args('input') input: EndorseInput,
  ): Promise<Endorsement> {
    return mapEndorsement(await this.service.endorse(principal.personId, input));
  }

  @Mutation(() => Boolean, { description: 'Withdraws my endorsement; false when I had not endorsed it.' })
  withdrawEndorsement(
    @CurrentUser() principal: Principal,
    @Args() { personId, skillId }: WithdrawEndorsementArgs,
  ): Promise<boolean> {
    return this.service.withdrawEndorsement(principal.personId, personId, skillId);
  }
}
