import { ProfileField } from '@ensemble/api/people';
import { countFacets, topSkills, type FacetCounts } from './facets';
import { FIELD_BIT } from './fields';
import type { HeldSkill } from './indexed-person';
import { Matches } from './matches';
import type { PeopleIndex } from './people-index';
import type { IndexFacets, IndexSkillGroup } from './query';
import { RANKING } from './ranking';
import { scratch } from './scratch';

/** One skill group's matches for everyone, best first, with what its facets need. */
export interface RankedGroup {
  matches: Matches;
  /** The group's points per match, unrounded (a search for several groups adds them up). */
  points: Float64Array;
  /** Places counted only where shown to everyone; */
  counts: FacetCounts;
  /** the others (ordinals) are counted per viewer. */
  hiddenPlaces: Int32Array;
  topSkills: IndexFacets['skills'];
}

/** The top-skills facet of a cached ranking (the search service asks for the same). */
export const RANKED_SIZES = { skills: 10, skillSample: 500 } as const;
const LOCATION_BIT = FIELD_BIT.get(ProfileField.LOCATION) as number;

const MAX_GROUPS = 64;
/** Cached hits across all groups, at most (a group for a skill held by 85,000 people is 85,000). */
const MAX_HITS = 2_000_000;
/** Recency moves slowly (a year's decay): a ranking is rebuilt after an hour even if nothing changed. */
const MAX_AGE_MS = 60 * 60_000;

interface Entry {
  ranked: RankedGroup;
  versions: readonly number[];
  builtAt: number;
}

/**
 * Rankings of single skill groups (a skill with its narrower skills, at a minimum level), shared by
 * every viewer and kept while none of the group's skills changed (PeopleIndex.skillVersions). Least
 * recently used groups go first when the cache is full.
 */
class GroupRankingCache {
  private readonly entries = new Map<string, Entry>();
  private hits = 0;


  /** The ranking under `key`, built again when any of its `versions` moved or it is an hour old. */
  get(key: string, versions: readonly number[], now: number, build: () => RankedGroup): RankedGroup {
    const cached = this.entries.get(key);
    this.drop(key);
    if (cached && now - cached.builtAt < MAX_AGE_MS && cached.versions.length === versions.length && cached.versions.every((v, i) => v === versions[i])) {
      this.keep(key, cached);
      return cached.ranked;
    }
    const entry = { ranked: build(), versions: [...versions], builtAt: now };
    this.keep(key, entry);
    return entry.ranked;
  }

  private keep(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.hits += entry.ranked.matches.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= MAX_GROUPS && this.hits <= MAX_HITS) break;
      if (oldest === key) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.hits -= entry.ranked.matches.length;
    this.entries.delete(key);
  }
}

/** Per index, its cached group rankings (they live and go with the index they rank). */
const caches = new WeakMap<PeopleIndex, GroupRankingCache>();

function cacheOf(index: PeopleIndex): GroupRankingCache {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new GroupRankingCache()));
  return cache;
}

/** What identifies a group's ranking: its members with their weights, the minimum level, passion. */
function groupKey(group: IndexSkillGroup, passion: boolean): string {
  return `${group.minLevel}|${passion ? 1 : 0}|${group.members.map((m) => `${m.skillId}:${m.weight}`).join(',')}`;
}

function groupVersions(index: PeopleIndex, group: IndexSkillGroup): number[] {
  return group.members.map((m) => index.skillVersions.get(m.skillId) ?? 0);
}

/** A group's ranking on this index, from the cache while none of the group's skills changed. */
export function rankedGroup(index: PeopleIndex, group: IndexSkillGroup, passion: boolean, now: number): RankedGroup {
  return cacheOf(index).get(groupKey(group, passion), groupVersions(index, group), now, () => rankGroup(index, group, passion, now));
}

/**
 * A group's ranking as a whole text question (docs/discovery-ranking.md §3) with the teams of the given
 * projects (those the viewer may see whose roles needed the group's skills, by number), from the cache
 * while neither the group's skills nor any project changed: viewers who see the same projects share it.
 */
export function rankedTextGroup(
  index: PeopleIndex,
  group: IndexSkillGroup,
  projectNos: readonly number[],
  passion: boolean,
  now: number,
  build: () => RankedGroup,
): RankedGroup {
  const key = `text|${groupKey(group, passion)}|${projectNos.join(',')}`;
  return cacheOf(index).get(key, [...groupVersions(index, group), index.projectsVersion], now, build);
}

/** A ranking's facets for every viewer, from its matches in order: place counts leave out places not shown to everyone. */
export function rankedFrom(index: PeopleIndex, matches: Matches, points: Float64Array): RankedGroup {
  const { columns } = index;
  const ords = Array.from(matches.ords.subarray(0, matches.length));
  return {
    matches,
    points,
    counts: countFacets(index, matches, (ord) => ((columns.publicFields[ord] as number) & LOCATION_BIT) !== 0),
    hiddenPlaces: Int32Array.from(ords.filter((ord) => (columns.locationNo[ord] as number) >= 0 && !((columns.publicFields[ord] as number) & LOCATION_BIT))),
    topSkills: topSkills(index, ords.slice(0, RANKED_SIZES.skillSample), RANKED_SIZES.skills),
  };
}

/** What one held skill adds to a group's ranking: its expertise, aged, weighted by the member's weight; interest when asked for. */
export function skillPoints(held: HeldSkill, weight: number, passion: boolean, now: number): number {
  return weight * held.expertise * held.recency(now) + (passion ? RANKING.interestPoints * held.interest : 0);
}

/** A group's ranking for every viewer: the place counts leave out places not shown to everyone. */
function rankGroup(index: PeopleIndex, group: IndexSkillGroup, passion: boolean, now: number): RankedGroup {
  const stamp = scratch.next(index.columns.size);
  const { stamps, sums, levels } = scratch;
  const found: number[] = [];
  for (const member of group.members) {
    for (const held of index.holders.get(member.skillId) ?? []) {
      if (held.dead || held.level === null || held.level < group.minLevel || !held.person.active) continue;
      const ord = held.person.ord;
      const points = skillPoints(held, member.weight, passion, now);
      if (stamps[ord] !== stamp) {
        stamps[ord] = stamp;
        sums[ord] = points;
        levels[ord] = 0;
        found.push(ord);
      } else sums[ord] = Math.max(sums[ord] as number, points);
      if (member.weight === 1) levels[ord] = Math.max(levels[ord] as number, held.level);
    }
  }
  const score = (ord: number) => Math.round((sums[ord] as number) * 1e4) / 1e4;
  const idFirst = index.idFirst;
  found.sort((a, b) => score(b) - score(a) || (idFirst(a, b) ? -1 : 1));
  const matches = new Matches(Math.max(found.length, 1));
  const points = new Float64Array(found.length);
  found.forEach((ord, i) => {
    matches.push(ord, score(ord), levels[ord] as number, 0);
    points[i] = sums[ord] as number;
  });
  return rankedFrom(index, matches, points);
}
