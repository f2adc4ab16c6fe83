import { CsvSyntaxError, parseCsv } from './csv';
import type { FieldVisibilityMap } from '../profile/profile-fields';

/**
 * The HR import as a pure function: parsed CSV + the current people and departments → what to do and
 * what is wrong, row by row. The service runs it against a locked snapshot and then writes the plan.
 */

export const HR_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const HR_COLUMNS = [
  'employee_id',
  'email',
  'given_name',
  'family_name',
  'title',
  'department',
  'manager_email',
  'location',
] as const;
export type HrColumn = (typeof HR_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly HrColumn[] = ['email', 'given_name', 'family_name'];
const MAX_LENGTH: Record<HrColumn, number> = {
  employee_id: 200,
  email: 320,
  given_name: 200,
  family_name: 200,
  title: 200,
  department: 200,
  manager_email: 320,
  location: 200,
};
/** Text that a spreadsheet would run as a formula when the data is exported again (CSV injection). */
const FORMULA_PREFIX = /^[=+\-@\t\r]+/;
const EMAIL = /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]+$/;

export interface ExistingPerson {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  title: string | null;
  departmentName: string | null;
  managerEmail: string | null;
  location: string | null;
  /** What the privacy policy needs to decide who may see this person's private fields. */
  managerId: string | null;
  fieldVisibility: FieldVisibilityMap;
}

export interface ImportSnapshot {
  /** By lower-cased email. */
  people: Map<string, ExistingPerson>;
  /** Lower-cased name → name as stored. */
  departments: Map<string, string>;
}

export interface RowProblem {
  line: number;
  field: string | null;
  message: string;
}

export interface PlannedPerson {
  line: number;
  email: string;
  givenName: string;
  familyName: string;
  title: string | null;
  department: string | null;
  managerEmail: string | null;
  location: string | null;
  action: 'create' | 'update' | 'unchanged';
  changedFields: string[];
}

export interface HrImportPlan {
  rowsRead: number;
  people: PlannedPerson[];
  departmentsToCreate: string[];
  errors: RowProblem[];
  warnings: RowProblem[];
}

interface Row {
  line: number;
  values: Record<HrColumn, string | undefined>;
}

export class HrImportFileError extends Error {}

function readRows(csv: string, errors: RowProblem[]): { rows: Row[]; present: Set<HrColumn> } {
  if (Buffer.byteLength(csv, 'utf8') > HR_IMPORT_MAX_BYTES)
    throw new HrImportFileError('The file is larger than 5 MB: split it into smaller files.');
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new HrImportFileError(`The file is not valid CSV: ${error.message}.`);
    throw error;
  }
  const [header, ...body] = records;
  if (!header)
    throw new HrImportFileError('The file is empty: it needs a header row and one row per person.');
  const index = new Map<HrColumn, number>();
  header.fields.forEach((name, position) => {
    const column = name.trim().toLowerCase() as HrColumn;
    if ((HR_COLUMNS as readonly string[]).includes(column) && !index.has(column)) index.set(column, position);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length)
    throw new HrImportFileError(`The header row lacks the column(s) ${missing.join(', ')}.`);
  const rows: Row[] = [];
  for (const record of body) {
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        field: null,
        message: `has ${record.fields.length} fields where the header has ${header.fields.length}`,
      });
      continue;
    }
    const values = {} as Record<HrColumn, string | undefined>;
    for (const column of HR_COLUMNS) {
      const position = index.get(column);
      values[column] = position === undefined ? undefined : (record.fields[position] ?? '').trim();
    }
    rows.push({ line: record.line, values });
  }
  return { rows, present: new Set(index.keys()) };
}

export function planHrImport(csv: string, snapshot: ImportSnapshot): HrImportPlan {
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const { rows } = readRows(csv, errors);
  const rowsRead = rows.length + errors.length;

  // Pass 1: each row on its own (formats, lengths, formula prefixes, duplicates).
  const valid: Array<Omit<PlannedPerson, 'action' | 'changedFields'>> = [];
  const lineByEmail = new Map<string, number>();
  for (const row of rows) {
    const problems: RowProblem[] = [];
    const clean: Partial<Record<HrColumn, string>> = {};
    for (const column of HR_COLUMNS) {
      let value = row.values[column];
      if (value === undefined) continue;
      if (value.length > MAX_LENGTH[column]) {
        problems.push({
          line: row.line,
          field: column,
          message: `is ${value.length} characters long; at most ${MAX_LENGTH[column]} fit`,
        });
        continue;
      }
      if (FORMULA_PREFIX.test(value) && column !== 'email' && column !== 'manager_email') {
        warnings.push({
          line: row.line,
          field: column,
          message: 'starts with a spreadsheet formula character (= + - @); it was removed',
        });
        value = value.replace(FORMULA_PREFIX, '').trim();
      }
      clean[column] = value;
    }
    const email = clean.email?.toLowerCase() ?? '';
    if (!clean.email) problems.push({ line: row.line, field: 'email', message: 'is missing' });
    else if (!EMAIL.test(email))
      problems.push({ line: row.line, field: 'email', message: `"${clean.email}" is not an email address` });
    if (!clean.given_name) problems.push({ line: row.line, field: 'given_name', message: 'is missing' });
    if (!clean.family_name) problems.push({ line: row.line, field: 'family_name', message: 'is missing' });
    const managerEmail = clean.manager_email?.toLowerCase() || null;
    if (managerEmail && !EMAIL.test(managerEmail)) {
      problems.push({
        line: row.line,
        field: 'manager_email',
        message: `"${clean.manager_email}" is not an email address`,
      });
    } else if (managerEmail && managerEmail === email) {
      problems.push({
        line: row.line,
        field: 'manager_email',
        message: 'a person cannot be their own manager',
      });
    }
    if (email && lineByEmail.has(email)) {
      problems.push({
        line: row.line,
        field: 'email',
        message: `${email} also appears on line ${lineByEmail.get(email)}`,
      });
    } else if (email) {
      lineByEmail.set(email, row.line);
    }
    if (problems.length || !clean.given_name || !clean.family_name) {
      errors.push(...problems);
      continue;
    }
    valid.push({
      line: row.line,
      email,
      givenName: clean.given_name,
      familyName: clean.family_name,
      title: clean.title || null,
      department: clean.department || null,
      managerEmail,
      location: clean.location || null,
    });
  }

  // Pass 2: managers, in any row order: a manager is a valid row of the file or someone in the database.
  let candidates = valid;
  for (;;) {
    const inFile = new Map(candidates.map((row) => [row.email, row]));
    const rejected = new Set<string>();
    for (const row of candidates) {
      if (row.managerEmail && !inFile.has(row.managerEmail) && !snapshot.people.has(row.managerEmail)) {
        const why = lineByEmail.has(row.managerEmail)
          ? `${row.managerEmail} (line ${lineByEmail.get(row.managerEmail)}) has errors, so cannot be the manager`
          : `${row.managerEmail} is neither in the file nor in Ensemble`;
        errors.push({ line: row.line, field: 'manager_email', message: why });
        rejected.add(row.email);
      }
    }
    for (const email of cycleMembers(candidates, snapshot)) {
      if (rejected.has(email)) continue;
      const line = inFile.get(email)?.line ?? 0;
      errors.push({
        line,
        field: 'manager_email',
        message: 'would make a management cycle (someone would manage themself through others)',
      });
      rejected.add(email);
    }
    if (!rejected.size) break;
    // Rejecting a row can orphan the rows it managed: repeat until stable.
    candidates = candidates.filter((row) => !rejected.has(row.email));
  }

  const departmentsToCreate = new Map<string, string>();
  const people: PlannedPerson[] = candidates.map((row) => {
    if (row.department && !snapshot.departments.has(row.department.toLowerCase())) {
      departmentsToCreate.set(
        row.department.toLowerCase(),
        departmentsToCreate.get(row.department.toLowerCase()) ?? row.department,
      );
    }
    const existing = snapshot.people.get(row.email);
    if (!existing) return { ...row, action: 'create', changedFields: [] };
    const changedFields: string[] = [];
    if (existing.givenName !== row.givenName) changedFields.push('given_name');
    if (existing.familyName !== row.familyName) changedFields.push('family_name');
    // Empty optional cells leave what is there; an empty manager_email means "no manager".
    if (row.title !== null && existing.title !== row.title) changedFields.push('title');
    if (row.department !== null && existing.departmentName?.toLowerCase() !== row.department.toLowerCase())
      changedFields.push('department');
    if (row.location !== null && existing.location !== row.location) changedFields.push('location');
    if ((existing.managerEmail ?? null) !== row.managerEmail) changedFields.push('manager_email');
    return { ...row, action: changedFields.length ? 'update' : 'unchanged', changedFields };
  });
  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return { rowsRead, people, departmentsToCreate: [...departmentsToCreate.values()], errors, warnings };
}

/** Emails of file rows that sit on a manager cycle, following file managers first, then the database's. */
function cycleMembers(
  rows: ReadonlyArray<{ email: string; managerEmail: string | null }>,
  snapshot: ImportSnapshot,
): Set<string> {
  const managerOf = (email: string): string | null => {
    const row = fileManager.get(email);
    if (row !== undefined) return row;
    return snapshot.people.get(email)?.managerEmail ?? null;
  };
  const fileManager = new Map(rows.map((row) => [row.email, row.managerEmail]));
  const onCycle = new Set<string>();
  const done = new Set<string>();
  for (const { email } of rows) {
    const path: string[] = [];
    const position = new Map<string, number>();
    let current: string | null = email;
    while (current && !done.has(current) && !position.has(current)) {
      position.set(current, path.length);
      path.push(current);
      current = managerOf(current);
    }
    const cycleStart = current ? position.get(current) : undefined;
    if (cycleStart !== undefined) {
      for (const member of path.slice(cycleStart)) if (fileManager.has(member)) onCycle.add(member);
    }
    for (const member of path) done.add(member);
  }
  return onCycle;
}
