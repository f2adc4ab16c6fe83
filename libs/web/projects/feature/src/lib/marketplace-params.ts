import type { ProjectStatus, ProjectsFilterInput, ProjectsView } from '@ensemble/web/projects/data-access';
import { STATUS_ORDER } from './labels';

/** The marketplace filters, as kept in the URL (so a filtered list can be shared and reloaded). */
export interface MarketplaceCriteria {
  text: string;
  skillIds: string[];
  departmentId: string | null;
  maxHours: number | null;
  statuses: ProjectStatus[];
  /** Which part of the marketplace: by default the projects people can still join. */
  view: ProjectsView;
}

export const EMPTY_MARKETPLACE_CRITERIA: MarketplaceCriteria = {
  text: '',
  skillIds: [],
  departmentId: null,
  maxHours: null,
  statuses: [],
  view: 'JOINABLE',
};

/** The URL's `show` values (absent: joinable). */
const VIEW_PARAMS: Readonly<Record<string, ProjectsView>> = { ended: 'ENDED', all: 'ALL' };

export const MAX_SKILL_FILTERS = 10;

export function parseMarketplaceParams(params: URLSearchParams): MarketplaceCriteria {
  const hours = Number.parseInt(params.get('maxHours') ?? '', 10);
  const statuses = params
    .getAll('status')
    .filter((status): status is ProjectStatus => (STATUS_ORDER as readonly string[]).includes(status));
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    skillIds: [...new Set(params.getAll('skill').filter(Boolean))].slice(0, MAX_SKILL_FILTERS),
    departmentId: params.get('department') || null,
    maxHours: Number.isFinite(hours) && hours >= 1 && hours <= 40 ? hours : null,
    statuses: [...new Set(statuses)],
    view: VIEW_PARAMS[params.get('show') ?? ''] ?? 'JOINABLE',
  };
}

export function marketplaceParams(criteria: MarketplaceCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.text.trim()) params.set('q', criteria.text.trim());
  for (const id of criteria.skillIds) params.append('skill', id);
  if (criteria.departmentId) params.set('department', criteria.departmentId);
  if (criteria.maxHours !== null) params.set('maxHours', String(criteria.maxHours));
  for (const status of criteria.statuses) params.append('status', status);
  if (criteria.view !== 'JOINABLE') params.set('show', criteria.view.toLowerCase());
  return params;
}

/** The API filter for the criteria: the view always (statuses narrow it), the rest when set. */
export function toProjectsFilter(criteria: MarketplaceCriteria): ProjectsFilterInput {
  const filter: ProjectsFilterInput = { view: criteria.view };
  if (criteria.text.trim()) filter.text = criteria.text.trim();
  if (criteria.skillIds.length) filter.skillIds = criteria.skillIds;
  if (criteria.departmentId) filter.departmentId = criteria.departmentId;
  if (criteria.maxHours !== null) filter.maxHoursPerWeek = criteria.maxHours;
  if (criteria.statuses.length) filter.statuses = criteria.statuses;
  return filter;
}

export function hasCriteria(criteria: MarketplaceCriteria): boolean {
  return marketplaceParams(criteria).toString() !== '';
}
