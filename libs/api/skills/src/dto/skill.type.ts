import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SkillEntity } from '../entities/skill.entity';
import type { SuggestionMatch } from '../taxonomy/autocomplete';

export enum SkillSource {
  ENSEMBLE = 'ensemble',
  ESCO = 'esco',
  ONET = 'onet',
  CUSTOM = 'custom',
}
registerEnumType(SkillSource, {
  name: 'SkillSource',
  description: "Where a skill comes from: Ensemble's starter taxonomy, ESCO, O*NET, or added by people.",
});

export enum SkillStatus {
  ACTIVE = 'active',
  RETIRED = 'retired',
  MERGED = 'merged',
}
registerEnumType(SkillStatus, {
  name: 'SkillStatus',
  description:
    'Retired skills are no longer suggested but stay on profiles; merged ones live on in another skill.',
});

export enum SkillMatch {
  EXACT = 'exact',
  PREFIX = 'prefix',
  ALIAS = 'alias',
  WORD = 'word',
  FUZZY = 'fuzzy',
}
registerEnumType(SkillMatch, {
  name: 'SkillMatch',
  description:
    'How a suggestion matched the search: whole name, start of the name, an alias, start of a word, or with one typo.',
});

@ObjectType('Skill', { description: 'Something people can be good at or passionate about.' })
export class Skill {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({
    description:
      'A functional area for starter skills (engineering, data, …); the skill type or group for imported ones.',
  })
  category!: string;
  @Field(() => SkillSource) source!: SkillSource;
  @Field(() => SkillStatus) status!: SkillStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The concept in the source classification (an ESCO URI, an O*NET key) or our key.',
  })
  externalUri!: string | null;
  @Field(() => Int, { description: 'How many people hold this skill.' }) holderCount!: number;
  // Resolved through DataLoaders by the parent, children and mergedInto fields.
  parentId!: string | null;
  mergedIntoId!: string | null;
}

@ObjectType('SkillSuggestion', { description: 'An autocomplete suggestion.' })
export class SkillSuggestion {
  @Field(() => Skill) skill!: Skill;
  @Field(() => SkillMatch) match!: SkillMatch;
  @Field(() => String, {
    nullable: true,
    description: 'The alias the search matched, when it matched one ("k8s" for Kubernetes).',
  })
  matchedAlias!: string | null;
}

const SOURCE_BY_NAME: Record<SkillEntity['source'], SkillSource> = {
  ensemble: SkillSource.ENSEMBLE,
  esco: SkillSource.ESCO,
  onet: SkillSource.ONET,
  custom: SkillSource.CUSTOM,
};
const STATUS_BY_NAME: Record<SkillEntity['status'], SkillStatus> = {
  active: SkillStatus.ACTIVE,
  retired: SkillStatus.RETIRED,
  merged: SkillStatus.MERGED,
};
const MATCH_BY_NAME: Record<SuggestionMatch, SkillMatch> = {
  exact: SkillMatch.EXACT,
  prefix: SkillMatch.PREFIX,
  alias: SkillMatch.ALIAS,
  word: SkillMatch.WORD,
  fuzzy: SkillMatch.FUZZY,
};

export function mapSkill(entity: SkillEntity): Skill {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    category: entity.category,
    source: SOURCE_BY_NAME[entity.source],
    status: STATUS_BY_NAME[entity.status],
    externalUri: entity.externalUri,
    holderCount: entity.holderCount,
    parentId: entity.parentId,
    mergedIntoId: entity.mergedIntoId,
  };
}

export function mapSkillSuggestion(suggestion: {
  skill: SkillEntity;
  match: SuggestionMatch;
  matchedAlias: string | null;
}): SkillSuggestion {
  return {
    skill: mapSkill(suggestion.skill),
    match: MATCH_BY_NAME[suggestion.match],
    matchedAlias: suggestion.matchedAlias,
  };
}
