import type { PeopleSearchInput } from '@ensemble/web/discovery/data-access';

/** The API's limits (libs/api/discovery people-search.service.ts). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SKILL_FILTERS = 10;
export const MAX_PASSIONS = 5;
export const MAX_DEPARTMENTS = 20;
export const MAX_HOURS_PER_WEEK = 40;

export interface SkillFilter {
  skillId: string;
  /** 1 to 5. */
  minLevel: number;
}

/** A search as the page holds it (and the URL says it). */
export interface SearchCriteria {
  query: string;
  skills: SkillFilter[];
  departmentIds: string[];
  location: string | null;
  minHoursPerWeek: number | null;
  openToProjects: boolean | null;
  passions: string[];
}

export const EMPTY_CRITERIA: SearchCriteria = {
  query: '',
  skills: [],
  departmentIds: [],
  location: null,
  minHoursPerWeek: null,
  openToProjects: null,
  passions: [],
};

function clampLevel(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Reads a search from the URL: `?q=kubernetes in berlin&skill=<id>:3&dept=<id>&place=Berlin&hours=10
 * &open=yes&passion=climate`. Anything malformed is dropped rather than sent to the API.
 */
export function readCriteria(params: URLSearchParams): SearchCriteria {
  const skills: SkillFilter[] = [];
  for (const value of params.getAll('skill')) {
    const [skillId = '', level] = value.split(':');
    if (!skillId || skills.some((skill) => skill.skillId === skillId)) continue;
    const minLevel = Number(level ?? 1);
    skills.push({ skillId, minLevel: Number.isFinite(minLevel) ? clampLevel(minLevel) : 1 });
  }
  const hours = params.get('hours');
  const hoursValue = hours === null || hours.trim() === '' ? NaN : Number(hours);
  const open = params.get('open');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    skills: skills.slice(0, MAX_SKILL_FILTERS),
    departmentIds: unique(params.getAll('dept').filter(Boolean)).slice(0, MAX_DEPARTMENTS),
    location: params.get('place')?.trim() || null,
    minHoursPerWeek:
      Number.isInteger(hoursValue) && hoursValue >= 0 && hoursValue <= MAX_HOURS_PER_WEEK ? hoursValue : null,
    openToProjects: open === 'yes' ? true : open === 'no' ? false : null,
    passions: unique(
      params
        .getAll('passion')
        .map((passion) => passion.trim())
        .filter(Boolean),
    ).slice(0, MAX_PASSIONS),
  };
}

/** The URL's search parameters for a search (the inverse of readCriteria). */
export function writeCriteria(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.query) params.set('q', criteria.query);
  for (const skill of criteria.skills) params.append('skill', `${skill.skillId}:${skill.minLevel}`);
  for (const id of criteria.departmentIds) params.append('dept', id);
  if (criteria.location) params.set('place', criteria.location);
  if (criteria.minHoursPerWeek !== null) params.set('hours', String(criteria.minHoursPerWeek));
  if (criteria.openToProjects !== null) params.set('open', criteria.openToProjects ? 'yes' : 'no');
  for (const passion of criteria.passions) params.append('passion', passion);
  return params;
}

/** Whether any filter (beyond the free text) is set. */
export function hasFilters(criteria: SearchCriteria): boolean {
  return (
    criteria.skills.length > 0 ||
    criteria.departmentIds.length > 0 ||
    criteria.location !== null ||
    criteria.minHoursPerWeek !== null ||
    criteria.openToProjects !== null ||
    criteria.passions.length > 0
  );
}

/** The API's input for a search, or null when there is nothing to search for yet. */
export function toSearchInput(criteria: SearchCriteria): PeopleSearchInput | null {
  const query = criteria.query.trim();
  if (!query && !hasFilters(criteria)) return null;
  const input: PeopleSearchInput = {};
  if (query) input.query = query;
  if (criteria.skills.length) {
    input.skills = criteria.skills.map((skill) => ({ skillId: skill.skillId, minLevel: skill.minLevel }));
  }
  if (criteria.departmentIds.length) input.departmentIds = criteria.departmentIds;
  if (criteria.location) input.location = criteria.location;
  if (criteria.minHoursPerWeek !== null) input.minHoursPerWeek = criteria.minHoursPerWeek;
  if (criteria.openToProjects !== null) input.openToProjects = criteria.openToProjects;
  if (criteria.passions.length) input.passions = criteria.passions;
  return input;
}

/** A saved search's criteria (as the API returns them) as the page's. */
export function fromSavedCriteria(saved: {
  query?: string | null;
  skills: ReadonlyArray<{ skillId: string; minLevel?: number | null }>;
  passions: readonly string[];
  departmentIds: readonly string[];
  location?: string | null;
  minHoursPerWeek?: number | null;
  openToProjects?: boolean | null;
}): SearchCriteria {
  return {
    query: saved.query ?? '',
    skills: saved.skills.map((skill) => ({
      skillId: skill.skillId,
      minLevel: clampLevel(skill.minLevel ?? 1),
    })),
    departmentIds: [...saved.departmentIds],
    location: saved.location ?? null,
    minHoursPerWeek: saved.minHoursPerWeek ?? null,
    openToProjects: saved.openToProjects ?? null,
    passions: [...saved.passions],
  };
}

/** Two searches ask for the same thing (order of the lists aside). */
export function sameCriteria(a: SearchCriteria, b: SearchCriteria): boolean {
  const canonical = (criteria: SearchCriteria) => {
    const params = writeCriteria({
      ...criteria,
      query: criteria.query.trim().replace(/\s+/g, ' ').toLowerCase(),
      skills: [...criteria.skills].sort((x, y) => x.skillId.localeCompare(y.skillId)),
      departmentIds: [...criteria.departmentIds].sort(),
      location: criteria.location?.toLowerCase() ?? null,
      passions: [...criteria.passions].map((passion) => passion.toLowerCase()).sort(),
    });
    return params.toString();
  };
  return canonical(a) === canonical(b);
}

/** The path of the search page for a search. */
export function searchPath(criteria: SearchCriteria): string {
  const params = writeCriteria(criteria).toString();
  return params ? `/search?${params}` : '/search';
}
