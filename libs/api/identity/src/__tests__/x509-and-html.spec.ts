import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { contentSecurityPolicy, escapeHtml, hiddenFields, renderPage } from '../shared/html';
import {
  createSelfSignedCertificate,
  generateSigningKeyAndCertificate,
  isMatchingPair,
} from '../shared/x509';

describe('self-signed certificates', () => {
  it('produces a certificate node:crypto parses and verifies with the key', async () => {
    const pair = await generateSigningKeyAndCertificate('Ensemble test');
    const certificate = new X509Certificate(pair.certificatePem);
    expect(certificate.subject).toBe('CN=Ensemble test');
    expect(certificate.issuer).toBe('CN=Ensemble test');
    expect(certificate.ca).toBe(false);
    expect(certificate.verify(createPublicKey(createPrivateKey(pair.privateKeyPem)))).toBe(true);
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.now() + 9 * 365 * 24 * 3600 * 1000);
    expect(isMatchingPair(pair)).toBe(true);
  });

  it('encodes dates from 2050 on as GeneralizedTime', async () => {
    const pair = await generateSigningKeyAndCertificate('x');
    const key = createPrivateKey(pair.privateKeyPem);
    const pem = createSelfSignedCertificate(key, {
      commonName: 'long lived',
      validDays: 40 * 365,
      now: new Date('2030-06-01T00:00:00Z'),
    });
    expect(new Date(new X509Certificate(pem).validTo).getUTCFullYear()).toBe(2070);
  });

  it('detects a key that does not belong to the certificate', async () => {
    const [a, b] = await Promise.all([
      generateSigningKeyAndCertificate('a'),
      generateSigningKeyAndCertificate('b'),
    ]);
    expect(isMatchingPair({ privateKeyPem: a.privateKeyPem, certificatePem: b.certificatePem })).toBe(false);
    expect(isMatchingPair({ privateKeyPem: 'nonsense', certificatePem: b.certificatePem })).toBe(false);
  });
});

describe('server-rendered pages', () => {
  it('escapes text and attribute values', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(hiddenFields({ RelayState: '"><script>' })).toBe(
      '<input type="hidden" name="RelayState" value="&quot;&gt;&lt;script&gt;">',
    );
  });

  it('allows only its own nonce for inline style and script, and forms to itself and the named targets', () => {
    const csp = contentSecurityPolicy('abc', ['https://idp.example/sso?x=1', 'not a url']);
    expect(csp).toBe(
      "default-src 'none'; style-src 'nonce-abc'; script-src 'nonce-abc'; form-action 'self' https://idp.example; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('renders a complete document with lang, title, banner and main', () => {
    const html = renderPage({ site: 'Ensemble', title: 'T <1>', main: '<h1>Hi</h1>' }, 'n1');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>T &lt;1&gt;</title>');
    expect(html).toContain('<style nonce="n1">');
    expect(html).toContain('<header><p>Ensemble</p></header>\n<main>\n<h1>Hi</h1>\n</main>');
    expect(html).not.toContain('<script');
  });
});
