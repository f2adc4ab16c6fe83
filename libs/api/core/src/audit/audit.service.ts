import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestContext } from '../context/request-context';

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  data?: Record<string, unknown>;
  /** Defaults to the current request's id; the HR import passes its own (none from the command line). */
  requestId?: string | null;
}

/** What can run the insert: a transaction's manager, the DataSource, or a pg client (command-line tools). */
export interface AuditTarget {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Appends one row to the audit trail (audit_event). Every audit row is written here: through
 * AuditService in the API, directly by code that runs on a bare pg client as well (the HR import).
 */
export async function recordAudit(target: AuditTarget, entry: AuditEntry): Promise<void> {
  await target.query(
    `INSERT INTO audit_event (actor_id, action, target_type, target_id, request_id, data) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.actorId ?? null,
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      entry.requestId !== undefined ? entry.requestId : (currentRequestContext()?.requestId ?? null),
      JSON.stringify(entry.data ?? {}),
    ],
  );
}

/**
 * The audit trail, tagged with the request id so logs and trail join up. In core (not identity) so
 * that every domain, people included, writes its audit rows in its own transaction through it.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With `manager`, the record is written in that transaction: it exists exactly when the change does. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await recordAudit(manager ?? this.dataSource, entry);
  }
}
