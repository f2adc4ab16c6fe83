import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientBase } from 'pg';
import { isCommonEnglishWord, singularOf } from '@ensemble/api/skills-data';
import { normalizeSkillName } from '../taxonomy/normalize';
import {
  inTaxonomyTransaction,
  upsertTaxonomy,
  type TaxonomyEntry,
  type TaxonomyProgress,
  type TaxonomyReport,
} from '../taxonomy/upsert-taxonomy';
import { readCsvRecords, type ReadProgress } from './csv';

/**
 * ESCO (European Skills, Competences, Qualifications and Occupations) import, from the official CSV
 * package a user downloads (https://esco.ec.europa.eu/en/use-esco/download). Reads
 * `skills_en.csv`, `skillGroups_en.csv` and `broaderRelationsSkillPillar.csv`.
 *
 * Hierarchy: ESCO files every skill under skill groups ("working with computers", "ICT", "languages")
 * and sometimes under broader skills. Groups are not skills, but without them two thirds of the
 * skills would have no parent at all, so groups are imported as parent skills (source 'esco', active,
 * category 'skill group'). ESCO repeats a group's label on its single child group ("handling and
 * moving" S6 → S6.0 → S6.0.0) and, for nine knowledge areas, on a skill ("mathematics"); such a group
 * is folded into the ancestor group or the skill of the same name: one skill, the folded group's
 * children attached to it, its labels as aliases.
 *
 * Parent: a concept with several broader concepts gets the first broader skill if there is one (the
 * more specific link: Haskell → computer programming), else its first group, in file order.
 *
 * Category: the skill type ('knowledge' or 'skill/competence'; six DigComp competences without a type
 * count as 'skill/competence'), or 'skill group'.
 *
 * Aliases: the alternative labels, except one-word labels that are ordinary English words and not a
 * word of the concept's own label: "data" for statistics, "design" for think creatively, "IT" for
 * computer technology, "security" for securities. They name something else in an ordinary sentence
 * and would turn any question containing them into the skill (docs/discovery-ranking.md §1). Those
 * that are a word of the label ("Python" for Python (computer programming), "lead" for lead others)
 * stay; query understanding still asks for support before it reads them as the skill.
 *
 * This service uses the ESCO classification of the European Commission.
 */

export const ESCO_FILES = {
  skills: 'skills_en.csv',
  groups: 'skillGroups_en.csv',
  broader: 'broaderRelationsSkillPillar.csv',
} as const;

export const ESCO_GROUP_CATEGORY = 'skill group';

export interface EscoConcept {
  uri: string;
  kind: 'skill' | 'group';
  label: string;
  altLabels: string[];
  description: string | null;
  /** Skills only: 'knowledge', 'skill/competence' or ''. */
  skillType?: string;
}

export interface EscoBroaderRelation {
  uri: string;
  broaderUri: string;
}

export interface EscoTaxonomy {
  entries: TaxonomyEntry[];
  /** The one-word alternative labels left out (see the module comment), with the concept they named. */
  droppedLabels: Array<{ label: string; concept: string }>;
  stats: {
    skills: number;
    groups: number;
    /** Groups that share their label with an ancestor group or a skill, folded into it. */
    groupsFolded: number;
    /** Broader relations naming a concept that is in neither file. */
    unknownBroader: number;
    /** One-word alternative labels left out as ordinary English words naming something else. */
    commonWordLabelsDropped: number;
  };
}

export interface EscoImportReport extends TaxonomyReport {
  esco: EscoTaxonomy['stats'];
}

export interface EscoImportOptions {
  onProgress?: (progress: TaxonomyProgress) => void;
  batchSize?: number;
}

/** Reads the ESCO CSV files in `dir` and upserts them, in one transaction. */
export async function importEsco(
  client: ClientBase,
  dir: string,
  options: EscoImportOptions = {},
): Promise<EscoImportReport> {
  const taxonomy = await readEscoTaxonomy(dir, options);
  const report = await inTaxonomyTransaction(client, () =>
    upsertTaxonomy(client, 'esco', taxonomy.entries, {
      onProgress: options.onProgress,
      batchSize: options.batchSize,
    }),
  );
  return { ...report, esco: taxonomy.stats };
}

/** Reads the ESCO CSV files in `dir` into taxonomy entries (what importEsco writes). */
export async function readEscoTaxonomy(
  dir: string,
  options: Pick<EscoImportOptions, 'onProgress'> = {},
): Promise<EscoTaxonomy> {
  const paths = {
    skills: join(dir, ESCO_FILES.skills),
    groups: join(dir, ESCO_FILES.groups),
    broader: join(dir, ESCO_FILES.broader),
  };
  const missing = Object.values(paths).filter((path) => !existsSync(path));
  if (missing.length) throw new Error(`Not an ESCO CSV directory: missing ${missing.join(', ')}`);

  const reading = (progress: ReadProgress) =>
    options.onProgress?.({ phase: 'reading', done: progress.bytesRead, total: progress.totalBytes });
  const skills: EscoConcept[] = [];
  for await (const record of readCsvRecords(paths.skills, {
    requiredColumns: ['conceptUri', 'preferredLabel', 'altLabels', 'skillType', 'description'],
    onProgress: reading,
  })) {
    if (record['conceptUri']) skills.push(conceptOf(record, 'skill'));
  }
  const groups: EscoConcept[] = [];
  for await (const record of readCsvRecords(paths.groups, {
    requiredColumns: ['conceptUri', 'preferredLabel', 'altLabels', 'description'],
  })) {
    if (record['conceptUri']) groups.push(conceptOf(record, 'group'));
  }
  const broader: EscoBroaderRelation[] = [];
  for await (const record of readCsvRecords(paths.broader, {
    requiredColumns: ['conceptUri', 'broaderUri'],
  })) {
    if (record['conceptUri'] && record['broaderUri'])
      broader.push({ uri: record['conceptUri'].trim(), broaderUri: record['broaderUri'].trim() });
  }

  return buildEscoTaxonomy(skills, groups, broader);
}

function conceptOf(record: Record<string, string>, kind: 'skill' | 'group'): EscoConcept {
  return {
    uri: record['conceptUri'].trim(),
    kind,
    label: record['preferredLabel'],
    // ESCO separates alternative labels with line breaks inside one quoted field.
    altLabels: record['altLabels'].split(/\r?\n/).filter((label) => label.trim() !== ''),
    description: record['description']?.trim() || null,
    skillType: kind === 'skill' ? record['skillType']?.trim() : undefined,
  };
}

/** Turns ESCO concepts and broader relations into taxonomy entries (pure; see the module comment). */
export function buildEscoTaxonomy(
  skills: readonly EscoConcept[],
  groups: readonly EscoConcept[],
  relations: readonly EscoBroaderRelation[],
): EscoTaxonomy {
  const concepts = new Map<string, EscoConcept>();
  for (const concept of [...skills, ...groups])
    if (!concepts.has(concept.uri)) concepts.set(concept.uri, concept);

  let unknownBroader = 0;
  const broaderOf = new Map<string, string[]>();
  for (const relation of relations) {
    if (!concepts.has(relation.uri)) continue;
    if (!concepts.has(relation.broaderUri)) {
      unknownBroader += 1;
      continue;
    }
    const list = broaderOf.get(relation.uri) ?? [];
    if (!list.includes(relation.broaderUri)) list.push(relation.broaderUri);
    broaderOf.set(relation.uri, list);
  }
  // Broader skills first (more specific), then groups; file order within each.
  for (const [uri, list] of broaderOf) {
    broaderOf.set(uri, [
      ...list.filter((broader) => concepts.get(broader)?.kind === 'skill'),
      ...list.filter((broader) => concepts.get(broader)?.kind === 'group'),
    ]);
  }

  // Fold groups top-down, so that in a chain of equal labels the topmost group survives.
  const canonical = new Map<string, string>();
  const skillByLabel = new Map<string, string>();
  for (const skill of concepts.values()) {
    if (skill.kind === 'skill') {
      canonical.set(skill.uri, skill.uri);
      const label = normalizeSkillName(skill.label);
      if (!skillByLabel.has(label)) skillByLabel.set(label, skill.uri);
    }
  }
  const groupByLabel = new Map<string, string>();
  const folded = new Map<string, string[]>();
  for (const group of groupsTopDown(
    [...concepts.values()].filter((concept) => concept.kind === 'group'),
    broaderOf,
  )) {
    const label = normalizeSkillName(group.label);
    const into = skillByLabel.get(label) ?? groupByLabel.get(label);
    if (into) {
      canonical.set(group.uri, into);
      folded.set(into, [...(folded.get(into) ?? []), group.uri]);
    } else {
      canonical.set(group.uri, group.uri);
      groupByLabel.set(label, group.uri);
    }
  }

  const entries: TaxonomyEntry[] = [];
  const droppedLabels: EscoTaxonomy['droppedLabels'] = [];
  for (const concept of concepts.values()) {
    if (canonical.get(concept.uri) !== concept.uri) continue;
    const members = [concept.uri, ...(folded.get(concept.uri) ?? [])];
    let parentKey: string | null = null;
    for (const member of members) {
      const parent = (broaderOf.get(member) ?? [])
        .map((uri) => canonical.get(uri) as string)
        .find((uri) => uri !== concept.uri);
      if (parent) {
        parentKey = parent;
        break;
      }
    }
    const ownWords = new Set(labelWords(concept.label).map(singularOf));
    const aliases = members
      .flatMap((member) => {
        const source = concepts.get(member) as EscoConcept;
        return member === concept.uri ? source.altLabels : [source.label, ...source.altLabels];
      })
      .filter((alias) => {
        const words = labelWords(alias);
        const [word] = words;
        if (
          words.length !== 1 ||
          word === undefined ||
          !isCommonEnglishWord(word) ||
          ownWords.has(singularOf(word))
        )
          return true;
        droppedLabels.push({ label: alias, concept: concept.label });
        return false;
      });
    entries.push({
      key: concept.uri,
      name: concept.label,
      description:
        concept.description ??
        members.map((member) => concepts.get(member)?.description).find(Boolean) ??
        null,
      category: concept.kind === 'group' ? ESCO_GROUP_CATEGORY : concept.skillType || 'skill/competence',
      parentKey,
      aliases,
    });
  }
  const groupCount = [...concepts.values()].filter((concept) => concept.kind === 'group').length;
  return {
    entries,
    droppedLabels,
    stats: {
      skills: concepts.size - groupCount,
      groups: groupCount,
      groupsFolded: [...folded.values()].reduce((sum, list) => sum + list.length, 0),
      unknownBroader,
      commonWordLabelsDropped: droppedLabels.length,
    },
  };
}

/** The words of a label as query understanding splits them (lower case, between anything else). */
function labelWords(label: string): string[] {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/** Groups ordered so that each comes after all of its broader groups (Kahn's algorithm, file order). */
function groupsTopDown(groups: EscoConcept[], broaderOf: Map<string, string[]>): EscoConcept[] {
  const isGroup = new Set(groups.map((group) => group.uri));
  const waitingFor = new Map<string, number>();
  const children = new Map<string, EscoConcept[]>();
  for (const group of groups) {
    const parents = (broaderOf.get(group.uri) ?? []).filter((uri) => isGroup.has(uri));
    waitingFor.set(group.uri, parents.length);
    for (const parent of parents) children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const ordered: EscoConcept[] = [];
  const queue = groups.filter((group) => waitingFor.get(group.uri) === 0);
  for (let i = 0; i < queue.length; i++) {
    const group = queue[i];
    ordered.push(group);
    for (const child of children.get(group.uri) ?? []) {
      const left = (waitingFor.get(child.uri) ?? 0) - 1;
      waitingFor.set(child.uri, left);
      if (left === 0) queue.push(child);
    }
  }
  // Groups caught in a cycle of broader links (none in ESCO 1.1.1) still come, last.
  const placed = new Set(ordered.map((group) => group.uri));
  return [...ordered, ...groups.filter((group) => !placed.has(group.uri))];
}
