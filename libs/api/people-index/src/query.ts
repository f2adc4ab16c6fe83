import type { PrefixDictionary } from './text';

/*
 * What a search asks of the index, as the search service builds it (PeopleSearchService in
 * discovery), and the facets it answers with.
 */

/** A skill asked for, with the narrower skills that count toward it (weight < 1), at a minimum level. */
export interface IndexSkillGroup {
  requestedSkillId: string;
  minLevel: number;
  members: ReadonlyArray<{ skillId: string; weight: number }>;
}

/** A search as the index runs it: everything already validated and understood (PeopleSearchService). */
export interface IndexQuery {
  /** Skills a person asked for as filters: each must be held at its minimum level (or a narrower skill). */
  groups: readonly IndexSkillGroup[];
  /**
   * The free text's parts, which rank and never constrain (docs/discovery-ranking.md): skills recognised
   * in it, and words matched in the fields the viewer may see and the projects people worked on (by
   * prefix; names also by one typo). A person matching any part is found.
   */
  rankingGroups: readonly IndexSkillGroup[];
  terms: readonly string[];
  /**
   * A place: a whole location as people wrote it, or one of its parts (a city, a country, "Remote"),
   * compared without case, accents or punctuation (places.ts).
   */
  location: string | null;
  departmentIds: readonly string[] | null;
  minHoursPerWeek: number | null;
  openToProjects: boolean | null;
  /** Each passion: all its words in the passions, or an interest in one of its skills. */
  passions: ReadonlyArray<{ words: readonly string[]; skillIds: readonly string[] }>;
  /** The search asks for passion: interest in a matched skill adds to the score. */
  passion: boolean;
  /** Skill names' words (from the vocabulary): a term matching one matches the skill's holders. */
  skillWords: SkillWords;
}

/** Skill names' words with the skills whose name has each (skillWords() builds it from a vocabulary). */
export interface SkillWords {
  dictionary: PrefixDictionary;
  skillsByWord: ReadonlyMap<string, readonly string[]>;
}

/** Where a page starts: after this score and id, in (score desc, id asc) order. */
export interface Cursor {
  score: number;
  id: string;
}

export interface FacetSizes {
  /** Departments and places. */
  facet: number;
  skills: number;
  /** The top-skills facet counts the skills of this many best matches. */
  skillSample: number;
}

export interface IndexFacets {
  departments: Array<{ id: string; name: string; count: number }>;
  locations: Array<{ value: string; count: number }>;
  skills: Array<{ id: string; count: number }>;
  levels: Array<{ level: number; count: number }>;
}
