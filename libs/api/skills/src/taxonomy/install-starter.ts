import type { ClientBase } from 'pg';
import { STARTER_TAXONOMY, starterSkillUri } from '@ensemble/api/skills-data';
import {
  inTaxonomyTransaction,
  upsertTaxonomy,
  type TaxonomyEntry,
  type TaxonomyReport,
} from './upsert-taxonomy';

/** The starter taxonomy as upsert entries, keyed `ensemble:skill/<key>`. */
export function starterTaxonomyEntries(): TaxonomyEntry[] {
  return STARTER_TAXONOMY.map((skill) => ({
    key: starterSkillUri(skill.key),
    name: skill.name,
    description: skill.description,
    category: skill.category,
    parentKey: skill.parent ? starterSkillUri(skill.parent) : null,
    aliases: skill.aliases ?? [],
  }));
}

/**
 * Installs or refreshes the starter taxonomy, in one transaction. Idempotent and cheap when nothing
 * changed (a few reads, no writes), so the API can run it at every start.
 */
export function applyStarterTaxonomy(client: ClientBase): Promise<TaxonomyReport> {
  return inTaxonomyTransaction(client, () => upsertTaxonomy(client, 'ensemble', starterTaxonomyEntries()));
}
