/**
 * The SAML assertion consumer service, where the IdP's form arrives. The identity module owns the
 * route; the HTTP pipeline treats it apart: a body limit of its own, and no cross-site check (the IdP
 * posts from its own site by design).
 */
export const SAML_ACS_PATH = '/auth/saml/acs';

/**
 * The ACS form holds SAMLResponse (base64, a third larger than the XML) and RelayState. 512 KB
 * leaves room for a signed response with well over a thousand group values (a few hundred bytes
 * each), above which the response's element limit refuses it anyway.
 */
export const SAML_ACS_BODY_LIMIT_BYTES = 512 * 1024;
