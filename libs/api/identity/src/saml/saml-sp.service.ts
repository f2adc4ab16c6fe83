import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/passport-saml';
import { APP_CONFIG, SAML_ACS_PATH, type AppConfig } from '@ensemble/api/core';
import { REQUEST_TTL_MS, SamlReplayStore } from './saml-replay.store';
import { SamlVerifierPool, type VerifierOptions } from './saml-verifier-pool';
import { TRUSTED_IDP, type TrustedIdp } from './trusted-idp';

export const ACS_PATH = SAML_ACS_PATH;

export type AuthnRequestDelivery =
  { binding: 'redirect'; url: string } | { binding: 'post'; url: string; fields: Record<string, string> };

/**
 * Our SAML service provider: node-saml's SAML class used directly. Not through passport: passport
 * strategies are process-global, and this app must be able to run twice in one process (tests), each
 * with its own IdP and settings. node-saml does the cryptography and the library-level checks; the
 * checks it leaves out are made by SamlSignInService. Responses are verified on worker threads
 * (SamlVerifierPool) with the same options.
 */
@Injectable()
export class SamlServiceProvider implements OnModuleDestroy {
  readonly acsUrl: string;
  readonly entityId: string;
  private readonly saml: SAML;
  private readonly verifiers: SamlVerifierPool;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(TRUSTED_IDP) readonly idp: TrustedIdp,
    private readonly replay: SamlReplayStore,
  ) {
    this.acsUrl = `${config.publicUrl}${ACS_PATH}`;
    this.entityId = config.saml.spEntityId;
    const options: VerifierOptions = {
      callbackUrl: this.acsUrl,
      entryPoint: idp.ssoUrl,
      issuer: config.saml.spEntityId,
      audience: config.saml.spEntityId,
      idpCert: idp.certificates,
      idpIssuer: idp.entityId,
      // Both the Response and the Assertion must carry a valid signature by the IdP's key.
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      acceptedClockSkewMs: config.saml.clockSkewMs,
      // Every response must answer an AuthnRequest we issued, recorded in PostgreSQL so that any
      // instance can accept it, and each request id is usable once.
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: REQUEST_TTL_MS,
      // IdPs differ in the authentication contexts they can assert; requiring one breaks sign-in for
      // no gain here (Ensemble has no step-up authentication).
      disableRequestedAuthnContext: true,
      // No NameIDPolicy format: the IdP sends its configured (ideally persistent) identifier.
      identifierFormat: null,
      signatureAlgorithm: 'sha256',
      authnRequestBinding: idp.ssoBinding === 'post' ? 'HTTP-POST' : 'HTTP-Redirect',
    };
    this.saml = new SAML({ ...options, cacheProvider: replay.requests });
    this.verifiers = new SamlVerifierPool(options, replay.requests);
  }

  async onModuleDestroy(): Promise<void> {
    await this.verifiers.close();
  }

  /**
   * A new AuthnRequest (its id recorded as pending, with the starting browser's binding hash when
   * there is one), delivered the way the IdP accepts it.
   */
  authnRequest(relayState: string | null, browserBinding: string | null): Promise<AuthnRequestDelivery> {
    return this.replay.withBrowserBinding(browserBinding, async () => {
      if (this.idp.ssoBinding === 'post') {
        const message = await this.saml.getAuthorizeMessageAsync(relayState ?? '', undefined, {});
        const fields = Object.fromEntries(
          Object.entries(message).map(([key, value]) => [key, String(value ?? '')]),
        );
        return { binding: 'post', url: this.idp.ssoUrl, fields };
      }
      return {
        binding: 'redirect',
        url: await this.saml.getAuthorizeUrlAsync(relayState ?? '', undefined, {}),
      };
    });
  }

  /**
   * Verifies signatures, InResponseTo, audience and time window (node-saml, on a verifier thread).
   * Throws node-saml's error on any failure.
   */
  validateResponse(base64Response: string): Promise<Profile | null> {
    return this.verifiers.verify(base64Response);
  }

  metadataXml(): string {
    return this.saml.generateServiceProviderMetadata(null, null);
  }
}
