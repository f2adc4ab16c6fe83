import type { IndexSkillGroup, RankedGroup } from './index-search';

const MAX_GROUPS = 64;
/** Cached hits across all groups, at most (a group for a skill held by 85,000 people is 85,000). */
const MAX_HITS = 2_000_000;
/** Recency moves slowly (a year's decay): a ranking is rebuilt after an hour even if nothing changed. */
const MAX_AGE_MS = 60 * 60_000;

interface Entry {
  ranked: RankedGroup;
  versions: number[];
  builtAt: number;
}

/**
 * Rankings of single skill groups (a skill with its narrower skills, at a minimum level), shared by
 * every viewer and kept while none of the group's skills changed (PeopleIndex.skillVersions). Least
 * recently used groups go first when the cache is full.
 */
export class GroupRankingCache {
  private readonly entries = new Map<string, Entry>();
  private hits = 0;

  constructor(private readonly skillVersions: ReadonlyMap<string, number>) {}

  get(group: IndexSkillGroup, passion: boolean, now: number, build: () => RankedGroup): RankedGroup {
    const key = `${group.minLevel}|${passion ? 1 : 0}|${group.members.map((m) => `${m.skillId}:${m.weight}`).join(',')}`;
    const versions = group.members.map((m) => this.skillVersions.get(m.skillId) ?? 0);
    const cached = this.entries.get(key);
    this.drop(key);
    if (cached && now - cached.builtAt < MAX_AGE_MS && cached.versions.every((v, i) => v === versions[i])) {
      this.keep(key, cached);
      return cached.ranked;
    }
    const entry = { ranked: build(), versions, builtAt: now };
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
