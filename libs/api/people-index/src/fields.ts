import { ProfileField } from '@ensemble/api/people';

/** The searchable text fields, each with the visibility that guards it (null: always visible). */
export const TEXT_FIELDS = [
  { name: 'name', field: null },
  { name: 'headline', field: ProfileField.HEADLINE },
  { name: 'bio', field: ProfileField.BIO },
  { name: 'passions', field: ProfileField.PASSIONS },
  { name: 'askMeAbout', field: ProfileField.ASK_ME_ABOUT },
] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number]['name'];
export const PASSIONS_FIELD = TEXT_FIELDS.findIndex((f) => f.name === 'passions');

export const PROFILE_FIELD_LIST = Object.values(ProfileField);
/** A bit per profile field, for the mask of fields a person shows to everyone. */
export const FIELD_BIT = new Map(PROFILE_FIELD_LIST.map((field, bit) => [field, 1 << bit]));

/**
 * A field a search's words can match in: a text field, the names of the skills the person holds, or
 * the projects they worked on (visible to the viewer).
 */
export type MatchedField = TextFieldName | 'skills' | 'projects';
/** In bit order: bit i of a hit's fields is TEXT_FIELDS[i], then the skills' names, then projects. */
const MATCHED_FIELDS: readonly MatchedField[] = [...TEXT_FIELDS.map((f) => f.name), 'skills', 'projects'];

/** The fields a hit's `fields` bits name, in bit order. */
export function matchedFieldNames(fields: number): MatchedField[] {
  return MATCHED_FIELDS.filter((_, bit) => fields & (1 << bit));
}
