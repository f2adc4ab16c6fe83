import type { HeldSkillView, PersonSkillsView, SkillHoldersView } from '@ensemble/api/people-index';
import { MATCHING as M } from './matching-weights';

/**
 * The shortlist of candidates for a role: the people with the best coverage of its required skills
 * (docs/project-matching.md), computed on the people index in this process (docs/adr/0008) rather
 * than by aggregating every holder of the role's skills in SQL. The answer is exactly the SQL one's:
 * the same formula in the same floating-point arithmetic, the same order (coverage, then interest,
 * then id), the same people left out.
 */

export interface Requirement {
  skillId: string;
  minLevel: number;
  mustHave: boolean;
}

export interface ShortlistEntry {
  personId: string;
  /** Σ weight × fit / Σ weight, as SQL computes it (docs/project-matching.md). */
  coverage: number;
  /** How many of the role's skills the person marked as interest or wanting to grow. */
  interested: number;
}

/** Fit for holding a skill at `level` against a minimum, before endorsements and evidence. */
const levelFit = (level: number, minLevel: number) =>
  level >= minLevel ? 1 : (M.belowMinimumShare * level) / minLevel;

/** What endorsements and evidence add to a held skill's fit, in the SQL's arithmetic (FIT in matching.sql.ts). */
function fitBonus(held: HeldSkillView): number {
  // The weight is a `real` column (hence Math.fround); without endorsements the term is 0.2 × (1 − e⁰) = 0.
  const endorsed =
    held.endorsementWeight === 0
      ? 0
      : M.endorsementBonus * (1 - Math.exp(-Math.fround(held.endorsementWeight) / 3));
  return endorsed + (held.evidenceCount > 0 ? M.evidenceBonus : 0);
}

/** A person's fit for one required skill, in the same double arithmetic as the SQL (FIT in matching.sql.ts). */
export function skillFit(held: HeldSkillView, requirement: Requirement): number {
  return held.level === null ? 0 : levelFit(held.level, requirement.minLevel) + fitBonus(held);
}

const weightOf = (requirement: Requirement) => (requirement.mustHave ? M.mustHaveWeight : M.niceToHaveWeight);

/** A skill's active holders as plain arrays: who (ordinal), level (-1: none), interest, fit bonus. */
interface SkillColumns {
  version: number | undefined;
  people: Int32Array;
  levels: Int8Array;
  interested: Uint8Array;
  bonuses: Float64Array;
}

/**
 * Per people index, each required skill's holders as plain arrays, rebuilt when the skill's version
 * moves: adding up a role's coverage then reads arrays in order into scratch arrays by ordinal,
 * instead of chasing a person's map of skills for every holder (each lookup a few cache misses on an
 * index of a million rows).
 */
class HolderColumns {
  private readonly skills = new Map<string, SkillColumns>();
  // Scratch per ordinal, for the shortlist being computed (they run one at a time).
  private sums = new Float64Array(0);
  private interests = new Uint8Array(0);
  private candidates = new Uint8Array(0);

  constructor(private readonly source: SkillHoldersView) {}

  shortlist(
    requirements: readonly Requirement[],
    excluded: ReadonlySet<string>,
    size: number,
  ): ShortlistEntry[] {
    const totalWeight = requirements.reduce((sum, requirement) => sum + weightOf(requirement), 0);
    if (!totalWeight || size < 1) return [];
    const columns = requirements.map((requirement) => this.columns(requirement.skillId));
    const everyone = this.source.byOrd.length;
    this.fitScratch(everyone);
    const { sums, interests, candidates } = this;
    sums.fill(0, 0, everyone);
    interests.fill(0, 0, everyone);
    candidates.fill(0, 0, everyone);
    // Σ weight × fit in the role's order (each person holds a skill at most once), as SQL sums it.
    for (let k = 0; k < requirements.length; k++) {
      const requirement = requirements[k] as Requirement;
      const { people, levels, interested, bonuses } = columns[k] as SkillColumns;
      const weight = weightOf(requirement);
      // The fit for each level before the bonus (index 0 unused: levels run 1 to 5).
      const byLevel = Float64Array.from({ length: 6 }, (_, level) => levelFit(level, requirement.minLevel));
      for (let e = 0; e < people.length; e++) {
        const person = people[e] as number;
        candidates[person] = 1;
        const level = levels[e] as number;
        // No level (only an interest): a fit of 0, which adds nothing.
        if (level > 0) sums[person] += weight * ((byLevel[level] as number) + (bonuses[e] as number));
        interests[person] += interested[e] as number;
      }
    }
    for (const id of excluded) {
      const person = this.source.people.get(id);
      if (person) candidates[person.ord] = 0;
    }
    const heap = new ShortlistHeap(size);
    let last: ShortlistEntry | undefined;
    for (let person = 0; person < everyone; person++) {
      if (candidates[person] === 0) continue;
      const coverage = (sums[person] as number) / totalWeight;
      if (last && coverage < last.coverage) continue;
      const interestCount = interests[person] as number;
      if (last && coverage === last.coverage && interestCount < last.interested) continue;
      heap.offer({
        personId: (this.source.byOrd[person] as PersonSkillsView).id,
        coverage,
        interested: interestCount,
      });
      last = heap.last();
    }
    return heap.sorted();
  }

  private columns(skillId: string): SkillColumns {
    const version = this.source.skillVersions.get(skillId);
    const cached = this.skills.get(skillId);
    if (cached && cached.version === version) return cached;
    const holders = (this.source.holders.get(skillId) ?? []).filter(
      (held) => !held.dead && held.person.active,
    );
    const built: SkillColumns = {
      version,
      people: Int32Array.from(holders, (held) => held.person.ord),
      levels: Int8Array.from(holders, (held) => held.level ?? -1),
      interested: Uint8Array.from(holders, (held) => (held.interest > 0 || held.wantsToGrow ? 1 : 0)),
      bonuses: Float64Array.from(holders, fitBonus),
    };
    this.skills.set(skillId, built);
    return built;
  }

  /** Scratch arrays as long as there are ordinals. */
  private fitScratch(everyone: number): void {
    if (this.sums.length >= everyone) return;
    const length = Math.ceil(everyone * 1.25) + 1024;
    this.sums = new Float64Array(length);
    this.interests = new Uint8Array(length);
    this.candidates = new Uint8Array(length);
  }
}

const columnsBySource = new WeakMap<SkillHoldersView, HolderColumns>();

/**
 * The `size` active people with the best coverage among those who hold or want one of the required
 * skills, except `excluded` (the owner and the team), best first.
 */
export function shortlistByCoverage(
  source: SkillHoldersView,
  requirements: readonly Requirement[],
  excluded: ReadonlySet<string>,
  size: number,
): ShortlistEntry[] {
  let columns = columnsBySource.get(source);
  if (!columns) columnsBySource.set(source, (columns = new HolderColumns(source)));
  return columns.shortlist(requirements, excluded, size);
}

/** Whether `a` ranks after `b`: lower coverage, then less interest, then the larger id. */
function after(a: ShortlistEntry, b: ShortlistEntry): boolean {
  if (a.coverage !== b.coverage) return a.coverage < b.coverage;
  if (a.interested !== b.interested) return a.interested < b.interested;
  return a.personId > b.personId;
}

/** The best `size` entries seen so far, the last-placed one on top (a binary heap). */
class ShortlistHeap {
  private readonly items: ShortlistEntry[] = [];
  constructor(private readonly size: number) {}

  /** The entry in last place once the shortlist is full (before that, anyone may join). */
  last(): ShortlistEntry | undefined {
    return this.items.length === this.size ? this.items[0] : undefined;
  }

  offer(entry: ShortlistEntry): void {
    const items = this.items;
    if (items.length < this.size) {
      items.push(entry);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!after(items[i] as ShortlistEntry, items[parent] as ShortlistEntry)) break;
        [items[i], items[parent]] = [items[parent] as ShortlistEntry, items[i] as ShortlistEntry];
        i = parent;
      }
      return;
    }
    if (!after(items[0] as ShortlistEntry, entry)) return;
    items[0] = entry;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < items.length && after(items[left] as ShortlistEntry, items[worst] as ShortlistEntry))
        worst = left;
      if (right < items.length && after(items[right] as ShortlistEntry, items[worst] as ShortlistEntry))
        worst = right;
      if (worst === i) return;
      [items[i], items[worst]] = [items[worst] as ShortlistEntry, items[i] as ShortlistEntry];
      i = worst;
    }
  }

  sorted(): ShortlistEntry[] {
    return [...this.items].sort((a, b) => (after(a, b) ? 1 : -1));
  }
}
