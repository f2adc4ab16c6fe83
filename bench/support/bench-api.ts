/**
 * The real API app, started in this process on a random port of 127.0.0.1, with a session for the
 * bench viewer issued by the real SessionService; and GraphQL requests to it over plain HTTP.
 */
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger, createApiApplication, loadConfig } from '@ensemble/api/core';
import { SESSION_COOKIE, SessionService } from '@ensemble/api/identity';
import type { Viewer } from '@ensemble/api/people';
import { AppModule } from '@ensemble/apps/api';

export type Json = ReturnType<typeof JSON.parse>;

export interface BenchApi {
  app: NestExpressApplication;
  port: number;
  /** The viewer's session cookie. */
  cookie: string;
}

/**
 * Starts the app on `databaseUrl` (already migrated and seeded: it seeds no demo people itself), with
 * `env` over the bench's configuration.
 */
export async function startBenchApi(
  databaseUrl: string,
  dataDir: string,
  viewer: Viewer,
  env: Record<string, string> = {},
): Promise<BenchApi> {
  // The bench processes run with NODE_ENV=production (package.json) so that libraries take their
  // production paths (graphql-js drops its development-mode checks: 4% of a search's CPU); the app's
  // own configuration stays "development", which needs no HTTPS cookies or identity-provider keys.
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '3000',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    WEB_DIST_DIR: join(dataDir, 'no-web'),
    SEED_DEMO_PEOPLE: '0',
    // One viewer sends thousands of requests a minute: the per-person GraphQL budget would refuse them
    // (bench:rate-limits measures what counting costs).
    RATE_LIMIT_GRAPHQL_PER_MINUTE: '0',
    ...env,
  });
  const logger = new JsonLogger(config.logLevel);
  const app = await createApiApplication(AppModule.register(config, logger, databaseUrl), config, logger);
  try {
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as Server;
    // Node closes a kept-alive connection after 5 idle seconds, which races with a client reusing it
    // after a pause (ECONNRESET); the bench's clients pause longer than that between phases.
    server.keepAliveTimeout = 60_000;
    const port = (server.address() as AddressInfo).port;
    const session = await app
      .get(SessionService)
      .issue(viewer.personId, { method: 'test', rolesAtSignIn: viewer.roles });
    return { app, port, cookie: `${SESSION_COOKIE}=${session.token}` };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export interface ApiAnswer {
  status: number;
  /** The X-SQL-Statements header (NaN when missing). */
  statements: number;
  body: Json;
}

/** One POST /graphql on the agent's (kept-alive) connections. */
export function postGraphQL(agent: Agent, port: number, cookie: string, body: string): Promise<ApiAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              statements: Number(response.headers['x-sql-statements'] ?? NaN),
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
