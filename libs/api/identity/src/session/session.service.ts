import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CookieOptions, Request, Response } from 'express';
import {
  APP_CONFIG,
  PreparedStatement,
  sql,
  type AppConfig,
  type Principal,
  type PrincipalResolver,
  type RoleName,
} from '@ensemble/api/core';
import { readCookie } from './cookies';

export const SESSION_COOKIE = 'ensemble_session';

/** 32 random bytes, base64url without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Expired sessions deleted per sign-in, so the table never grows without bound yet no sign-in stalls. */
const PURGE_BATCH = 200;

export interface SessionData {
  /** How the session was established, for the audit trail and support. */
  method: 'saml' | 'test';
  rolesAtSignIn: RoleName[];
  issuer?: string;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** SessionService.resolve's one statement: it runs on nearly every request, so it is prepared once per connection. */
const RESOLVE_SESSION = new PreparedStatement(
  'session.resolve',
  `WITH found AS (
    SELECT s.sid, s.expires_at, p.id AS person_id, p.roles
    FROM session s JOIN person p ON p.id = s.person_id
    WHERE s.sid = $1 AND s.expires_at > now() AND p.status = 'active'
  ), renewed AS (
    UPDATE session SET expires_at = now() + $2 * interval '1 millisecond'
    FROM found
    WHERE session.sid = found.sid AND found.expires_at < now() + $3 * interval '1 millisecond'
    RETURNING session.expires_at
  ), purged AS (
    DELETE FROM session WHERE sid = $1 AND expires_at <= now()
  )
  SELECT found.person_id, found.roles, (SELECT expires_at FROM renewed) AS renewed_until FROM found`,
);

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions in PostgreSQL, so that any API instance serves any user and sign-out really
 * ends the session. The cookie carries a random token; the database stores only its SHA-256, so a
 * leaked database dump cannot be replayed as cookies.
 */
@Injectable()
export class SessionService implements PrincipalResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The token in the request's session cookie, when it has the right shape (otherwise no SQL at all). */
  tokenOf(request: Request): string | undefined {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    return token && TOKEN_PATTERN.test(token) ? token : undefined;
  }

  /**
   * Signs a person in: a brand-new token every time (session fixation defence) and, in the same
   * statement, the previous session of this browser and a batch of expired sessions are deleted.
   */
  async issue(personId: string, data: SessionData, previousToken?: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const rows: Array<{ expires_at: Date }> = await this.dataSource.query(
      `WITH previous AS (
         DELETE FROM session WHERE sid = $4
       ), purged AS (
         DELETE FROM session WHERE sid IN (SELECT sid FROM session WHERE expires_at <= now() LIMIT ${PURGE_BATCH})
       )
       INSERT INTO session (sid, person_id, data, expires_at)
       VALUES ($1, $2, $3, now() + $5 * interval '1 millisecond')
       RETURNING expires_at`,
      [
        hashToken(token),
        personId,
        JSON.stringify(data),
        previousToken ? hashToken(previousToken) : null,
        this.config.session.ttlMs,
      ],
    );
    return { token, expiresAt: new Date(rows[0]?.expires_at ?? Date.now() + this.config.session.ttlMs) };
  }

  /** Signs in and sets the cookie on the response. */
  async create(
    personId: string,
    roles: RoleName[],
    response: Response,
    previousToken?: string,
    extra: Partial<SessionData> = {},
  ): Promise<void> {
    const session = await this.issue(
      personId,
      { method: 'saml', ...extra, rolesAtSignIn: roles },
      previousToken,
    );
    this.setCookie(response, session);
  }

  /** Signs out: the row goes (so the cookie is worthless even if kept) and the cookie is cleared. */
  async destroy(request: Request, response: Response): Promise<{ personId: string | null }> {
    const token = this.tokenOf(request);
    let personId: string | null = null;
    if (token) {
      const row = await sql.maybeOne<{ person_id: string | null }>(
        this.dataSource,
        `DELETE FROM session WHERE sid = $1 RETURNING person_id`,
        [hashToken(token)],
      );
      personId = row?.person_id ?? null;
    }
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return { personId };
  }

  /**
   * The PrincipalResolver behind the AccessGuard. One SQL statement: finds the unexpired session of an
   * active person with their current roles (so a role change or deactivation applies at once), slides
   * the expiry when less than half of the lifetime remains, and deletes this session's row if it has
   * expired.
   */
  async resolve(request: Request): Promise<Principal | null> {
    const token = this.tokenOf(request);
    if (!token) return null;
    const ttlMs = this.config.session.ttlMs;
    const row = await sql.maybeOne<{ person_id: string; roles: RoleName[]; renewed_until: Date | null }>(
      this.dataSource,
      RESOLVE_SESSION,
      [hashToken(token), ttlMs, ttlMs / 2],
    );
    if (!row) return null;
    if (row.renewed_until) {
      // The browser's copy of the cookie must live as long as the renewed row.
      const response = request.res;
      if (response && !response.headersSent)
        this.setCookie(response, { token, expiresAt: new Date(row.renewed_until) });
    }
    return { personId: row.person_id, roles: row.roles };
  }

  private setCookie(response: Response, session: IssuedSession): void {
    response.cookie(SESSION_COOKIE, session.token, {
      ...this.cookieOptions(),
      maxAge: Math.max(0, session.expiresAt.getTime() - Date.now()),
    });
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.session.secureCookie, path: '/' };
  }
}
