import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@ensemble/api/core';
import { readCookie } from '../session/cookies';
import { REQUEST_TTL_MS } from './saml-replay.store';

/**
 * `__Host-`: browsers accept it only with Secure, Path=/ and no Domain, so neither a sibling subdomain
 * nor a plain-http page can plant one (cookie tossing would otherwise defeat the binding).
 */
export const SIGN_IN_BINDING_COOKIE = '__Host-ensemble_sign_in';

/** 32 random bytes, base64url without padding. */
const VALUE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Binds each sign-in to the browser that started it (login CSRF defence, docs/adr/0017). Starting a
 * sign-in gives the browser a random value in a short-lived cookie and records its hash with the
 * AuthnRequest id; the ACS accepts the answer to that request only from a browser holding the value.
 * Without it, a response to a sign-in the attacker started (into the attacker's own account) could be
 * posted from the victim's browser, signing the victim in as the attacker.
 *
 * The IdP posts the response cross-site, so the cookie must be SameSite=None, which browsers accept
 * only with Secure: the binding exists when Ensemble is served over https (as production cookies
 * are Secure). Over plain http (development, the demo IdP, the e2e suite) there is none, on purpose:
 * a Lax cookie would never reach the ACS from a real IdP's site, and there a network attacker can
 * set cookies anyway.
 */
@Injectable()
export class SignInBinding {
  readonly enabled: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.enabled = config.session.secureCookie;
  }

  /**
   * Sets the cookie for a sign-in being started and returns the hash to store with its request (null
   * when bindings are off). A browser already holding a value keeps it, so that sign-ins started in
   * two tabs can both finish.
   */
  start(request: Request, response: Response): string | null {
    if (!this.enabled) return null;
    const held = this.heldBy(request);
    const value = held && VALUE_PATTERN.test(held) ? held : randomBytes(32).toString('base64url');
    response.cookie(SIGN_IN_BINDING_COOKIE, value, {
      httpOnly: true,
      secure: true,
      sameSite: 'none',
      path: '/',
      maxAge: REQUEST_TTL_MS,
    });
    return hashOf(value);
  }

  /** The value the posting browser holds, if any. */
  heldBy(request: Request): string | undefined {
    return readCookie(request.headers.cookie, SIGN_IN_BINDING_COOKIE);
  }

  /** Why a browser holding `held` may not complete the sign-in bound to `storedHash`, or null. */
  problem(held: string | undefined, storedHash: string | null): string | null {
    if (!this.enabled) return null;
    if (!storedHash) return 'the sign-in was started without a browser binding';
    if (!held) return 'the browser sent no sign-in binding cookie';
    const expected = Buffer.from(storedHash, 'hex');
    const actual = Buffer.from(hashOf(held), 'hex');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
      return 'the browser holds the binding of another sign-in';
    return null;
  }
}
