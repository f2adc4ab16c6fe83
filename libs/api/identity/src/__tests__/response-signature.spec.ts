import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/passport-saml';
import { ExclusiveCanonicalization, SignedXml } from 'xml-crypto';
import { MAX_SIGNATURE_ELEMENTS, responseSignatureProblem } from '../saml/response-signature';
import { parseXmlStrict } from '../saml/saml-xml';
import { NAME_ID_FORMAT_PERSISTENT, loginResponseXml, samlId } from '../shared/login-response';
import { generateSigningKeyAndCertificate, type KeyAndCertificate } from '../shared/x509';

const ACS = 'https://ensemble.example/auth/saml/acs';
const SP = 'https://ensemble.example/auth/saml/metadata';
const IDP = 'https://idp.example/saml';
const REQUEST_ID = '_request-1';

const ALGORITHM = {
  excC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  excC14nWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  c14n: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  enveloped: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  rsaSha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
  xpathTransform: 'http://www.w3.org/TR/1999/REC-xpath-19991116',
} as const;

/** Exclusive canonicalization under the name of a transform SAML does not allow. */
class XPathTransformStandIn extends ExclusiveCanonicalization {
  override getAlgorithmName() {
    return ALGORITHM.xpathTransform as never;
  }
}

/** How an IdP signs: the knobs in which real IdPs differ. */
interface SigningStyle {
  /** `''` declares the dsig namespace as the default namespace (Entra ID, ADFS). */
  prefix: string;
  canonicalization: string;
  signatureAlgorithm: string;
  digestAlgorithm: string;
  transforms: string[];
  inclusiveNamespaces?: string[];
}

const OKTA: SigningStyle = {
  prefix: 'ds',
  canonicalization: ALGORITHM.excC14n,
  signatureAlgorithm: ALGORITHM.rsaSha256,
  digestAlgorithm: ALGORITHM.sha256,
  transforms: [ALGORITHM.enveloped, ALGORITHM.excC14n],
  // Okta declares the prefix of its xsi:type values (used only inside attribute values).
  inclusiveNamespaces: ['xs'],
};

function signElement(
  xml: string,
  key: KeyAndCertificate,
  style: SigningStyle,
  element: 'Response' | 'Assertion',
  extraTransforms: Record<string, new () => ExclusiveCanonicalization> = {},
) {
  const signer = new SignedXml({
    privateKey: key.privateKeyPem,
    publicCert: key.certificatePem,
    signatureAlgorithm: style.signatureAlgorithm as never,
    canonicalizationAlgorithm: style.canonicalization as never,
  });
  Object.assign(signer.CanonicalizationAlgorithms, extraTransforms);
  const path = element === 'Response' ? "/*[local-name(.)='Response']" : "/*/*[local-name(.)='Assertion']";
  signer.addReference({
    xpath: path,
    transforms: style.transforms as never,
    digestAlgorithm: style.digestAlgorithm as never,
    inclusiveNamespacesPrefixList: style.inclusiveNamespaces ?? [],
  });
  signer.computeSignature(xml, {
    prefix: style.prefix,
    location: { reference: `${path}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

function unsignedResponse(groups: string[] = ['everyone']): string {
  const now = Date.now();
  return loginResponseXml({
    responseId: samlId(),
    assertionId: samlId(),
    issueInstant: new Date(now),
    destination: ACS,
    inResponseTo: REQUEST_ID,
    responseIssuer: IDP,
    assertionIssuer: IDP,
    nameId: 'employee-0001',
    nameIdFormat: NAME_ID_FORMAT_PERSISTENT,
    recipient: ACS,
    subjectNotOnOrAfter: new Date(now + 300_000),
    notBefore: new Date(now - 1000),
    notOnOrAfter: new Date(now + 300_000),
    audience: SP,
    sessionIndex: samlId(),
    attributes: { email: ['alice@example.com'], groups },
  });
}

/** Assertion first, then the Response around it, as IdPs sign. */
function signedResponse(
  key: KeyAndCertificate,
  style: SigningStyle,
  edit = (xml: string) => xml,
  assertionStyle = style,
) {
  return signElement(
    signElement(edit(unsignedResponse()), key, assertionStyle, 'Assertion'),
    key,
    style,
    'Response',
  );
}

describe('responseSignatureProblem: the linear check of the Response signature before node-saml', () => {
  let key: KeyAndCertificate;
  let other: KeyAndCertificate;

  beforeAll(async () => {
    [key, other] = await Promise.all([
      generateSigningKeyAndCertificate('IdP'),
      generateSigningKeyAndCertificate('Someone else'),
    ]);
  });

  const problemOf = (xml: string, certificates = [key.certificatePem]) =>
    responseSignatureProblem(parseXmlStrict(xml).documentElement, certificates);

  /** node-saml's verdict on the same document, as the service provider is configured. */
  async function nodeSamlAccepts(xml: string): Promise<boolean> {
    const pending = new Map([[REQUEST_ID, new Date().toISOString()]]);
    const cache: CacheProvider = {
      saveAsync: async () => null,
      getAsync: async (id) => pending.get(id) ?? null,
      removeAsync: async (id) => (id && pending.delete(id) ? id : null),
    };
    const saml = new SAML({
      callbackUrl: ACS,
      issuer: SP,
      audience: SP,
      idpCert: [key.certificatePem],
      idpIssuer: IDP,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      validateInResponseTo: ValidateInResponseTo.always,
      cacheProvider: cache,
      identifierFormat: null,
    });
    try {
      return Boolean(
        (await saml.validatePostResponseAsync({ SAMLResponse: Buffer.from(xml).toString('base64') })).profile,
      );
    } catch {
      return false;
    }
  }

  describe('passes what IdPs send, exactly when node-saml accepts it', () => {
    const asSigned = (xml: string) => xml;
    // Three values per row: with fewer, jest would pass its done callback as `edit`.
    const styles: Array<[string, SigningStyle, (xml: string) => string]> = [
      ['Okta (InclusiveNamespaces PrefixList)', OKTA, asSigned],
      [
        'Entra ID and ADFS (dsig as the default namespace)',
        { ...OKTA, prefix: '', inclusiveNamespaces: [] },
        asSigned,
      ],
      ['Keycloak (dsig prefix)', { ...OKTA, prefix: 'dsig', inclusiveNamespaces: [] }, asSigned],
      [
        'an older IdP: RSA-SHA1 and SHA-1 digests',
        { ...OKTA, signatureAlgorithm: ALGORITHM.rsaSha1, digestAlgorithm: ALGORITHM.sha1 },
        asSigned,
      ],
      [
        'only the enveloped-signature transform',
        { ...OKTA, transforms: [ALGORITHM.enveloped], inclusiveNamespaces: [] },
        asSigned,
      ],
      [
        'canonicalization with comments, and a comment in the document',
        {
          ...OKTA,
          transforms: [ALGORITHM.enveloped, ALGORITHM.excC14nWithComments],
          inclusiveNamespaces: [],
        },
        (xml) => xml.replace('<saml:Subject>', '<!-- who --><saml:Subject>'),
      ],
      ['CRLF line ends between elements', OKTA, (xml) => xml.replace(/></g, '>\r\n<')],
    ];

    it.each(styles)('%s', async (_name, style, edit) => {
      const xml = signedResponse(key, style, edit);
      expect(problemOf(xml)).toBeNull();
      expect(await nodeSamlAccepts(xml)).toBe(true);
    });

    it('inclusive canonicalization of SignedInfo (in the namespace context of the Response)', async () => {
      // Only for the Response: xml-crypto canonicalizes every SignedInfo in the context of the first
      // one in the document, which breaks an inclusively canonicalized assertion signature whose
      // Assertion declares namespaces of its own. node-saml refuses those whatever this check says.
      const xml = signedResponse(key, { ...OKTA, canonicalization: ALGORITHM.c14n }, asSigned, OKTA);
      expect(problemOf(xml)).toBeNull();
      expect(await nodeSamlAccepts(xml)).toBe(true);
    });

    it('a KeyInfo with a key name, a certificate chain and the key value (Keycloak and others)', async () => {
      const keyInfo = [
        '<ds:KeyName>idp-signing</ds:KeyName>',
        `<ds:X509Data>${'<ds:X509Certificate>MIIB</ds:X509Certificate>'.repeat(3)}</ds:X509Data>`,
        '<ds:KeyValue><ds:RSAKeyValue><ds:Modulus>AQAB</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue>',
      ].join('');
      // KeyInfo is outside SignedInfo and the digest: replacing it keeps the signature valid.
      const xml = signedResponse(key, OKTA).replace(
        /(<samlp:Response[\s\S]*?<ds:KeyInfo>)[\s\S]*?(<\/ds:KeyInfo>)/,
        `$1${keyInfo}$2`,
      );
      expect(xml).toContain('<ds:KeyName>');
      expect(problemOf(xml)).toBeNull();
      expect(await nodeSamlAccepts(xml)).toBe(true);
    });

    it('tries every configured certificate (key rollover)', () => {
      expect(problemOf(signedResponse(key, OKTA), [other.certificatePem, key.certificatePem])).toBeNull();
    });
  });

  describe('refuses, and node-saml would too', () => {
    const refusals: Array<[string, () => string, string]> = [
      [
        'a response signed by another key',
        () => signedResponse(other, OKTA),
        'the SignatureValue does not verify',
      ],
      [
        'an unsigned response',
        () => signElement(unsignedResponse(), key, OKTA, 'Assertion'),
        'the Response is not signed',
      ],
      [
        'content changed after signing',
        () => signedResponse(key, OKTA).replace('>employee-0001<', '>employee-9999<'),
        'digest mismatch',
      ],
      [
        'a genuine signature around 1,900 added elements',
        () =>
          signedResponse(key, OKTA).replace(
            '</samlp:Status>',
            `</samlp:Status>${'<x a="1" b="2"/>'.repeat(1900)}`,
          ),
        'digest mismatch',
      ],
      [
        'a forged signature and 1,900 added elements',
        () =>
          signedResponse(other, OKTA).replace(
            '</samlp:Status>',
            `</samlp:Status>${'<x a="1" b="2"/>'.repeat(1900)}`,
          ),
        'the SignatureValue does not verify',
      ],
      [
        'a second Response signature',
        () => {
          const xml = signedResponse(key, OKTA);
          const signature = /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(xml)?.[0] ?? '';
          return xml.replace('</samlp:Status>', `</samlp:Status>${signature}`);
        },
        '2 Response signatures',
      ],
      [
        'a transform SAML does not allow',
        () => {
          // Signed by a signer that knows the transform (it stands in for it); verifiers do not.
          const style = { ...OKTA, transforms: [ALGORITHM.enveloped, ALGORITHM.xpathTransform] };
          const withoutResponseSignature = signedResponse(key, OKTA).replace(
            /<ds:Signature[\s\S]*?<\/ds:Signature>/,
            '',
          );
          return signElement(withoutResponseSignature, key, style, 'Response', {
            [ALGORITHM.xpathTransform]: XPathTransformStandIn,
          });
        },
        'unsupported transform',
      ],
    ];

    it.each(refusals)('%s', async (_name, build, problem) => {
      const xml = build();
      expect(problemOf(xml)).toContain(problem);
      expect(await nodeSamlAccepts(xml)).toBe(false);
    });

    it('elements added inside the signature, outside its digest (node-saml would verify them)', async () => {
      // No IdP puts content in a ds:Object of the Response signature; node-saml accepts any amount of
      // it (the enveloped-signature transform removes it from the digest) and pays for every element.
      const xml = signedResponse(key, OKTA).replace(
        '</ds:SignatureValue>',
        `</ds:SignatureValue><ds:Object>${'<x/>'.repeat(MAX_SIGNATURE_ELEMENTS)}</ds:Object>`,
      );
      expect(problemOf(xml)).toContain(`more than ${MAX_SIGNATURE_ELEMENTS} elements`);
      expect(await nodeSamlAccepts(xml)).toBe(true);
    });

    it('a signature that references another element than the Response', () => {
      // Sign the Response, then point the Reference at the Assertion's ID: the SignatureValue no
      // longer verifies. The check reads the URI only once the SignedInfo is known to be the IdP's.
      const xml = signedResponse(key, OKTA);
      const assertionId = /<saml:Assertion[^>]* ID="([^"]+)"/.exec(xml)?.[1];
      const moved = xml.replace(/(<ds:Reference URI=")#[^"]+"/, `$1#${assertionId}"`);
      expect(moved).not.toBe(xml);
      expect(problemOf(moved)).toContain('does not verify');
    });
  });

  it('leaves the document as it found it', () => {
    const doc = parseXmlStrict(signedResponse(key, OKTA));
    const before = doc.documentElement.toString();
    expect(responseSignatureProblem(doc.documentElement, [key.certificatePem])).toBeNull();
    expect(doc.documentElement.toString()).toBe(before);
  });
});
