import { ViewerPrivacy } from '@ensemble/api/people-index';
import { ProfileField, type FieldVisibilityMap, type Relationship, type Viewer } from '@ensemble/api/people';
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

/**
 * The hours a week people say they have, for one viewer: only where the profile's visibility policy
 * (`canSee`) lets the viewer see them, with the relationship it needs read from the index's manager
 * links: the same audiences as the SQL policy (`visibleToViewerSql`).
 */
export class VisibleHours {
  private readonly privacy: ViewerPrivacy;

  constructor(
    people: ReadonlyMap<string, IndexedPersonView>,
    viewer: Viewer,
    /** Whether anyone has this manager (PeopleIndex.hasReports): spares the manager walk for most viewers. */
    hasReports?: (personId: string) => boolean,
  ) {
    this.privacy = new ViewerPrivacy(people, viewer, hasReports);
  }

  /** How the viewer stands towards the person (primed into the page's loaders: no statement for it). */
  relationship(person: IndexedPersonView): Relationship {
    return this.privacy.relationship(person);
  }

  of(person: IndexedPersonView): number | null {
    if (person.hoursPerWeek === null) return null;
    return this.privacy.canSee(person, ProfileField.HOURS_PER_WEEK_AVAILABLE) ? person.hoursPerWeek : null;
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
