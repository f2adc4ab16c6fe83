import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CacheItem, CacheProvider } from '@node-saml/passport-saml';
import { sql } from '@ensemble/api/core';

/** How long an AuthnRequest may wait for its response (the person is typing a password meanwhile). */
export const REQUEST_TTL_MS = 10 * 60 * 1000;

/** Expired rows deleted whenever a sign-in starts, so the table stays small without a scheduler. */
const PURGE_BATCH = 200;

/**
 * The shared SAML state in `saml_replay`, so that every API instance agrees on it:
 *  - kind 'request': AuthnRequest ids we issued and not yet consumed. node-saml uses it as its
 *    `cacheProvider` to enforce `validateInResponseTo: 'always'`; the value is the issue instant, which
 *    node-saml compares with `requestIdExpirationPeriodMs`. `browser_binding` ties the request to the
 *    browser that started it (SignInBinding).
 *  - kind 'assertion': ids of assertions already used to sign in, kept until they expire anyway.
 */
@Injectable()
export class SamlReplayStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * node-saml generates the request id and saves it through `requests.saveAsync` itself, so the
   * binding of the sign-in being started travels to that call in the async context.
   */
  private readonly bindingOfNewRequest = new AsyncLocalStorage<string | null>();

  /** Runs `issue` (node-saml creating an AuthnRequest), saving its id with this browser binding. */
  withBrowserBinding<T>(bindingHash: string | null, issue: () => Promise<T>): Promise<T> {
    return this.bindingOfNewRequest.run(bindingHash, issue);
  }

  /** node-saml's cache contract, backed by the 'request' rows. */
  readonly requests: CacheProvider = {
    saveAsync: async (key: string, value: string): Promise<CacheItem | null> => {
      const rows: Array<{ created_at: Date }> = await this.dataSource.query(
        `WITH purged AS (
           DELETE FROM saml_replay
            WHERE (kind, key) IN (SELECT kind, key FROM saml_replay WHERE expires_at <= now() LIMIT ${PURGE_BATCH})
         )
         INSERT INTO saml_replay (kind, key, value, browser_binding, expires_at)
         VALUES ('request', $1, $2, $4, now() + $3 * interval '1 millisecond')
         ON CONFLICT (kind, key) DO NOTHING
         RETURNING created_at`,
        [key, value, REQUEST_TTL_MS, this.bindingOfNewRequest.getStore() ?? null],
      );
      // A conflict means the id already exists: node-saml treats null as "not saved".
      return rows[0] ? { value, createdAt: new Date(rows[0].created_at).getTime() } : null;
    },
    getAsync: async (key: string): Promise<string | null> => {
      const rows: Array<{ value: string }> = await this.dataSource.query(
        `SELECT value FROM saml_replay WHERE kind = 'request' AND key = $1 AND expires_at > now()`,
        [key],
      );
      return rows[0]?.value ?? null;
    },
    removeAsync: async (key: string | null): Promise<string | null> => {
      if (!key) return null;
      const row = await sql.maybeOne<{ value: string }>(
        this.dataSource,
        `DELETE FROM saml_replay WHERE kind = 'request' AND key = $1 RETURNING value`,
        [key],
      );
      return row?.value ?? null;
    },
  };

  /** Is this AuthnRequest id outstanding (issued by us, not yet answered, not expired)? */
  async isPendingRequest(requestId: string): Promise<boolean> {
    return (await this.requests.getAsync(requestId)) !== null;
  }

  /**
   * Before verifying a response: was one of its assertions already used, does it answer a request
   * of ours, and to which browser was that request bound? The first two only choose the refusal code
   * (SAML_REPLAYED, SAML_UNSOLICITED) early; node-saml and `consumeAssertion` remain the authoritative
   * checks. The binding is checked by the caller.
   */
  async precheck(
    assertionIds: string[],
    inResponseTo: string | undefined,
  ): Promise<{ replayed: boolean; pending: boolean; browserBinding: string | null }> {
    const rows: Array<{ replayed: boolean; pending: boolean; browser_binding: string | null }> =
      await this.dataSource.query(
        `SELECT
           EXISTS (SELECT 1 FROM saml_replay WHERE kind = 'assertion' AND key = ANY($1::text[]) AND expires_at > now()) AS replayed,
           request.key IS NOT NULL AS pending,
           request.browser_binding
         FROM (SELECT 1) AS one
         LEFT JOIN saml_replay AS request ON request.kind = 'request' AND request.key = $2 AND request.expires_at > now()`,
        [assertionIds, inResponseTo ?? null],
      );
    return {
      replayed: Boolean(rows[0]?.replayed),
      pending: Boolean(rows[0]?.pending),
      browserBinding: rows[0]?.browser_binding ?? null,
    };
  }

  /**
   * Marks an assertion as used. Atomic: of two instances receiving the same response at the same
   * moment, exactly one gets `true`. An expired leftover row with the same id is taken over.
   */
  async consumeAssertion(assertionId: string, issuer: string, expiresAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO saml_replay (kind, key, value, expires_at)
       VALUES ('assertion', $1, $2, $3)
       ON CONFLICT (kind, key) DO UPDATE
         SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at, created_at = now()
         WHERE saml_replay.expires_at <= now()
       RETURNING key`,
      [assertionId, issuer, expiresAt],
    );
    return rows.length === 1;
  }
}
