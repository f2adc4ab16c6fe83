import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OperationWarmups, decodeCursor, encodeCursor } from '@ensemble/api/core';
import type { DepartmentRecord, PersonRecord, Relationship, Viewer } from '@ensemble/api/people';
import { interpretQuery, type QueryInterpretation } from '../query/interpret';
import { SkillDictionary } from '../query/skill-dictionary.service';
import type { Vocabulary } from '../query/vocabulary';
import {
  IndexSearch,
  PeopleIndexService,
  RANKED_SIZES,
  RANKING,
  matchedFieldNames,
  skillWords,
  textWords,
  type Cursor,
  type HeldSkillView,
  type IndexHit,
  type IndexQuery,
  type IndexSkillGroup,
  type MatchedField,
  type ProjectPartName,
  type SkillWords,
} from '@ensemble/api/people-index';
import { EmptySearchError, SearchQueryTooLongError, SearchSkillNotFoundError } from './search.errors';

export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_SEARCH_SKILLS = 10;
export const MAX_SEARCH_PASSIONS = 5;
const FACET_SIZE = 12;
const TOP_SKILLS_FACET_SIZE = 10;
/**
 * The top-skills facet reads the skills of the best this-many matches, not of all: for a search
 * matching 85,000 people, counting their 850,000 skills would cost more than the rest of the search.
 * The other facets count every match.
 */
export const TOP_SKILLS_SAMPLE = 500;
const FACET_SIZES = { facet: FACET_SIZE, skills: TOP_SKILLS_FACET_SIZE, skillSample: TOP_SKILLS_SAMPLE };
// Cached rankings count their top skills once, for every search; they must agree.
if (RANKED_SIZES.skills !== TOP_SKILLS_FACET_SIZE || RANKED_SIZES.skillSample !== TOP_SKILLS_SAMPLE) throw new Error('facet sizes disagree');

export interface PeopleSearchRequest {
  query?: string | null;
  skills?: ReadonlyArray<{ skillId: string; minLevel?: number | null }> | null;
  passions?: readonly string[] | null;
  departmentIds?: readonly string[] | null;
  location?: string | null;
  minHoursPerWeek?: number | null;
  openToProjects?: boolean | null;
  first: number;
  after?: string | null;
}

export interface SkillEvidence {
  skillId: string;
  skillName: string;
  /** The skill the search asked for, when this one matched as a narrower skill of it. */
  countsTowardSkillId: string | null;
  countsTowardSkillName: string | null;
  level: number;
  endorsementCount: number;
  endorsementWeight: number;
  evidenceCount: number;
  interest: number;
}

export interface PeopleSearchHit {
  /** The person as the index holds them, current as of this search (no statement of its own). */
  person: PersonRecord;
  /** For the page's fields (department, private fields): from the index too. */
  department: DepartmentRecord | null;
  relationship: Relationship;
  score: number;
  cursor: string;
  skills: SkillEvidence[];
  /** Fields whose text matched the words of the query (only fields the viewer may see). */
  textFields: string[];
  /** The projects (visible to the viewer) through which they matched, best first. */
  projects: ProjectEvidence[];
  /** The share of the text's parts they match, weighted by rarity (1 without text). */
  coverage: number;
}

export interface ProjectEvidence {
  projectId: string;
  title: string;
  part: ProjectPartName;
  roleTitle: string | null;
  status: string;
  completedAt: Date | null;
  matchedFields: string[];
}

export interface PeopleSearchResult {
  interpretation: QueryInterpretation;
  hits: PeopleSearchHit[];
  hasNextPage: boolean;
  totalCount: number;
  facets: {
    departments: Array<{ id: string; name: string; count: number }>;
    locations: Array<{ value: string; count: number }>;
    skills: Array<{ id: string; name: string; count: number }>;
    levels: Array<{ level: number; count: number }>;
  };
}

/**
 * People search: query understanding in memory on the cached vocabulary, then matching, ranking,
 * paging and facets on this replica's people index (docs/adr/0007), brought up to date with every
 * committed change before it answers. Every private field goes through the profile's own policy
 * (`canSee`); docs/discovery-ranking.md explains the ranking.
 */
@Injectable()
export class PeopleSearchService implements OnModuleInit {
  constructor(
    private readonly peopleIndex: PeopleIndexService,
    private readonly dictionary: SkillDictionary,
    private readonly warmups: OperationWarmups,
  ) {}

  onModuleInit(): void {
    // A search's catch-up read starts beside the session lookup (both are needed, neither waits for the other).
    this.warmups.register('searchPeople', () => this.peopleIndex.warm());
  }

  async search(viewer: Viewer, request: PeopleSearchRequest): Promise<PeopleSearchResult> {
    const { vocabulary, interpretation, query } = await this.understand(request);
    const search = new IndexSearch(await this.peopleIndex.currentForRequest(), viewer, query);
    let after: Cursor | null = null;
    if (request.after) {
      const [score, id] = decodeCursor(request.after, 2) as [number, string];
      after = { score: Number(score), id: String(id) };
    }
    const { page, total, facets } = search.answer(request.first, after, FACET_SIZES);
    return {
      interpretation,
      // Every person a search finds is active, so the index holds their row.
      hits: page.slice(0, request.first).flatMap((hit) => {
        const person = hit.person.record;
        if (!person) return [];
        return [{
          person,
          ...search.pageFacts(hit.person),
          score: hit.score,
          cursor: encodeCursor([hit.score, person.id]),
          skills: search.evidence(hit.person).map(({ held, requestedSkillId }) => toEvidence(held, requestedSkillId, vocabulary)),
          textFields: matchedFields(hit),
          projects: search.matchedProjects(hit.person).map(({ project, part, roleTitle, fields }) => ({
            projectId: project.id,
            title: project.doc.title,
            part,
            roleTitle,
            status: project.doc.status,
            completedAt: project.doc.completedAt === null ? null : new Date(project.doc.completedAt),
            matchedFields: fields,
          })),
          coverage: search.coverage(hit.person),
        }];
      }),
      hasNextPage: page.length > request.first,
      totalCount: total,
      facets: {
        departments: facets.departments,
        locations: facets.locations,
        levels: facets.levels,
        skills: facets.skills.flatMap(({ id, count }) => {
          const skill = vocabulary.skills.get(id);
          return skill ? [{ id, name: skill.name, count }] : [];
        }),
      },
    };
  }

  /** Everyone the search matches for this viewer, best first, at most `limit` (saved-search alerts). */
  async matchingIds(viewer: Viewer, request: Omit<PeopleSearchRequest, 'first' | 'after'>, limit: number): Promise<string[]> {
    const { query } = await this.understand({ ...request, first: limit });
    const search = new IndexSearch(await this.peopleIndex.current(), viewer, query);
    return search.bestIds(limit);
  }

  /** Validation and query understanding: what the index runs. */
  private async understand(request: PeopleSearchRequest): Promise<{ vocabulary: Vocabulary; interpretation: QueryInterpretation; query: IndexQuery }> {
    const text = (request.query ?? '').trim();
    if (text.length > MAX_SEARCH_QUERY_LENGTH) throw new SearchQueryTooLongError(MAX_SEARCH_QUERY_LENGTH);
    const vocabulary = await this.dictionary.vocabulary();
    const interpretation = interpretQuery(text, vocabulary);

    const unknown = (request.skills ?? []).map((s) => s.skillId).filter((id) => !vocabulary.skills.has(id));
    if (unknown.length) throw new SearchSkillNotFoundError(unknown);

    const { groups, rankingGroups } = skillGroups(request, interpretation, vocabulary);
    const location = (request.location ?? '').trim() || interpretation.location?.value || null;
    const passionTexts = (request.passions ?? []).map((p) => p.trim()).filter(Boolean);
    const terms = [...new Set(interpretation.terms.flatMap((term) => textWords(term)))];
    const departmentIds = request.departmentIds?.length ? [...request.departmentIds] : null;
    const hasFilter =
      groups.length > 0 ||
      rankingGroups.length > 0 ||
      terms.length > 0 ||
      passionTexts.length > 0 ||
      location !== null ||
      departmentIds !== null ||
      request.minHoursPerWeek != null ||
      request.openToProjects != null;
    if (!hasFilter) throw new EmptySearchError();
    return {
      vocabulary,
      interpretation,
      query: {
        groups,
        rankingGroups,
        terms,
        location,
        departmentIds,
        minHoursPerWeek: request.minHoursPerWeek ?? null,
        openToProjects: request.openToProjects ?? null,
        passions: passionTexts.map((passion) => ({
          words: textWords(passion).slice(0, 5),
          skillIds: interpretQuery(passion, vocabulary).skills.map((s) => s.skillId),
        })),
        passion: interpretation.passion || passionTexts.length > 0,
        skillWords: skillWordsOf(vocabulary),
      },
    };
  }
}

/** The order in which matched fields are listed. */
const FIELD_ORDER: readonly MatchedField[] = ['name', 'skills', 'projects', 'headline', 'bio', 'passions', 'askMeAbout'];

function matchedFields(hit: IndexHit): string[] {
  const names = matchedFieldNames(hit.fields);
  return FIELD_ORDER.filter((name) => names.includes(name));
}

const skillWordsCache = new WeakMap<Vocabulary, SkillWords>();

/** The words of every skill's name, for matching free-text words against the skills people hold. */
function skillWordsOf(vocabulary: Vocabulary): SkillWords {
  let found = skillWordsCache.get(vocabulary);
  if (!found) skillWordsCache.set(vocabulary, (found = skillWords(vocabulary.skills.values())));
  return found;
}

function toEvidence(held: HeldSkillView, requested: string, vocabulary: Vocabulary): SkillEvidence {
  const narrower = held.skillId !== requested;
  return {
    skillId: held.skillId,
    skillName: vocabulary.skills.get(held.skillId)?.name ?? '',
    countsTowardSkillId: narrower ? requested : null,
    countsTowardSkillName: narrower ? (vocabulary.skills.get(requested)?.name ?? null) : null,
    level: held.level as number,
    endorsementCount: held.endorsementCount,
    endorsementWeight: Math.round(held.endorsementWeight * 100) / 100,
    evidenceCount: held.evidenceCount,
    interest: held.interest,
  };
}

/**
 * Structured skill filters (with their minimum level), which constrain, and the skills recognised in
 * the text, which rank (docs/discovery-ranking.md §2); a skill both filtered and named is a filter.
 */
function skillGroups(
  request: PeopleSearchRequest,
  interpretation: QueryInterpretation,
  vocabulary: Vocabulary,
): { groups: IndexSkillGroup[]; rankingGroups: IndexSkillGroup[] } {
  const requested = new Map<string, number>();
  for (const { skillId, minLevel } of request.skills ?? []) requested.set(skillId, Math.max(requested.get(skillId) ?? 1, minLevel ?? 1));
  const recognised = [...new Set(interpretation.skills.map((s) => s.skillId))].filter((skillId) => !requested.has(skillId));
  const group = (skillId: string, minLevel: number): IndexSkillGroup => ({
    requestedSkillId: skillId,
    minLevel,
    members: [{ skillId, weight: 1 }, ...narrowerSkills(skillId, vocabulary).map((id) => ({ skillId: id, weight: RANKING.narrowerWeight }))],
  });
  return {
    groups: [...requested].map(([skillId, minLevel]) => group(skillId, minLevel)),
    rankingGroups: recognised.map((skillId) => group(skillId, 1)),
  };
}

function narrowerSkills(skillId: string, vocabulary: Vocabulary): string[] {
  const found: string[] = [];
  let frontier = [skillId];
  for (let depth = 0; depth < RANKING.narrowerDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const child of vocabulary.children.get(id) ?? []) {
        if (found.length >= RANKING.maxNarrowerSkills) return found;
        if (child !== skillId && !found.includes(child)) {
          found.push(child);
          next.push(child);
        }
      }
    }
    frontier = next;
  }
  return found;
}
