import { BadUserInputError } from '@ensemble/api/core';
import type { PersonEntity } from '../entities/person.entity';
import type { UpdateMyProfileInput } from '../dto/update-profile.input';
import {
  ProfileField,
  canonicalLanguageTag,
  normalizeTopics,
  type FieldVisibilityMap,
  type ProfileLinkValue,
  type SpokenLanguageValue,
} from './profile-fields';

/** The person columns a profile update may write. */
export type ProfilePatch = Partial<
  Pick<
    PersonEntity,
    | 'headline'
    | 'bio'
    | 'location'
    | 'timeZone'
    | 'spokenLanguages'
    | 'links'
    | 'hoursPerWeekAvailable'
    | 'openToProjects'
    | 'passions'
    | 'askMeAbout'
    | 'fieldVisibility'
  >
>;

export interface ProfileUpdatePlan {
  patch: ProfilePatch;
  /** Names of the fields whose value changed (visibility changes as `visibility.<field>`), for the audit trail. */
  changedFields: string[];
}

/** Single-line text: trimmed, empty means cleared. */
function line(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Turns validated input into the columns to write, comparing with the current row so that only real
 * changes are written and audited. Pure; the service runs it inside the transaction on the locked row.
 * The bio is kept exactly as typed (Markdown is whitespace-sensitive and nothing in it is executed by
 * the API); only a bio of nothing but whitespace counts as cleared.
 */
export function planProfileUpdate(current: PersonEntity, input: UpdateMyProfileInput): ProfileUpdatePlan {
  const next: ProfilePatch = {};
  if (input.headline !== undefined) next.headline = line(input.headline);
  if (input.bio !== undefined) next.bio = input.bio && input.bio.trim() ? input.bio : null;
  if (input.location !== undefined) next.location = line(input.location);
  if (input.timeZone !== undefined) next.timeZone = input.timeZone ?? null;
  if (input.hoursPerWeekAvailable !== undefined)
    next.hoursPerWeekAvailable = input.hoursPerWeekAvailable ?? null;
  if (input.openToProjects !== undefined) next.openToProjects = input.openToProjects ?? false;
  if (input.passions !== undefined) next.passions = normalizeTopics(input.passions ?? []);
  if (input.askMeAbout !== undefined) next.askMeAbout = normalizeTopics(input.askMeAbout ?? []);
  if (input.links !== undefined) {
    next.links = (input.links ?? []).map((link): ProfileLinkValue => ({
      label: link.label.trim(),
      url: link.url.trim(),
    }));
  }
  if (input.spokenLanguages !== undefined)
    next.spokenLanguages = spokenLanguages(input.spokenLanguages ?? []);

  const patch: ProfilePatch = {};
  const changedFields: string[] = [];
  for (const [key, value] of Object.entries(next) as Array<[keyof ProfilePatch, unknown]>) {
    if (same(current[key], value)) continue;
    (patch as Record<string, unknown>)[key] = value;
    changedFields.push(key);
  }

  if (input.visibility?.length) {
    const visibility: FieldVisibilityMap = { ...(current.fieldVisibility ?? {}) };
    const seen = new Set<ProfileField>();
    for (const { field, visibility: level } of input.visibility) {
      if (seen.has(field)) {
        throw new BadUserInputError(`Invalid input: visibility lists ${field} twice.`, [
          { field: 'visibility', problems: [`${field} is listed twice`] },
        ]);
      }
      seen.add(field);
      if (visibility[field] === level) continue;
      // Stored even when it equals today's default: the owner chose it, a later default change must not override it.
      visibility[field] = level;
      changedFields.push(`visibility.${field}`);
    }
    if (!same(visibility, current.fieldVisibility ?? {})) patch.fieldVisibility = visibility;
  }
  return { patch, changedFields };
}

function spokenLanguages(
  input: ReadonlyArray<{ language: string; proficiency: SpokenLanguageValue['proficiency'] }>,
) {
  const seen = new Set<string>();
  return input.map(({ language, proficiency }): SpokenLanguageValue => {
    // Validated as a tag by the input class; canonical form makes "EN-us" and "en-US" the same language.
    const tag = canonicalLanguageTag(language.trim()) ?? language.trim();
    if (seen.has(tag.toLowerCase())) {
      throw new BadUserInputError(`Invalid input: spokenLanguages lists ${tag} twice.`, [
        { field: 'spokenLanguages', problems: [`${tag} is listed twice`] },
      ]);
    }
    seen.add(tag.toLowerCase());
    return { language: tag, proficiency };
  });
}
