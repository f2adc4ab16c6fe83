import type { Principal } from '@ensemble/api/core';
import { FieldVisibility, visibilityOf, type FieldVisibilityMap, type ProfileField } from './profile-fields';

/**
 * THE field privacy policy. Every field resolver goes through `canSee`, and every SQL filter on a
 * private field goes through `visibleToViewerSql`; the two are kept side by side so that a change to
 * one is a change to the other (the privacy matrix test runs both against the same table).
 *
 * Audiences are nested, each level a subset of the one above:
 *   EVERYONE                ⊇ MANAGER_CHAIN_AND_TEAM ⊇ HR_ONLY ⊇ ONLY_ME (the owner)
 * - MANAGER_CHAIN_AND_TEAM: the owner's managers up the chain, their direct reports, their peers
 *   (same direct manager), plus HR and admins;
 * - HR_ONLY: people with the hr or admin role;
 * - ONLY_ME: the owner alone (not even HR: the owner said so).
 */

export interface Viewer {
  personId: string;
  roles: Principal['roles'];
}

export interface ProfileOwner {
  id: string;
  managerId: string | null;
  fieldVisibility: FieldVisibilityMap;
}

/** How the viewer stands relative to the owner, computed in batches by the relationship loader. */
export interface Relationship {
  /** The viewer is one of the owner's managers, at any level. */
  inManagerChain: boolean;
  /** The viewer's own direct manager, to recognise direct reports and peers. */
  viewerManagerId: string | null;
}

export function isPrivileged(viewer: Viewer): boolean {
  return viewer.roles.includes('hr') || viewer.roles.includes('admin');
}

/** Whether the answer depends on the relationship at all (so loaders run only when it does). */
export function needsRelationship(viewer: Viewer, owner: ProfileOwner, field: ProfileField): boolean {
  return (
    viewer.personId !== owner.id &&
    !isPrivileged(viewer) &&
    visibilityOf(owner.fieldVisibility, field) === FieldVisibility.MANAGER_CHAIN_AND_TEAM
  );
}

export function canSee(
  viewer: Viewer,
  owner: ProfileOwner,
  field: ProfileField,
  relationship?: Relationship,
): boolean {
  if (viewer.personId === owner.id) return true;
  switch (visibilityOf(owner.fieldVisibility, field)) {
    case FieldVisibility.EVERYONE:
      return true;
    case FieldVisibility.MANAGER_CHAIN_AND_TEAM:
      if (isPrivileged(viewer)) return true;
      if (!relationship) return false;
      return (
        relationship.inManagerChain ||
        relationship.viewerManagerId === owner.id ||
        (owner.managerId !== null && relationship.viewerManagerId === owner.managerId)
      );
    case FieldVisibility.HR_ONLY:
      return isPrivileged(viewer);
    case FieldVisibility.ONLY_ME:
      return false;
  }
}

/**
 * The same policy as a SQL boolean expression over a person row aliased `alias`, for filters, sorts
 * and counts. `param` names query parameters: `${param}ViewerId` (uuid) and `${param}Privileged`
 * (boolean), supplied by `visibleToViewerParams`. The field name is from the ProfileField enum (never
 * client text), so interpolating it is safe.
 */
export function visibleToViewerSql(alias: string, field: ProfileField, param = 'vis'): string {
  const visibility = `COALESCE(${alias}.field_visibility ->> '${field}', '${visibilityOfDefaultSql(field)}')`;
  const viewer = `:${param}ViewerId`;
  const privileged = `:${param}Privileged`;
  const viewerManager = `(SELECT vm.manager_id FROM person vm WHERE vm.id = ${viewer})`;
  // Direct report (the owner is the viewer's manager), peer (same manager), or the viewer is above the
  // owner: the owner is somewhere below the viewer (UNION, not UNION ALL, so a cycle cannot loop).
  const team = `(
      ${alias}.id = ${viewerManager}
      OR (${alias}.manager_id IS NOT NULL AND ${alias}.manager_id = ${viewerManager})
      OR ${alias}.id IN (
        WITH RECURSIVE below(id) AS (
          SELECT r.id FROM person r WHERE r.manager_id = ${viewer}
          UNION
          SELECT r.id FROM person r JOIN below b ON r.manager_id = b.id
        ) SELECT id FROM below))`;
  return `(${alias}.id = ${viewer} OR CASE ${visibility}
      WHEN '${FieldVisibility.EVERYONE}' THEN true
      WHEN '${FieldVisibility.MANAGER_CHAIN_AND_TEAM}' THEN ${privileged} OR ${team}
      WHEN '${FieldVisibility.HR_ONLY}' THEN ${privileged}
      ELSE false END)`;
}

export function visibleToViewerParams(viewer: Viewer, param = 'vis'): Record<string, unknown> {
  return { [`${param}ViewerId`]: viewer.personId, [`${param}Privileged`]: isPrivileged(viewer) };
}

function visibilityOfDefaultSql(field: ProfileField): FieldVisibility {
  return visibilityOf({}, field);
}
