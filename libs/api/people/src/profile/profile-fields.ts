/**
 * The profile fields a person controls, their visibilities and the pure rules about their values.
 * Shared by the GraphQL layer, the service and the visibility policy so that the list of private
 * fields exists exactly once.
 */

/** Who may see a field. Each level's audience is contained in the one above it (see profile-visibility.ts). */
export enum FieldVisibility {
  EVERYONE = 'everyone',
  MANAGER_CHAIN_AND_TEAM = 'manager_chain_and_team',
  HR_ONLY = 'hr_only',
  ONLY_ME = 'only_me',
}

/** The fields with an owner-chosen visibility. Email, name, title, department and manager are org data, always visible. */
export enum ProfileField {
  HEADLINE = 'headline',
  BIO = 'bio',
  LOCATION = 'location',
  TIME_ZONE = 'timeZone',
  SPOKEN_LANGUAGES = 'spokenLanguages',
  LINKS = 'links',
  HOURS_PER_WEEK_AVAILABLE = 'hoursPerWeekAvailable',
  OPEN_TO_PROJECTS = 'openToProjects',
  PASSIONS = 'passions',
  ASK_ME_ABOUT = 'askMeAbout',
}

export const PROFILE_FIELDS: readonly ProfileField[] = Object.values(ProfileField);

/** Availability is about workload, which is a conversation with one's manager and team before the whole company. */
export const DEFAULT_VISIBILITY: Readonly<Record<ProfileField, FieldVisibility>> = {
  [ProfileField.HEADLINE]: FieldVisibility.EVERYONE,
  [ProfileField.BIO]: FieldVisibility.EVERYONE,
  [ProfileField.LOCATION]: FieldVisibility.EVERYONE,
  [ProfileField.TIME_ZONE]: FieldVisibility.EVERYONE,
  [ProfileField.SPOKEN_LANGUAGES]: FieldVisibility.EVERYONE,
  [ProfileField.LINKS]: FieldVisibility.EVERYONE,
  [ProfileField.HOURS_PER_WEEK_AVAILABLE]: FieldVisibility.MANAGER_CHAIN_AND_TEAM,
  [ProfileField.OPEN_TO_PROJECTS]: FieldVisibility.EVERYONE,
  [ProfileField.PASSIONS]: FieldVisibility.EVERYONE,
  [ProfileField.ASK_ME_ABOUT]: FieldVisibility.EVERYONE,
};

export type FieldVisibilityMap = Partial<Record<ProfileField, FieldVisibility>>;

const VISIBILITY_VALUES = new Set<string>(Object.values(FieldVisibility));

/** The effective visibility of a field, tolerating stored values this version does not know (fail closed). */
export function visibilityOf(
  map: FieldVisibilityMap | null | undefined,
  field: ProfileField,
): FieldVisibility {
  const stored = map?.[field];
  if (stored === undefined) return DEFAULT_VISIBILITY[field];
  return VISIBILITY_VALUES.has(stored) ? stored : FieldVisibility.ONLY_ME;
}

export enum LanguageProficiency {
  ELEMENTARY = 'elementary',
  LIMITED_WORKING = 'limited_working',
  PROFESSIONAL_WORKING = 'professional_working',
  FULL_PROFESSIONAL = 'full_professional',
  NATIVE = 'native',
}

export interface SpokenLanguageValue {
  language: string;
  proficiency: LanguageProficiency;
}

export interface ProfileLinkValue {
  label: string;
  url: string;
}

export const LIMITS = {
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

let timeZones: Set<string> | undefined;

/** IANA names as this Node's ICU knows them; UTC is accepted although ICU lists it under Etc/. */
export function isTimeZone(value: string): boolean {
  timeZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return timeZones.has(value);
}

/** The canonical BCP 47 form of a language tag (`en-us` → `en-US`), or null when it is not one. */
export function canonicalLanguageTag(value: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return canonical ?? null;
  } catch {
    return null;
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Collapses inner whitespace and trims, so "  Open   source " and "open source" are the same topic. */
export function normalizeTopic(topic: string): string {
  return topic.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Normalised topics without empties or case-insensitive duplicates, first spelling kept, order kept. */
export function normalizeTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of topics) {
    const topic = normalizeTopic(raw);
    const key = topic.toLocaleLowerCase('en');
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    result.push(topic);
  }
  return result;
}

/**
 * The bio without Markdown syntax, for previews and search snippets. Deliberately simple: it drops
 * markup characters rather than parsing Markdown, and any HTML in the source stays literal text.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
