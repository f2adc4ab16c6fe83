import { randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { SkillSourceName } from '../entities/skill.entity';
import { MAX_SKILL_NAME_LENGTH, characterLength, cleanSkillName, normalizeSkillName } from './normalize';

/**
 * Writes a whole taxonomy (the starter one, ESCO, O*NET) idempotently: everything is planned in
 * memory against what the database holds, then only the differences are written, in batched
 * statements over unnest() arrays. Running the same input twice writes nothing the second time.
 *
 * Rules, the same for every source:
 * - An entry is identified by its stable key (`skill.external_uri`).
 * - New entries are inserted. For known ones the source refreshes description, category and parent;
 *   the name and status belong to Ensemble's admins once a skill exists, so a rename, a retirement or
 *   a merge made here survives every re-import. A merged skill's key stays as a tombstone so that a
 *   re-import does not bring it back; its aliases go to the skill it was merged into.
 * - Names are unique per namespace (see skill_name_key): an entry whose name is already taken there
 *   by a skill with another key IS that skill (its children and aliases attach to it). The one
 *   exception: the starter taxonomy adopts a person's custom skill of the same name, which then
 *   becomes the curated skill, keeping everyone who holds it.
 * - An alias names one skill. It is skipped (and counted) when it is already another skill's alias or
 *   another skill's name in the same namespace; curated (starter) aliases take precedence over
 *   aliases from imported classifications, so "JS" means our JavaScript whatever was imported first.
 * - Parent links that would close a cycle are dropped (and counted).
 */

export type TaxonomySource = Exclude<SkillSourceName, 'custom'>;

export interface TaxonomyEntry {
  /** Stable identity, stored as external_uri: an ESCO URI, `onet:…`, `ensemble:skill/<slug>`. */
  key: string;
  name: string;
  description: string | null;
  category: string;
  parentKey: string | null;
  aliases: readonly string[];
}

export interface TaxonomyProgress {
  phase: string;
  done: number;
  total: number;
}

export interface TaxonomyReport {
  skills: {
    read: number;
    inserted: number;
    updated: number;
    unchanged: number;
    /** Entries whose name already belonged to another skill of the namespace, which stands for them. */
    matchedByName: number;
    /** Custom skills the starter taxonomy took over. */
    adopted: number;
    /** Entries whose skill an admin merged away; left as they are. */
    merged: number;
    /** Entries without a key or a usable name, or repeating a key. */
    invalid: number;
    cyclesBroken: number;
  };
  aliases: {
    read: number;
    inserted: number;
    unchanged: number;
    /** Taken over from an imported skill by a curated one. */
    reassigned: number;
    /** Already another skill's alias or name. */
    skipped: number;
    /** The skill's own name, or listed twice. */
    redundant: number;
    invalid: number;
  };
}

export interface UpsertTaxonomyOptions {
  onProgress?: (progress: TaxonomyProgress) => void;
  /** Rows per statement. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 5000;
const MAX_DESCRIPTION_LENGTH = 4000;
const MAX_CATEGORY_LENGTH = 100;
const MAX_KEY_LENGTH = 500;
const IMPORTED_SOURCES: readonly SkillSourceName[] = ['esco', 'onet'];

/** Arbitrary constant naming the advisory lock that serialises taxonomy writers. */
const TAXONOMY_LOCK_KEY = 7_365_110_001;

/** The sources whose names must not collide with this one's (see skill_name_key in the migration). */
export function namespaceOf(source: SkillSourceName): SkillSourceName[] {
  return source === 'ensemble' || source === 'custom' ? ['ensemble', 'custom'] : [source];
}

/**
 * Runs `work` in a transaction holding the taxonomy lock. Every API replica installs the starter
 * taxonomy at start and imports can run at any time; each plans against what it read, so they take
 * turns rather than race.
 */
export async function inTaxonomyTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [TAXONOMY_LOCK_KEY]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

interface CleanEntry {
  key: string;
  name: string;
  normalized: string;
  description: string | null;
  category: string;
  parentKey: string | null;
  aliases: readonly string[];
}

interface ExistingSkill {
  id: string;
  external_uri: string;
  name: string;
  normalized_name: string;
  description: string | null;
  category: string;
  parent_id: string | null;
  status: 'active' | 'retired' | 'merged';
  merged_into_id: string | null;
  source: SkillSourceName;
}

interface SkillWrite {
  id: string;
  name: string;
  normalized: string;
  description: string | null;
  category: string;
  parentId: string | null;
  externalUri: string | null;
  source: SkillSourceName;
}

interface AliasWrite {
  normalized: string;
  skillId: string;
  alias: string;
}

/** Upserts `input` as skills of `source`. Call inside inTaxonomyTransaction. */
export async function upsertTaxonomy(
  client: ClientBase,
  source: TaxonomySource,
  input: readonly TaxonomyEntry[],
  options: UpsertTaxonomyOptions = {},
): Promise<TaxonomyReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report = emptyReport();
  report.skills.read = input.length;
  const entries = parentsFirst(cleanEntries(input, report), report);
  const namespace = namespaceOf(source);
  const curated = source === 'ensemble';

  // What the database holds that this input could touch, in four statements.
  const keys = unique(
    entries.flatMap((entry) => (entry.parentKey ? [entry.key, entry.parentKey] : [entry.key])),
  );
  const existing = (
    await client.query<ExistingSkill>(
      `SELECT id, external_uri, name, normalized_name, description, category, parent_id, status, merged_into_id, source
         FROM skill WHERE external_uri = ANY($1::text[])`,
      [keys],
    )
  ).rows;
  const existingByKey = new Map(existing.map((row) => [row.external_uri, row]));
  const merged = await resolveMerged(client, existing);
  const aliasForms = new Map<string, string>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const clean = cleanSkillName(alias);
      if (!aliasForms.has(alias)) aliasForms.set(alias, clean);
    }
  }
  const lookups = unique([
    ...entries.map((entry) => entry.normalized),
    ...[...aliasForms.values()].map(normalizeSkillName),
  ]);
  const nameOwners = new Map(
    (
      await client.query<{
        id: string;
        normalized_name: string;
        source: SkillSourceName;
        external_uri: string | null;
      }>(
        `SELECT id, normalized_name, source, external_uri FROM skill
          WHERE status <> 'merged' AND source = ANY($1::text[]) AND normalized_name = ANY($2::text[])`,
        [namespace, lookups],
      )
    ).rows.map((row) => [row.normalized_name, row]),
  );
  const aliasOwners = new Map<string, { skillId: string; source: SkillSourceName }>(
    (
      await client.query<{ normalized_alias: string; skill_id: string; source: SkillSourceName }>(
        `SELECT a.normalized_alias, a.skill_id, s.source FROM skill_alias a JOIN skill s ON s.id = a.skill_id
          WHERE a.normalized_alias = ANY($1::text[])`,
        [lookups],
      )
    ).rows.map((row) => [row.normalized_alias, { skillId: row.skill_id, source: row.source }]),
  );
  const parentOf = new Map(
    (
      await client.query<{ id: string; parent_id: string }>(
        `SELECT id, parent_id FROM skill WHERE parent_id IS NOT NULL`,
      )
    ).rows.map((row) => [row.id, row.parent_id]),
  );

  // Plan the skills, parents before children so that every parent key already has an id.
  const idOfKey = new Map<string, string>();
  const nameOfId = new Map<string, string>();
  for (const row of existing) {
    const final = merged.get(row.id) ?? { id: row.id, normalizedName: row.normalized_name };
    idOfKey.set(row.external_uri, final.id);
    nameOfId.set(final.id, final.normalizedName);
  }
  const newNames = new Map<string, string>();
  const inserts: SkillWrite[] = [];
  const updates: SkillWrite[] = [];
  const parentFor = (entry: CleanEntry, id: string): string | null => {
    const parentId = entry.parentKey ? (idOfKey.get(entry.parentKey) ?? null) : null;
    return parentId === id ? null : parentId;
  };
  for (const entry of entries) {
    const known = existingByKey.get(entry.key);
    if (known) {
      const id = idOfKey.get(entry.key) as string;
      if (known.status === 'merged') {
        report.skills.merged += 1;
        continue;
      }
      const parentId = parentFor(entry, id);
      if (
        known.description !== entry.description ||
        known.category !== entry.category ||
        known.parent_id !== parentId
      ) {
        updates.push({
          ...writeOf(known),
          description: entry.description,
          category: entry.category,
          parentId,
        });
        report.skills.updated += 1;
      } else {
        report.skills.unchanged += 1;
      }
      continue;
    }
    const owner = nameOwners.get(entry.normalized);
    const ownerId = owner?.id ?? newNames.get(entry.normalized);
    if (ownerId) {
      idOfKey.set(entry.key, ownerId);
      nameOfId.set(ownerId, entry.normalized);
      if (curated && owner?.source === 'custom' && owner.external_uri === null) {
        updates.push({
          id: ownerId,
          name: entry.name,
          normalized: entry.normalized,
          description: entry.description,
          category: entry.category,
          parentId: parentFor(entry, ownerId),
          externalUri: entry.key,
          source,
        });
        report.skills.adopted += 1;
      } else {
        report.skills.matchedByName += 1;
      }
      continue;
    }
    const id = randomUUID();
    idOfKey.set(entry.key, id);
    nameOfId.set(id, entry.normalized);
    newNames.set(entry.normalized, id);
    inserts.push({
      id,
      name: entry.name,
      normalized: entry.normalized,
      description: entry.description,
      category: entry.category,
      parentId: parentFor(entry, id),
      externalUri: entry.key,
      source,
    });
    report.skills.inserted += 1;
  }
  report.skills.cyclesBroken += breakCycles([...inserts, ...updates], parentOf);

  // Plan the aliases.
  const aliasInserts: AliasWrite[] = [];
  const aliasReassigns: AliasWrite[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const skillId = idOfKey.get(entry.key);
    if (!skillId) continue;
    const ownName = nameOfId.get(skillId);
    for (const raw of entry.aliases) {
      report.aliases.read += 1;
      const alias = aliasForms.get(raw) as string;
      const normalized = normalizeSkillName(alias);
      if (
        !normalized ||
        characterLength(alias) > MAX_SKILL_NAME_LENGTH ||
        characterLength(normalized) > MAX_SKILL_NAME_LENGTH
      ) {
        report.aliases.invalid += 1;
        continue;
      }
      // The same alias listed twice for one skill (ESCO has some) counts once, on every run alike.
      const pair = `${skillId} ${normalized}`;
      if (normalized === ownName || seen.has(pair)) {
        report.aliases.redundant += 1;
        continue;
      }
      seen.add(pair);
      const held = aliasOwners.get(normalized);
      if (held) {
        if (held.skillId === skillId) {
          report.aliases.unchanged += 1;
        } else if (curated && IMPORTED_SOURCES.includes(held.source)) {
          aliasReassigns.push({ normalized, skillId, alias });
          aliasOwners.set(normalized, { skillId, source });
          report.aliases.reassigned += 1;
        } else {
          report.aliases.skipped += 1;
        }
        continue;
      }
      const namedSkill = nameOwners.get(normalized)?.id ?? newNames.get(normalized);
      if (namedSkill && namedSkill !== skillId) {
        report.aliases.skipped += 1;
        continue;
      }
      aliasInserts.push({ normalized, skillId, alias });
      aliasOwners.set(normalized, { skillId, source });
      report.aliases.inserted += 1;
    }
  }

  // Write only the differences.
  const total = inserts.length + updates.length + aliasInserts.length + aliasReassigns.length;
  let done = 0;
  const advance = (rows: number) => {
    done += rows;
    options.onProgress?.({ phase: 'writing', done, total });
  };
  options.onProgress?.({ phase: 'writing', done: 0, total });
  for (const batch of chunks(inserts, batchSize)) {
    await client.query(
      `INSERT INTO skill (id, name, normalized_name, description, category, parent_id, source, external_uri)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[])`,
      skillColumns(batch),
    );
    advance(batch.length);
  }
  for (const batch of chunks(updates, batchSize)) {
    await client.query(
      `UPDATE skill s SET name = t.name, normalized_name = t.normalized_name, description = t.description,
              category = t.category, parent_id = t.parent_id, source = t.source, external_uri = t.external_uri,
              updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[])
              AS t(id, name, normalized_name, description, category, parent_id, source, external_uri)
        WHERE s.id = t.id`,
      skillColumns(batch),
    );
    advance(batch.length);
  }
  for (const batch of chunks(aliasReassigns, batchSize)) {
    await client.query(
      `UPDATE skill_alias a SET skill_id = t.skill_id, alias = t.alias
         FROM unnest($1::text[], $2::uuid[], $3::text[]) AS t(normalized_alias, skill_id, alias)
        WHERE a.normalized_alias = t.normalized_alias`,
      aliasColumns(batch),
    );
    advance(batch.length);
  }
  for (const batch of chunks(aliasInserts, batchSize)) {
    await client.query(
      `INSERT INTO skill_alias (normalized_alias, skill_id, alias)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[])`,
      aliasColumns(batch),
    );
    advance(batch.length);
  }
  // Fresh statistics after a bulk load, so that the first autocomplete queries get sensible plans.
  if (total > 1000) await client.query('ANALYZE skill, skill_alias');
  return report;
}

function emptyReport(): TaxonomyReport {
  return {
    skills: {
      read: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      matchedByName: 0,
      adopted: 0,
      merged: 0,
      invalid: 0,
      cyclesBroken: 0,
    },
    aliases: { read: 0, inserted: 0, unchanged: 0, reassigned: 0, skipped: 0, redundant: 0, invalid: 0 },
  };
}

function cleanEntries(input: readonly TaxonomyEntry[], report: TaxonomyReport): CleanEntry[] {
  const seen = new Set<string>();
  const entries: CleanEntry[] = [];
  for (const entry of input) {
    const name = cleanSkillName(entry.name);
    const normalized = normalizeSkillName(name);
    const key = entry.key.trim();
    const category = entry.category.trim().slice(0, MAX_CATEGORY_LENGTH);
    if (
      !key ||
      key.length > MAX_KEY_LENGTH ||
      seen.has(key) ||
      !normalized ||
      !category ||
      characterLength(name) > MAX_SKILL_NAME_LENGTH ||
      characterLength(normalized) > MAX_SKILL_NAME_LENGTH
    ) {
      report.skills.invalid += 1;
      continue;
    }
    seen.add(key);
    const description = entry.description?.trim() || null;
    entries.push({
      key,
      name,
      normalized,
      description: description ? Array.from(description).slice(0, MAX_DESCRIPTION_LENGTH).join('') : null,
      category,
      parentKey: entry.parentKey?.trim() || null,
      aliases: entry.aliases,
    });
  }
  return entries;
}

/** Entries ordered so that every parent in the input comes before its children; input cycles are cut. */
function parentsFirst(entries: CleanEntry[], report: TaxonomyReport): CleanEntry[] {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const placed = new Set<string>();
  const ordered: CleanEntry[] = [];
  for (const start of entries) {
    const path: CleanEntry[] = [];
    const onPath = new Set<string>();
    let current: CleanEntry | undefined = start;
    while (current && !placed.has(current.key)) {
      if (onPath.has(current.key)) {
        path[path.length - 1].parentKey = null;
        report.skills.cyclesBroken += 1;
        break;
      }
      path.push(current);
      onPath.add(current.key);
      current = current.parentKey ? byKey.get(current.parentKey) : undefined;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      ordered.push(path[i]);
      placed.add(path[i].key);
    }
  }
  return ordered;
}

/** Where merged skills ended up (following merge chains), with the normalized name of the survivor. */
async function resolveMerged(
  client: ClientBase,
  rows: readonly ExistingSkill[],
): Promise<Map<string, { id: string; normalizedName: string }>> {
  const resolved = new Map<string, { id: string; normalizedName: string }>();
  let frontier = new Map(
    rows.filter((row) => row.status === 'merged').map((row) => [row.id, row.merged_into_id as string]),
  );
  for (let hop = 0; frontier.size > 0 && hop < 20; hop++) {
    const targets = (
      await client.query<{
        id: string;
        normalized_name: string;
        status: string;
        merged_into_id: string | null;
      }>(`SELECT id, normalized_name, status, merged_into_id FROM skill WHERE id = ANY($1::uuid[])`, [
        unique([...frontier.values()]),
      ])
    ).rows;
    const byId = new Map(targets.map((target) => [target.id, target]));
    const next = new Map<string, string>();
    for (const [origin, targetId] of frontier) {
      const target = byId.get(targetId);
      if (!target) continue;
      if (target.status === 'merged' && target.merged_into_id) next.set(origin, target.merged_into_id);
      else resolved.set(origin, { id: target.id, normalizedName: target.normalized_name });
    }
    frontier = next;
  }
  return resolved;
}

/**
 * Drops planned parent links that would make a skill its own ancestor, judged against the parent
 * links already in the database overlaid with the planned ones.
 */
function breakCycles(writes: SkillWrite[], parentOf: Map<string, string>): number {
  for (const write of writes) {
    if (write.parentId) parentOf.set(write.id, write.parentId);
    else parentOf.delete(write.id);
  }
  let broken = 0;
  for (const write of writes) {
    const seen = new Set<string>();
    for (let current = write.parentId; current; current = parentOf.get(current) ?? null) {
      if (current === write.id) {
        write.parentId = null;
        parentOf.delete(write.id);
        broken += 1;
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
    }
  }
  return broken;
}

function writeOf(row: ExistingSkill): SkillWrite {
  return {
    id: row.id,
    name: row.name,
    normalized: row.normalized_name,
    description: row.description,
    category: row.category,
    parentId: row.parent_id,
    externalUri: row.external_uri,
    source: row.source,
  };
}

function skillColumns(rows: readonly SkillWrite[]): unknown[][] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.name),
    rows.map((row) => row.normalized),
    rows.map((row) => row.description),
    rows.map((row) => row.category),
    rows.map((row) => row.parentId),
    rows.map((row) => row.source),
    rows.map((row) => row.externalUri),
  ];
}

function aliasColumns(rows: readonly AliasWrite[]): unknown[][] {
  return [rows.map((row) => row.normalized), rows.map((row) => row.skillId), rows.map((row) => row.alias)];
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
