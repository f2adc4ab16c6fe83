// Shared set-up for the profile and org integration tests (not a test file itself).
import request from 'supertest';
import type { TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';

/** Whatever JSON the server answered; tests assert its shape. */
type Json = ReturnType<typeof JSON.parse>;

export interface GraphQLResult {
  status: number;
  headers: Record<string, string>;
  body: Json;
}

export function graphql(test: TestApp) {
  return async (
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult> => {
    const call = request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (cookie) call.set('cookie', cookie);
    const response = await call.send({ query, variables });
    return {
      status: response.status,
      headers: response.headers as Record<string, string>,
      body: response.body,
    };
  };
}

export async function insertDepartment(
  test: TestApp,
  name: string,
  parentId: string | null = null,
): Promise<string> {
  const { rows } = await test.db.client.query(
    `INSERT INTO department (name, parent_id) VALUES ($1, $2) RETURNING id`,
    [name, parentId],
  );
  return rows[0].id;
}

export async function insertPerson(
  test: TestApp,
  options: {
    given: string;
    family: string;
    managerId?: string | null;
    departmentId?: string | null;
    roles?: string[];
    location?: string | null;
    status?: 'active' | 'inactive';
  },
): Promise<string> {
  const email = `${options.given}.${options.family}@example.com`.toLowerCase();
  const { rows } = await test.db.client.query(
    `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, manager_id, roles, location, status)
     VALUES ($1, $1, $2, $3, 'Title', $4, $5, $6, $7, $8) RETURNING id`,
    [
      email,
      options.given,
      options.family,
      options.departmentId ?? null,
      options.managerId ?? null,
      options.roles ?? ['employee'],
      options.location ?? null,
      options.status ?? 'active',
    ],
  );
  return rows[0].id;
}

export async function cookiesFor<K extends string>(
  test: TestApp,
  ids: Record<K, string>,
): Promise<Record<K, string>> {
  const entries = await Promise.all(
    Object.entries<string>(ids).map(async ([key, id]) => [key, await signInAs(test.app, id)] as const),
  );
  return Object.fromEntries(entries) as Record<K, string>;
}
