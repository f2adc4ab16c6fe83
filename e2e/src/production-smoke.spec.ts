import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { E2E_PG_ADMIN_URL } from './constants';
import { startServer, waitForReady } from './server-process';

/**
 * The container's start command without Docker: the production build with NODE_ENV=production and a
 * DATABASE_URL, an external IdP configured and no demo IdP. Uses the e2e stack's PostgreSQL server.
 */
const PORT = 3111;
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = 'ensemble_production_smoke';

test('the production build starts with NODE_ENV=production and DATABASE_URL', async () => {
  const admin = new Client({ connectionString: E2E_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  const databaseUrl = E2E_PG_ADMIN_URL.replace(/\/postgres$/, `/${DATABASE}`);
  const started = startServer({
    NODE_ENV: 'production',
    PORT: String(PORT),
    PUBLIC_URL: BASE,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: 'a-production-smoke-secret-of-at-least-32-chars',
    SAML_IDP_ENTITY_ID: 'https://smoke-test-idp.example/metadata',
    SAML_IDP_SSO_URL: 'https://smoke-test-idp.example/sso',
    SAML_IDP_CERT: resolve(__dirname, '../fixtures/production-smoke-idp-cert.pem'),
    LOG_LEVEL: 'warn',
  });
  const { server } = started;
  try {
    await waitForReady(BASE, started);

    const home = await fetch(`${BASE}/people`, {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' },
    });
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toContain('<div id="root"');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(home.headers.get('content-encoding')).toBe('br');

    // The build compressed its scripts, and they are cached for good (their names change with them).
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${BASE}${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toMatch(/import|export|function/);
    // A chunk of an earlier release is gone: 404, not the page in its place.
    expect((await fetch(`${BASE}/assets/an-earlier-release-0123abcd.js`)).status).toBe(404);

    const graphql = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    const body = (await graphql.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(graphql.headers.get('x-sql-statements')).toBeNull();

    const introspection = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection|GRAPHQL_VALIDATION_FAILED/i);

    expect((await fetch(`${BASE}/demo-idp/metadata`)).status).toBe(404);
    const login = await fetch(`${BASE}/auth/saml/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toMatch(/^https:\/\/smoke-test-idp\.example\/sso\?SAMLRequest=/);

    // Migrated at start, and no demo company in production.
    const smokeDb = new Client({ connectionString: databaseUrl });
    await smokeDb.connect();
    const people = await smokeDb.query('SELECT count(*)::int AS n FROM person');
    await smokeDb.end();
    expect(people.rows[0].n).toBe(0);
  } finally {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
  }
});
