import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError } from '@ensemble/api/core';
import { PersonEntity } from '../entities/person.entity';
import { DepartmentEntity } from '../entities/department.entity';
import { ORG_CHART_MAX_DEPTH, ORG_CHART_MAX_NODES } from '../dto/org.type';

export interface OrgChartEntry {
  person: PersonEntity;
  reportCount: number;
  depth: number;
}

/** Departments and the management tree. */
@Injectable()
export class OrgService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async getDepartment(id: string): Promise<DepartmentEntity> {
    const department = await this.departments.findOneBy({ id });
    if (!department) throw new NotFoundError('Department', 'This department does not exist or was removed.');
    return department;
  }

  async childrenOf(parentIds: readonly string[]): Promise<DepartmentEntity[]> {
    return this.departments
      .createQueryBuilder('department')
      .where('department.parent_id = ANY(:parentIds)', { parentIds })
      .orderBy('department.name', 'ASC')
      .getMany();
  }

  /**
   * The head of each department: an active member whose manager is outside the department (or who
   * has none), the one with most active reports, then in name order. One statement for all.
   */
  async headIds(departmentIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ department_id: string; id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (p.department_id) p.department_id, p.id
         FROM person p LEFT JOIN person m ON m.id = p.manager_id
        WHERE p.department_id = ANY($1::uuid[]) AND p.status = 'active'
          AND (m.id IS NULL OR m.department_id IS DISTINCT FROM p.department_id)
        ORDER BY p.department_id,
                 (SELECT count(*) FROM person r WHERE r.manager_id = p.id AND r.status = 'active') DESC,
                 p.family_name, p.given_name, p.id`,
      [departmentIds],
    );
    return new Map(rows.map((row) => [row.department_id, row.id]));
  }

  /**
   * A subtree of active people from a root (or from everyone without a manager), breadth first, in one
   * recursive statement that also counts each node's reports. It fetches one node more than the limit
   * to know whether it truncated; breadth-first order means a kept node's manager is always kept.
   */
  async orgChart(
    rootId: string | undefined,
    depth: number,
  ): Promise<{ entries: OrgChartEntry[]; truncated: boolean }> {
    const maxDepth = Math.min(Math.max(depth, 0), ORG_CHART_MAX_DEPTH);
    if (rootId && !(await this.people.existsBy({ id: rootId, status: 'active' }))) {
      throw new NotFoundError('Person', 'This person does not exist or was removed.');
    }
    const anchor = rootId ? 'p.id = :rootId' : 'p.manager_id IS NULL';
    const tree = `(
      WITH RECURSIVE tree(id, depth) AS (
        SELECT p.id, 0 FROM person p WHERE ${anchor} AND p.status = 'active'
        UNION ALL
        SELECT c.id, t.depth + 1 FROM tree t JOIN person c ON c.manager_id = t.id
         WHERE c.status = 'active' AND t.depth < :maxDepth
      )
      SELECT tree.id, tree.depth,
             (SELECT count(*) FROM person r WHERE r.manager_id = tree.id AND r.status = 'active')::int AS report_count
        FROM tree)`;
    const { entities, raw } = await this.people
      .createQueryBuilder('person')
      .innerJoin(tree, 'tree', 'tree.id = person.id')
      .addSelect('tree.depth', 'tree_depth')
      .addSelect('tree.report_count', 'tree_report_count')
      .setParameters({ rootId, maxDepth })
      .orderBy('tree.depth', 'ASC')
      .addOrderBy('person.family_name', 'ASC')
      .addOrderBy('person.given_name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(ORG_CHART_MAX_NODES + 1)
      .getRawAndEntities<{ person_id: string; tree_depth: number; tree_report_count: number }>();
    const facts = new Map(raw.map((row) => [row.person_id, row]));
    const entries = entities.slice(0, ORG_CHART_MAX_NODES).map((person) => ({
      person,
      depth: Number(facts.get(person.id)?.tree_depth ?? 0),
      reportCount: Number(facts.get(person.id)?.tree_report_count ?? 0),
    }));
    return { entries, truncated: entities.length > ORG_CHART_MAX_NODES };
  }
}
