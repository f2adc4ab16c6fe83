import {
  ProfileField,
  canSee,
  needsRelationship,
  type FieldVisibilityMap,
  type Viewer,
} from '@ensemble/api/people';
import type { HolderView, PersonView, Requirement } from './coverage-shortlist';

/**
 * What the people index knows of a shortlisted person beyond their skills (IndexedPerson of
 * @ensemble/api/discovery): enough to tell whether the viewer may see their free hours.
 */
export interface IndexedPersonView extends PersonView {
  readonly managerId: string | null;
  readonly fieldVisibility: FieldVisibilityMap;
  readonly hoursPerWeek: number | null;
}

/** A required skill as the role's explanations list it (name included). */
export interface ExplainedRequirement extends Requirement {
  skillName: string;
}

/** Manager links are followed this far up at most (a longer chain is a data error, as is a cycle). */
const MAX_MANAGER_DEPTH = 64;

/**
 * The hours a week people say they have, for one viewer: only where the profile's visibility policy
 * (`canSee`) lets the viewer see them, with the relationship it needs read from the index's manager
 * links: the same audiences as the SQL policy (`visibleToViewerSql`).
 */
export class VisibleHours {
  private readonly viewerManagerId: string | null;
  /** Per manager: whether the viewer is that manager or above them. */
  private readonly above = new Map<string, boolean>();

  constructor(
    private readonly people: ReadonlyMap<string, IndexedPersonView>,
    private readonly viewer: Viewer,
  ) {
    this.viewerManagerId = people.get(viewer.personId)?.managerId ?? null;
  }

  of(person: IndexedPersonView): number | null {
    if (person.hoursPerWeek === null) return null;
    const field = ProfileField.HOURS_PER_WEEK_AVAILABLE;
    const shown = needsRelationship(this.viewer, person, field)
      ? canSee(this.viewer, person, field, {
          inManagerChain: this.manages(person.managerId, 0),
          viewerManagerId: this.viewerManagerId,
        })
      : canSee(this.viewer, person, field);
    return shown ? person.hoursPerWeek : null;
  }

  /** Whether the viewer is `managerId` or one of their managers. */
  private manages(managerId: string | null, depth: number): boolean {
    if (managerId === null || depth > MAX_MANAGER_DEPTH) return false;
    if (managerId === this.viewer.personId) return true;
    let found = this.above.get(managerId);
    if (found === undefined) {
      this.above.set(managerId, false); // a cycle ends here
      found = this.manages(this.people.get(managerId)?.managerId ?? null, depth + 1);
      this.above.set(managerId, found);
    }
    return found;
  }
}

/** How a person stands against each required skill, in the role's explanation order (SKILL_FITS in SQL). */
export function explainFits(person: PersonView | undefined, requirements: readonly ExplainedRequirement[]) {
  return requirements.map(({ skillId, skillName, minLevel, mustHave }) => {
    const held: HolderView | undefined = person?.skills.get(skillId);
    const level = held?.level ?? null;
    return {
      skillId,
      skillName,
      minLevel,
      mustHave,
      level,
      meetsMinimum: level !== null && level >= minLevel,
      endorsementCount: held?.endorsementCount ?? 0,
      evidenceCount: held?.evidenceCount ?? 0,
      interested: held ? held.interest > 0 || held.wantsToGrow : false,
    };
  });
}
