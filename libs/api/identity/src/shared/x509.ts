import {
  X509Certificate,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';

/**
 * A minimal self-signed X.509 v3 certificate for the demo and test identity providers' signing keys.
 *
 * Node can generate key pairs but not certificates, and SAML metadata carries keys as certificates.
 * Rather than adding a certificate library for this one job, the DER below encodes exactly one shape:
 * RSA key, sha256WithRSAEncryption, CN-only subject = issuer, basicConstraints CA:false and
 * keyUsage digitalSignature. `node:crypto`'s X509Certificate parses and verifies the result (see the
 * unit test), which is what matters to xml-crypto and samlify.
 */

export interface KeyAndCertificate {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** X.509 certificate PEM. */
  certificatePem: string;
}

const generateRsaKeyPair = promisify(generateKeyPair);

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);
const set = (...items: Buffer[]) => der(0x31, ...items);
const nullValue = () => Buffer.from([0x05, 0x00]);
const octetString = (content: Buffer) => der(0x04, content);
const explicit = (tagNumber: number, content: Buffer) => der(0xa0 + tagNumber, content);
const boolean = (value: boolean) => der(0x01, Buffer.from([value ? 0xff : 0x00]));

/** A non-negative INTEGER: a leading zero byte keeps a set high bit from reading as negative. */
function integer(value: Buffer): Buffer {
  let bytes = value;
  while (bytes.length > 1 && bytes[0] === 0 && (bytes[1] ?? 0) < 0x80) bytes = bytes.subarray(1);
  if ((bytes[0] ?? 0) >= 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return der(0x02, bytes);
}

function objectIdentifier(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

/** UTCTime until 2049, GeneralizedTime from 2050 on (RFC 5280 §4.1.2.5). */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  return date.getUTCFullYear() < 2050
    ? der(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : der(0x18, Buffer.from(`${iso}Z`));
}

function commonNameOnly(commonName: string): Buffer {
  return sequence(set(sequence(objectIdentifier('2.5.4.3'), der(0x0c, Buffer.from(commonName, 'utf8')))));
}

const SHA256_WITH_RSA = () => sequence(objectIdentifier('1.2.840.113549.1.1.11'), nullValue());

function pem(label: string, body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function createSelfSignedCertificate(
  privateKey: KeyObject,
  options: { commonName: string; validDays: number; now?: Date },
): string {
  const now = options.now ?? new Date();
  const notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  const notAfter = new Date(now.getTime() + options.validDays * 24 * 60 * 60 * 1000);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f || 0x01;
  const subjectPublicKeyInfo = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const extensions = sequence(
    // basicConstraints (critical): not a CA.
    sequence(objectIdentifier('2.5.29.19'), boolean(true), octetString(sequence())),
    // keyUsage (critical): digitalSignature only (bit 0; 7 unused bits).
    sequence(objectIdentifier('2.5.29.15'), boolean(true), octetString(der(0x03, Buffer.from([0x07, 0x80])))),
  );
  const tbsCertificate = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    SHA256_WITH_RSA(),
    commonNameOnly(options.commonName),
    sequence(time(notBefore), time(notAfter)),
    commonNameOnly(options.commonName),
    subjectPublicKeyInfo,
    explicit(3, extensions),
  );
  const signature = sign('sha256', tbsCertificate, privateKey);
  const certificate = sequence(tbsCertificate, SHA256_WITH_RSA(), der(0x03, Buffer.from([0]), signature));
  return pem('CERTIFICATE', certificate);
}

/** A fresh RSA-2048 key pair with a self-signed certificate. */
export async function generateSigningKeyAndCertificate(
  commonName: string,
  validDays = 3650,
): Promise<KeyAndCertificate> {
  const { privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: createSelfSignedCertificate(privateKey, { commonName, validDays }),
  };
}

/** True when the certificate parses, is self-consistent and belongs to this private key. */
export function isMatchingPair(pair: KeyAndCertificate): boolean {
  try {
    const certificate = new X509Certificate(pair.certificatePem);
    return certificate.checkPrivateKey(createPrivateKey(pair.privateKeyPem));
  } catch {
    return false;
  }
}
