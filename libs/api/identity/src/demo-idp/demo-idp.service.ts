import { Inject, Injectable } from '@nestjs/common';
import type * as samlify from 'samlify';
import { APP_CONFIG, trustedOrigins, type AppConfig } from '@ensemble/api/core';
import { PeopleService, type DemoCandidate } from '@ensemble/api/people';
import { groupsFromRoles } from '../saml/attribute-mapping';
import { ACS_PATH } from '../saml/saml-sp.service';
import { SamlReplayStore } from '../saml/saml-replay.store';
import type { TrustedIdp } from '../saml/trusted-idp';
import {
  NAME_ID_FORMAT_PERSISTENT,
  idpMetadataXml,
  loginResponseXml,
  parseRedirectAuthnRequest,
  samlId,
  samlifyIdentityProvider,
  samlifyServiceProvider,
} from '../shared/login-response';
import type { KeyAndCertificate } from '../shared/x509';
import { DEMO_IDP_KEYS } from './demo-idp.keys';

export const DEMO_IDP_PATH = '/demo-idp';
const RESPONSE_LIFETIME_MS = 5 * 60 * 1000;
export const DEMO_CANDIDATES_SHOWN = 20;

/** The IdP side of the demo, as our service provider must trust it. */
export function demoIdpTrust(config: AppConfig, keys: KeyAndCertificate): TrustedIdp {
  return {
    entityId: `${config.publicUrl}${DEMO_IDP_PATH}/metadata`,
    ssoUrl: `${config.publicUrl}${DEMO_IDP_PATH}/sso`,
    ssoBinding: 'redirect',
    certificates: [keys.certificatePem],
    acsPerOrigin: true,
  };
}

/** Why a demo sign-in step cannot go on; each maps to a page telling the visitor what to do. */
export class DemoIdpRequestError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly explanation: string,
  ) {
    super(explanation);
  }
}

const EXPIRED = new DemoIdpRequestError(
  400,
  'This sign-in has expired',
  'The sign-in you started is no longer waiting for an answer (it was used already or took more than ten minutes).',
);

/**
 * A real SAML identity provider for demos and development: it reads our AuthnRequest, lets the
 * visitor choose a demo employee, and answers with a Response and Assertion both signed by its own
 * key. Our service provider verifies that response exactly as it would one from a company IdP.
 */
@Injectable()
export class DemoIdentityProvider {
  readonly enabled: boolean;
  private readonly trust?: TrustedIdp;
  private readonly idp?: samlify.IdentityProviderInstance;
  private readonly sp?: samlify.ServiceProviderInstance;
  private readonly acsUrl: string;
  /** Our service provider's ACS at each of its trusted origins: a request may name any of them. */
  private readonly acsUrls: ReadonlySet<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DEMO_IDP_KEYS) keys: KeyAndCertificate | null,
    private readonly people: PeopleService,
    private readonly replay: SamlReplayStore,
  ) {
    this.acsUrl = `${config.publicUrl}${ACS_PATH}`;
    this.acsUrls = new Set(trustedOrigins(config.publicUrl).map((origin) => `${origin}${ACS_PATH}`));
    // Production never gets here with keys (the DEMO_IDP_KEYS factory refuses), and this is checked
    // again so that no future wiring mistake can expose a password-less IdP in production.
    this.enabled = keys !== null && config.demoIdp && !config.isProduction;
    if (!this.enabled || !keys) return;
    this.trust = demoIdpTrust(config, keys);
    this.idp = samlifyIdentityProvider({ entityId: this.trust.entityId, ssoUrl: this.trust.ssoUrl, ...keys });
    this.sp = samlifyServiceProvider({ entityId: config.saml.spEntityId, acsUrl: this.acsUrl });
  }

  private ready(): {
    trust: TrustedIdp;
    idp: samlify.IdentityProviderInstance;
    sp: samlify.ServiceProviderInstance;
  } {
    if (!this.enabled || !this.trust || !this.idp || !this.sp) {
      throw new DemoIdpRequestError(
        404,
        'Not found',
        'The demo identity provider is not enabled on this server.',
      );
    }
    return { trust: this.trust, idp: this.idp, sp: this.sp };
  }

  metadataXml(): string {
    const { trust } = this.ready();
    return idpMetadataXml({
      entityId: trust.entityId,
      ssoUrl: trust.ssoUrl,
      certificatePem: trust.certificates[0] ?? '',
    });
  }

  /**
   * Reads and checks an AuthnRequest (HTTP-Redirect binding): it must come from our service provider,
   * ask for one of our ACS URLs, and still be outstanding. Returns its id and the ACS to answer at.
   */
  async acceptRequest(query: Record<string, unknown>): Promise<{ requestId: string; acsUrl: string }> {
    const { trust, idp, sp } = this.ready();
    if (typeof query['SAMLRequest'] !== 'string' || !query['SAMLRequest']) {
      throw new DemoIdpRequestError(
        400,
        'Start from Ensemble',
        'This page is where Ensemble sends you to sign in; it was opened without a sign-in request.',
      );
    }
    let request: Awaited<ReturnType<typeof parseRedirectAuthnRequest>>;
    try {
      request = await parseRedirectAuthnRequest(idp, sp, { SAMLRequest: query['SAMLRequest'] });
    } catch {
      throw new DemoIdpRequestError(
        400,
        'This sign-in request is not valid',
        'The sign-in request could not be read.',
      );
    }
    if (
      request.issuer !== this.config.saml.spEntityId ||
      (request.acsUrl !== undefined && !this.acsUrls.has(request.acsUrl)) ||
      (request.destination !== undefined && request.destination !== trust.ssoUrl)
    ) {
      throw new DemoIdpRequestError(
        400,
        'This sign-in request is not for this server',
        'The demo identity provider only signs people in to this Ensemble server.',
      );
    }
    if (!(await this.replay.isPendingRequest(request.id))) throw EXPIRED;
    return { requestId: request.id, acsUrl: request.acsUrl ?? this.acsUrl };
  }

  findCandidates(search: string): Promise<DemoCandidate[]> {
    return this.people.findDemoCandidates(search, DEMO_CANDIDATES_SHOWN);
  }

  findFeatured(): Promise<{ hr: DemoCandidate | null; admin: DemoCandidate | null }> {
    return this.people.findDemoFeatured();
  }

  /**
   * The signed SAML Response that signs `personId` in, answering the pending request `requestId`.
   * The request id doubles as the CSRF token of the pick form: only a browser that went through
   * /auth/saml/login holds a pending one, and it is single-use at our ACS.
   */
  async signedResponseFor(
    requestId: string,
    personId: string,
    requestedAcsUrl?: string,
  ): Promise<{ acsUrl: string; samlResponse: string }> {
    const { trust, idp, sp } = this.ready();
    // The ACS the request named, carried by the pick form: only ever one of ours.
    const acsUrl = requestedAcsUrl || this.acsUrl;
    if (!this.acsUrls.has(acsUrl)) {
      throw new DemoIdpRequestError(
        400,
        'This sign-in request is not for this server',
        'The demo identity provider only signs people in to this Ensemble server.',
      );
    }
    if (!(await this.replay.isPendingRequest(requestId))) throw EXPIRED;
    const person = await this.people.findByIds([personId]).then((found) => found[0]);
    if (!person || person.status !== 'active') {
      throw new DemoIdpRequestError(
        404,
        'Person not found',
        'This demo employee does not exist or is no longer active. Go back and pick someone else.',
      );
    }
    const department = person.departmentId
      ? (await this.people.findDepartmentsByIds([person.departmentId]))[0]
      : undefined;
    const names = this.config.saml.attributes;
    const attributes: Record<string, string[]> = {
      [names.email]: [person.email],
      [names.givenName]: [person.givenName],
      [names.familyName]: [person.familyName],
      [names.title]: person.title ? [person.title] : [],
      [names.department]: department ? [department.name] : [],
      [names.groups]: groupsFromRoles(person.roles, this.config.saml.groups),
    };
    const now = new Date();
    const until = new Date(now.getTime() + RESPONSE_LIFETIME_MS);
    const responseId = samlId();
    const xml = loginResponseXml({
      responseId,
      assertionId: samlId(),
      issueInstant: now,
      destination: acsUrl,
      inResponseTo: requestId,
      responseIssuer: trust.entityId,
      assertionIssuer: trust.entityId,
      nameId: person.externalId,
      nameIdFormat: NAME_ID_FORMAT_PERSISTENT,
      recipient: acsUrl,
      subjectNotOnOrAfter: until,
      notBefore: now,
      notOnOrAfter: until,
      audience: this.config.saml.spEntityId,
      sessionIndex: samlId(),
      attributes,
    });
    // samlify signs the Assertion and then the whole Response, as our SP's settings ask.
    const result = await idp.createLoginResponse(
      sp,
      { extract: { request: { id: requestId } } },
      'post',
      { email: person.email },
      {
        customTagReplacement: () => ({ id: responseId, context: xml }),
      },
    );
    return { acsUrl, samlResponse: result.context };
  }
}
