import { randomBytes } from 'node:crypto';
import * as samlify from 'samlify';
import { STATUS_SUCCESS } from '../saml/saml-xml';

/**
 * Building blocks of the identity providers Ensemble runs itself: the demo IdP (a page where a
 * visitor picks a demo employee) and the test IdP used by integration and end-to-end tests. Both are
 * built on samlify; Ensemble's own service provider is validated by node-saml, never by samlify.
 */

/**
 * samlify refuses to parse anything until a schema validator is registered (module-wide). Our IdPs
 * only ever parse AuthnRequests that our own service provider generated, and they sign what they
 * send, so full XSD validation (which needs a Java or libxml binding) buys nothing here. The
 * validator still refuses DOCTYPEs. Never use samlify this way to accept messages from third parties.
 */
let validatorRegistered = false;
export function ensureSamlifyValidator(): void {
  if (validatorRegistered) return;
  samlify.setSchemaValidator({
    validate: async (xml: string) => {
      if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE not allowed');
      return 'skipped: only our own service provider talks to this identity provider';
    },
  });
  validatorRegistered = true;
}

export const NAME_ID_FORMAT_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
const ATTRIBUTE_NAME_FORMAT_BASIC = 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic';
const PASSWORD_PROTECTED = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';

/** A SAML id: xs:ID must not start with a digit. */
export function samlId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
function xml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** Every value of a login response. An undefined optional attribute is left out of the XML. */
export interface LoginResponseFields {
  responseId: string;
  assertionId: string;
  issueInstant: Date;
  destination?: string;
  inResponseTo?: string;
  /** Issuer of the Response element; omitted when undefined (it is optional there). */
  responseIssuer?: string;
  assertionIssuer: string;
  nameId: string;
  nameIdFormat: string;
  recipient: string;
  subjectNotOnOrAfter: Date;
  notBefore: Date;
  notOnOrAfter: Date;
  audience: string;
  sessionIndex: string;
  attributes: Record<string, string[]>;
  /** The Response's Status: Success unless given; `null` leaves the (required) Status out. */
  status?: LoginResponseStatus | null;
}

/** A StatusCode value, optionally with a second-level code inside it, and a StatusMessage. */
export interface LoginResponseStatus {
  code: string;
  subCode?: string;
  message?: string;
}

function statusXml(status: LoginResponseStatus): string {
  const subCode = status.subCode ? `<samlp:StatusCode Value="${xml(status.subCode)}"/>` : '';
  const message =
    status.message === undefined ? '' : `<samlp:StatusMessage>${xml(status.message)}</samlp:StatusMessage>`;
  const code = subCode
    ? `<samlp:StatusCode Value="${xml(status.code)}">${subCode}</samlp:StatusCode>`
    : `<samlp:StatusCode Value="${xml(status.code)}"/>`;
  return `<samlp:Status>${code}${message}</samlp:Status>`;
}

function optionalAttribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${xml(value)}"`;
}

/**
 * The unsigned Response XML. Issuer is the first child of both Response and Assertion, where the
 * signatures go (saml-core's schema order: Issuer, Signature, …).
 */
export function loginResponseXml(fields: LoginResponseFields): string {
  const instant = fields.issueInstant.toISOString();
  const attributes = Object.entries(fields.attributes)
    .filter(([, values]) => values.length > 0)
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${xml(name)}" NameFormat="${ATTRIBUTE_NAME_FORMAT_BASIC}">${values
          .map((value) => `<saml:AttributeValue xsi:type="xs:string">${xml(value)}</saml:AttributeValue>`)
          .join('')}</saml:Attribute>`,
    )
    .join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${xml(fields.responseId)}" Version="2.0" IssueInstant="${instant}"` +
    `${optionalAttribute('Destination', fields.destination)}${optionalAttribute('InResponseTo', fields.inResponseTo)}>` +
    (fields.responseIssuer === undefined ? '' : `<saml:Issuer>${xml(fields.responseIssuer)}</saml:Issuer>`) +
    (fields.status === null ? '' : statusXml(fields.status ?? { code: STATUS_SUCCESS })) +
    `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"` +
    ` ID="${xml(fields.assertionId)}" Version="2.0" IssueInstant="${instant}">` +
    `<saml:Issuer>${xml(fields.assertionIssuer)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${xml(fields.nameIdFormat)}">${xml(fields.nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${fields.subjectNotOnOrAfter.toISOString()}" Recipient="${xml(fields.recipient)}"` +
    `${optionalAttribute('InResponseTo', fields.inResponseTo)}/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${fields.notBefore.toISOString()}" NotOnOrAfter="${fields.notOnOrAfter.toISOString()}">` +
    `<saml:AudienceRestriction><saml:Audience>${xml(fields.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${instant}" SessionIndex="${xml(fields.sessionIndex)}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>${PASSWORD_PROTECTED}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '') +
    `</saml:Assertion></samlp:Response>`
  );
}

/** Where samlify puts each signature: right after the Issuer of the element it signs. */
export const ASSERTION_XPATH = "/*[local-name(.)='Response']/*[local-name(.)='Assertion']";
const ASSERTION_ISSUER_XPATH = `${ASSERTION_XPATH}/*[local-name(.)='Issuer']`;
const RESPONSE_ISSUER_XPATH = "/*[local-name(.)='Response']/*[local-name(.)='Issuer']";
/** Without a Response Issuer, the signature comes first: before the Status (or the Assertion when there is none). */
const RESPONSE_FIRST_CHILD_XPATH =
  "/*[local-name(.)='Response']/*[local-name(.)='Status' or local-name(.)='Assertion'][1]";
export const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

/** The base64 DER of a PEM certificate: what KeyInfo and samlify's signer expect. */
export function certificateBody(certificatePem: string): string {
  return certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

export interface SigningKey {
  privateKeyPem: string;
  certificatePem: string;
}

/** Enveloped XML signature over the Assertion (samlify's libsaml, exclusive c14n, RSA-SHA256). */
export function signAssertion(responseXml: string, key: SigningKey): string {
  return samlify.SamlLib.constructSAMLSignature({
    rawSamlMessage: responseXml,
    referenceTagXPath: ASSERTION_XPATH,
    privateKey: key.privateKeyPem,
    signingCert: certificateBody(key.certificatePem),
    signatureAlgorithm: RSA_SHA256,
    isBase64Output: false,
    signatureConfig: { prefix: 'ds', location: { reference: ASSERTION_ISSUER_XPATH, action: 'after' } },
  });
}

/** Enveloped XML signature over the whole Response. */
export function signResponse(responseXml: string, key: SigningKey, hasResponseIssuer: boolean): string {
  return samlify.SamlLib.constructSAMLSignature({
    rawSamlMessage: responseXml,
    isMessageSigned: true,
    privateKey: key.privateKeyPem,
    signingCert: certificateBody(key.certificatePem),
    signatureAlgorithm: RSA_SHA256,
    isBase64Output: false,
    signatureConfig: {
      prefix: 'ds',
      location: hasResponseIssuer
        ? { reference: RESPONSE_ISSUER_XPATH, action: 'after' }
        : { reference: RESPONSE_FIRST_CHILD_XPATH, action: 'before' },
    },
  });
}

/**
 * IdP metadata: entity id, signing certificate, NameID format and the HTTP-Redirect SSO endpoint.
 * Written here (not by samlify's generator) because Ensemble's IdPs have no single logout endpoint,
 * which samlify's generator warns about on every construction.
 */
export function idpMetadataXml(options: {
  entityId: string;
  ssoUrl: string;
  certificatePem: string;
}): string {
  return (
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${xml(options.entityId)}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(options.certificatePem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:NameIDFormat>${NAME_ID_FORMAT_PERSISTENT}</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${xml(options.ssoUrl)}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}

/** samlify's view of our service provider: where responses go and that both signatures are wanted. */
export function samlifyServiceProvider(options: {
  entityId: string;
  acsUrl: string;
}): samlify.ServiceProviderInstance {
  return samlify.ServiceProvider({
    entityID: options.entityId,
    assertionConsumerService: [
      { Binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', Location: options.acsUrl },
    ],
    wantAssertionsSigned: true,
    wantMessageSigned: true,
  });
}

export function samlifyIdentityProvider(
  options: { entityId: string; ssoUrl: string } & SigningKey,
): samlify.IdentityProviderInstance {
  ensureSamlifyValidator();
  return samlify.IdentityProvider({
    metadata: idpMetadataXml({
      entityId: options.entityId,
      ssoUrl: options.ssoUrl,
      certificatePem: options.certificatePem,
    }),
    privateKey: options.privateKeyPem,
    requestSignatureAlgorithm: RSA_SHA256,
    nameIDFormat: [NAME_ID_FORMAT_PERSISTENT],
    generateID: samlId,
  });
}

/** The AuthnRequest facts an IdP acts on, read from an HTTP-Redirect binding query. */
export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  acsUrl?: string;
  destination?: string;
}

export async function parseRedirectAuthnRequest(
  idp: samlify.IdentityProviderInstance,
  sp: samlify.ServiceProviderInstance,
  query: Record<string, unknown>,
): Promise<ParsedAuthnRequest> {
  const parsed = await idp.parseLoginRequest(sp, 'redirect', { query, octetString: '' });
  const request = (parsed.extract.request ?? {}) as Record<string, string | undefined>;
  const issuer = parsed.extract.issuer;
  if (!request['id'] || typeof issuer !== 'string') throw new Error('AuthnRequest without ID or Issuer');
  return {
    id: request['id'],
    issuer,
    acsUrl: request['assertionConsumerServiceUrl'],
    destination: request['destination'],
  };
}
