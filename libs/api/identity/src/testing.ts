/**
 * Test helpers for identity: a session cookie for any person (for other domains' integration tests)
 * and a SAML identity provider that can produce valid and deliberately broken responses for our SP.
 * Not for production code.
 */
import type { INestApplication } from '@nestjs/common';
import type * as samlify from 'samlify';
import { DataSource } from 'typeorm';
import type { RoleName } from '@ensemble/api/core';
import { SESSION_COOKIE, SessionService } from './session/session.service';
import {
  NAME_ID_FORMAT_PERSISTENT,
  idpMetadataXml,
  loginResponseXml,
  parseRedirectAuthnRequest,
  samlId,
  samlifyIdentityProvider,
  samlifyServiceProvider,
  signAssertion,
  signResponse,
  type LoginResponseStatus,
  type ParsedAuthnRequest,
  type SigningKey,
} from './shared/login-response';
import { generateSigningKeyAndCertificate } from './shared/x509';
import { STATUS_SUCCESS } from './saml/saml-xml';

/**
 * Signs a person in directly through SessionService (no SAML round trip) and returns the value for
 * a `Cookie` request header, e.g. `request(server).get('/x').set('Cookie', await signInAs(app, id))`.
 */
export async function signInAs(app: INestApplication, personId: string): Promise<string> {
  const rows: Array<{ roles: RoleName[] }> = await app
    .get(DataSource)
    .query(`SELECT roles FROM person WHERE id = $1`, [personId]);
  if (!rows[0]) throw new Error(`signInAs: there is no person with id ${personId}`);
  const { token } = await app
    .get(SessionService)
    .issue(personId, { method: 'test', rolesAtSignIn: rows[0].roles });
  return `${SESSION_COOKIE}=${token}`;
}

/** The defaults of `testConfig()` in @ensemble/api/core/testing. */
const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:3999';
const DEFAULT_ATTRIBUTE_NAMES = {
  email: 'email',
  givenName: 'givenName',
  familyName: 'familyName',
  title: 'title',
  department: 'department',
  groups: 'groups',
};

export interface TestIdentityProviderOptions {
  entityId?: string;
  ssoUrl?: string;
  /** The SP's PUBLIC_URL; its ACS is `${publicUrl}/auth/saml/acs`. */
  publicUrl?: string;
  /** The SP's entity id (audience); defaults like the app's config: `${publicUrl}/auth/saml/metadata`. */
  spEntityId?: string;
  attributeNames?: Partial<typeof DEFAULT_ATTRIBUTE_NAMES>;
}

/** Who the IdP asserts. Unset attributes are not sent. */
export interface TestUser {
  nameId: string;
  email?: string;
  givenName?: string;
  familyName?: string;
  title?: string;
  department?: string;
  groups?: string[];
  /** Extra or replacement attributes by raw name. */
  attributes?: Record<string, string[]>;
}

/** Deviations from a correct response, to prove that each one is refused. */
export interface TestResponseOverrides {
  /** `null` leaves InResponseTo out (an unsolicited response). */
  inResponseTo?: string | null;
  audience?: string;
  recipient?: string;
  /** `null` leaves Destination out. */
  destination?: string | null;
  /** Sets both issuers. */
  issuer?: string;
  /** `null` leaves the optional Response Issuer out. */
  responseIssuer?: string | null;
  assertionIssuer?: string;
  /** Added to Conditions NotBefore (default: now). */
  notBeforeShiftMs?: number;
  /** Added to both NotOnOrAfter instants (default: now + 5 minutes). */
  notOnOrAfterShiftMs?: number;
  /** Default true. */
  signResponse?: boolean;
  /** Default true. */
  signAssertion?: boolean;
  /** Sign with another key (e.g. another TestIdentityProvider's) instead of this IdP's own. */
  signWith?: SigningKey;
  /**
   * The Response's Status (default Success), signed like the rest: e.g. `{ code: RESPONDER, subCode:
   * AUTHN_FAILED }` for an IdP that says no yet still sends its assertion. `null` leaves it out.
   */
  status?: LoginResponseStatus | null;
}

const LIFETIME_MS = 5 * 60 * 1000;

/**
 * A SAML identity provider for tests, built on samlify with its own key pair generated per instance.
 * Configure the app under test with `env()`; then, for a round trip, read the AuthnRequest our SP
 * redirected to (`readAuthnRequest`), and post `createResponse(...)` to the ACS.
 */
export class TestIdentityProvider implements SigningKey {
  readonly acsUrl: string;
  readonly spEntityId: string;
  private readonly idp: samlify.IdentityProviderInstance;
  private readonly sp: samlify.ServiceProviderInstance;
  private readonly attributeNames: typeof DEFAULT_ATTRIBUTE_NAMES;

  private constructor(
    readonly entityId: string,
    readonly ssoUrl: string,
    readonly privateKeyPem: string,
    readonly certificatePem: string,
    options: TestIdentityProviderOptions,
  ) {
    const publicUrl = (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
    this.acsUrl = `${publicUrl}/auth/saml/acs`;
    this.spEntityId = options.spEntityId ?? `${publicUrl}/auth/saml/metadata`;
    this.attributeNames = { ...DEFAULT_ATTRIBUTE_NAMES, ...options.attributeNames };
    this.idp = samlifyIdentityProvider({ entityId, ssoUrl, privateKeyPem, certificatePem });
    this.sp = samlifyServiceProvider({ entityId: this.spEntityId, acsUrl: this.acsUrl });
  }

  static async create(options: TestIdentityProviderOptions = {}): Promise<TestIdentityProvider> {
    const entityId = options.entityId ?? 'https://idp.test.example/saml/metadata';
    const ssoUrl = options.ssoUrl ?? 'https://idp.test.example/saml/sso';
    const keys = await generateSigningKeyAndCertificate('Ensemble test identity provider');
    return new TestIdentityProvider(entityId, ssoUrl, keys.privateKeyPem, keys.certificatePem, options);
  }

  /** Environment for `createTestApp({ env })` so that the app trusts this IdP (and not the demo one). */
  env(): Record<string, string> {
    return {
      SAML_IDP_ENTITY_ID: this.entityId,
      SAML_IDP_SSO_URL: this.ssoUrl,
      SAML_IDP_CERT: this.certificatePem,
    };
  }

  metadataXml(): string {
    return idpMetadataXml({
      entityId: this.entityId,
      ssoUrl: this.ssoUrl,
      certificatePem: this.certificatePem,
    });
  }

  /** Parses the AuthnRequest out of our SP's redirect (the Location header of /auth/saml/login). */
  async readAuthnRequest(location: string): Promise<ParsedAuthnRequest & { relayState?: string }> {
    const url = new URL(location);
    if (`${url.origin}${url.pathname}` !== this.ssoUrl)
      throw new Error(`expected a redirect to ${this.ssoUrl}, got ${location}`);
    const request = await parseRedirectAuthnRequest(this.idp, this.sp, {
      SAMLRequest: url.searchParams.get('SAMLRequest') ?? '',
    });
    return { ...request, relayState: url.searchParams.get('RelayState') ?? undefined };
  }

  /** A base64 SAMLResponse answering `requestId`, signed as asked; correct unless overridden. */
  createResponse(requestId: string | null, user: TestUser, overrides: TestResponseOverrides = {}): string {
    const now = Date.now();
    const names = this.attributeNames;
    const attributes: Record<string, string[]> = {
      ...(user.email !== undefined ? { [names.email]: [user.email] } : {}),
      ...(user.givenName !== undefined ? { [names.givenName]: [user.givenName] } : {}),
      ...(user.familyName !== undefined ? { [names.familyName]: [user.familyName] } : {}),
      ...(user.title !== undefined ? { [names.title]: [user.title] } : {}),
      ...(user.department !== undefined ? { [names.department]: [user.department] } : {}),
      ...(user.groups !== undefined ? { [names.groups]: user.groups } : {}),
      ...user.attributes,
    };
    const notOnOrAfter = new Date(now + LIFETIME_MS + (overrides.notOnOrAfterShiftMs ?? 0));
    const inResponseTo =
      overrides.inResponseTo === undefined ? (requestId ?? undefined) : (overrides.inResponseTo ?? undefined);
    const responseIssuer =
      overrides.responseIssuer === null
        ? undefined
        : (overrides.responseIssuer ?? overrides.issuer ?? this.entityId);
    let xml = loginResponseXml({
      responseId: samlId(),
      assertionId: samlId(),
      issueInstant: new Date(now),
      destination: overrides.destination === null ? undefined : (overrides.destination ?? this.acsUrl),
      inResponseTo,
      responseIssuer,
      assertionIssuer: overrides.assertionIssuer ?? overrides.issuer ?? this.entityId,
      nameId: user.nameId,
      nameIdFormat: NAME_ID_FORMAT_PERSISTENT,
      recipient: overrides.recipient ?? this.acsUrl,
      subjectNotOnOrAfter: notOnOrAfter,
      notBefore: new Date(now + (overrides.notBeforeShiftMs ?? 0)),
      notOnOrAfter,
      audience: overrides.audience ?? this.spEntityId,
      sessionIndex: samlId(),
      attributes,
      status: overrides.status,
    });
    const key = overrides.signWith ?? this;
    if (overrides.signAssertion !== false) xml = signAssertion(xml, key);
    if (overrides.signResponse !== false) xml = signResponse(xml, key, responseIssuer !== undefined);
    return Buffer.from(xml, 'utf8').toString('base64');
  }
}

export type { SigningKey, ParsedAuthnRequest, LoginResponseStatus };

/** SAML 2.0 status codes (saml-core §3.2.2.2), for building responses that are not a plain Success. */
export const SAML_STATUS = {
  success: STATUS_SUCCESS,
  requester: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
  versionMismatch: 'urn:oasis:names:tc:SAML:2.0:status:VersionMismatch',
  authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
  noPassive: 'urn:oasis:names:tc:SAML:2.0:status:NoPassive',
  requestDenied: 'urn:oasis:names:tc:SAML:2.0:status:RequestDenied',
} as const;
