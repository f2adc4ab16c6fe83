import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, Repository } from 'typeorm';
import {
  NotFoundError,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
  type RoleName,
} from '@ensemble/api/core';
import { PersonEntity } from '../entities/person.entity';
import { DepartmentEntity } from '../entities/department.entity';
import { ProfileField } from '../profile/profile-fields';
import { visibleToViewerParams, visibleToViewerSql, type Viewer } from '../profile/profile-visibility';
import { EntityRows } from './entity-rows';

export interface DirectoryQuery {
  first: number;
  after?: string;
  name?: string;
  departmentId?: string;
  /** Part of a location; matches only people whose location this viewer may see. */
  location?: string;
  /** Who is asking: filters on private fields match only what this viewer may see. */
  viewer: Viewer;
}

/** The viewer's standing towards a page of profile owners (see profile-visibility.ts). */
export interface Relationships {
  viewerManagerId: string | null;
  /** Owners of whom the viewer is a manager, at any level. */
  managedByViewer: Set<string>;
}

export interface IdentityProfile {
  externalId: string;
  email: string;
  givenName: string;
  familyName: string;
  title?: string | null;
  departmentName?: string | null;
  roles: RoleName[];
}

export interface DemoCandidate {
  id: string;
  email: string;
  displayName: string;
  title: string | null;
  departmentName: string | null;
  roles: RoleName[];
}

interface DemoCandidateRow {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  title: string | null;
  roles: RoleName[];
  department: string | null;
}

function demoCandidate(row: DemoCandidateRow): DemoCandidate {
  return {
    id: row.id,
    email: row.email,
    displayName: `${row.given_name} ${row.family_name}`,
    title: row.title,
    departmentName: row.department,
    roles: row.roles,
  };
}

const ROLE_SEARCH_WORDS: Readonly<Record<RoleName, readonly string[]>> = {
  employee: ['employee', 'employees'],
  hr: ['hr', 'hr partner', 'hr partners', 'hrbp', 'human resources'],
  admin: ['admin', 'admins', 'administrator', 'administrators'],
};

/** The roles a demo sign-in search names ("admin", "HR", "HR partner"): whole words only, so "Emma" is no role. */
export function rolesMatching(search: string): RoleName[] {
  const term = search.trim().toLowerCase().replace(/\s+/g, ' ');
  return (Object.keys(ROLE_SEARCH_WORDS) as RoleName[]).filter((role) => ROLE_SEARCH_WORDS[role].includes(term));
}

/** How many managers up a chain is followed (a bound that also stops a cyclic hierarchy). */
export const MAX_MANAGER_CHAIN = 50;

export interface PersonWithDepartment {
  person: PersonEntity;
  department: DepartmentEntity | null;
}

/** What a profile page needs of its owner before any field resolves (see PeopleService.profileOwner). */
export interface ProfileOwner {
  owner: PersonWithDepartment;
  /** The owner's managers, nearest first, as far as was asked. */
  managers: PersonWithDepartment[];
  /** Whether `managers` is the whole chain rather than its first levels. */
  completeChain: boolean;
  viewerManagerId: string | null;
}

interface ChainRow {
  startId: string;
  depth: number;
  entry: PersonWithDepartment;
  viewerManagerId: string | null;
}

/** `%`, `_` and `\` are LIKE wildcards; a name search treats them as plain characters. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.personRows = new EntityRows(dataSource, PersonEntity);
    this.departmentRows = new EntityRows(dataSource, DepartmentEntity);
  }

  private readonly personRows: EntityRows<PersonEntity>;
  private readonly departmentRows: EntityRows<DepartmentEntity>;

  async getById(id: string): Promise<PersonEntity> {
    const person = await this.people.findOneBy({ id });
    if (!person) throw new NotFoundError('Person', 'This person does not exist or was removed.');
    return person;
  }

  /**
   * The directory: active people in name order, filtered by name and department, with keyset
   * pagination on (family name, given name, id). One SQL statement, total included.
   */
  async directory(query: DirectoryQuery): Promise<Connection<PersonEntity>> {
    const after = query.after ? decodeCursor(query.after, 3) : undefined;
    const name = query.name?.trim();
    const filtered = (alias: string) => {
      const builder = this.people.createQueryBuilder(alias).where(`${alias}.status = 'active'`);
      if (name) {
        builder.andWhere(`(${alias}.given_name || ' ' || ${alias}.family_name) ILIKE :name`, { name: likePattern(name) });
      }
      if (query.departmentId) builder.andWhere(`${alias}.department_id = :departmentId`, { departmentId: query.departmentId });
      const location = query.location?.trim();
      if (location) {
        // The visibility predicate is part of the WHERE clause, so a hidden location can neither match
        // nor be counted in totalCount: a filter must not become a way to probe a private field.
        builder
          .andWhere(`${alias}.location ILIKE :location`, { location: likePattern(location) })
          .andWhere(visibleToViewerSql(alias, ProfileField.LOCATION, `${alias}Vis`), visibleToViewerParams(query.viewer, `${alias}Vis`));
      }
      return builder;
    };
    const total = filtered('counted').select('count(*)');
    const page = filtered('person')
      .addSelect(`(${total.getQuery()})::int`, 'total_count')
      .setParameters(total.getParameters())
      .orderBy('person.family_name', 'ASC')
      .addOrderBy('person.given_name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(query.first + 1);
    if (after) {
      page.andWhere(
        new Brackets((where) =>
          where.where('(person.family_name, person.given_name, person.id) > (:afterFamily, :afterGiven, :afterId)', {
            afterFamily: after[0],
            afterGiven: after[1],
            afterId: after[2],
          }),
        ),
      );
    }
    const { entities, raw } = await page.getRawAndEntities<{ total_count: number }>();
    let totalCount = raw[0]?.total_count;
    if (totalCount === undefined) {
      // An empty page past the end still owes the client the total.
      totalCount = Number((await total.getRawOne<{ count: string }>())?.count ?? 0);
    }
    return toConnection(
      entities,
      query.first,
      totalCount,
      Boolean(after),
      (person) => encodeCursor([person.familyName, person.givenName, person.id]),
      (person) => person,
    );
  }

  /**
   * For a page of profile owners, the viewer's manager and the owners the viewer manages at any level:
   * one recursive statement for the whole page, whatever its size.
   */
  async relationships(viewerId: string, ownerIds: readonly string[]): Promise<Relationships> {
    const [row]: Array<{ viewer_manager_id: string | null; managed: string[] | null }> = await this.dataSource.query(
      `WITH RECURSIVE chain(owner_id, manager_id, depth) AS (
         SELECT p.id, p.manager_id, 1 FROM person p WHERE p.id = ANY($1::uuid[]) AND p.manager_id IS NOT NULL
         UNION ALL
         SELECT c.owner_id, m.manager_id, c.depth + 1
           FROM chain c JOIN person m ON m.id = c.manager_id
          WHERE m.manager_id IS NOT NULL AND c.depth < ${MAX_MANAGER_CHAIN}
       )
       SELECT (SELECT manager_id FROM person WHERE id = $2) AS viewer_manager_id,
              ARRAY(SELECT DISTINCT owner_id FROM chain WHERE manager_id = $2) AS managed`,
      [ownerIds, viewerId],
    );
    return { viewerManagerId: row?.viewer_manager_id ?? null, managedByViewer: new Set(row?.managed ?? []) };
  }

  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    return this.people.findBy({ id: In([...ids]) });
  }

  /**
   * A person for a profile page, in ONE statement: their row with their department, their managers
   * (nearest first, with departments) up to `managerDepth` levels, and the viewer's own manager (what
   * the visibility policy needs besides the chain). NOT_FOUND when there is no such person.
   */
  async profileOwner(id: string, viewerId: string, managerDepth: number): Promise<ProfileOwner> {
    const depth = Math.min(Math.max(Math.trunc(managerDepth), 0), MAX_MANAGER_CHAIN);
    const rows = await this.chainRows([id], { fromDepth: 0, toDepth: depth, viewerId });
    const [first, ...managers] = rows;
    if (!first || first.depth !== 0) throw new NotFoundError('Person', 'This person does not exist or was removed.');
    return {
      owner: first.entry,
      managers: managers.map((row) => row.entry),
      // Fewer rows than asked for means the chain ended at its top; as many means it may go on.
      completeChain: depth === MAX_MANAGER_CHAIN || managers.length < depth,
      viewerManagerId: first.viewerManagerId,
    };
  }

  /**
   * Active direct reports of each manager, in name order, with their departments: one statement for
   * any number of managers.
   */
  async reportsOf(managerIds: readonly string[]): Promise<PersonWithDepartment[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${this.personRows.columns('p', 'p')}, ${this.departmentRows.columns('d', 'd')}
         FROM person p LEFT JOIN department d ON d.id = p.department_id
        WHERE p.manager_id = ANY($1::uuid[]) AND p.status = 'active'
        ORDER BY p.family_name, p.given_name, p.id`,
      [managerIds],
    );
    return rows.map((row) => this.withDepartment(row));
  }

  async reportCounts(managerIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ manager_id: string; count: number }> = await this.dataSource.query(
      `SELECT manager_id, count(*)::int AS count FROM person WHERE manager_id = ANY($1) AND status = 'active' GROUP BY manager_id`,
      [managerIds],
    );
    return new Map(rows.map((row) => [row.manager_id, row.count]));
  }

  /**
   * The manager chain of each person, nearest manager first, with the managers' rows and departments,
   * in one recursive statement for the whole batch.
   */
  async managerChains(personIds: readonly string[]): Promise<Map<string, PersonWithDepartment[]>> {
    const rows = await this.chainRows(personIds, { fromDepth: 1, toDepth: MAX_MANAGER_CHAIN, viewerId: null });
    const chains = new Map<string, PersonWithDepartment[]>();
    for (const row of rows) {
      const chain = chains.get(row.startId);
      if (chain) chain.push(row.entry);
      else chains.set(row.startId, [row.entry]);
    }
    return chains;
  }

  /**
   * Walks up from each start person (depth 0) through their managers (depth 1, 2, …) and returns the
   * rows between the two depths, ordered by start and depth. The depth bound also keeps a corrupted
   * (cyclic) hierarchy from looping.
   */
  private async chainRows(
    startIds: readonly string[],
    range: { fromDepth: number; toDepth: number; viewerId: string | null },
  ): Promise<ChainRow[]> {
    const rows: Array<Record<string, unknown> & { start_id: string; depth: number; viewer_manager_id: string | null }> =
      await this.dataSource.query(
        `WITH RECURSIVE chain(start_id, depth, id) AS (
           SELECT start.id, 0, start.id FROM unnest($1::uuid[]) AS start(id)
           UNION ALL
           SELECT c.start_id, c.depth + 1, m.manager_id
             FROM chain c JOIN person m ON m.id = c.id
            WHERE m.manager_id IS NOT NULL AND c.depth < $3
         )
         SELECT chain.start_id, chain.depth, ${this.personRows.columns('p', 'p')}, ${this.departmentRows.columns('d', 'd')},
                (SELECT v.manager_id FROM person v WHERE v.id = $4::uuid) AS viewer_manager_id
           FROM chain JOIN person p ON p.id = chain.id LEFT JOIN department d ON d.id = p.department_id
          WHERE chain.depth >= $2
          ORDER BY chain.start_id, chain.depth`,
        [startIds, range.fromDepth, range.toDepth, range.viewerId],
      );
    return rows.map((row) => ({
      startId: row.start_id,
      depth: row.depth,
      entry: this.withDepartment(row),
      viewerManagerId: row.viewer_manager_id,
    }));
  }

  private withDepartment(row: Record<string, unknown>): PersonWithDepartment {
    return { person: this.personRows.from(row, 'p') as PersonEntity, department: this.departmentRows.from(row, 'd') };
  }

  listDepartments(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { name: 'ASC' } });
  }

  findDepartmentsByIds(ids: readonly string[]): Promise<DepartmentEntity[]> {
    return this.departments.findBy({ id: In([...ids]) });
  }

  async memberCounts(departmentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ department_id: string; count: number }> = await this.dataSource.query(
      `SELECT department_id, count(*)::int AS count FROM person WHERE department_id = ANY($1) AND status = 'active' GROUP BY department_id`,
      [departmentIds],
    );
    return new Map(rows.map((row) => [row.department_id, row.count]));
  }

  /**
   * Just-in-time provisioning from a SAML assertion: creates the person on first sign-in and keeps
   * name, title, department and roles in step with the identity provider afterwards. Manager,
   * location and bio belong to Ensemble (or the HR import) and are left alone.
   */
  async upsertFromIdentity(profile: IdentityProfile): Promise<{ id: string; roles: RoleName[]; status: 'active' | 'inactive' }> {
    return this.dataSource.transaction(async (manager) => {
      let departmentId: string | null = null;
      const departmentName = profile.departmentName?.trim();
      if (departmentName) {
        const [department] = await manager.query(
          `INSERT INTO department (name) VALUES ($1)
           ON CONFLICT ((lower(name))) DO UPDATE SET updated_at = department.updated_at
           RETURNING id`,
          [departmentName.slice(0, 200)],
        );
        departmentId = department.id;
      }
      const roles = [...new Set<RoleName>(['employee', ...profile.roles])];
      const [row]: Array<{ id: string; roles: RoleName[]; status: 'active' | 'inactive' }> = await manager.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, roles, last_sign_in_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (external_id) DO UPDATE SET
           email = EXCLUDED.email,
           given_name = EXCLUDED.given_name,
           family_name = EXCLUDED.family_name,
           title = COALESCE(EXCLUDED.title, person.title),
           department_id = COALESCE(EXCLUDED.department_id, person.department_id),
           roles = EXCLUDED.roles,
           last_sign_in_at = now(),
           updated_at = now()
         WHERE person.status = 'active'
         RETURNING id, roles, status`,
        [
          profile.externalId,
          profile.email,
          profile.givenName.slice(0, 200),
          profile.familyName.slice(0, 200),
          profile.title?.slice(0, 200) || null,
          departmentId,
          roles,
        ],
      );
      if (row) return { id: row.id, roles: row.roles, status: row.status };
      // A deactivated person is left exactly as HR left them; the caller refuses the sign-in.
      const [inactive] = await manager.query(`SELECT id, roles, status FROM person WHERE external_id = $1`, [profile.externalId]);
      return { id: inactive.id, roles: inactive.roles, status: inactive.status };
    });
  }

  /**
   * People the demo identity provider offers to sign in as, matched on name, email, job title or role
   * ("admin", "hr", "HR partner"); people whose role matches come first.
   */
  async findDemoCandidates(search: string, limit: number): Promise<DemoCandidate[]> {
    const term = search.trim().slice(0, 200);
    const roles = rolesMatching(term);
    const rows: DemoCandidateRow[] = await this.dataSource.query(
      `SELECT p.id, p.email, p.given_name, p.family_name, p.title, p.roles, d.name AS department
         FROM person p LEFT JOIN department d ON d.id = p.department_id
        WHERE p.status = 'active'
          AND ($1 = '' OR (p.given_name || ' ' || p.family_name) ILIKE $2 OR p.email ILIKE $2 OR p.title ILIKE $2
               OR p.roles && $4::text[])
        ORDER BY p.roles && $4::text[] DESC, p.family_name, p.given_name, p.id
        LIMIT $3`,
      [term, likePattern(term), Math.min(Math.max(limit, 1), 100), roles],
    );
    return rows.map(demoCandidate);
  }

  /**
   * One HR partner (HR, not admin; an "HR Business Partner" by title when there is one) and one admin
   * to feature at the top of the demo sign-in, so each role is one click away. Null when nobody has it.
   */
  async findDemoFeatured(): Promise<{ hr: DemoCandidate | null; admin: DemoCandidate | null }> {
    const first = async (where: string): Promise<DemoCandidate | null> => {
      const rows: DemoCandidateRow[] = await this.dataSource.query(
        `SELECT p.id, p.email, p.given_name, p.family_name, p.title, p.roles, d.name AS department
           FROM person p LEFT JOIN department d ON d.id = p.department_id
          WHERE p.status = 'active' AND ${where}
          ORDER BY coalesce(p.title, '') ILIKE '%partner%' DESC, p.family_name, p.given_name, p.id
          LIMIT 1`,
      );
      return rows[0] ? demoCandidate(rows[0]) : null;
    };
    return {
      hr: await first(`'hr' = ANY(p.roles) AND NOT 'admin' = ANY(p.roles)`),
      admin: await first(`'admin' = ANY(p.roles)`),
    };
  }
}
