import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKeyAndCertificate, isMatchingPair, type KeyAndCertificate } from '../shared/x509';

export const DEMO_IDP_KEYS = Symbol('DEMO_IDP_KEYS');

const FILE_NAME = 'signing.pem';

function split(pem: string): KeyAndCertificate | null {
  const privateKeyPem = pem.match(/-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n?/)?.[0];
  const certificatePem = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/)?.[0];
  return privateKeyPem && certificatePem ? { privateKeyPem, certificatePem } : null;
}

/**
 * The demo identity provider's signing key and certificate, generated once into
 * `${dataDir}/demo-idp/signing.pem` (mode 0600) and reused afterwards, so that sessions and any SP
 * metadata exchanged with it survive restarts.
 *
 * Key and certificate share one file so that they can be created atomically: the file is written
 * under a temporary name and hard-linked into place, which fails if another process (a second jest
 * worker, a second replica on the same volume) won the race; then its pair is used instead.
 */
export async function loadOrCreateDemoIdpKeys(dataDir: string): Promise<KeyAndCertificate> {
  const directory = join(dataDir, 'demo-idp');
  const path = join(directory, FILE_NAME);
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing !== null) return validated(existing, path);

  await mkdir(directory, { recursive: true, mode: 0o700 });
  const pair = await generateSigningKeyAndCertificate('Ensemble demo identity provider');
  const temporary = join(directory, `.${FILE_NAME}.${randomBytes(6).toString('hex')}`);
  await writeFile(temporary, pair.privateKeyPem + pair.certificatePem, { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600); // writeFile's mode passes through the umask: make it exactly 0600
  try {
    await link(temporary, path);
    return pair;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return validated(await readFile(path, 'utf8'), path);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

function validated(content: string, path: string): KeyAndCertificate {
  const pair = split(content);
  if (!pair || !isMatchingPair(pair)) {
    throw new Error(
      `${path} does not hold a matching private key and certificate. Delete it to let the demo identity provider create a new one.`,
    );
  }
  return pair;
}
