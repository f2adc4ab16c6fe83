import { ProfileField } from '../profile/profile-fields';
import { canSee, needsRelationship, type Viewer } from '../profile/profile-visibility';
import type { HrColumn, HrImportPlan, ImportSnapshot, PlannedPerson, RowProblem } from './hr-import.plan';

/**
 * Import columns that are profile fields with an owner-chosen visibility. Every other column is org
 * data (email, name, title, department, manager), which everyone may see.
 */
const PRIVATE_COLUMNS: ReadonlyArray<{
  column: HrColumn;
  field: ProfileField;
  given: (person: PlannedPerson) => unknown;
}> = [{ column: 'location', field: ProfileField.LOCATION, given: (person) => person.location }];

const UNDISCLOSED_FIELD_NOTE =
  'is private to this person, so whether it differs from theirs is not shown; applying writes the value of the file';

/**
 * The plan as the importing person may know it. For an existing person, a private field the importer
 * may not see (an "only me" location, for HR and admins too) is left out of the changed fields, and the
 * row's action is decided by the fields they may see: otherwise a dry run with a guessed value would
 * confirm the guess. A warning says so on every such row, whether the field differs or not. New people
 * are reported in full (the file is all there is to them). The plan that is written stays whole: the
 * file is HR's data, and writing it tells the importer nothing.
 */
export function planAsSeenBy(plan: HrImportPlan, snapshot: ImportSnapshot, viewer: Viewer): HrImportPlan {
  const notes: RowProblem[] = [];
  const people = plan.people.map((person): PlannedPerson => {
    const existing = snapshot.people.get(person.email);
    if (!existing) return person;
    const owner = {
      id: existing.id,
      managerId: existing.managerId,
      fieldVisibility: existing.fieldVisibility,
    };
    // Importers are HR or admins, whose view never depends on a relationship; anyone else is kept
    // to what needs none (fail closed).
    const hidden = PRIVATE_COLUMNS.filter(
      ({ field, given }) =>
        given(person) !== null && (needsRelationship(viewer, owner, field) || !canSee(viewer, owner, field)),
    ).map(({ column }) => column);
    if (!hidden.length) return person;
    for (const column of hidden)
      notes.push({ line: person.line, field: column, message: UNDISCLOSED_FIELD_NOTE });
    const changedFields = person.changedFields.filter((column) => !(hidden as string[]).includes(column));
    return { ...person, changedFields, action: changedFields.length ? 'update' : 'unchanged' };
  });
  if (!notes.length) return plan;
  const warnings = [...plan.warnings, ...notes].sort((a, b) => a.line - b.line);
  return { ...plan, people, warnings };
}
