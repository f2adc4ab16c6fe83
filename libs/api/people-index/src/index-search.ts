import { ProfileField, isPrivileged, type DepartmentRecord, type Relationship, type Viewer } from '@ensemble/api/people';
import { idOrderKey } from './columns';
import { countFacets, facetLists, topSkills, type FacetCounts } from './facets';
import { FIELD_BIT, PASSIONS_FIELD, TEXT_FIELDS } from './fields';
import { rankedFrom, rankedGroup, rankedTextGroup, skillPoints, type RankedGroup } from './group-rankings';
import type { HeldSkill, IndexedPerson } from './indexed-person';
import { PROJECT_FIELDS, PROJECT_ROLE_FIELD, PROJECT_SKILLS_FIELD, PROJECT_TEXT_FIELDS, type IndexedProject, type TeamSeat } from './indexed-project';
import { Matches } from './matches';
import type { PeopleIndex } from './people-index';
import { placeKey } from './places';
import type { Cursor, FacetSizes, IndexFacets, IndexQuery, IndexSkillGroup } from './query';
import type { ProjectPartName } from './project-document';
import { RANKING, TEXT_MATCH, skillQuality } from './ranking';
import { scratch } from './scratch';
import { pooledTermTable, TermTable } from './term-table';
import { singularOf } from '@ensemble/api/skills-data';
import { withinOneEdit } from './text';
import { ViewerPrivacy } from './viewer-privacy';

/** One person found, with their score, their level in the first skill asked for and the fields that matched. */
export interface IndexHit {
  person: IndexedPerson;
  score: number;
  level0: number | null;
  /** Bit i: TEXT_FIELDS[i] matched; then the skills' names; then projects (matchedFieldNames). */
  fields: number;
}

/** A project through which a hit matched (one the viewer may see), with the person's part in it. */
export interface ProjectMatch {
  project: IndexedProject;
  part: ProjectPartName;
  roleTitle: string | null;
  /** What matched in it, as PROJECT_FIELDS names. */
  fields: string[];
}

/** A page of hits (one more than asked for when more follow), how many matched, and the facets. */
export interface IndexAnswer {
  page: IndexHit[];
  total: number;
  facets: IndexFacets;
}

// Read once: a re-exported enum is a getter on the module object under CommonJS, and these are read
// per match in the hottest loops.
const LOCATION = ProfileField.LOCATION;
const HOURS = ProfileField.HOURS_PER_WEEK_AVAILABLE;
const OPEN = ProfileField.OPEN_TO_PROJECTS;
const LOCATION_BIT = FIELD_BIT.get(LOCATION) as number;
const HOURS_BIT = FIELD_BIT.get(HOURS) as number;
const OPEN_BIT = FIELD_BIT.get(OPEN) as number;
const SKILLS_FIELD_BIT = 1 << TEXT_FIELDS.length;
const PROJECTS_FIELD_BIT = 1 << (TEXT_FIELDS.length + 1);
const PROJECT_FIELD_WEIGHTS = PROJECT_FIELDS.map((f) => TEXT_MATCH.projectFieldWeights[f]);
const PART_WEIGHTS = TEXT_MATCH.partWeights;
const PROJECT_RECENCY_SPAN_MS = RANKING.projectRecencyDays * 86_400_000;
/** Projects a hit lists, at most. */
const MAX_HIT_PROJECTS = 3;
const TEXT_FIELD_WEIGHTS = TEXT_FIELDS.map((f) => TEXT_MATCH.fieldWeights[f.name]);
const TEXT_FIELD_GUARDS: ReadonlyArray<ProfileField | null> = TEXT_FIELDS.map((f) => f.field);
const SKILLS_WEIGHT = TEXT_MATCH.fieldWeights.skills;
const PREFIX_SHARE = TEXT_MATCH.prefixShare;
const TYPO_SHARE = TEXT_MATCH.typoShare;
/** A place nobody is in. */
const NO_LOCATIONS: ReadonlySet<number> = new Set();

/**
 * The matches of the search being answered: a search for a common word or skill matches tens of
 * thousands of people, and growing fresh arrays for them on every request was a large share of the
 * API's garbage. Answers copy out what they return (searches run synchronously, one at a time).
 */
const reusedMatches = new Matches(1024);
/**
 * Per person, the best share of the question one project of theirs covers (see IndexSearch.parts), and
 * the expertise of their best held skill among those a matched project needed.
 */
const togetherTable = new TermTable();

/** The text's parts of a search, each with who it matches (tables) and its weight (idf). */
interface Parts {
  /** Every part's table, and their stamps when built (to tell when the pooled tables were reused). */
  all: readonly TermTable[];
  stamps: readonly number[];
  togetherStamp: number;
  /** The parts that match someone. */
  tables: readonly TermTable[];
  idf: readonly number[];
  idfTotal: number;
  together: TermTable;
  /** Whether the text has parts at all (those that match nobody included). */
  any: boolean;
  /** The first skill recognised in the text: the level facet counts levels in it when no filter asks for one. */
  levelTable: TermTable | null;
}

const textRankings = new WeakMap<RankedGroup, Matches>();

/**
 * A skill group's cached ranking scored as the one part of a text search (docs/discovery-ranking.md
 * §3: all of the question matched, as well as the skill is held), which is what the general path
 * scores its holders. Kept with the ranking it came from.
 */
function rankedAsText(ranked: RankedGroup, idFirst: (a: number, b: number) => boolean): Matches {
  let found = textRankings.get(ranked);
  if (found) return found;
  const { matches, points } = ranked;
  const scores = new Float64Array(matches.length);
  const order: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const p = points[i] as number;
    scores[i] = Math.round((RANKING.coverageWeight + RANKING.qualityWeight * skillQuality(p) + RANKING.expertiseWeight * p) * 1e4) / 1e4;
    order.push(i);
  }
  // Rounding may tie people the points told apart: pages go by (score desc, id asc), so sort again.
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (idFirst(matches.ords[a] as number, matches.ords[b] as number) ? -1 : 1));
  found = new Matches(Math.max(matches.length, 1));
  for (const i of order) found.push(matches.ords[i] as number, scores[i] as number, matches.levels[i] as number, SKILLS_FIELD_BIT);
  textRankings.set(ranked, found);
  return found;
}

/**
 * One search over the in-memory index, for one viewer. Privacy is the profile's own policy (`canSee`),
 * with the viewer's relationship to each owner computed from the index's manager links, and applies to
 * matching, ranking and every facet; the typed columns answer the common case (a field shown to
 * everyone) without touching the person.
 */
export class IndexSearch {
  private readonly privacy: ViewerPrivacy;
  private readonly now = Date.now();

  constructor(
    private readonly index: PeopleIndex,
    private readonly viewer: Viewer,
    private readonly query: IndexQuery,
  ) {
    this.privacy = new ViewerPrivacy(index.people, viewer, index.hasReports);
  }

  /** What the page's fields need to show `person` without a statement: their department and relationship to the viewer. */
  pageFacts(person: IndexedPerson): { department: DepartmentRecord | null; relationship: Relationship } {
    return {
      department: this.index.departmentOf(person),
      relationship: this.privacy.relationship(person),
    };
  }

  canSee(person: IndexedPerson, field: ProfileField): boolean {
    if (person.publicFields & (FIELD_BIT.get(field) as number)) return true;
    return this.privacy.canSee(person, field);
  }

  private canSeeOrd(ord: number, bit: number, field: ProfileField): boolean {
    return (this.index.columns.publicFields[ord] as number) & bit ? true : this.canSee(this.index.byOrd[ord] as IndexedPerson, field);
  }

  /**
   * The page after the cursor (`first` + 1 hits, to tell whether more follow), the number of matches
   * and the facets. A search for one skill group and nothing else (the most common search, and the
   * one with the most matches) is answered from that group's cached ranking.
   */
  answer(first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    scratch.enter();
    try {
      return this.answerInTurn(first, after, sizes);
    } finally {
      scratch.leave();
    }
  }

  private answerInTurn(first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    const cached = this.cachedRanking();
    if (cached) return this.rankedAnswer(cached, first, after, sizes);
    const matches = this.collect(reusedMatches.clear());
    const order = this.best(matches, Math.max(first + 1, sizes.skillSample), after === null ? null : after);
    const sample = after === null ? order : this.best(matches, sizes.skillSample, null);
    return {
      page: order.slice(0, first + 1).map((i) => this.hit(matches, i)),
      total: matches.length,
      facets: facetLists(this.index, this.count(matches), topSkills(this.index, sample.slice(0, sizes.skillSample).map((i) => matches.ords[i] as number), sizes.skills), sizes),
    };
  }

  /** Every match, best first (the saved-search alert list), at most `limit`. */
  bestIds(limit: number): string[] {
    scratch.enter();
    try {
      const cached = this.cachedRanking();
      const matches = cached ? cached.matches : this.collect(reusedMatches.clear());
      return this.best(matches, limit, null).map((i) => (this.index.byOrd[matches.ords[i] as number] as IndexedPerson).id);
    } finally {
      scratch.leave();
    }
  }

  /**
   * A search for one skill and nothing else, as a filter or recognised in the text: its cached ranking
   * is the answer, unless the text's skill was also needed by projects the viewer may see (whose teams
   * then match through them).
   */
  /**
   * Set when the answer came from a cached ranking of one skill: the projects (the viewer may see) that
   * needed it, through which its matches are explained (none for a skill filter).
   */
  private oneSkillProjects: ReadonlyMap<IndexedProject, number> | null = null;

  private cachedRanking(): { matches: Matches; ranked: RankedGroup } | null {
    const q = this.query;
    const filtersOnly =
      q.terms.length === 0 && q.location === null && q.departmentIds === null &&
      q.minHoursPerWeek === null && q.openToProjects === null && q.passions.length === 0;
    if (!filtersOnly) return null;
    if (q.groups.length === 1 && q.rankingGroups.length === 0) {
      const ranked = this.ranking(q.groups[0] as IndexSkillGroup);
      this.oneSkillProjects = new Map();
      return { matches: ranked.matches, ranked };
    }
    if (q.groups.length === 0 && q.rankingGroups.length === 1) {
      const group = q.rankingGroups[0] as IndexSkillGroup;
      const projects = this.projectsNeeding(group);
      this.oneSkillProjects = projects;
      if (projects.size) {
        const ranked = this.textRanking(group, projects);
        return { matches: ranked.matches, ranked };
      }
      const ranked = this.ranking(group);
      return { matches: rankedAsText(ranked, this.index.idFirst), ranked };
    }
    return null;
  }

  /**
   * A skill recognised in the text, alone: its holders and the teams of the projects (the viewer may
   * see) that needed it, scored as the general path scores a one-part question (coverage 1, quality the
   * better of the holding and the project, expertise the holding's points), cached per set of projects.
   */
  private textRanking(group: IndexSkillGroup, projects: ReadonlyMap<IndexedProject, number>): RankedGroup {
    const nos = [...projects.keys()].map((project) => project.no).sort((a, b) => a - b);
    return rankedTextGroup(this.index, group, nos, this.query.passion, this.now, () => {
      const holders = this.ranking(group);
      const stamp = scratch.next(this.index.columns.size);
      const { stamps, sums, weights, levels, counts: fields } = scratch;
      const found: number[] = [];
      const { ords, levels: holderLevels } = holders.matches;
      for (let i = 0; i < holders.matches.length; i++) {
        const ord = ords[i] as number;
        stamps[ord] = stamp;
        sums[ord] = holders.points[i] as number;
        weights[ord] = skillQuality(holders.points[i] as number);
        levels[ord] = holderLevels[i] as number;
        fields[ord] = SKILLS_FIELD_BIT;
        found.push(ord);
      }
      const { active } = this.index.columns;
      for (const [project, weight] of projects) {
        const recency = this.projectRecency(project);
        for (let i = 0; i < project.team.length; i++) {
          const ord = project.seatOrd(i, this.index.ordOf);
          if (ord < 0 || !active[ord]) continue;
          const seatWeight = weight * PART_WEIGHTS[(project.team[i] as TeamSeat).part] * recency;
          if (stamps[ord] !== stamp) {
            stamps[ord] = stamp;
            sums[ord] = 0;
            weights[ord] = seatWeight;
            levels[ord] = 0;
            fields[ord] = PROJECTS_FIELD_BIT;
            found.push(ord);
          } else {
            weights[ord] = Math.max(weights[ord] as number, seatWeight);
            fields[ord] = (fields[ord] as number) | PROJECTS_FIELD_BIT;
          }
        }
      }
      // Built once per cache entry: an array by ordinal is cheaper than a map for 85,000 holders.
      const scores = new Float64Array(this.index.columns.size);
      for (const ord of found) {
        const score = RANKING.coverageWeight + RANKING.qualityWeight * (weights[ord] as number) + RANKING.expertiseWeight * (sums[ord] as number);
        scores[ord] = Math.round(score * 1e4) / 1e4;
      }
      const idFirst = this.index.idFirst;
      found.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (idFirst(a, b) ? -1 : 1));
      const matches = new Matches(Math.max(found.length, 1));
      const points = new Float64Array(found.length);
      found.forEach((ord, i) => {
        matches.push(ord, scores[ord] as number, levels[ord] as number, fields[ord] as number);
        points[i] = sums[ord] as number;
      });
      return rankedFrom(this.index, matches, points);
    });
  }

  private rankedAnswer({ matches, ranked }: { matches: Matches; ranked: RankedGroup }, first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    let start = 0;
    if (after) {
      // Binary search: the first match that comes after the cursor in (score desc, id asc) order.
      let high = matches.length;
      while (start < high) {
        const mid = (start + high) >> 1;
        if (this.before(matches, mid, after) <= 0) start = mid + 1;
        else high = mid;
      }
    }
    const locations = ranked.counts.locations.slice();
    for (const ord of ranked.hiddenPlaces) {
      if (this.canSee(this.index.byOrd[ord] as IndexedPerson, LOCATION)) (locations[this.index.columns.locationNo[ord] as number] as number)++;
    }
    const page: IndexHit[] = [];
    for (let i = start; i < Math.min(matches.length, start + first + 1); i++) page.push(this.hit(matches, i));
    return {
      page,
      total: matches.length,
      facets: facetLists(this.index, { ...ranked.counts, locations }, ranked.topSkills.slice(0, sizes.skills), sizes),
    };
  }

  private hit(matches: Matches, i: number): IndexHit {
    const level = matches.levels[i] as number;
    return {
      person: this.index.byOrd[matches.ords[i] as number] as IndexedPerson,
      score: matches.scores[i] as number,
      level0: level > 0 ? level : null,
      fields: matches.fields[i] as number,
    };
  }

  /** -1 when match i ranks before the cursor (or is it), +1 when after: (score desc, id asc). */
  private before(matches: Matches, i: number, cursor: Cursor, cursorKey = idOrderKey(cursor.id)): number {
    const score = matches.scores[i] as number;
    if (score !== cursor.score) return score > cursor.score ? -1 : 1;
    const ord = matches.ords[i] as number;
    const key = this.index.columns.idKey[ord] as number;
    if (key !== cursorKey) return key < cursorKey ? -1 : 1;
    return (this.index.byOrd[ord] as IndexedPerson).id <= cursor.id ? -1 : 1;
  }
  /**
   * Indexes of the best `count` matches after the cursor, best first: one pass keeping a bounded heap
   * whose root is the worst of the best so far (n log count; a name prefix matches thousands of people
   * with equal scores, which a sorted buffer paid for with count shifts each).
   */
  private best(matches: Matches, count: number, after: Cursor | null): number[] {
    const heap: number[] = [];
    if (count <= 0) return heap;
    const { scores, ords } = matches;
    const idFirst = this.index.idFirst;
    const afterKey = after ? idOrderKey(after.id) : 0;
    /** Match a ranks before match b: (score desc, id asc), a total order since ids are unique. */
    const ahead = (a: number, b: number) =>
      (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && idFirst(ords[a] as number, ords[b] as number));
    for (let i = 0; i < matches.length; i++) {
      if (after && this.before(matches, i, after, afterKey) < 0) continue;
      if (heap.length < count) {
        // Sift up: a parent ranks after its children.
        let child = heap.length;
        heap.push(i);
        while (child > 0) {
          const parent = (child - 1) >> 1;
          if (!ahead(heap[parent] as number, i)) break;
          heap[child] = heap[parent] as number;
          child = parent;
        }
        heap[child] = i;
      } else if (ahead(i, heap[0] as number)) {
        // Replace the worst and sift down.
        let parent = 0;
        for (;;) {
          let child = 2 * parent + 1;
          if (child >= count) break;
          if (child + 1 < count && ahead(heap[child] as number, heap[child + 1] as number)) child++;
          if (!ahead(i, heap[child] as number)) break;
          heap[parent] = heap[child] as number;
          parent = child;
        }
        heap[parent] = i;
      }
    }
    return heap.sort((a, b) => (ahead(a, b) ? -1 : 1));
  }

  /**
   * Everyone who matches, with their scores, in no order. Skill filters constrain: with some, the
   * rarest one's cached ranking is checked against the others' (each also cached) through scratch
   * arrays. The text's parts rank (docs/discovery-ranking.md §3): anyone matching one of them is found;
   * without filters, those are the candidates. Without either: the people of the place or
   * departments, or everyone.
   */
  matches(into = new Matches()): Matches {
    scratch.enter();
    try {
      return this.collect(into);
    } finally {
      scratch.leave();
    }
  }

  private collect(into: Matches): Matches {
    const { groups } = this.query;
    const matches = into;
    const parts = this.parts();
    const keep = this.keeper(matches, parts);
    if (!groups.length) {
      if (parts.tables.length) {
        const stamp = scratch.next(this.index.columns.size);
        const { stamps } = scratch;
        for (const table of parts.tables) {
          for (const ord of table.ords) {
            if (stamps[ord] === stamp) continue;
            stamps[ord] = stamp;
            keep(ord, 0, 0);
          }
        }
      } else if (!parts.any) for (const ord of this.filterCandidates()) keep(ord, 0, 0);
      return matches;
    }
    const rankings = groups.map((group) => this.ranking(group));
    let rarest = 0;
    rankings.forEach((ranked, position) => {
      if (ranked.matches.length < (rankings[rarest] as RankedGroup).matches.length) rarest = position;
    });
    const stamp = scratch.next(this.index.columns.size);
    const { stamps, counts, sums, levels } = scratch;
    let others = 0;
    rankings.forEach((ranked, position) => {
      if (position === rarest) return;
      const { ords, levels: groupLevels } = ranked.matches;
      for (let i = 0; i < ranked.matches.length; i++) {
        const ord = ords[i] as number;
        if (others === 0) {
          stamps[ord] = stamp;
          counts[ord] = 1;
          sums[ord] = ranked.points[i] as number;
          levels[ord] = 0;
        } else if (stamps[ord] === stamp && counts[ord] === others) {
          counts[ord] = others + 1;
          sums[ord] = (sums[ord] as number) + (ranked.points[i] as number);
        } else continue;
        if (position === 0) levels[ord] = groupLevels[i] as number;
      }
      others++;
    });
    const base = rankings[rarest] as RankedGroup;
    const { ords, levels: baseLevels } = base.matches;
    for (let i = 0; i < base.matches.length; i++) {
      const ord = ords[i] as number;
      if (others > 0 && (stamps[ord] !== stamp || counts[ord] !== others)) continue;
      keep(ord, (base.points[i] as number) + (others > 0 ? (sums[ord] as number) : 0), rarest === 0 ? (baseLevels[i] as number) : (levels[ord] as number));
    }
    return matches;
  }

  /**
   * The filters, then the score: pushes a match when every filter holds and, when the text has parts
   * that match anyone, at least one of them matches. Without text parts the score is the filters'
   * skill points (as it always was); with them, docs/discovery-ranking.md §3.
   */
  private keeper(matches: Matches, parts: Parts): (ord: number, filterPoints: number, level: number) => void {
    const q = this.query;
    const { columns, byOrd } = this.index;
    // The locations the place names (the whole of one, or a city, country or "Remote" in them).
    const locations = q.location === null ? null : (this.index.locationsByPlace.get(placeKey(q.location)) ?? NO_LOCATIONS);
    const departments = q.departmentIds
      ? new Set(q.departmentIds.map((id) => this.index.departmentNumbers.find(id)).filter((no) => no >= 0))
      : null;
    const { tables, idf, idfTotal, together } = parts;
    const levelTable = q.groups.length ? null : parts.levelTable;
    return (ord, filterPoints, level) => {
      if (!columns.active[ord]) return;
      if (locations && (!locations.has(columns.locationNo[ord] as number) || !this.canSeeOrd(ord, LOCATION_BIT, LOCATION))) return;
      if (departments && !departments.has(columns.departmentNo[ord] as number)) return;
      if (q.minHoursPerWeek !== null) {
        const hours = columns.hours[ord] as number;
        if (hours < 0 || hours < q.minHoursPerWeek || !this.canSeeOrd(ord, HOURS_BIT, HOURS)) return;
      }
      if (q.openToProjects !== null && (columns.open[ord] === 1) !== q.openToProjects) return;
      if (q.openToProjects !== null && !this.canSeeOrd(ord, OPEN_BIT, OPEN)) return;
      if (q.passions.length && !this.passionsMatch(byOrd[ord] as IndexedPerson)) return;
      if (!parts.any) {
        matches.push(ord, Math.round(filterPoints * 1e4) / 1e4, level, 0);
        return;
      }
      let covered = 0;
      let quality = 0;
      let points = filterPoints;
      let fields = 0;
      for (let i = 0; i < tables.length; i++) {
        const table = tables[i] as TermTable;
        if (!table.has(ord)) continue;
        covered += idf[i] as number;
        quality += (idf[i] as number) * (table.weights[ord] as number);
        points += table.points[ord] as number;
        fields |= table.fields[ord] as number;
      }
      if (covered === 0) return;
      const score =
        RANKING.coverageWeight * (covered / idfTotal) +
        RANKING.qualityWeight * (quality / idfTotal) +
        RANKING.togetherWeight * (together.has(ord) ? (together.weights[ord] as number) : 0) +
        RANKING.expertiseWeight * (points + (together.has(ord) ? (together.points[ord] as number) : 0));
      const shownLevel = levelTable && levelTable.has(ord) ? (levelTable.levels[ord] as number) : level;
      matches.push(ord, Math.round(score * 1e4) / 1e4, shownLevel, fields);
    };
  }

  private partsCache: Parts | null = null;

  /**
   * The text's parts (its skills, then its words), each with who it matches and how rare it is: BM25's
   * idf over the active people, so a rare word counts for more of the question than a common one.
   * Then, per person, the best share of the question one project of
   * theirs covers, when it covers two parts or more ("payments Java": Java used on payments work).
   */
  /** The parts, for a question asked after the search (its pooled tables may need building again). */
  private partsInTurn(): Parts {
    scratch.enter();
    try {
      return this.parts();
    } finally {
      scratch.leave();
    }
  }

  private parts(): Parts {
    // Tables are pooled: another search since this one built its parts has emptied them.
    const cached = this.partsCache;
    if (cached && cached.all.every((table, i) => table.stamp === cached.stamps[i]) && cached.together.stamp === cached.togetherStamp) return cached;
    const q = this.query;
    const together = togetherTable.reset(this.index.columns.size);
    this.broughtCounted = new Set();
    const all: TermTable[] = [];
    q.rankingGroups.forEach((group, position) => all.push(this.groupTable(group, position)));
    q.terms.forEach((term, position) => all.push(this.termTable(term, q.rankingGroups.length + position)));
    const population = Math.max(this.index.size, 1);
    const weightOf = (table: TermTable) => {
      const df = Math.min(table.ords.length, population);
      return Math.log(1 + (population - df + 0.5) / (df + 0.5));
    };
    const tables = all.filter((table) => table.ords.length > 0);
    const idf = tables.map(weightOf);
    // A part that matches nobody still counts in the whole (nobody matches all of the question), as the
    // rarest of all; it changes no one's order.
    const idfTotal = all.reduce((sum, table) => sum + weightOf(table), 0) || 1;
    if (tables.length > 1) {
      const covers = new Map<IndexedProject, { share: number; parts: number }>();
      tables.forEach((table, i) => {
        for (const project of table.projects.keys()) {
          const cover = covers.get(project);
          if (cover) {
            cover.share += idf[i] as number;
            cover.parts++;
          } else covers.set(project, { share: idf[i] as number, parts: 1 });
        }
      });
      const { active } = this.index.columns;
      for (const [project, { share, parts }] of covers) {
        if (parts < 2) continue;
        const recency = this.projectRecency(project);
        for (let i = 0; i < project.team.length; i++) {
          const ord = project.seatOrd(i, this.index.ordOf);
          if (ord >= 0 && active[ord]) together.mark(ord, (share / idfTotal) * PART_WEIGHTS[(project.team[i] as TeamSeat).part] * recency, PROJECTS_FIELD_BIT);
        }
      }
    }
    this.partsCache = {
      all,
      stamps: all.map((table) => table.stamp),
      togetherStamp: together.stamp,
      tables,
      idf,
      idfTotal,
      together,
      any: all.length > 0,
      levelTable: q.rankingGroups.length ? (all[0] as TermTable) : null,
    };
    return this.partsCache;
  }

  /** Without skills or words: the people of the place, or of the departments, or everyone. */
  private filterCandidates(): Iterable<number> {
    const { location, departmentIds } = this.query;
    if (location !== null) return [...(this.index.byPlace.get(placeKey(location)) ?? [])].map((person) => person.ord);
    if (departmentIds) return departmentIds.flatMap((id) => [...(this.index.byDepartment.get(id) ?? [])].map((person) => person.ord));
    return this.index.byOrd.map((person) => person.ord);
  }

  private ranking(group: IndexSkillGroup): RankedGroup {
    return rankedGroup(this.index, group, this.query.passion, this.now);
  }

  /** Departments, places (those the viewer may see) and levels. */
  private count(matches: Matches): FacetCounts {
    return countFacets(this.index, matches, (ord) => this.canSeeOrd(ord, LOCATION_BIT, LOCATION));
  }

  /**
   * The person's held skills that answered the search (the reasons shown with a hit): those of the
   * skills asked for or recognised (with their narrower skills), and those a word of the text named.
   */
  evidence(person: IndexedPerson): Array<{ held: HeldSkill; requestedSkillId: string }> {
    const found: Array<{ held: HeldSkill; requestedSkillId: string }> = [];
    const seen = new Set<string>();
    const add = (held: HeldSkill | undefined, requestedSkillId: string) => {
      if (!held || held.level == null || seen.has(held.skillId)) return;
      seen.add(held.skillId);
      found.push({ held, requestedSkillId });
    };
    for (const group of [...this.query.groups, ...this.query.rankingGroups]) {
      for (const member of group.members) add(person.skills.get(member.skillId), group.requestedSkillId);
    }
    for (const term of this.query.terms) for (const skillId of this.skillsMatchingWord(term)) add(person.skills.get(skillId), skillId);
    return found.sort((a, b) => b.held.expertise - a.held.expertise);
  }

  /** The share of the text's parts (weighted by rarity) this person matches: 1 for a search without text. */
  coverage(person: IndexedPerson): number {
    // Answered from a cached ranking: one part, or filters only, which every match matches.
    if (this.oneSkillProjects) return 1;
    const { tables, idf, idfTotal, any } = this.partsInTurn();
    if (!any) return 1;
    let covered = 0;
    tables.forEach((table, i) => {
      if (table.has(person.ord)) covered += idf[i] as number;
    });
    return Math.round((covered / idfTotal) * 1000) / 1000;
  }

  /**
   * The projects through which the person matched, best first: only projects the viewer may see (the
   * tables hold no other), with the person's part and what matched in each.
   */
  matchedProjects(person: IndexedPerson): ProjectMatch[] {
    // A cached one-skill answer built no tables: its projects are those that needed the skill.
    const oneSkill = this.oneSkillProjects;
    const { tables } = oneSkill ? { tables: [] } : this.partsInTurn();
    const found: Array<ProjectMatch & { weight: number }> = [];
    for (const project of this.index.projectsOf.get(person.id) ?? []) {
      const seat = project.team.find((s) => s.personId === person.id);
      if (!seat) continue;
      let bits = oneSkill?.has(project) ? 1 << PROJECT_SKILLS_FIELD : 0;
      let parts = bits ? 1 : 0;
      for (const table of tables) {
        let tableBits = table.projects.get(project) ?? 0;
        // A role title matched for someone on the team: this person's own role, or nothing.
        if (tableBits & (1 << PROJECT_ROLE_FIELD) && !table.roleSeats.has(seat)) tableBits &= ~(1 << PROJECT_ROLE_FIELD);
        if (tableBits) parts++;
        bits |= tableBits;
      }
      if (!bits) continue;
      found.push({
        project,
        part: seat.part,
        roleTitle: seat.roleTitle,
        fields: PROJECT_FIELDS.filter((_, bit) => bits & (1 << bit)),
        weight: parts * 10 + PART_WEIGHTS[seat.part] * this.projectRecency(project),
      });
    }
    return found
      .sort((a, b) => b.weight - a.weight || (b.project.doc.completedAt ?? Infinity) - (a.project.doc.completedAt ?? Infinity))
      .slice(0, MAX_HIT_PROJECTS)
      .map(({ weight: _weight, ...match }) => match);
  }

  private readonly visibleProjects = new Map<IndexedProject, boolean>();

  /**
   * Whether the viewer may see the project, as projects' `visibleSql` decides: company projects
   * everyone; its owner, co-leads, members (past and present) and people invited always; department
   * projects the owner's department's people (the project's department) and HR or admin.
   */
  projectVisible(project: IndexedProject): boolean {
    let visible = this.visibleProjects.get(project);
    if (visible === undefined) {
      const doc = project.doc;
      const viewerId = this.viewer.personId;
      visible =
        doc.visibility === 'company' ||
        doc.ownerId === viewerId ||
        project.seers.has(viewerId) ||
        (doc.visibility === 'department' &&
          (isPrivileged(this.viewer) || (doc.departmentId !== null && this.index.people.get(viewerId)?.departmentId === doc.departmentId)));
      this.visibleProjects.set(project, visible);
    }
    return visible;
  }

  /** 1 while under way; a completed project's work fades from 1 toward the floor over years. */
  private projectRecency(project: IndexedProject): number {
    const completedAt = project.doc.completedAt;
    if (completedAt === null) return 1;
    const floor = RANKING.projectRecencyFloor;
    return floor + (1 - floor) * Math.exp(-Math.max(0, this.now - completedAt) / PROJECT_RECENCY_SPAN_MS);
  }

  /**
   * The projects the viewer may see whose roles needed the group's skill (or a narrower one), each with
   * how much that says (the skills field's weight × the member's weight).
   */
  private projectsNeeding(group: IndexSkillGroup): Map<IndexedProject, number> {
    const projects = new Map<IndexedProject, number>();
    for (const member of group.members) {
      const weight = (PROJECT_FIELD_WEIGHTS[PROJECT_SKILLS_FIELD] as number) * member.weight;
      for (const project of this.index.projectsBySkill.get(member.skillId) ?? []) {
        if (this.projectVisible(project)) projects.set(project, Math.max(projects.get(project) ?? 0, weight));
      }
    }
    return projects;
  }

  /**
   * Who a skill recognised in the text matches: its holders (and those of its narrower skills) at the
   * minimum level, each as well as their expertise answers it (skillQuality), from the group's cached
   * ranking; and the teams of the projects (visible to the viewer) whose roles needed it.
   */
  private groupTable(group: IndexSkillGroup, position: number): TermTable {
    const table = pooledTermTable(position).reset(this.index.columns.size);
    const ranked = this.ranking(group);
    const { ords, levels } = ranked.matches;
    for (let i = 0; i < ranked.matches.length; i++) {
      const points = ranked.points[i] as number;
      table.mark(ords[i] as number, skillQuality(points), SKILLS_FIELD_BIT, points, levels[i] as number);
    }
    for (const [project, weight] of this.projectsNeeding(group)) this.markTeam(table, project, weight, 1 << PROJECT_SKILLS_FIELD, null, false);
    return table;
  }

  /**
   * Who a term matches: per ordinal the weight of the best field it matched in (docs/discovery-ranking.md)
   * and the fields. A person's own fields the viewer may not see are skipped; the typed columns answer
   * "shown to everyone" without touching the person. A word naming a skill someone holds matches as
   * well as they hold it. Then the teams of the projects the viewer may see whose texts, skills or
   * (for the one person) role title have it.
   */
  private termTable(term: string, position: number): TermTable {
    const { columns, byOrd, postings } = this.index;
    const { publicFields, wordsVersion, active } = columns;
    const table = pooledTermTable(position).reset(columns.size);
    // "maintains" also finds "maintain" and "maintainer"; the word as written counts fully.
    const singular = singularOf(term);
    const lookup = singular.length < term.length ? singular : term;
    const share = (word: string) => (word === term || word === singular ? 1 : PREFIX_SHARE);
    for (const word of this.index.words.startingWith(lookup)) {
      const perField = postings.get(word);
      if (!perField) continue;
      for (let field = 0; field < perField.length; field++) {
        const list = perField[field];
        if (!list) continue;
        const guard = TEXT_FIELD_GUARDS[field] ?? null;
        const guardBit = guard ? (FIELD_BIT.get(guard) as number) : 0;
        const weight = (TEXT_FIELD_WEIGHTS[field] as number) * share(word);
        for (let i = 0; i < list.length; i++) {
          const ord = list.ords[i] as number;
          if (list.versions[i] !== wordsVersion[ord] || !active[ord]) continue;
          if (guard && !((publicFields[ord] as number) & guardBit) && !this.canSee(byOrd[ord] as IndexedPerson, guard)) continue;
          table.mark(ord, weight, 1 << field);
        }
      }
    }
    const skills = this.skillsMatchingWord(term);
    for (const skillId of skills) {
      for (const held of this.index.holders.get(skillId) ?? []) {
        if (held.dead || held.level === null || !held.person.active) continue;
        const points = skillPoints(held, 1, this.query.passion, this.now);
        table.mark(held.person.ord, Math.max(SKILLS_WEIGHT, skillQuality(points)), SKILLS_FIELD_BIT, points);
      }
    }
    // One typo in a given or family name, where the name did not match already.
    for (const word of this.typoNameWords(term)) {
      for (const ord of this.index.postingsFor(word, 0)) {
        if (active[ord] && !(table.has(ord) && (table.fields[ord] as number) & 1)) table.mark(ord, (TEXT_FIELD_WEIGHTS[0] as number) * TYPO_SHARE, 1);
      }
    }
    // Projects: their own texts (for the whole team), role titles (for the seat's holder), skills.
    const projects = new Map<IndexedProject, { weight: number; bits: number; roleWords: Set<string> }>();
    const found = (project: IndexedProject) => {
      let entry = projects.get(project);
      if (!entry) projects.set(project, (entry = { weight: 0, bits: 0, roleWords: new Set() }));
      return entry;
    };
    for (const word of this.index.projectWords.startingWith(lookup)) {
      for (const [project, bits] of this.index.projectPostings.get(word) ?? []) {
        if (!this.projectVisible(project)) continue;
        const entry = found(project);
        for (let field = 0; field < PROJECT_TEXT_FIELDS; field++) {
          if (bits & (1 << field)) entry.weight = Math.max(entry.weight, (PROJECT_FIELD_WEIGHTS[field] as number) * share(word));
        }
        if (bits & (1 << PROJECT_ROLE_FIELD)) entry.roleWords.add(word);
        entry.bits |= bits;
      }
    }
    for (const skillId of skills) {
      for (const project of this.index.projectsBySkill.get(skillId) ?? []) {
        if (!this.projectVisible(project)) continue;
        const entry = found(project);
        entry.weight = Math.max(entry.weight, PROJECT_FIELD_WEIGHTS[PROJECT_SKILLS_FIELD] as number);
        entry.bits |= 1 << PROJECT_SKILLS_FIELD;
      }
    }
    for (const [project, entry] of projects) this.markTeam(table, project, entry.weight, entry.bits, entry.roleWords.size ? entry.roleWords : null, true);
    return table;
  }

  /**
   * Marks a project's team in a part's table: each active member as much as the project's match says
   * about them (their part, the project's recency), or their own role title's match when better. A
   * project matched by its words also tells what each member brought to it: their best held skill
   * among those it needed (once per project and search), which breaks ties instead of ids. A project
   * matched by a skill does not: the member's holding of that skill already counts.
   */
  private markTeam(table: TermTable, project: IndexedProject, weight: number, bits: number, roleWords: ReadonlySet<string> | null, brought: boolean): void {
    const recency = this.projectRecency(project);
    const roleWeight = PROJECT_FIELD_WEIGHTS[PROJECT_ROLE_FIELD] as number;
    const { active } = this.index.columns;
    const countBrought = brought && !this.broughtCounted.has(project);
    if (countBrought) this.broughtCounted.add(project);
    let projectBits = bits & ~(1 << PROJECT_ROLE_FIELD);
    for (let i = 0; i < project.team.length; i++) {
      const ord = project.seatOrd(i, this.index.ordOf);
      if (ord < 0 || !active[ord]) continue;
      const seat = project.team[i] as TeamSeat;
      let seatWeight = weight;
      if (roleWords && seat.roleWords.some((word) => roleWords.has(word))) {
        seatWeight = Math.max(seatWeight, roleWeight);
        table.roleSeats.add(seat);
        projectBits |= 1 << PROJECT_ROLE_FIELD;
      }
      if (seatWeight <= 0) continue;
      table.mark(ord, seatWeight * PART_WEIGHTS[seat.part] * recency, PROJECTS_FIELD_BIT);
      if (countBrought) togetherTable.mark(ord, 0, PROJECTS_FIELD_BIT, this.brought(this.index.byOrd[ord] as IndexedPerson, project));
    }
    if (projectBits) table.projects.set(project, projectBits);
  }

  /** Projects whose members' contribution this search counted already (see markTeam). */
  private broughtCounted = new Set<IndexedProject>();

  /** The points of the person's best held skill among those the project needed. */
  private brought(person: IndexedPerson, project: IndexedProject): number {
    let points = 0;
    for (const skillId of project.skillIds) {
      const held = person.skills.get(skillId);
      if (held && held.level !== null) points = Math.max(points, skillPoints(held, 1, false, this.now));
    }
    return points;
  }

  private readonly skillsByTerm = new Map<string, ReadonlySet<string>>();

  /** Skills with a word in their name that starts with the term (the "skills" text field). */
  private skillsMatchingWord(term: string): ReadonlySet<string> {
    let found = this.skillsByTerm.get(term);
    if (!found) {
      const ids = new Set<string>();
      for (const word of this.query.skillWords.dictionary.startingWith(term)) {
        for (const id of this.query.skillWords.skillsByWord.get(word) ?? []) ids.add(id);
      }
      this.skillsByTerm.set(term, (found = ids));
    }
    return found;
  }

  private *typoNameWords(term: string): Iterable<string> {
    if (term.length < 4) return;
    for (let length = term.length - 1; length <= term.length + 1; length++) {
      for (const word of this.index.nameWordsByLength.get(length) ?? []) if (withinOneEdit(term, word)) yield word;
    }
  }

  private passionsMatch(person: IndexedPerson): boolean {
    for (const passion of this.query.passions) {
      const inWords =
        passion.words.length > 0 &&
        passion.words.every((word) => prefixMatch(person.words[PASSIONS_FIELD] as string[], word) > 0) &&
        this.canSee(person, ProfileField.PASSIONS);
      const inSkills =
        !inWords &&
        passion.skillIds.some((skillId) => {
          const held = person.skills.get(skillId);
          return held !== undefined && (held.interest > 0 || held.wantsToGrow);
        });
      if (!inWords && !inSkills) return false;
    }
    return true;
  }
}

/** 2: the word itself is there; 1: a word starting with it; 0: neither. */
function prefixMatch(sortedWords: readonly string[], term: string): 0 | 1 | 2 {
  let low = 0;
  let high = sortedWords.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sortedWords[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  const word = sortedWords[low];
  if (word === undefined || !word.startsWith(term)) return 0;
  return word === term ? 2 : 1;
}
