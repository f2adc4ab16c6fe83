import {
  SamlXmlLimitError,
  assertWithinLimits,
  bindingProblem,
  containsDoctype,
  decodeBase64Xml,
  latestNotOnOrAfter,
  parseXmlStrict,
  readAssertionFacts,
  readResponseEnvelope,
  readResponseStatus,
  timeWindowProblem,
  type AssertionFacts,
} from '../saml/saml-xml';
import { loginResponseXml } from '../shared/login-response';

const ACS = 'https://ensemble.example/auth/saml/acs';
const IDP = 'https://idp.example/metadata';
const NOW = Date.parse('2030-01-01T12:00:00Z');

function response(overrides: Partial<Parameters<typeof loginResponseXml>[0]> = {}): string {
  return loginResponseXml({
    responseId: '_r1',
    assertionId: '_a1',
    issueInstant: new Date(NOW),
    destination: ACS,
    inResponseTo: '_req1',
    responseIssuer: IDP,
    assertionIssuer: IDP,
    nameId: 'person-1',
    nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    recipient: ACS,
    subjectNotOnOrAfter: new Date(NOW + 300_000),
    notBefore: new Date(NOW),
    notOnOrAfter: new Date(NOW + 200_000),
    audience: 'https://ensemble.example/auth/saml/metadata',
    sessionIndex: '_s1',
    attributes: { email: ['a@example.com'] },
    ...overrides,
  });
}

function assertionXml(xml: string): string {
  return (
    /<saml:Assertion[\s\S]*<\/saml:Assertion>/
      .exec(xml)?.[0]
      .replace('<saml:Assertion ', '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ') ??
    ''
  );
}

function facts(xml: string): AssertionFacts {
  return readAssertionFacts(assertionXml(xml));
}

describe('DOCTYPE and decoding', () => {
  it('finds a DOCTYPE in any case', () => {
    expect(containsDoctype('<?xml version="1.0"?><!doctype x><x/>')).toBe(true);
    expect(containsDoctype('<!DocType x [<!ENTITY a "b">]><x/>')).toBe(true);
    expect(containsDoctype('<x>no doctype here</x>')).toBe(false);
  });

  it('refuses to parse a DOCTYPE and treats parser errors as fatal', () => {
    expect(() => parseXmlStrict('<!DOCTYPE x><x/>')).toThrow('DOCTYPE');
    expect(() => parseXmlStrict('<x><y></x>')).toThrow(/XML parse error/);
    expect(() => parseXmlStrict('<x>&undefined;</x>')).toThrow(/XML parse error/);
  });

  it('decodes form base64 with line breaks, and refuses non-base64 or non-XML', () => {
    const base64 = Buffer.from('<x/>').toString('base64');
    expect(decodeBase64Xml(`${base64.slice(0, 2)}\r\n${base64.slice(2)}`)).toEqual({ xml: '<x/>', base64 });
    expect(() => decodeBase64Xml('<x/>')).toThrow('not base64');
    expect(() => decodeBase64Xml(Buffer.from('plain').toString('base64'))).toThrow('not XML');
    expect(() => decodeBase64Xml(undefined)).toThrow('missing');
  });
});

describe('readResponseEnvelope', () => {
  it('reads InResponseTo, Destination, Issuer, assertion ids and the claimed NameID', () => {
    expect(readResponseEnvelope(parseXmlStrict(response()))).toEqual({
      inResponseTo: '_req1',
      destination: ACS,
      issuer: IDP,
      assertionIds: ['_a1'],
      claimedNameId: 'person-1',
    });
  });

  it('refuses anything but a SAML protocol Response', () => {
    expect(() => readResponseEnvelope(parseXmlStrict('<Response xmlns="urn:example"/>'))).toThrow(
      'not a SAML Response',
    );
  });

  it('only looks at direct children of the root (no deep search into wrapped copies)', () => {
    const wrapped = response().replace(
      '<samlp:Status>',
      `<samlp:Extensions><saml:Issuer>${'https://evil.example'}</saml:Issuer></samlp:Extensions><samlp:Status>`,
    );
    expect(readResponseEnvelope(parseXmlStrict(wrapped)).issuer).toBe(IDP);
  });
});

describe('bindingProblem', () => {
  const expected = { acsUrl: ACS, idpEntityId: IDP };
  const check = (xml: string) =>
    bindingProblem(readResponseEnvelope(parseXmlStrict(xml)), facts(xml), expected);

  it('accepts a response addressed to us by the trusted IdP', () => {
    expect(check(response())).toBeNull();
  });

  it.each([
    ['destination', { destination: 'https://other.example/acs' }],
    ['destination', { destination: undefined }],
    ['response_issuer', { responseIssuer: 'https://evil.example' }],
    ['assertion_issuer', { assertionIssuer: 'https://evil.example' }],
    ['recipient', { recipient: 'https://other.example/acs' }],
  ] as const)('reports %s', (problem, overrides) => {
    expect(check(response(overrides))).toBe(problem);
  });

  it('accepts a response without the optional Response Issuer', () => {
    expect(check(response({ responseIssuer: undefined }))).toBeNull();
  });

  it('requires every confirmation to name our ACS, and at least one bearer confirmation', () => {
    const two = response().replace(
      '</saml:Subject>',
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData Recipient="https://other.example/acs" NotOnOrAfter="2030-01-01T12:05:00Z"/></saml:SubjectConfirmation></saml:Subject>`,
    );
    expect(check(two)).toBe('recipient');
    const holderOfKey = response().replace('cm:bearer', 'cm:holder-of-key');
    expect(check(holderOfKey)).toBe('recipient');
  });

  it('requires some NotOnOrAfter, so that replay protection can forget the assertion one day', () => {
    const timeless = response().replace(/ NotOnOrAfter="[^"]+"/g, '');
    expect(check(timeless)).toBe('no_expiry');
  });
});

describe('time windows', () => {
  it('takes the latest NotOnOrAfter for the replay record', () => {
    expect(latestNotOnOrAfter(facts(response()))?.toISOString()).toBe(new Date(NOW + 300_000).toISOString());
  });

  it('tells expired from not yet valid, beyond the skew', () => {
    const doc = parseXmlStrict(response());
    expect(timeWindowProblem(doc, NOW + 60_000, 0)).toBeNull();
    expect(timeWindowProblem(doc, NOW + 400_000, 60_000)).toBe('expired');
    expect(timeWindowProblem(doc, NOW + 250_000, 60_000)).toBeNull(); // within the skew of Conditions' NotOnOrAfter
    expect(timeWindowProblem(doc, NOW - 300_000, 60_000)).toBe('not_yet_valid');
  });
});

describe('readResponseStatus', () => {
  const P = 'urn:oasis:names:tc:SAML:2.0:status:';
  const root = (status: string) =>
    parseXmlStrict(
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">${status}</samlp:Response>`,
    ).documentElement;

  it('reads the codes top level first, at most three levels, and the message', () => {
    expect(readResponseStatus(parseXmlStrict(response()).documentElement)).toEqual({
      codes: [`${P}Success`],
    });
    const nested = (depth: number): string =>
      depth === 0 ? '' : `<samlp:StatusCode Value=" ${P}L${depth} ">${nested(depth - 1)}</samlp:StatusCode>`;
    expect(
      readResponseStatus(
        root(`<samlp:Status>${nested(5)}<samlp:StatusMessage> No. </samlp:StatusMessage></samlp:Status>`),
      ),
    ).toEqual({ codes: [`${P}L5`, `${P}L4`, `${P}L3`], message: 'No.' });
  });

  it('refuses a missing, repeated or ambiguous Status instead of guessing', () => {
    const code = `<samlp:StatusCode Value="${P}Success"/>`;
    expect(() => readResponseStatus(root(''))).toThrow('no Status');
    expect(() =>
      readResponseStatus(root(`<samlp:Status>${code}</samlp:Status><samlp:Status>${code}</samlp:Status>`)),
    ).toThrow('2 Status elements');
    expect(() => readResponseStatus(root(`<samlp:Status>${code}${code}</samlp:Status>`))).toThrow(
      '2 StatusCode',
    );
    expect(() => readResponseStatus(root('<samlp:Status><samlp:StatusCode/></samlp:Status>'))).toThrow(
      'without a Value',
    );
    expect(() =>
      readResponseStatus(
        root(
          `<samlp:Status><samlp:StatusCode Value="${P}Responder">${code}${code}</samlp:StatusCode></samlp:Status>`,
        ),
      ),
    ).toThrow('2 nested StatusCode');
  });

  it("looks only at the root's own children, never into the signature or other elements", () => {
    expect(() =>
      readResponseStatus(
        root(
          `<ds:Signature><ds:Object><samlp:Status><samlp:StatusCode Value="${P}Success"/></samlp:Status></ds:Object></ds:Signature>`,
        ),
      ),
    ).toThrow('no Status');
  });
});

describe('assertWithinLimits (before any DOM is built)', () => {
  const limits = { elements: 4, attributes: 3, depth: 2 };
  const within = (xml: string) => () => assertWithinLimits(xml, limits);

  it('counts elements, attributes and depth exactly for well-formed XML', () => {
    expect(within('<a x="1"><b y=\'2\'/><b z="3"></b><b/></a>')).not.toThrow();
    expect(within('<a><b/><b/><b/><b/></a>')).toThrow(new SamlXmlLimitError('more than 4 elements'));
    expect(within('<a x="" y=""><b z="" w=""/></a>')).toThrow(
      new SamlXmlLimitError('more than 3 attributes'),
    );
    expect(within('<a><b><c/></b></a>')).not.toThrow();
    expect(within('<a><b><c></c></b></a>')).toThrow(new SamlXmlLimitError('nested deeper than 2 elements'));
  });

  it('is not fooled by markup characters inside attribute values, comments, CDATA or processing instructions', () => {
    // Were `/>` inside a value taken as the tag's end, every <b> would look empty and the depth 0.
    expect(within('<a><b v="/>"><b v=\'/>\'><b v="x=y>">')).toThrow('nested deeper than 2 elements');
    expect(
      within('<?xml version="1.0"?><a><!-- <b><b><b><b> --><![CDATA[<b><b><b x="">]]><?pi <b><b>?></a>'),
    ).not.toThrow();
  });

  it('counts a document of 100,000 elements', () => {
    const xml = `<a>${'<b c="d">text &amp; more</b>'.repeat(100_000)}</a>`;
    expect(() => assertWithinLimits(xml, { elements: 200_000, attributes: 200_000, depth: 4 })).not.toThrow();
    expect(() => assertWithinLimits(xml, { elements: 1_000, attributes: 200_000, depth: 4 })).toThrow(
      'more than 1000 elements',
    );
  });
});
