import { recordAudit } from '@ensemble/api/core';
import {
  planHrImport,
  type ExistingPerson,
  type HrImportPlan,
  type ImportSnapshot,
  type PlannedPerson,
  type RowProblem,
} from './hr-import.plan';
import { planAsSeenBy } from './hr-import.privacy';
import type { FieldVisibilityMap } from '../profile/profile-fields';
import type { Viewer } from '../profile/profile-visibility';

/** The little of a database the importer needs, so the CLI (pg) and the API (TypeORM) share it. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlTransactions {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
}

export interface HrImportReport {
  applied: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  departmentsCreated: number;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** The rows that create or change someone (unchanged rows are only counted). */
  changes: Array<Pick<PlannedPerson, 'line' | 'email' | 'action' | 'changedFields'>>;
}

export interface HrImportOptions {
  apply: boolean;
  /** Who ran it, for the audit trail (null for the command line). */
  actorId: string | null;
  requestId?: string | null;
  /**
   * Who reads the report: it leaves out what they may not see of people's private fields. Absent for
   * the command line, whose operator reads the database itself.
   */
  viewer?: Viewer;
}

async function loadSnapshot(sql: SqlRunner): Promise<ImportSnapshot> {
  const rows: Array<{
    id: string;
    email: string;
    given_name: string;
    family_name: string;
    title: string | null;
    department_name: string | null;
    manager_email: string | null;
    location: string | null;
    manager_id: string | null;
    field_visibility: FieldVisibilityMap;
  }> = await sql.query(
    `SELECT p.id, p.email, p.given_name, p.family_name, p.title, d.name AS department_name, m.email AS manager_email, p.location,
            p.manager_id, p.field_visibility
       FROM person p LEFT JOIN department d ON d.id = p.department_id LEFT JOIN person m ON m.id = p.manager_id`,
  );
  const people = new Map<string, ExistingPerson>();
  for (const row of rows) {
    people.set(row.email.toLowerCase(), {
      id: row.id,
      email: row.email,
      givenName: row.given_name,
      familyName: row.family_name,
      title: row.title,
      departmentName: row.department_name,
      managerEmail: row.manager_email?.toLowerCase() ?? null,
      location: row.location,
      managerId: row.manager_id,
      fieldVisibility: row.field_visibility,
    });
  }
  const departments: Array<{ name: string }> = await sql.query(`SELECT name FROM department`);
  return { people, departments: new Map(departments.map((row) => [row.name.toLowerCase(), row.name])) };
}

function report(plan: HrImportPlan, applied: boolean): HrImportReport {
  const count = (action: PlannedPerson['action']) =>
    plan.people.filter((person) => person.action === action).length;
  return {
    applied,
    rowsRead: plan.rowsRead,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    departmentsCreated: plan.departmentsToCreate.length,
    errors: plan.errors,
    warnings: plan.warnings,
    changes: plan.people
      .filter((person) => person.action !== 'unchanged')
      .map(({ line, email, action, changedFields }) => ({ line, email, action, changedFields })),
  };
}

/**
 * Dry run: plan against the current data and report. Apply: the same inside one transaction that
 * holds an advisory lock (two imports never interleave), plans against the locked snapshot and
 * writes every valid row (all or nothing), then records `hr_import.applied` with the counts.
 * Rows with errors are never written, not even partly. Bulk statements keep it a handful of SQL
 * statements whatever the file's size.
 */
export async function runHrImport(
  db: SqlTransactions,
  csv: string,
  options: HrImportOptions,
): Promise<HrImportReport> {
  return db.transaction(async (sql) => {
    if (options.apply) await sql.query(`SELECT pg_advisory_xact_lock(hashtext('ensemble.hr_import'))`);
    const snapshot = await loadSnapshot(sql);
    const plan = planHrImport(csv, snapshot);
    const seen = options.viewer ? planAsSeenBy(plan, snapshot, options.viewer) : plan;
    if (!options.apply) return report(seen, false);
    await write(sql, plan);
    // The audit trail records what was written; the importer's report, what they may know of it.
    const written = report(plan, true);
    await recordAudit(sql, {
      actorId: options.actorId,
      action: 'hr_import.applied',
      targetType: 'person',
      requestId: options.requestId ?? null,
      data: {
        rowsRead: written.rowsRead,
        created: written.created,
        updated: written.updated,
        unchanged: written.unchanged,
        departmentsCreated: written.departmentsCreated,
        errors: written.errors.length,
      },
    });
    return report(seen, true);
  });
}

async function write(sql: SqlRunner, plan: HrImportPlan): Promise<void> {
  if (plan.departmentsToCreate.length) {
    await sql.query(
      `INSERT INTO department (name) SELECT unnest($1::text[]) ON CONFLICT ((lower(name))) DO NOTHING`,
      [plan.departmentsToCreate],
    );
  }
  const record = (person: PlannedPerson) => ({
    email: person.email,
    given_name: person.givenName,
    family_name: person.familyName,
    title: person.title,
    department: person.department,
    location: person.location,
    manager_email: person.managerEmail,
  });
  const recordset = `jsonb_to_recordset($1::jsonb) AS r(email text, given_name text, family_name text, title text,
                     department text, location text, manager_email text)`;
  const created = plan.people.filter((person) => person.action === 'create');
  const updated = plan.people.filter((person) => person.action === 'update');
  if (created.length) {
    // New people's external_id is their email until the identity provider's first sign-in says otherwise.
    await sql.query(
      `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, location)
       SELECT r.email, r.email, r.given_name, r.family_name, r.title, d.id, r.location
         FROM ${recordset} LEFT JOIN department d ON lower(d.name) = lower(r.department)`,
      [JSON.stringify(created.map(record))],
    );
  }
  if (updated.length) {
    await sql.query(
      `UPDATE person p SET given_name = r.given_name, family_name = r.family_name,
              title = COALESCE(r.title, p.title), department_id = COALESCE(d.id, p.department_id),
              location = COALESCE(r.location, p.location), updated_at = now()
         FROM ${recordset} LEFT JOIN department d ON lower(d.name) = lower(r.department)
        WHERE lower(p.email) = r.email`,
      [JSON.stringify(updated.map(record))],
    );
  }
  // Managers last, once every person of the file exists, so rows may come in any order.
  const managed = plan.people.filter((person) =>
    person.action === 'create'
      ? person.managerEmail !== null
      : person.changedFields.includes('manager_email'),
  );
  if (managed.length) {
    await sql.query(
      `UPDATE person p SET manager_id = m.id, updated_at = now()
         FROM ${recordset} LEFT JOIN person m ON lower(m.email) = r.manager_email
        WHERE lower(p.email) = r.email`,
      [JSON.stringify(managed.map(record))],
    );
  }
}
