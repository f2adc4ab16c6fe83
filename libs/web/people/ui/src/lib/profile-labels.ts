/** Words for the profile's enum values and codes, shared by the editor and the person page. */

import { formatTimeIn } from '@ensemble/web/ui';

export type FieldVisibilityValue = 'EVERYONE' | 'MANAGER_CHAIN_AND_TEAM' | 'HR_ONLY' | 'ONLY_ME';
export type LanguageProficiencyValue =
  'ELEMENTARY' | 'LIMITED_WORKING' | 'PROFESSIONAL_WORKING' | 'FULL_PROFESSIONAL' | 'NATIVE';

/** Widest audience first, as the visibility select lists them. */
export const VISIBILITY_OPTIONS: ReadonlyArray<{ value: FieldVisibilityValue; label: string }> = [
  { value: 'EVERYONE', label: 'Everyone' },
  { value: 'MANAGER_CHAIN_AND_TEAM', label: 'My manager chain and team' },
  { value: 'HR_ONLY', label: 'HR only' },
  { value: 'ONLY_ME', label: 'Only me' },
];

/** Lowest first. */
export const PROFICIENCY_OPTIONS: ReadonlyArray<{ value: LanguageProficiencyValue; label: string }> = [
  { value: 'ELEMENTARY', label: 'Elementary' },
  { value: 'LIMITED_WORKING', label: 'Limited working' },
  { value: 'PROFESSIONAL_WORKING', label: 'Professional working' },
  { value: 'FULL_PROFESSIONAL', label: 'Full professional' },
  { value: 'NATIVE', label: 'Native or bilingual' },
];

export function proficiencyLabel(value: string): string {
  return PROFICIENCY_OPTIONS.find((option) => option.value === value)?.label ?? value;
}

let languageNames: Intl.DisplayNames | null | undefined;

/** "de" → "German", "pt-BR" → "Brazilian Portuguese"; the tag itself when the browser cannot name it. */
export function languageName(tag: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Languages offered in the editor (BCP 47 tags); a person's other languages are kept and shown too. */
export const COMMON_LANGUAGES: readonly string[] = [
  'ar',
  'bg',
  'bn',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fil',
  'fr',
  'ga',
  'gl',
  'gu',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'lt',
  'lv',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'my',
  'ne',
  'nl',
  'no',
  'pa',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'yue',
  'zh',
  'zu',
];

/** "1 year", "2.5 years", "less than a year". */
export function yearsLabel(years: number): string {
  if (years === 0) return 'less than a year';
  const text = Number.isInteger(years) ? String(years) : years.toFixed(1);
  return `${text} ${years === 1 ? 'year' : 'years'}`;
}

/** A project's page (the projects feature's route): linked from search results and project lists alike. */
export function projectPath(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}

export function skillPath(skillId: string): string {
  return `/skills/${encodeURIComponent(skillId)}`;
}

export function departmentPath(departmentId: string): string {
  return `/departments/${encodeURIComponent(departmentId)}`;
}

/** The current time in a time zone in the browser's locale ("2:05 PM", "14:05"); null for a zone the browser does not know. */
export function localTime(timeZone: string, now: Date = new Date()): string | null {
  return formatTimeIn(timeZone, now);
}
