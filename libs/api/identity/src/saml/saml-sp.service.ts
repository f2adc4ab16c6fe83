import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/passport-saml';
import { APP_CONFIG, SAML_ACS_PATH, trustedOrigins, type AppConfig } from '@ensemble/api/core';
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
  /** PUBLIC_URL's ACS: the one in our metadata. */
  readonly acsUrl: string;
  readonly entityId: string;
  /** The ACS of each trusted origin the IdP may answer at (only PUBLIC_URL's, unless acsPerOrigin). */
  private readonly acsUrls: ReadonlySet<string>;
  /** node-saml puts its callbackUrl in every AuthnRequest: one instance per ACS. */
  private readonly samlByAcs = new Map<string, SAML>();
  private readonly verifiers: SamlVerifierPool;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(TRUSTED_IDP) readonly idp: TrustedIdp,
    private readonly replay: SamlReplayStore,
  ) {
    this.acsUrl = `${config.publicUrl}${ACS_PATH}`;
    this.entityId = config.saml.spEntityId;
    this.acsUrls = new Set(
      idp.acsPerOrigin
        ? trustedOrigins(config.publicUrl).map((origin) => `${origin}${ACS_PATH}`)
        : [this.acsUrl],
    );
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
    for (const acsUrl of this.acsUrls) {
      this.samlByAcs.set(
        acsUrl,
        new SAML({ ...options, callbackUrl: acsUrl, cacheProvider: replay.requests }),
      );
    }
    this.verifiers = new SamlVerifierPool(options, replay.requests);
  }

  /**
   * The ACS a sign-in started at (or a response posted to) `origin` uses: that origin's own when the
   * IdP answers there and the origin is trusted, else PUBLIC_URL's. Cookies belong to an origin, so
   * this is what lets someone who opened a loopback alias stay on it.
   */
  acsUrlFor(origin: string | null): string {
    const candidate = origin ? `${origin}${ACS_PATH}` : this.acsUrl;
    return this.acsUrls.has(candidate) ? candidate : this.acsUrl;
  }

  private samlFor(acsUrl: string): SAML {
    return (this.samlByAcs.get(acsUrl) ?? this.samlByAcs.get(this.acsUrl)) as SAML;
  }

  async onModuleDestroy(): Promise<void> {
    await this.verifiers.close();
  }

  /**
   * A new AuthnRequest (its id recorded as pending, with the starting browser's binding hash when
   * there is one), delivered the way the IdP accepts it.
   */
  authnRequest(
    relayState: string | null,
    browserBinding: string | null,
    acsUrl: string = this.acsUrl,
  ): Promise<AuthnRequestDelivery> {
    const saml = this.samlFor(acsUrl);
    return this.replay.withBrowserBinding(browserBinding, async () => {
      if (this.idp.ssoBinding === 'post') {
        const message = await saml.getAuthorizeMessageAsync(relayState ?? '', undefined, {});
        const fields = Object.fromEntries(
          Object.entries(message).map(([key, value]) => [key, String(value ?? '')]),
        );
        return { binding: 'post', url: this.idp.ssoUrl, fields };
      }
      return {
        binding: 'redirect',
        url: await saml.getAuthorizeUrlAsync(relayState ?? '', undefined, {}),
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
    return this.samlFor(this.acsUrl).generateServiceProviderMetadata(null, null);
  }
}
