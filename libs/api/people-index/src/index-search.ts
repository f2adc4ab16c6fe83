import { ProfileField, type DepartmentRecord, type Relationship, type Viewer } from '@ensemble/api/people';
import { idOrderKey } from './columns';
import { countFacets, facetLists, topSkills, type FacetCounts } from './facets';
import { FIELD_BIT, PASSIONS_FIELD, TEXT_FIELDS } from './fields';
import { rankedGroup, type RankedGroup } from './group-rankings';
import type { HeldSkill, IndexedPerson } from './indexed-person';
import { Matches } from './matches';
import type { PeopleIndex } from './people-index';
import type { Cursor, FacetSizes, IndexFacets, IndexQuery, IndexSkillGroup } from './query';
import { RANKING, TEXT_MATCH } from './ranking';
import { scratch } from './scratch';
import { pooledTermTable, type TermTable } from './term-table';
import { withinOneEdit } from './text';
import { ViewerPrivacy } from './viewer-privacy';

/** One person found, with their score, their level in the first skill asked for and the fields that matched. */
export interface IndexHit {
  person: IndexedPerson;
  score: number;
  level0: number | null;
  /** Bit i: TEXT_FIELDS[i] matched; bit TEXT_FIELDS.length: the skills' names matched. */
  fields: number;
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
const TEXT_FIELD_WEIGHTS = TEXT_FIELDS.map((f) => TEXT_MATCH.fieldWeights[f.name]);
const TEXT_FIELD_GUARDS: ReadonlyArray<ProfileField | null> = TEXT_FIELDS.map((f) => f.field);
const SKILLS_WEIGHT = TEXT_MATCH.fieldWeights.skills;
const PREFIX_SHARE = TEXT_MATCH.prefixShare;
const TYPO_SHARE = TEXT_MATCH.typoShare;
const NOBODY = -2;

/**
 * The matches of the search being answered: a search for a common word or skill matches tens of
 * thousands of people, and growing fresh arrays for them on every request was a large share of the
 * API's garbage. Answers copy out what they return (searches run synchronously, one at a time).
 */
const reusedMatches = new Matches(1024);

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
    const q = this.query;
    if (this.oneGroupOnly()) return this.rankedAnswer(this.ranking(q.groups[0] as IndexSkillGroup), first, after, sizes);
    const matches = this.matches(reusedMatches.clear());
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
    const matches = this.oneGroupOnly() ? this.ranking(this.query.groups[0] as IndexSkillGroup).matches : this.matches(reusedMatches.clear());
    return this.best(matches, limit, null).map((i) => (this.index.byOrd[matches.ords[i] as number] as IndexedPerson).id);
  }

  /** A search for one skill group and nothing else: its cached ranking is the answer. */
  private oneGroupOnly(): boolean {
    const q = this.query;
    return (
      q.groups.length === 1 && q.terms.length === 0 && q.location === null && q.departmentIds === null &&
      q.minHoursPerWeek === null && q.openToProjects === null && q.passions.length === 0
    );
  }

  private rankedAnswer(ranked: RankedGroup, first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    const { matches } = ranked;
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
   * Everyone who matches, with their scores, in no order. With skill groups: the rarest group's
   * cached ranking, checked against the others' (each also cached) through scratch arrays; without:
   * the people a word finds, or those of the place or departments, or everyone.
   */
  matches(into = new Matches()): Matches {
    const { groups, terms } = this.query;
    const matches = into;
    const tables = terms.map((term, position) => this.termTable(term, position));
    const keep = this.keeper(matches, tables);
    if (!groups.length) {
      const candidates = tables.length
        ? tables.reduce((a, b) => (b.ords.length < a.ords.length ? b : a)).ords
        : this.filterCandidates();
      for (const ord of candidates) keep(ord, 0, 0);
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

  /** The filters and words, then the score: pushes a match when everything holds. */
  private keeper(matches: Matches, tables: readonly TermTable[]): (ord: number, skillScore: number, level: number) => void {
    const q = this.query;
    const { columns, byOrd } = this.index;
    // A place or department nobody has: a number no person carries (people without one carry -1).
    const locationKeyNo = q.location === null ? NOBODY : this.index.locationKeyNumbers.find(q.location);
    const departments = q.departmentIds
      ? new Set(q.departmentIds.map((id) => this.index.departmentNumbers.find(id)).filter((no) => no >= 0))
      : null;
    return (ord, skillScore, level) => {
      if (!columns.active[ord]) return;
      if (q.location !== null && (locationKeyNo < 0 || columns.locationKeyNo[ord] !== locationKeyNo || !this.canSeeOrd(ord, LOCATION_BIT, LOCATION))) return;
      if (departments && !departments.has(columns.departmentNo[ord] as number)) return;
      if (q.minHoursPerWeek !== null) {
        const hours = columns.hours[ord] as number;
        if (hours < 0 || hours < q.minHoursPerWeek || !this.canSeeOrd(ord, HOURS_BIT, HOURS)) return;
      }
      if (q.openToProjects !== null && (columns.open[ord] === 1) !== q.openToProjects) return;
      if (q.openToProjects !== null && !this.canSeeOrd(ord, OPEN_BIT, OPEN)) return;
      if (q.passions.length && !this.passionsMatch(byOrd[ord] as IndexedPerson)) return;
      let text = 0;
      let fields = 0;
      for (const table of tables) {
        if (!table.has(ord)) return;
        text += table.weights[ord] as number;
        fields |= table.fields[ord] as number;
      }
      const textRank = tables.length ? text / tables.length : 0;
      matches.push(ord, Math.round((skillScore + RANKING.textWeight * textRank) * 1e4) / 1e4, level, fields);
    };
  }

  /** Without skills or words: the people of the place, or of the departments, or everyone. */
  private filterCandidates(): Iterable<number> {
    const { location, departmentIds } = this.query;
    if (location !== null) return [...(this.index.byLocation.get(location) ?? [])].map((person) => person.ord);
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

  /** The person's held skills among the groups' members (the reasons shown with a hit). */
  evidence(person: IndexedPerson): Array<{ held: HeldSkill; requestedSkillId: string }> {
    const found: Array<{ held: HeldSkill; requestedSkillId: string }> = [];
    for (const group of this.query.groups) {
      for (const member of group.members) {
        const held = person.skills.get(member.skillId);
        if (held && held.level != null) found.push({ held, requestedSkillId: group.requestedSkillId });
      }
    }
    return found.sort((a, b) => b.held.expertise - a.held.expertise);
  }

  /**
   * Who a term matches, read from the postings alone: per ordinal the weight of the best field it
   * matched in (docs/discovery-ranking.md) and the fields. Fields the viewer may not see are skipped;
   * the typed columns answer "shown to everyone" without touching the person.
   */
  private termTable(term: string, position: number): TermTable {
    const { columns, byOrd, postings } = this.index;
    const { publicFields, wordsVersion, active } = columns;
    const table = pooledTermTable(position).reset(columns.size);
    for (const word of this.index.words.startingWith(term)) {
      const perField = postings.get(word);
      if (!perField) continue;
      const share = word === term ? 1 : PREFIX_SHARE;
      for (let field = 0; field < perField.length; field++) {
        const list = perField[field];
        if (!list) continue;
        const guard = TEXT_FIELD_GUARDS[field] ?? null;
        const guardBit = guard ? (FIELD_BIT.get(guard) as number) : 0;
        const weight = (TEXT_FIELD_WEIGHTS[field] as number) * share;
        for (let i = 0; i < list.length; i++) {
          const ord = list.ords[i] as number;
          if (list.versions[i] !== wordsVersion[ord] || !active[ord]) continue;
          if (guard && !((publicFields[ord] as number) & guardBit) && !this.canSee(byOrd[ord] as IndexedPerson, guard)) continue;
          table.mark(ord, weight, 1 << field);
        }
      }
    }
    for (const skillId of this.skillsMatchingWord(term)) {
      for (const held of this.index.holders.get(skillId) ?? []) {
        if (!held.dead && held.level !== null && held.person.active) table.mark(held.person.ord, SKILLS_WEIGHT, SKILLS_FIELD_BIT);
      }
    }
    // One typo in a given or family name, where the name did not match already.
    for (const word of this.typoNameWords(term)) {
      for (const ord of this.index.postingsFor(word, 0)) {
        if (active[ord] && !(table.has(ord) && (table.fields[ord] as number) & 1)) table.mark(ord, (TEXT_FIELD_WEIGHTS[0] as number) * TYPO_SHARE, 1);
      }
    }
    return table;
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
