// The headers every response carries, and the Content-Security-Policy of the web app's page: what
// keeps a browser from sniffing, framing or leaking Ensemble's pages (docs/security.md).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { PeopleModule } from '@ensemble/api/people';

describe('security headers', () => {
  let web: string;
  let test: TestApp;
  let secure: TestApp;

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'ensemble-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Ensemble</title>');
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'assets', 'app-0123abcd.js'), 'console.log(1)');
    test = await createTestApp({ imports: [PeopleModule], env: { WEB_DIST_DIR: web } });
    secure = await createTestApp({ imports: [PeopleModule], env: { PUBLIC_URL: 'https://ensemble.example.com' } });
  });
  afterAll(async () => {
    await Promise.all([test?.close(), secure?.close()]);
    rmSync(web, { recursive: true, force: true });
  });

  it('sends nosniff, no framing, same-origin referrers and opener isolation on API answers', async () => {
    const response = await request(test.app.getHttpServer()).get('/health/live').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Plain http (development): HSTS would pin a developer's localhost to https.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS when Ensemble is served over https', async () => {
    const response = await request(secure.app.getHttpServer()).get('/health/live').expect(200);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('serves the web app with a CSP that runs only its own scripts and cannot be framed', async () => {
    const response = await request(test.app.getHttpServer()).get('/people/123').set('Accept', 'text/html').expect(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("base-uri 'self'");
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches content-hashed assets for good and never falls back to the page for API paths', async () => {
    const server = test.app.getHttpServer();
    const asset = await request(server).get('/assets/app-0123abcd.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await request(server).get('/api/nothing-here').set('Accept', 'text/html').expect(404);
  });
});
