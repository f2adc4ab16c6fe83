import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { VisibilityName } from '../services/project-rules';

/** How someone took part in a project: its owner, a co-lead, or a member holding a seat. */
export type ProjectPartName = 'owner' | 'co_lead' | 'member';

/** A completed project someone was on the team of, with their part in it. */
export interface CompletedProjectPart {
  personId: string;
  projectId: string;
  projectTitle: string;
  /** Their highest part: an owner who also held a seat is the owner (with that seat's role title). */
  part: ProjectPartName;
  /** The title of the role whose seat they held at completion; null for a lead without a seat. */
  roleTitle: string | null;
  completedAt: Date;
  /** What deciding who may see the project needs (visibleSql in project-rules has the rule). */
  visibility: VisibilityName;
  departmentId: string | null;
}

interface PartRow {
  person_id: string;
  project_id: string;
  project_title: string;
  part: ProjectPartName;
  role_title: string | null;
  completed_at: Date;
  visibility: VisibilityName;
  department_id: string | null;
}

/**
 * Who did which completed project, and in what part (docs/adr/0020): the read the people index and
 * discovery use to search people by their work and rank leads above members. The team is the one
 * completion credited with evidence (the project_part view): the owner, the co-leads, and the members
 * holding a seat. Not filtered by viewer: callers that show or rank these must apply project
 * visibility themselves.
 */
@Injectable()
export class ProjectHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The completed projects of each person, most recently completed first, in one statement. */
  async completedProjectsOf(personIds: readonly string[]): Promise<CompletedProjectPart[]> {
    if (!personIds.length) return [];
    const rows: PartRow[] = await this.dataSource.query(
      `SELECT pp.person_id, p.id AS project_id, p.title AS project_title, pp.part, r.title AS role_title,
              p.completed_at, p.visibility, p.department_id
         FROM project_part pp
         JOIN project p ON p.id = pp.project_id AND p.status = 'completed'
         LEFT JOIN project_role r ON r.id = pp.role_id
        WHERE pp.person_id = ANY($1::uuid[])
        ORDER BY pp.person_id, p.completed_at DESC, p.id`,
      [[...personIds]],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      projectId: row.project_id,
      projectTitle: row.project_title,
      part: row.part,
      roleTitle: row.role_title,
      completedAt: new Date(row.completed_at),
      visibility: row.visibility,
      departmentId: row.department_id,
    }));
  }
}
