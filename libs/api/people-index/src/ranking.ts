import type { TextFieldName } from './fields';
import type { ProjectFieldName } from './indexed-project';
import type { ProjectPartName } from './project-document';

/**
 * The ranking's constants, in one place; docs/discovery-ranking.md explains them. The per-skill
 * expertise itself is a stored column (migration 1764400000000-discovery):
 *   expertise = 20·level + 25·(1 − e^(−W/3)) + 15·(1 − e^(−P/2))
 * where W is the endorsement weight (each endorsement 0.4 + 0.12 × the endorser's own level in the
 * skill) and P the completed projects that used the skill.
 */
export const RANKING = {
  /** A skill counts fully; a narrower one (a child or grandchild) toward its broader one at this share. */
  narrowerWeight: 0.5,
  /** How many levels down the taxonomy a broader skill reaches, and how many narrower skills at most. */
  narrowerDepth: 2,
  maxNarrowerSkills: 40,
  /** Recency: a skill untouched (no update, no endorsement) for a year keeps ~90% of its weight; the floor is 85%. */
  recencyFloor: 0.85,
  recencyDays: 365,
  /** When the search asks for passion, each step of interest (0–3) in a matched skill adds this. */
  interestPoints: 6,
  /**
   * Text relevance (0–1: per term, the weight of the best visible field it matched, averaged over the
   * terms; see TEXT_MATCH below) is scaled by this: a name match is worth
   * one level of a matched skill.
   */
  textWeight: 20,
  /**
   * Free text ranks (docs/discovery-ranking.md §3): a search with words or skills recognised in its text
   * scores each person on the share of the question they match (each part weighted by how rare it is,
   * BM25's idf) and on how well they match it, adds a bonus when one project of theirs covers several
   * parts, and breaks what is left by the expertise of the skills they matched.
   */
  coverageWeight: 50,
  qualityWeight: 50,
  togetherWeight: 30,
  expertiseWeight: 0.05,
  /** A held skill with this much expertise (level 5, or level 4 with endorsements and evidence) matches fully. */
  fullExpertise: 100,
  /** A completed project's work counts fully when recent, then fades toward this share over years. */
  projectRecencyFloor: 0.8,
  projectRecencyDays: 730,
} as const;

/** How well a held skill answers a part of the question (0–1), from its points (skillPoints). */
export function skillQuality(points: number): number {
  return Math.min(1, points / RANKING.fullExpertise);
}

/** How a word of the query scores in the field it is found in (docs/discovery-ranking.md). */
export const TEXT_MATCH = {
  /** How much a word found in each field says about the person. */
  fieldWeights: { name: 1, skills: 0.8, headline: 0.6, passions: 0.5, askMeAbout: 0.5, bio: 0.3 } satisfies Record<TextFieldName | 'skills', number>,
  /** A word that only starts a word of the field counts at this share of the field's weight. */
  prefixShare: 0.8,
  /** A given or family name one typo away from the word counts at this share of the name's weight. */
  typoShare: 0.6,
  /** How much a word found in each text of a project says about its team (docs/discovery-ranking.md). */
  projectFieldWeights: { title: 1, summary: 0.7, description: 0.5, skills: 0.6, role: 0.6 } satisfies Record<ProjectFieldName, number>,
  /** A project's work says most about its owner, then its co-leads, then its members. */
  partWeights: { owner: 1, co_lead: 0.9, member: 0.7 } satisfies Record<ProjectPartName, number>,
} as const;
