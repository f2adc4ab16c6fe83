import { Controller, Get, Header, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  APP_CONFIG,
  AuditService,
  PRINCIPAL_RESOLVER,
  Public,
  RateLimit,
  formOverLimit,
  principalOf,
  trustedOriginOf,
  type AppConfig,
  type PrincipalResolver,
} from '@ensemble/api/core';
import { SignInRefusedError } from './identity.errors';
import { safeReturnPath } from './saml/return-path';
import { SamlServiceProvider } from './saml/saml-sp.service';
import { SignInBinding } from './saml/sign-in-binding';
import { SamlSignInService } from './saml/sign-in.service';
import { SessionService } from './session/session.service';
import { autoPostContent, escapeHtml, sendPage } from './shared/html';

const SITE = 'Ensemble';

function single(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Sign-in and sign-out over SAML. Thin: each route hands over to a service. All routes are public by
 * nature (they are how one becomes signed in); none of them returns personal data.
 */
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sp: SamlServiceProvider,
    private readonly signIn: SamlSignInService,
    private readonly sessions: SessionService,
    private readonly binding: SignInBinding,
    private readonly audit: AuditService,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** This request's ACS: its own origin's when that origin is trusted and the IdP answers there. */
  private acsUrlOf(request: Request): string {
    return this.sp.acsUrlFor(trustedOriginOf(request, this.config.publicUrl));
  }

  /**
   * Starts a sign-in: a fresh AuthnRequest to the IdP, carrying where to return as RelayState, bound
   * to this browser (under https), answered at the ACS of the origin it started on (so the session
   * cookie lands there: ADR 0027).
   */
  @Get('saml/login')
  @RateLimit('signInStart')
  async login(
    @Query('returnTo') returnTo: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const browserBinding = this.binding.start(request, response);
    const delivery = await this.sp.authnRequest(
      safeReturnPath(single(returnTo)),
      browserBinding,
      this.acsUrlOf(request),
    );
    response.setHeader('Cache-Control', 'no-store');
    if (delivery.binding === 'redirect') {
      response.redirect(302, delivery.url);
      return;
    }
    sendPage(
      response,
      200,
      autoPostContent({
        site: SITE,
        title: 'Signing you in…',
        action: delivery.url,
        fields: delivery.fields,
      }),
      [delivery.url],
    );
  }

  /** The assertion consumer service: the IdP's signed response arrives here (HTTP-POST binding). */
  @Post('saml/acs')
  @RateLimit('acs')
  async acs(@Req() request: Request, @Res() response: Response): Promise<void> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      const target = await this.signIn.complete(
        {
          samlResponse: single(body['SAMLResponse']),
          relayState: single(body['RelayState']),
          formOverLimitBytes: formOverLimit(request),
          browserBinding: this.binding.heldBy(request),
          previousToken: this.sessions.tokenOf(request),
          acsUrl: this.acsUrlOf(request),
        },
        response,
      );
      response.setHeader('Cache-Control', 'no-store');
      response.redirect(303, target);
    } catch (error) {
      // A browser posting the IdP's form gets a readable page; API clients get the JSON error.
      if (error instanceof SignInRefusedError && request.accepts(['json', 'html']) === 'html') {
        sendPage(response, error.httpStatus, {
          site: SITE,
          title: 'Sign-in failed · Ensemble',
          main: `<h1>You were not signed in</h1>
<p>${escapeHtml(error.message)}</p>
<p class="muted">Error code: <span class="code">${escapeHtml(error.code)}</span></p>
<p><a href="/auth/saml/login">Start signing in again</a></p>`,
        });
        return;
      }
      throw error;
    }
  }

  @Get('saml/metadata')
  @Header('Content-Type', 'application/samlmetadata+xml; charset=utf-8')
  metadata(): string {
    return this.sp.metadataXml();
  }

  /** POST only: a GET sign-out could be triggered by any page embedding an image. */
  @Post('logout')
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { personId } = await this.sessions.destroy(request, response);
    if (personId)
      await this.audit.record({
        action: 'auth.signed_out',
        actorId: personId,
        targetType: 'person',
        targetId: personId,
      });
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, '/sign-in?signedOut=1');
  }

  /** Whether this browser has a live session; lets the web app choose between app and sign-in page. */
  @Get('session')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async session(@Req() request: Request): Promise<{ signedIn: boolean }> {
    return { signedIn: (await principalOf(request, this.principals)) !== null };
  }
}
