import { SignedXml, findAncestorNs } from 'xml-crypto';
import { NS, childElements, textOf } from './saml-xml';

/**
 * A linear check of the Response's own enveloped signature, made before node-saml sees the document.
 *
 * node-saml and xml-crypto find the signed elements with XPath (`//*[@ID=…]` over the whole document,
 * several times), and the `xpath` package sorts every node set a predicate filters into document
 * order by scanning sibling lists: a response with two thousand sibling elements costs seconds of
 * blocking work before the signature is found to be void. This check reads the signature by walking
 * direct children only, and uses xml-crypto's own canonicalizers and algorithms, so it computes the
 * bytes xml-crypto would compute, in time proportional to the document:
 *  1. the SignatureValue verifies over the canonical SignedInfo with a trusted certificate (a few
 *     elements: this refuses everything not signed by the IdP, at the cost of one RSA verification);
 *  2. the one Reference names the Response itself, and its digest matches the canonical Response
 *     without its signature (refuses a genuine SignedInfo replayed around other content);
 *  3. the signature element itself stays small: it is outside its own digest, so it is the one place
 *     where content could be added to a genuine response.
 * After it, node-saml only ever verifies a document the IdP produced. It never accepts anything:
 * node-saml's verification still decides (the assertion's own signature, the unique ID, the rest).
 */

const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const C14N_WITH_COMMENTS = `${C14N}#WithComments`;
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const EXC_C14N_WITH_COMMENTS = `${EXC_C14N}WithComments`;

/**
 * A same-document reference (`#id`) selects its element without comments (xmldsig-core1 §4.4.3.3),
 * which xml-crypto does by deleting them first: the same as canonicalizing without comments.
 */
const WITHOUT_COMMENTS: Record<string, string> = {
  [C14N]: C14N,
  [C14N_WITH_COMMENTS]: C14N,
  [EXC_C14N]: EXC_C14N,
  [EXC_C14N_WITH_COMMENTS]: EXC_C14N,
};

/**
 * Elements allowed in the Response's ds:Signature. IdPs send about twenty (SignedInfo with one
 * Reference, SignatureValue, KeyInfo with a certificate or two); none sends ds:Object.
 */
export const MAX_SIGNATURE_ELEMENTS = 64;

/** node-saml refuses more than two transforms (enveloped signature and a canonicalization). */
const MAX_TRANSFORMS = 2;

/** Why the Response's signature is refused, or null when it is the IdP's over this very document. */
export function responseSignatureProblem(root: Element, certificates: string[]): string | null {
  const signatures = childElements(root, NS.dsig, 'Signature');
  if (signatures.length !== 1)
    return signatures.length === 0
      ? 'the Response is not signed'
      : `${signatures.length} Response signatures`;
  const signature = signatures[0] as Element;
  if (countElements(signature, MAX_SIGNATURE_ELEMENTS) > MAX_SIGNATURE_ELEMENTS)
    return `the Response signature holds more than ${MAX_SIGNATURE_ELEMENTS} elements`;

  const signedInfo = only(signature, 'SignedInfo');
  const canonicalization = algorithmOf(signedInfo && only(signedInfo, 'CanonicalizationMethod'));
  const signatureMethod = algorithmOf(signedInfo && only(signedInfo, 'SignatureMethod'));
  const references = signedInfo ? childElements(signedInfo, NS.dsig, 'Reference') : [];
  const signatureValue = textOf(only(signature, 'SignatureValue'))?.replace(/\s+/g, '');
  if (!signedInfo || !canonicalization || !signatureMethod || !signatureValue)
    return 'the Response signature is incomplete';
  if (references.length !== 1) return `the Response signature has ${references.length} references`;

  // xml-crypto's tables: exactly the algorithms node-saml's verification accepts.
  const xmlCrypto = new SignedXml();
  if (WITHOUT_COMMENTS[canonicalization] === undefined)
    return `unsupported canonicalization ${canonicalization.slice(0, 100)}`;
  const Signer = xmlCrypto.SignatureAlgorithms[signatureMethod as keyof typeof xmlCrypto.SignatureAlgorithms];
  if (!Signer) return `unsupported signature algorithm ${signatureMethod.slice(0, 100)}`;

  // 1. What the IdP signed: the canonical SignedInfo, in the namespace context xml-crypto gives it.
  // (findAncestorNs evaluates its XPath from any node; '.' is the SignedInfo itself, found without a search.)
  const canonicalSignedInfo = xmlCrypto.getCanonXml([canonicalization], signedInfo, {
    ancestorNamespaces: findAncestorNs(signedInfo as unknown as Document, '.'),
  });
  const signer = new Signer();
  const signedByIdp = certificates.some((certificate) => {
    try {
      return signer.verifySignature(canonicalSignedInfo, certificate, signatureValue);
    } catch {
      return false;
    }
  });
  if (!signedByIdp) return 'the SignatureValue does not verify with the trusted certificate';

  // 2. That SignedInfo covers this Response as it is.
  const reference = references[0] as Element;
  const id = root.getAttribute('ID');
  if (!id || reference.getAttribute('URI') !== `#${id}`)
    return 'the signature does not reference the Response';
  const digest = referenceDigest(reference);
  if (typeof digest === 'string') return digest;
  const Hash = xmlCrypto.HashAlgorithms[digest.algorithm as keyof typeof xmlCrypto.HashAlgorithms];
  if (!Hash) return `unsupported digest algorithm ${digest.algorithm.slice(0, 100)}`;
  const Canonicalizer =
    xmlCrypto.CanonicalizationAlgorithms[
      digest.canonicalization as keyof typeof xmlCrypto.CanonicalizationAlgorithms
    ];
  // The enveloped-signature transform, then the canonicalization, on the Response itself: xml-crypto
  // works on a deep copy, but xmldom's cloneNode costs more than parsing the document did, so the
  // signature is detached while the Response is read and put back where it was. (Canonicalizing the
  // document element with no ancestor namespaces changes nothing in it.)
  const nextSibling = signature.nextSibling;
  root.removeChild(signature);
  let canonicalResponse: string;
  try {
    canonicalResponse = String(
      new Canonicalizer().process(root, {
        inclusiveNamespacesPrefixList: digest.inclusiveNamespaces,
        ancestorNamespaces: [],
        defaultNsForPrefix: SignedXml.defaultNsForPrefix,
      }),
    );
  } finally {
    root.insertBefore(signature, nextSibling);
  }
  if (!sameBase64(new Hash().getHash(canonicalResponse), digest.value))
    return 'the Response was changed after it was signed (digest mismatch)';
  return null;
}

interface ReferenceDigest {
  algorithm: string;
  value: string;
  canonicalization: string;
  inclusiveNamespaces: string[];
}

/**
 * The Reference's transforms as SAML prescribes them (saml-core §5.4.4): the enveloped signature, then
 * optionally one canonicalization; without one, xml-crypto canonicalizes inclusively, as here.
 */
function referenceDigest(reference: Element): ReferenceDigest | string {
  const transforms = childElements(reference, NS.dsig, 'Transforms').flatMap((transforms) =>
    childElements(transforms, NS.dsig, 'Transform'),
  );
  const algorithms = transforms.map((transform) => transform.getAttribute('Algorithm') ?? '');
  const [first, second] = algorithms;
  if (algorithms.length > MAX_TRANSFORMS || first !== ENVELOPED_SIGNATURE)
    return 'the signature transforms are not the enveloped signature and one canonicalization';
  const canonicalization = WITHOUT_COMMENTS[second ?? C14N];
  if (!canonicalization) return `unsupported transform ${String(second).slice(0, 100)}`;
  const last = transforms[transforms.length - 1] as Element;
  const inclusiveNamespaces = Array.from(last.childNodes)
    .filter(
      (node): node is Element => node.nodeType === 1 && (node as Element).localName === 'InclusiveNamespaces',
    )
    .flatMap((element) => (element.getAttribute('PrefixList') ?? '').split(' '))
    .filter((prefix) => prefix.length > 0);
  const algorithm = algorithmOf(only(reference, 'DigestMethod'));
  const value = textOf(only(reference, 'DigestValue'));
  if (!algorithm || !value) return 'the signature reference is incomplete';
  return { algorithm, value, canonicalization, inclusiveNamespaces };
}

/** The only child ds:`localName`, or undefined when there is none or more than one. */
function only(parent: Element, localName: string): Element | undefined {
  const found = childElements(parent, NS.dsig, localName);
  return found.length === 1 ? found[0] : undefined;
}

function algorithmOf(element: Element | undefined): string | undefined {
  return element?.getAttribute('Algorithm') || undefined;
}

/** Elements in the subtree, counted up to `stopAfter` + 1 (an explicit stack: depth is bounded anyway). */
function countElements(root: Element, stopAfter: number): number {
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && count <= stopAfter) {
    const node = stack.pop() as Node;
    if (node.nodeType !== 1) continue;
    count += 1;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return count;
}

function sameBase64(a: string, b: string): boolean {
  const left = Buffer.from(a, 'base64');
  const right = Buffer.from(b, 'base64');
  return left.length === right.length && left.equals(right);
}
