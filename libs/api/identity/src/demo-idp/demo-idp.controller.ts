import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@ensemble/api/core';
import { safeReturnPath } from '../saml/return-path';
import { sendPage } from '../shared/html';
import { DEMO_CANDIDATES_SHOWN, DemoIdentityProvider, DemoIdpRequestError } from './demo-idp.service';
import { pickerPage, postToServiceProviderPage, problemPage } from './demo-idp.pages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(value: unknown, maxLength: number): string {
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === 'string' ? single.slice(0, maxLength) : '';
}

/**
 * The demo identity provider's endpoints. Public like any IdP's: the visitor is, by definition, not
 * signed in yet. Everything answers 404 unless the demo IdP is enabled.
 */
@Public()
@Controller('demo-idp')
export class DemoIdpController {
  constructor(private readonly demo: DemoIdentityProvider) {}

  @Get('metadata')
  metadata(@Res() response: Response): Promise<void> {
    return this.guarded(response, async () => {
      response.type('application/samlmetadata+xml').send(this.demo.metadataXml());
    });
  }

  /** SSO endpoint (HTTP-Redirect binding): shows the picker for a valid, outstanding AuthnRequest. */
  @Get('sso')
  sso(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.guarded(response, async () => {
      const query = request.query as Record<string, unknown>;
      const { requestId, acsUrl } = await this.demo.acceptRequest({
        SAMLRequest: text(query['SAMLRequest'], 100_000),
      });
      const search = text(query['q'], 200).trim();
      const [candidates, featured] = await Promise.all([
        this.demo.findCandidates(search),
        this.demo.findFeatured(),
      ]);
      sendPage(
        response,
        200,
        pickerPage({
          samlRequest: text(query['SAMLRequest'], 100_000),
          relayState: safeReturnPath(text(query['RelayState'], 2048)) ?? undefined,
          requestId,
          acsUrl,
          search,
          candidates,
          featured,
          shownAtMost: DEMO_CANDIDATES_SHOWN,
        }),
      );
    });
  }

  /** A pick: answers the pending request with a signed response, auto-posted to our ACS. */
  @Post('sso/pick')
  pick(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.guarded(response, async () => {
      // A pick posted from another site never gets here: core refuses cross-site requests.
      const body = (request.body ?? {}) as Record<string, unknown>;
      const requestId = text(body['requestId'], 256);
      const personId = text(body['personId'], 64);
      if (!requestId || !UUID.test(personId)) {
        throw new DemoIdpRequestError(
          400,
          'Something is missing',
          'The choice could not be read. Start signing in again.',
        );
      }
      const { acsUrl, samlResponse } = await this.demo.signedResponseFor(
        requestId,
        personId,
        text(body['acsUrl'], 2048) || undefined,
      );
      sendPage(
        response,
        200,
        postToServiceProviderPage(
          acsUrl,
          samlResponse,
          safeReturnPath(text(body['RelayState'], 2048)) ?? undefined,
        ),
        [acsUrl],
      );
    });
  }

  private async guarded(response: Response, handler: () => Promise<void>): Promise<void> {
    try {
      await handler();
    } catch (error) {
      if (!(error instanceof DemoIdpRequestError)) throw error;
      sendPage(response, error.status, problemPage(error.title, error.explanation));
    }
  }
}
