import type {
  LanguageProficiency,
  MyProfileResult,
  UpdateMyProfileInput,
} from '@ensemble/web/people/data-access';

/** The API's limits (libs/api/people profile-fields.ts LIMITS), checked before anything is sent. */
export const PROFILE_LIMITS = {
  headline: 120,
  bio: 5000,
  location: 200,
  spokenLanguages: 20,
  links: 10,
  linkLabel: 60,
  linkUrl: 2048,
  passions: 20,
  askMeAbout: 10,
  topic: 60,
  hoursPerWeek: 40,
} as const;

export interface LanguageRow {
  /** A stable React key for the row. */
  key: string;
  language: string;
  proficiency: LanguageProficiency;
}

export interface LinkRow {
  key: string;
  label: string;
  url: string;
}

/** The editor's working copy of the profile fields (strings where the API has nulls). */
export interface ProfileFormValues {
  headline: string;
  bio: string;
  location: string;
  timeZone: string;
  spokenLanguages: LanguageRow[];
  links: LinkRow[];
  /** '' when not set. */
  hoursPerWeekAvailable: number | '';
  openToProjects: boolean;
  passions: string[];
  askMeAbout: string[];
}

type EditableProfile = Pick<
  MyProfileResult['viewer'],
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
>;

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function formValuesOf(profile: EditableProfile): ProfileFormValues {
  return {
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    location: profile.location ?? '',
    timeZone: profile.timeZone ?? '',
    spokenLanguages: (profile.spokenLanguages ?? []).map((entry) => ({ key: rowKey(), ...entry })),
    links: (profile.links ?? []).map((entry) => ({ key: rowKey(), label: entry.label, url: entry.url })),
    hoursPerWeekAvailable: profile.hoursPerWeekAvailable ?? '',
    openToProjects: profile.openToProjects ?? false,
    passions: [...(profile.passions ?? [])],
    askMeAbout: [...(profile.askMeAbout ?? [])],
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const filledLanguages = (values: ProfileFormValues) => values.spokenLanguages.filter((row) => row.language);
const filledLinks = (values: ProfileFormValues) =>
  values.links.filter((row) => row.label.trim() || row.url.trim());

export type ProfileFormErrors = Partial<Record<keyof ProfileFormValues, string>>;

/** The same rules as the API, with messages for the person filling in the form. */
export function validateProfile(values: ProfileFormValues): ProfileFormErrors {
  const errors: ProfileFormErrors = {};
  if (values.headline.trim().length > PROFILE_LIMITS.headline)
    errors.headline = `Keep the headline to ${PROFILE_LIMITS.headline} characters (it has ${values.headline.trim().length}).`;
  if (values.bio.length > PROFILE_LIMITS.bio)
    errors.bio = `Keep the bio to ${PROFILE_LIMITS.bio} characters (it has ${values.bio.length}).`;
  if (values.location.trim().length > PROFILE_LIMITS.location)
    errors.location = `Keep the location to ${PROFILE_LIMITS.location} characters.`;
  const hours = values.hoursPerWeekAvailable;
  if (hours !== '' && (!Number.isInteger(hours) || hours < 0 || hours > PROFILE_LIMITS.hoursPerWeek))
    errors.hoursPerWeekAvailable = 'Enter whole hours from 0 to 40.';
  const languages = filledLanguages(values);
  const tags = languages.map((row) => row.language.toLowerCase());
  if (languages.length > PROFILE_LIMITS.spokenLanguages)
    errors.spokenLanguages = `List at most ${PROFILE_LIMITS.spokenLanguages} languages.`;
  else if (new Set(tags).size !== tags.length) errors.spokenLanguages = 'Each language can be listed once.';
  const links = filledLinks(values);
  if (links.length > PROFILE_LIMITS.links) errors.links = `Add at most ${PROFILE_LIMITS.links} links.`;
  else {
    const problem = links.find(
      (row) =>
        !row.label.trim() ||
        row.label.trim().length > PROFILE_LIMITS.linkLabel ||
        !isHttpUrl(row.url.trim()) ||
        row.url.trim().length > PROFILE_LIMITS.linkUrl,
    );
    if (problem) {
      errors.links = !problem.label.trim()
        ? 'Give every link a text, e.g. “Blog”.'
        : problem.label.trim().length > PROFILE_LIMITS.linkLabel
          ? `Keep link texts to ${PROFILE_LIMITS.linkLabel} characters.`
          : `“${problem.label.trim()}” needs an address starting with https:// or http://.`;
    }
  }
  if (values.passions.length > PROFILE_LIMITS.passions)
    errors.passions = `List at most ${PROFILE_LIMITS.passions} passions.`;
  if (values.askMeAbout.length > PROFILE_LIMITS.askMeAbout)
    errors.askMeAbout = `List at most ${PROFILE_LIMITS.askMeAbout} topics.`;
  return errors;
}

const line = (value: string) => (value.trim() ? value.trim() : null);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ from what was saved, as an updateMyProfile input (empty when nothing changed). */
export function changedFields(saved: ProfileFormValues, current: ProfileFormValues): UpdateMyProfileInput {
  const input: UpdateMyProfileInput = {};
  if (line(saved.headline) !== line(current.headline)) input.headline = line(current.headline);
  if (saved.bio !== current.bio) input.bio = current.bio.trim() ? current.bio : null;
  if (line(saved.location) !== line(current.location)) input.location = line(current.location);
  if (saved.timeZone !== current.timeZone) input.timeZone = current.timeZone || null;
  const languages = (values: ProfileFormValues) =>
    filledLanguages(values).map(({ language, proficiency }) => ({ language, proficiency }));
  if (!same(languages(saved), languages(current))) input.spokenLanguages = languages(current);
  const links = (values: ProfileFormValues) =>
    filledLinks(values).map(({ label, url }) => ({ label: label.trim(), url: url.trim() }));
  if (!same(links(saved), links(current))) input.links = links(current);
  if (saved.hoursPerWeekAvailable !== current.hoursPerWeekAvailable)
    input.hoursPerWeekAvailable = current.hoursPerWeekAvailable === '' ? null : current.hoursPerWeekAvailable;
  if (saved.openToProjects !== current.openToProjects) input.openToProjects = current.openToProjects;
  if (!same(saved.passions, current.passions)) input.passions = current.passions;
  if (!same(saved.askMeAbout, current.askMeAbout)) input.askMeAbout = current.askMeAbout;
  return input;
}

/**
 * The form values from a stored draft (sessionStorage, so possibly from an older version of the
 * form): each known field whose type matches is taken, the rest come from what is saved. Null when
 * the draft is missing or changes nothing.
 */
export function draftValues(draft: unknown, saved: ProfileFormValues): ProfileFormValues | null {
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return null;
  const stored = draft as Record<string, unknown>;
  const values: Record<string, unknown> = { ...saved };
  for (const [field, savedValue] of Object.entries(saved)) {
    const value = stored[field];
    const fits = Array.isArray(savedValue)
      ? Array.isArray(value)
      : field === 'hoursPerWeekAvailable'
        ? value === '' || typeof value === 'number'
        : typeof value === typeof savedValue;
    if (fits) values[field] = value;
  }
  const merged = values as unknown as ProfileFormValues;
  return Object.keys(changedFields(saved, merged)).length > 0 ? merged : null;
}
