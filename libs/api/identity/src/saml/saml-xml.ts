import { DOMParser } from '@xmldom/xmldom';

export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

/** SAML ids are xs:ID values; anything much longer is not from a real IdP (and saml_replay caps keys). */
const MAX_ID_LENGTH = 256;

export class SamlXmlError extends Error {}

/**
 * node-saml parses a DOCTYPE without complaint (it does not expand external entities, but an internal
 * subset is still an entity-expansion and parser-differential risk). No SAML message needs one.
 */
export function containsDoctype(xml: string): boolean {
  return /<!DOCTYPE/i.test(xml);
}

/**
 * Base64 from an HTML form (line breaks allowed) → the XML text, and the compact base64 that decodes
 * to exactly that text (handed to node-saml so that both read the same bytes).
 */
export function decodeBase64Xml(value: unknown): { xml: string; base64: string } {
  if (typeof value !== 'string' || value.length === 0) throw new SamlXmlError('missing');
  const base64 = value.replace(/[\r\n\t ]/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new SamlXmlError('not base64');
  const xml = Buffer.from(base64, 'base64').toString('utf8');
  if (!xml.trimStart().startsWith('<')) throw new SamlXmlError('not XML');
  return { xml, base64 };
}

/** How much markup a document may hold before any DOM is built for it. */
export interface XmlLimits {
  elements: number;
  attributes: number;
  depth: number;
}

/**
 * Limits for a SAML response. node-saml's and xml-crypto's XPath lookups cost time per element and
 * attribute, superlinear in sibling elements: 16,000 empty sibling elements took 6 to 12 seconds, and
 * a genuine response with 1,000 group values takes 0.25 to 0.9 s. A linear check of the Response
 * signature keeps everything but IdP-signed documents away from them, and they run on worker threads
 * (response-signature.ts, saml-verifier-pool.ts); these limits bound what even a genuine document costs
 * those threads, and the parser. Real IdPs send far less: Entra ID puts at most 150 groups in a
 * SAML token, and an Active Directory account in more than about 1,015 security groups cannot sign
 * in to Windows at all (1,024 SIDs per token), so even every group of the largest AD account, with
 * the ~50 elements of a signed response, is about 1,100 elements. Each value carries one to three
 * attributes (xsi:type; Okta also declares xmlns:xs and xmlns:xsi on every value), so about 3,100
 * attributes at most. The limits hold such a response with room to spare. Real responses nest about
 * 8 deep; 32 stops recursive processing (xmldom, canonicalization) long before the stack is at risk.
 */
export const SAML_RESPONSE_LIMITS: XmlLimits = { elements: 2_000, attributes: 4_000, depth: 32 };

/** The document holds more markup than XmlLimits allow. */
export class SamlXmlLimitError extends SamlXmlError {}

/** Character codes the markup scan looks for. */
const CHAR = {
  lt: 0x3c,
  gt: 0x3e,
  slash: 0x2f,
  bang: 0x21,
  question: 0x3f,
  equals: 0x3d,
  quote: 0x22,
  apostrophe: 0x27,
};

/**
 * Counts elements, attributes (namespace declarations included) and nesting depth in one linear pass
 * over the text, without building anything, and stops at the first limit exceeded. Exact for
 * well-formed XML (the only kind the strict parser then accepts): `<` can only open markup, and
 * attribute values are skipped whole, so a `>` or `/>` inside quotes cannot end a tag early.
 */
export function assertWithinLimits(xml: string, limits: XmlLimits): void {
  let elements = 0;
  let attributes = 0;
  let depth = 0;
  let at = xml.indexOf('<');
  while (at !== -1) {
    const next = xml.charCodeAt(at + 1);
    let end: number;
    if (next === CHAR.bang) {
      // A comment or CDATA section: skipped whole (DOCTYPEs are refused before this runs).
      const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : '>';
      const found = xml.indexOf(close, at + 2);
      end = found === -1 ? -1 : found + close.length - 1;
    } else if (next === CHAR.question) {
      const found = xml.indexOf('?>', at + 2);
      end = found === -1 ? -1 : found + 1;
    } else if (next === CHAR.slash) {
      depth -= 1;
      end = xml.indexOf('>', at + 2);
    } else {
      elements += 1;
      end = -1;
      for (let i = at + 1; i < xml.length; i += 1) {
        const char = xml.charCodeAt(i);
        if (char === CHAR.quote || char === CHAR.apostrophe) {
          i = xml.indexOf(char === CHAR.quote ? '"' : "'", i + 1);
          if (i === -1) break;
        } else if (char === CHAR.equals) {
          attributes += 1;
        } else if (char === CHAR.gt) {
          end = i;
          break;
        } else if (char === CHAR.lt) {
          break;
        }
      }
      if (end !== -1 && xml.charCodeAt(end - 1) !== CHAR.slash) depth += 1;
      if (elements > limits.elements) throw new SamlXmlLimitError(`more than ${limits.elements} elements`);
      if (attributes > limits.attributes)
        throw new SamlXmlLimitError(`more than ${limits.attributes} attributes`);
      if (depth > limits.depth) throw new SamlXmlLimitError(`nested deeper than ${limits.depth} elements`);
    }
    // Unterminated markup: not well-formed, which the parser reports.
    if (end === -1) return;
    at = xml.indexOf('<', end + 1);
  }
}

/**
 * Parses XML, refusing DOCTYPEs and treating every parser complaint as fatal, warnings included:
 * xmldom 0.8 "repairs" unclosed elements with a mere warning, and documents that different parsers
 * read differently are how signature checks get fooled. A genuine IdP message is well-formed. With
 * `limits`, an oversized document is refused before any DOM is built (SamlXmlLimitError).
 */
export function parseXmlStrict(xml: string, limits?: XmlLimits): Document {
  if (containsDoctype(xml)) throw new SamlXmlError('DOCTYPE');
  if (limits) assertWithinLimits(xml, limits);
  const fail = (message: string) => {
    throw new SamlXmlError(`XML parse error: ${message}`);
  };
  const doc = new DOMParser({
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  }).parseFromString(xml, 'text/xml');
  if (!doc?.documentElement) throw new SamlXmlError('empty document');
  return doc;
}

/** Direct element children with this namespace and local name (never a deep search: see wrapping). */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI === namespace && element.localName === localName) found.push(element);
  }
  return found;
}

export function childElement(parent: Element, namespace: string, localName: string): Element | undefined {
  return childElements(parent, namespace, localName)[0];
}

/** Text content without comments (textContent skips them), trimmed. */
export function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent?.trim();
  return text ? text : undefined;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element || !element.hasAttribute(name)) return undefined;
  return element.getAttribute(name) ?? undefined;
}

function isValidId(value: string | undefined): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** What the ACS needs to know about a response before verifying it (used for routing and codes only). */
export interface ResponseEnvelope {
  inResponseTo?: string;
  destination?: string;
  issuer?: string;
  assertionIds: string[];
  /** The unverified subject, for the audit trail of refused sign-ins only. */
  claimedNameId?: string;
}

export function readResponseEnvelope(doc: Document): ResponseEnvelope {
  const root = doc.documentElement;
  if (root.namespaceURI !== NS.protocol || root.localName !== 'Response')
    throw new SamlXmlError('not a SAML Response');
  const inResponseTo = attribute(root, 'InResponseTo');
  if (inResponseTo !== undefined && !isValidId(inResponseTo)) throw new SamlXmlError('InResponseTo too long');
  const assertions = childElements(root, NS.assertion, 'Assertion');
  const subject = assertions[0] && childElement(assertions[0], NS.assertion, 'Subject');
  return {
    inResponseTo: inResponseTo || undefined,
    destination: attribute(root, 'Destination'),
    issuer: textOf(childElement(root, NS.assertion, 'Issuer')),
    assertionIds: assertions.map((assertion) => attribute(assertion, 'ID')).filter(isValidId),
    claimedNameId: subject ? textOf(childElement(subject, NS.assertion, 'NameID'))?.slice(0, 256) : undefined,
  };
}

/** What the IdP said about the request: its StatusCode values, top level first, and its StatusMessage. */
export interface ResponseStatus {
  codes: string[];
  message?: string;
}

/** Status codes nest (a top-level code, then finer ones); SAML defines two levels, a third is read. */
const MAX_STATUS_LEVELS = 3;
/** Status values and messages are kept for the audit trail; an IdP's message can be long. */
const MAX_STATUS_TEXT = 256;

function onlyChild(parent: Element, namespace: string, localName: string, what: string): Element {
  const found = childElements(parent, namespace, localName);
  if (found.length !== 1)
    throw new SamlXmlError(found.length === 0 ? `no ${what}` : `${found.length} ${what} elements`);
  return found[0] as Element;
}

/**
 * The Response's Status (required by saml-core §3.2.2), read from the document root's direct children
 * only. The root is what the Response signature covers, so after node-saml verified that signature
 * these children are the IdP's signed words. A deep search would not be: the enveloped signature's
 * own subtree (ds:Signature, e.g. a ds:Object inside it) is outside the digest, so a Status planted
 * there would keep the signature valid, and it comes before the real one in document order.
 * A missing, repeated or code-less Status is an error rather than a guess.
 */
export function readResponseStatus(root: Element): ResponseStatus {
  const status = onlyChild(root, NS.protocol, 'Status', 'Status');
  const codes: string[] = [];
  let level: Element | undefined = onlyChild(status, NS.protocol, 'StatusCode', 'StatusCode');
  while (level && codes.length < MAX_STATUS_LEVELS) {
    const value = attribute(level, 'Value')?.trim();
    if (!value) throw new SamlXmlError('a StatusCode without a Value');
    codes.push(value.slice(0, MAX_STATUS_TEXT));
    const nested = childElements(level, NS.protocol, 'StatusCode');
    if (nested.length > 1) throw new SamlXmlError(`${nested.length} nested StatusCode elements`);
    level = nested[0];
  }
  const message = textOf(childElement(status, NS.protocol, 'StatusMessage'))?.slice(0, MAX_STATUS_TEXT);
  return message === undefined ? { codes } : { codes, message };
}

export function isSuccess(status: ResponseStatus): boolean {
  return status.codes[0] === STATUS_SUCCESS;
}

/** `Responder/AuthnFailed: message`, for logs and the audit detail. */
export function describeStatus(status: ResponseStatus): string {
  const codes = status.codes
    .map((code) => code.replace(/^urn:oasis:names:tc:SAML:2\.0:status:/, ''))
    .join('/');
  return status.message ? `${codes}: ${status.message}` : codes;
}

/** Facts read from the assertion XML that node-saml verified (profile.getAssertionXml()). */
export interface AssertionFacts {
  id: string;
  issuer?: string;
  subjectConfirmations: Array<{
    method?: string;
    recipient?: string;
    notOnOrAfter?: string;
    notBefore?: string;
  }>;
  conditionsNotBefore?: string;
  conditionsNotOnOrAfter?: string;
}

export function readAssertionFacts(assertionXml: string): AssertionFacts {
  const assertion = parseXmlStrict(assertionXml).documentElement;
  if (assertion.namespaceURI !== NS.assertion || assertion.localName !== 'Assertion')
    throw new SamlXmlError('not an Assertion');
  const id = attribute(assertion, 'ID');
  if (!isValidId(id)) throw new SamlXmlError('Assertion without a usable ID');
  const subject = childElement(assertion, NS.assertion, 'Subject');
  const conditions = childElement(assertion, NS.assertion, 'Conditions');
  return {
    id,
    issuer: textOf(childElement(assertion, NS.assertion, 'Issuer')),
    subjectConfirmations: subject
      ? childElements(subject, NS.assertion, 'SubjectConfirmation').map((confirmation) => {
          const data = childElement(confirmation, NS.assertion, 'SubjectConfirmationData');
          return {
            method: attribute(confirmation, 'Method'),
            recipient: attribute(data, 'Recipient'),
            notOnOrAfter: attribute(data, 'NotOnOrAfter'),
            notBefore: attribute(data, 'NotBefore'),
          };
        })
      : [],
    conditionsNotBefore: attribute(conditions, 'NotBefore'),
    conditionsNotOnOrAfter: attribute(conditions, 'NotOnOrAfter'),
  };
}

export type BindingProblem =
  'destination' | 'response_issuer' | 'assertion_issuer' | 'recipient' | 'no_expiry';

/**
 * The checks node-saml 5.1 leaves to the application (see STACK.md): the response was addressed to
 * our ACS (Destination), every bearer confirmation names our ACS as Recipient, and both issuers are
 * the IdP we trust. An assertion must also say until when it is valid, or replay protection would
 * have to remember it forever.
 */
export function bindingProblem(
  envelope: ResponseEnvelope,
  assertion: AssertionFacts,
  expected: { acsUrl: string; idpEntityId: string },
): BindingProblem | null {
  if (envelope.destination !== expected.acsUrl) return 'destination';
  if (envelope.issuer !== undefined && envelope.issuer !== expected.idpEntityId) return 'response_issuer';
  if (assertion.issuer !== expected.idpEntityId) return 'assertion_issuer';
  if (assertion.subjectConfirmations.length === 0) return 'recipient';
  if (assertion.subjectConfirmations.some((confirmation) => confirmation.recipient !== expected.acsUrl))
    return 'recipient';
  if (!assertion.subjectConfirmations.some((confirmation) => confirmation.method === BEARER))
    return 'recipient';
  if (!latestNotOnOrAfter(assertion)) return 'no_expiry';
  return null;
}

/** The last instant at which any part of the assertion could still be accepted. */
export function latestNotOnOrAfter(assertion: AssertionFacts): Date | null {
  const instants = [
    assertion.conditionsNotOnOrAfter,
    ...assertion.subjectConfirmations.map((c) => c.notOnOrAfter),
  ]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value).getTime())
    .filter((ms) => Number.isFinite(ms));
  return instants.length ? new Date(Math.max(...instants)) : null;
}

/**
 * After node-saml refused a response for its time window, tells which side of it we are on, so the
 * person gets a precise message ("check your clock" versus "start again"). Reads the raw document:
 * it only chooses wording for a response that is refused anyway.
 */
export function timeWindowProblem(
  doc: Document,
  nowMs: number,
  skewMs: number,
): 'expired' | 'not_yet_valid' | null {
  const root = doc.documentElement;
  const assertion = childElement(root, NS.assertion, 'Assertion');
  if (!assertion) return null;
  const conditions = childElement(assertion, NS.assertion, 'Conditions');
  const subject = childElement(assertion, NS.assertion, 'Subject');
  const data = subject
    ? childElements(subject, NS.assertion, 'SubjectConfirmation')
        .map((confirmation) => childElement(confirmation, NS.assertion, 'SubjectConfirmationData'))
        .filter((element): element is Element => Boolean(element))
    : [];
  const notBefore = [conditions, ...data].map((element) => attribute(element, 'NotBefore')).filter(Boolean);
  const notOnOrAfter = [conditions, ...data]
    .map((element) => attribute(element, 'NotOnOrAfter'))
    .filter(Boolean);
  if (notBefore.some((value) => new Date(value as string).getTime() > nowMs + skewMs)) return 'not_yet_valid';
  if (notOnOrAfter.some((value) => new Date(value as string).getTime() <= nowMs - skewMs)) return 'expired';
  return null;
}
