import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestContext } from '@ensemble/api/core';

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends to the audit trail (audit_event), tagged with the request id so logs and trail join up. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With `manager`, the record is written in that transaction: it exists exactly when the change does. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource).query(
      `INSERT INTO audit_event (actor_id, action, target_type, target_id, request_id, data) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.actorId ?? null,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        currentRequestContext()?.requestId ?? null,
        JSON.stringify(entry.data ?? {}),
      ],
    );
  }
}
