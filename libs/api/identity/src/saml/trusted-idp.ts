import { existsSync, readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import type { SamlIdpSettings } from '@ensemble/api/core';
import { NS, childElement, childElements, parseXmlStrict, textOf } from './saml-xml';

export const BINDING = {
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
} as const;

/** The one identity provider this service provider trusts. */
export interface TrustedIdp {
  entityId: string;
  ssoUrl: string;
  /** How AuthnRequests travel to the IdP: a redirect when the IdP offers it, else an auto-posted form. */
  ssoBinding: 'redirect' | 'post';
  /** Signing certificates (PEM); more than one during an IdP key rollover. */
  certificates: string[];
  /**
   * Whether the IdP answers at the ACS of whichever trusted origin the sign-in started on (the demo
   * IdP, which is ours). A company IdP sends responses only to the ACS registered with it, PUBLIC_URL's.
   */
  acsPerOrigin?: boolean;
}

export const TRUSTED_IDP = Symbol('TRUSTED_IDP');

export class IdpConfigurationError extends Error {
  constructor(message: string) {
    super(`SAML identity provider configuration: ${message}`);
    this.name = 'IdpConfigurationError';
  }
}

function toPem(base64Body: string): string {
  const body = base64Body.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${(body.match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Checks that a PEM is a parseable certificate, so a bad value stops start-up instead of every sign-in. */
function validated(pem: string, source: string): string {
  try {
    new X509Certificate(pem);
  } catch {
    throw new IdpConfigurationError(`${source} is not a valid X.509 certificate`);
  }
  return pem;
}

/**
 * SAML_IDP_CERT may hold PEM text (one or more certificates), the bare base64 body as IdPs often
 * display it, or a path to a PEM file.
 */
export function parseCertificateSetting(value: string): string[] {
  const text = value.includes('-----BEGIN') ? value : existsSync(value) ? readFileSync(value, 'utf8') : value;
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (blocks)
    return blocks.map((block, index) => validated(`${block}\n`, `SAML_IDP_CERT (certificate ${index + 1})`));
  if (/^[A-Za-z0-9+/=\s]+$/.test(text)) return [validated(toPem(text), 'SAML_IDP_CERT')];
  throw new IdpConfigurationError(
    'SAML_IDP_CERT must be PEM text, a base64 certificate or the path of a PEM file',
  );
}

/**
 * Reads the IdP's entity id, single sign-on endpoint and signing certificates from its SAML
 * metadata. With several IdPs in one file (an EntitiesDescriptor), `entityId` chooses.
 */
export function parseIdpMetadata(xml: string, entityId?: string): TrustedIdp {
  let doc: Document;
  try {
    doc = parseXmlStrict(xml);
  } catch (error) {
    throw new IdpConfigurationError(`the metadata file is not usable XML (${(error as Error).message})`);
  }
  const root = doc.documentElement;
  const descriptors =
    root.namespaceURI === NS.metadata && root.localName === 'EntityDescriptor'
      ? [root]
      : Array.from(doc.getElementsByTagNameNS(NS.metadata, 'EntityDescriptor'));
  const idps = descriptors.filter((descriptor) => childElement(descriptor, NS.metadata, 'IDPSSODescriptor'));
  const candidates = entityId
    ? idps.filter((descriptor) => descriptor.getAttribute('entityID') === entityId)
    : idps;
  if (candidates.length === 0) {
    throw new IdpConfigurationError(
      entityId
        ? `the metadata has no identity provider with entityID ${entityId}`
        : 'the metadata describes no identity provider (IDPSSODescriptor)',
    );
  }
  if (candidates.length > 1)
    throw new IdpConfigurationError(
      'the metadata describes several identity providers: set SAML_IDP_ENTITY_ID to choose one',
    );
  const descriptor = candidates[0] as Element;
  const idp = childElement(descriptor, NS.metadata, 'IDPSSODescriptor') as Element;

  const services = childElements(idp, NS.metadata, 'SingleSignOnService');
  const redirect = services.find((service) => service.getAttribute('Binding') === BINDING.redirect);
  const post = services.find((service) => service.getAttribute('Binding') === BINDING.post);
  const chosen = redirect ?? post;
  const ssoUrl = chosen?.getAttribute('Location');
  if (!chosen || !ssoUrl)
    throw new IdpConfigurationError(
      'the metadata has no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding',
    );

  const certificates = childElements(idp, NS.metadata, 'KeyDescriptor')
    .filter((key) => !key.hasAttribute('use') || key.getAttribute('use') === 'signing')
    .flatMap((key) => {
      const keyInfo = childElement(key, NS.dsig, 'KeyInfo');
      return keyInfo ? childElements(keyInfo, NS.dsig, 'X509Data') : [];
    })
    .flatMap((data) => childElements(data, NS.dsig, 'X509Certificate'))
    .map((element) => textOf(element))
    .filter((body): body is string => Boolean(body))
    .map((body) => validated(toPem(body), 'a metadata X509Certificate'));
  if (certificates.length === 0) throw new IdpConfigurationError('the metadata has no signing certificate');

  return {
    entityId: descriptor.getAttribute('entityID') ?? '',
    ssoUrl,
    ssoBinding: redirect ? 'redirect' : 'post',
    certificates: [...new Set(certificates)],
  };
}

/**
 * The IdP from configuration: a metadata file, or entity id + SSO URL + certificate. With a metadata
 * file, an explicitly set SSO URL or certificate overrides what the metadata says.
 */
export function trustedIdpFromSettings(settings: SamlIdpSettings): TrustedIdp {
  if (settings.metadataFile) {
    if (!existsSync(settings.metadataFile))
      throw new IdpConfigurationError(`SAML_IDP_METADATA_FILE ${settings.metadataFile} does not exist`);
    const fromMetadata = parseIdpMetadata(readFileSync(settings.metadataFile, 'utf8'), settings.entityId);
    return {
      ...fromMetadata,
      ...(settings.ssoUrl ? { ssoUrl: settings.ssoUrl, ssoBinding: 'redirect' as const } : {}),
      ...(settings.cert ? { certificates: parseCertificateSetting(settings.cert) } : {}),
    };
  }
  if (!settings.entityId || !settings.ssoUrl || !settings.cert) {
    throw new IdpConfigurationError(
      'set SAML_IDP_METADATA_FILE, or SAML_IDP_ENTITY_ID + SAML_IDP_SSO_URL + SAML_IDP_CERT',
    );
  }
  return {
    entityId: settings.entityId,
    ssoUrl: settings.ssoUrl,
    ssoBinding: 'redirect',
    certificates: parseCertificateSetting(settings.cert),
  };
}
