import { ViewerPrivacy, type HeldSkillView, type IndexedPersonView, type PersonSkillsView } from '@ensemble/api/people-index';
import { ProfileField, type Relationship, type Viewer } from '@ensemble/api/people';
import type { Requirement } from './coverage-shortlist';

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
export function explainFits(person: PersonSkillsView | undefined, requirements: readonly ExplainedRequirement[]) {
  return requirements.map(({ skillId, skillName, minLevel, mustHave }) => {
    const held: HeldSkillView | undefined = person?.skills.get(skillId);
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
