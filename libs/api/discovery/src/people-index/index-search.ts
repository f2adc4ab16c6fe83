import { canSee, isPrivileged, needsRelationship, ProfileField, type Viewer } from '@ensemble/api/people';
import { RANKING } from '../search/ranking';
import { FIELD_BIT, PASSIONS_FIELD, TEXT_FIELDS, type HeldSkill, type IndexedPerson, type PeopleIndex, type TextFieldName } from './people-index';
import { withinOneEdit, type PrefixDictionary } from './text';

export interface IndexSkillGroup {
  requestedSkillId: string;
  minLevel: number;
  members: ReadonlyArray<{ skillId: string; weight: number }>;
}

/** A search as the index runs it: everything already validated and understood (PeopleSearchService). */
export interface IndexQuery {
  groups: readonly IndexSkillGroup[];
  /** Words, each of which must match some field the viewer may see (by prefix; names also by one typo). */
  terms: readonly string[];
  /** Lower case. */
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

export interface SkillWords {
  dictionary: PrefixDictionary;
  skillsByWord: ReadonlyMap<string, readonly string[]>;
}

export interface IndexHit {
  person: IndexedPerson;
  score: number;
  level0: number | null;
  /** Bit i: TEXT_FIELDS[i] matched; bit TEXT_FIELDS.length: the skills' names matched. */
  fields: number;
}

export interface IndexFacets {
  departments: Array<{ id: string; name: string; count: number }>;
  locations: Array<{ value: string; count: number }>;
  skills: Array<{ id: string; count: number }>;
  levels: Array<{ level: number; count: number }>;
}

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

export interface IndexAnswer {
  page: IndexHit[];
  total: number;
  facets: IndexFacets;
}

interface FacetCounts {
  departments: Int32Array;
  locations: Int32Array;
  levels: Int32Array;
}

export interface RankedHit extends IndexHit {
  /** The group's points, unrounded (a search for several groups adds them up). */
  points: number;
}

/** One skill group's matches for everyone, best first, with what its facets need. */
export interface RankedGroup {
  hits: RankedHit[];
  /** Places counted only where shown to everyone; */
  counts: FacetCounts;
  /** the others are counted per viewer. */
  hiddenPlaces: IndexHit[];
  topSkills: IndexFacets['skills'];
}

const LOCATION_BIT = FIELD_BIT.get(ProfileField.LOCATION) as number;
/** The top-skills facet of a cached ranking (the search service asks for the same). */
export const RANKED_SIZES = { skills: 10, skillSample: 500 } as const;
const SKILLS_FIELD_BIT = 1 << TEXT_FIELDS.length;
/** How much a word found in each field says about the person (docs/discovery-ranking.md). */
const FIELD_WEIGHT: Record<TextFieldName | 'skills', number> = { name: 1, skills: 0.8, headline: 0.6, passions: 0.5, askMeAbout: 0.5, bio: 0.3 };
const TEXT_FIELD_WEIGHTS = TEXT_FIELDS.map((f) => FIELD_WEIGHT[f.name]);
const TEXT_FIELD_GUARDS: ReadonlyArray<ProfileField | null> = TEXT_FIELDS.map((f) => f.field);
const SKILLS_WEIGHT = FIELD_WEIGHT.skills;
const PREFIX_SHARE = 0.8;
const TYPO_SHARE = 0.6;
const MAX_MANAGER_DEPTH = 64;
let searchStamp = 0;

/**
 * One search over the in-memory index, for one viewer: matches with their scores, in no order.
 * Privacy is the profile's own policy (`canSee`), with the viewer's relationship to each owner
 * computed from the index's manager links, and applies to matching, ranking and every facet.
 */
export class IndexSearch {
  private readonly privileged: boolean;
  private readonly viewerManagerId: string | null;
  private readonly chainCache = new Map<string, boolean>();
  private readonly now = Date.now();

  constructor(
    private readonly index: PeopleIndex,
    private readonly viewer: Viewer,
    private readonly query: IndexQuery,
  ) {
    this.privileged = isPrivileged(viewer);
    this.viewerManagerId = index.people.get(viewer.personId)?.managerId ?? null;
  }

  canSee(person: IndexedPerson, field: ProfileField): boolean {
    if (person.publicFields & (FIELD_BIT.get(field) as number)) return true;
    if (!needsRelationship(this.viewer, person, field)) return canSee(this.viewer, person, field);
    return canSee(this.viewer, person, field, { inManagerChain: this.inManagerChain(person), viewerManagerId: this.viewerManagerId });
  }

  /**
   * The page after the cursor (`first` + 1 hits, to tell whether more follow), the number of matches
   * and the facets. A search for one skill group and nothing else (the most common search, and the
   * one with the most matches) is answered from that group's cached ranking.
   */
  answer(first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    const q = this.query;
    const plain =
      q.groups.length === 1 && q.terms.length === 0 && q.location === null && q.departmentIds === null &&
      q.minHoursPerWeek === null && q.openToProjects === null && q.passions.length === 0;
    if (plain) return this.rankedAnswer(q.groups[0] as IndexSkillGroup, first, after, sizes);
    const hits = this.matches();
    const counts = this.count(hits);
    return {
      page: topHits(hits, first + 1, after),
      total: hits.length,
      facets: this.facetLists(counts, topSkills(this.index, topHits(hits, sizes.skillSample, null), sizes.skills), sizes),
    };
  }

  private rankedAnswer(group: IndexSkillGroup, first: number, after: Cursor | null, sizes: FacetSizes): IndexAnswer {
    const ranked = this.ranking(group);
    let start = 0;
    if (after) {
      // Binary search: the first hit that comes after the cursor in (score desc, id asc) order.
      let high = ranked.hits.length;
      while (start < high) {
        const mid = (start + high) >> 1;
        const hit = ranked.hits[mid] as IndexHit;
        if (hit.score > after.score || (hit.score === after.score && hit.person.id <= after.id)) start = mid + 1;
        else high = mid;
      }
    }
    const locations = ranked.counts.locations.slice();
    for (const hit of ranked.hiddenPlaces) if (this.canSee(hit.person, ProfileField.LOCATION)) (locations[hit.person.locationNo] as number)++;
    return {
      page: ranked.hits.slice(start, start + first + 1),
      total: ranked.hits.length,
      facets: this.facetLists({ ...ranked.counts, locations }, ranked.topSkills.slice(0, sizes.skills), sizes),
    };
  }

  /** A group's ranking for every viewer: the place counts leave out places not shown to everyone. */
  private rankGroup(group: IndexSkillGroup): RankedGroup {
    const hits: RankedHit[] = this.scanGroup(group).map((person) => ({
      person,
      points: person.best,
      score: Math.round(person.best * 1e4) / 1e4,
      level0: person.level0,
      fields: 0,
    }));
    hits.sort((a, b) => b.score - a.score || (a.person.id < b.person.id ? -1 : 1));
    return {
      hits,
      counts: this.count(hits, (person) => (person.publicFields & LOCATION_BIT) !== 0),
      hiddenPlaces: hits.filter((hit) => hit.person.locationNo >= 0 && !(hit.person.publicFields & LOCATION_BIT)),
      topSkills: topSkills(this.index, hits.slice(0, RANKED_SIZES.skillSample), RANKED_SIZES.skills),
    };
  }

  /**
   * Everyone who matches, with their scores, in no order. With skill groups, the walk starts from the
   * rarest group's ranking (cached across searches) and looks each person's other groups up in their
   * own skills; without, from the people a word finds, or from everyone.
   */
  matches(): IndexHit[] {
    const { groups, terms } = this.query;
    const termSkills = terms.map((term) => this.skillsMatchingWord(term));
    const hits: IndexHit[] = [];
    const keep = (person: IndexedPerson, skillScore: number, level0: number | null) => {
      if (!this.passesFilters(person)) return;
      let text = 0;
      let fields = 0;
      for (let t = 0; t < terms.length; t++) {
        const match = this.termMatch(person, terms[t] as string, termSkills[t] as ReadonlySet<string>);
        if (match.weight === 0) return;
        text += match.weight;
        fields |= match.fields;
      }
      const textRank = terms.length ? text / terms.length : 0;
      hits.push({ person, score: Math.round((skillScore + RANKING.textWeight * textRank) * 1e4) / 1e4, level0, fields });
    };
    if (!groups.length) {
      const candidates = terms.length ? this.termCandidates(this.mostSelectiveTerm(), ++searchStamp) : this.filterCandidates();
      for (const person of candidates) if (person.active) keep(person, 0, null);
      return hits;
    }
    let rarest = 0;
    groups.forEach((group, position) => {
      if (this.groupSize(group) < this.groupSize(groups[rarest] as IndexSkillGroup)) rarest = position;
    });
    const ranked = this.ranking(groups[rarest] as IndexSkillGroup).hits;
    for (const base of ranked) {
      let total = base.points;
      let level0 = rarest === 0 ? base.level0 : null;
      let all = true;
      for (let g = 0; g < groups.length && all; g++) {
        if (g === rarest) continue;
        const found = this.groupPoints(base.person, groups[g] as IndexSkillGroup);
        if (found === null) all = false;
        else {
          total += found.points;
          if (g === 0) level0 = found.level;
        }
      }
      if (all) keep(base.person, total, level0);
    }
    return hits;
  }

  /** Without skills or words: the people of the place, or of the departments, or everyone. */
  private filterCandidates(): Iterable<IndexedPerson> {
    const { location, departmentIds } = this.query;
    if (location !== null) return this.index.byLocation.get(location) ?? [];
    if (departmentIds) return departmentIds.flatMap((id) => [...(this.index.byDepartment.get(id) ?? [])]);
    return this.index.people.values();
  }

  private ranking(group: IndexSkillGroup): RankedGroup {
    return this.index.rankings.get(group, this.query.passion, this.now, () => this.rankGroup(group));
  }

  private groupSize(group: IndexSkillGroup): number {
    return group.members.reduce((n, m) => n + (this.index.holders.get(m.skillId)?.length ?? 0), 0);
  }

  /** A group's points for one person (the best of its members they hold at the level), or null. */
  private groupPoints(person: IndexedPerson, group: IndexSkillGroup): { points: number; level: number | null } | null {
    let points = -1;
    let level: number | null = null;
    for (const member of group.members) {
      const held = person.skills.get(member.skillId);
      if (!held || held.level === null || held.level < group.minLevel) continue;
      points = Math.max(points, this.points(held, member.weight));
      if (member.weight === 1) level = Math.max(level ?? 0, held.level);
    }
    return points < 0 ? null : { points, level };
  }

  private points(held: HeldSkill, weight: number): number {
    return weight * held.expertise * held.recency(this.now) + (this.query.passion ? RANKING.interestPoints * held.interest : 0);
  }

  /** Departments, places (those `placeCounts` accepts: by default, those the viewer may see) and levels. */
  private count(hits: readonly IndexHit[], placeCounts = (person: IndexedPerson) => this.canSee(person, ProfileField.LOCATION)): FacetCounts {
    const departments = new Int32Array(this.index.departmentNumbers.values.length);
    const locations = new Int32Array(this.index.locationNumbers.values.length);
    const levels = new Int32Array(6);
    for (const hit of hits) {
      const { person } = hit;
      if (person.departmentNo >= 0) departments[person.departmentNo]++;
      if (person.locationNo >= 0 && placeCounts(person)) locations[person.locationNo]++;
      if (hit.level0 != null) levels[hit.level0]++;
    }
    return { departments, locations, levels };
  }

  private facetLists(counts: FacetCounts, skills: IndexFacets['skills'], sizes: FacetSizes): IndexFacets {
    const departmentName = (id: string) => this.index.departments.get(id) ?? '';
    return {
      departments: counted(counts.departments, this.index.departmentNumbers.values)
        .filter(([id]) => this.index.departments.has(id))
        .sort((a, b) => b[1] - a[1] || departmentName(a[0]).localeCompare(departmentName(b[0])))
        .slice(0, sizes.facet)
        .map(([id, count]) => ({ id, name: departmentName(id), count })),
      locations: counted(counts.locations, this.index.locationNumbers.values)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, sizes.facet)
        .map(([value, count]) => ({ value, count })),
      skills,
      levels: [5, 4, 3, 2, 1].filter((level) => (counts.levels[level] as number) > 0).map((level) => ({ level, count: counts.levels[level] as number })),
    };
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

  /** The active holders of a group's skills at its level, with their points in `best` and level in `level0`. */
  private scanGroup(group: IndexSkillGroup): IndexedPerson[] {
    const stamp = ++searchStamp;
    const found: IndexedPerson[] = [];
    for (const member of group.members) {
      for (const held of this.index.holders.get(member.skillId) ?? []) {
        if (held.dead || held.level === null || held.level < group.minLevel || !held.person.active) continue;
        const person = held.person;
        const points = this.points(held, member.weight);
        if (person.stamp !== stamp) {
          person.stamp = stamp;
          person.best = points;
          person.level0 = null;
          found.push(person);
        } else person.best = Math.max(person.best, points);
        if (member.weight === 1) person.level0 = Math.max(person.level0 ?? 0, held.level);
      }
    }
    return found;
  }

  private mostSelectiveTerm(): string {
    let best = this.query.terms[0] as string;
    let bestCount = Infinity;
    for (const term of this.query.terms) {
      let count = 0;
      for (const word of this.index.words.startingWith(term)) {
        for (const list of this.index.postings.get(word) ?? []) count += list?.length ?? 0;
        if (count >= bestCount) break;
      }
      for (const skillId of this.skillsMatchingWord(term)) count += this.index.holders.get(skillId)?.length ?? 0;
      if (count < bestCount) {
        best = term;
        bestCount = count;
      }
    }
    return best;
  }

  /** Everyone who might match `term` (checked exactly later): by prefix in any field, by skill name, by a typo in a name. */
  private termCandidates(term: string, stamp: number): IndexedPerson[] {
    const found: IndexedPerson[] = [];
    const add = (person: IndexedPerson) => {
      if (person.stamp === stamp) return;
      person.stamp = stamp;
      found.push(person);
    };
    for (const word of this.index.words.startingWith(term)) {
      for (const list of this.index.postings.get(word) ?? []) if (list) for (const person of list) add(person);
    }
    for (const skillId of this.skillsMatchingWord(term)) {
      for (const held of this.index.holders.get(skillId) ?? []) if (!held.dead && held.level !== null) add(held.person);
    }
    for (const word of this.typoNameWords(term)) {
      for (const person of this.index.postingsFor(word, 0)) add(person);
    }
    return found;
  }

  /** How well one term matches the person in the fields the viewer may see: 0 when it does not. */
  private termMatch(person: IndexedPerson, term: string, termSkills: ReadonlySet<string>): { weight: number; fields: number } {
    let weight = 0;
    let fields = 0;
    for (let index = 0; index < TEXT_FIELDS.length; index++) {
      const found = prefixMatch(person.words[index] as string[], term);
      if (found === 0) continue;
      const field = TEXT_FIELD_GUARDS[index];
      if (field && !this.canSee(person, field)) continue;
      fields |= 1 << index;
      weight = Math.max(weight, (TEXT_FIELD_WEIGHTS[index] as number) * (found === 2 ? 1 : PREFIX_SHARE));
    }
    if (termSkills.size && this.holdsAny(person, termSkills)) {
      fields |= SKILLS_FIELD_BIT;
      weight = Math.max(weight, SKILLS_WEIGHT);
    }
    if (term.length >= 4 && !(fields & 1) && person.nameWords.some((word) => withinOneEdit(term, word))) {
      fields |= 1;
      weight = Math.max(weight, (TEXT_FIELD_WEIGHTS[0] as number) * TYPO_SHARE);
    }
    return { weight, fields };
  }

  /** Whether the person holds (with a level) one of these skills; walks the smaller side. */
  private holdsAny(person: IndexedPerson, skillIds: ReadonlySet<string>): boolean {
    if (skillIds.size < person.skills.size) {
      for (const skillId of skillIds) if (person.skills.get(skillId)?.level != null) return true;
      return false;
    }
    for (const held of person.skills.values()) if (held.level !== null && skillIds.has(held.skillId)) return true;
    return false;
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

  private passesFilters(person: IndexedPerson): boolean {
    const q = this.query;
    if (q.location !== null && (person.locationKey !== q.location || !this.canSee(person, ProfileField.LOCATION))) return false;
    if (q.departmentIds && (!person.departmentId || !q.departmentIds.includes(person.departmentId))) return false;
    if (q.minHoursPerWeek !== null) {
      if (person.hoursPerWeek === null || person.hoursPerWeek < q.minHoursPerWeek || !this.canSee(person, ProfileField.HOURS_PER_WEEK_AVAILABLE)) return false;
    }
    if (q.openToProjects !== null && (person.openToProjects !== q.openToProjects || !this.canSee(person, ProfileField.OPEN_TO_PROJECTS))) return false;
    for (const passion of q.passions) {
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

  /** Whether the viewer manages the person, at any level: memoised per manager, so colleagues share the walk. */
  private inManagerChain(person: IndexedPerson): boolean {
    return this.managedBy(person.managerId, 0);
  }

  private managedBy(managerId: string | null, depth: number): boolean {
    if (managerId === null || depth > MAX_MANAGER_DEPTH) return false;
    if (managerId === this.viewer.personId) return true;
    let found = this.chainCache.get(managerId);
    if (found === undefined) {
      // Marked false first, so that a cycle in the data ends the walk.
      this.chainCache.set(managerId, false);
      found = this.managedBy(this.index.people.get(managerId)?.managerId ?? null, depth + 1);
      this.chainCache.set(managerId, found);
    }
    return found;
  }

}

/** The skills most held among these hits (the top-skills facet). */
function topSkills(index: PeopleIndex, hits: readonly IndexHit[], size: number): IndexFacets['skills'] {
  const ids = index.skillNumbers.values;
  const counts = new Int32Array(ids.length);
  const seen: number[] = [];
  for (const hit of hits) {
    for (const held of hit.person.skills.values()) {
      if (held.level !== null && counts[held.skillNo]++ === 0) seen.push(held.skillNo);
    }
  }
  seen.sort((a, b) => (counts[b] as number) - (counts[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
  return seen.slice(0, size).map((no) => ({ id: ids[no] as string, count: counts[no] as number }));
}

/** The non-zero counts with the values they count. */
function counted(counts: Int32Array, values: readonly string[]): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  counts.forEach((count, number) => {
    if (count > 0) found.push([values[number] as string, count]);
  });
  return found;
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

/** Best first (score, then id), after the cursor when there is one: the first `count`, found in one pass. */
export function topHits(hits: readonly IndexHit[], count: number, after: Cursor | null): IndexHit[] {
  const top: IndexHit[] = [];
  const before = (a: IndexHit, b: IndexHit) => a.score > b.score || (a.score === b.score && a.person.id < b.person.id);
  for (const hit of hits) {
    if (after && (hit.score > after.score || (hit.score === after.score && hit.person.id <= after.id))) continue;
    if (top.length === count && !before(hit, top[count - 1] as IndexHit)) continue;
    let position = top.length === count ? count - 1 : top.length;
    while (position > 0 && before(hit, top[position - 1] as IndexHit)) position--;
    if (top.length === count) top.pop();
    top.splice(position, 0, hit);
  }
  return top;
}
