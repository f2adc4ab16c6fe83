import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BINDING,
  parseCertificateSetting,
  parseIdpMetadata,
  trustedIdpFromSettings,
} from '../saml/trusted-idp';
import { certificateBody, idpMetadataXml } from '../shared/login-response';
import { generateSigningKeyAndCertificate, type KeyAndCertificate } from '../shared/x509';

describe('trusted identity provider settings', () => {
  let keys: KeyAndCertificate;
  let other: KeyAndCertificate;
  let dir: string;

  beforeAll(async () => {
    [keys, other] = await Promise.all([
      generateSigningKeyAndCertificate('idp'),
      generateSigningKeyAndCertificate('idp-next'),
    ]);
    dir = mkdtempSync(join(tmpdir(), 'ensemble-idp-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads entity id, redirect SSO endpoint and signing certificate from metadata', () => {
    const idp = parseIdpMetadata(
      idpMetadataXml({
        entityId: 'https://idp.example/md',
        ssoUrl: 'https://idp.example/sso',
        certificatePem: keys.certificatePem,
      }),
    );
    expect(idp).toEqual({
      entityId: 'https://idp.example/md',
      ssoUrl: 'https://idp.example/sso',
      ssoBinding: 'redirect',
      certificates: [expect.stringContaining(certificateBody(keys.certificatePem).slice(0, 64))],
    });
    expect(parseCertificateSetting(idp.certificates[0] as string)).toHaveLength(1);
  });

  it('chooses among several IdPs by entity id, takes POST-only SSO and all signing keys (rollover)', () => {
    const descriptor = (entityId: string, binding: string, certs: string[], use = 'signing') => `
      <md:EntityDescriptor entityID="${entityId}">
        <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
          ${certs.map((cert) => `<md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n${certificateBody(cert)}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`).join('')}
          <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(other.certificatePem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
          <md:SingleSignOnService Binding="${binding}" Location="${entityId}/sso"/>
        </md:IDPSSODescriptor>
      </md:EntityDescriptor>`;
    const xml = `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      ${descriptor('https://a.example', BINDING.redirect, [keys.certificatePem])}
      ${descriptor('https://b.example', BINDING.post, [keys.certificatePem, other.certificatePem])}
    </md:EntitiesDescriptor>`;
    expect(() => parseIdpMetadata(xml)).toThrow(/several identity providers: set SAML_IDP_ENTITY_ID/);
    const b = parseIdpMetadata(xml, 'https://b.example');
    expect(b).toMatchObject({
      entityId: 'https://b.example',
      ssoUrl: 'https://b.example/sso',
      ssoBinding: 'post',
    });
    expect(b.certificates).toHaveLength(2);
    expect(() => parseIdpMetadata(xml, 'https://c.example')).toThrow(
      /no identity provider with entityID https:\/\/c.example/,
    );
  });

  it('refuses metadata with a DOCTYPE, without SSO endpoint or without signing certificate', () => {
    expect(() => parseIdpMetadata('<!DOCTYPE x><x/>')).toThrow(/not usable XML \(DOCTYPE\)/);
    const noSso = idpMetadataXml({ entityId: 'e', ssoUrl: 's', certificatePem: keys.certificatePem }).replace(
      /<md:SingleSignOnService[^>]+>/,
      '',
    );
    expect(() => parseIdpMetadata(noSso)).toThrow(/no SingleSignOnService/);
    const noCert = idpMetadataXml({
      entityId: 'e',
      ssoUrl: 's',
      certificatePem: keys.certificatePem,
    }).replace(/<md:KeyDescriptor[\s\S]+<\/md:KeyDescriptor>/, '');
    expect(() => parseIdpMetadata(noCert)).toThrow(/no signing certificate/);
  });

  it('accepts SAML_IDP_CERT as PEM, bare base64 or a file path, and refuses garbage', () => {
    const path = join(dir, 'idp.pem');
    writeFileSync(path, keys.certificatePem + other.certificatePem);
    expect(parseCertificateSetting(keys.certificatePem)).toHaveLength(1);
    expect(parseCertificateSetting(certificateBody(keys.certificatePem))).toHaveLength(1);
    expect(parseCertificateSetting(path)).toHaveLength(2);
    expect(() => parseCertificateSetting('not a certificate!')).toThrow(/SAML_IDP_CERT must be/);
    expect(() => parseCertificateSetting('QUJDRA==')).toThrow(/not a valid X.509 certificate/);
  });

  it('builds the IdP from a metadata file or from the three variables', () => {
    const file = join(dir, 'metadata.xml');
    writeFileSync(
      file,
      idpMetadataXml({
        entityId: 'https://idp.example/md',
        ssoUrl: 'https://idp.example/sso',
        certificatePem: keys.certificatePem,
      }),
    );
    expect(trustedIdpFromSettings({ metadataFile: file })).toMatchObject({
      entityId: 'https://idp.example/md',
      ssoUrl: 'https://idp.example/sso',
    });
    expect(
      trustedIdpFromSettings({ metadataFile: file, ssoUrl: 'https://idp.example/other-sso' }).ssoUrl,
    ).toBe('https://idp.example/other-sso');
    expect(
      trustedIdpFromSettings({ entityId: 'e', ssoUrl: 'https://idp.example/sso', cert: keys.certificatePem }),
    ).toMatchObject({ entityId: 'e', ssoBinding: 'redirect' });
    expect(() => trustedIdpFromSettings({ metadataFile: join(dir, 'missing.xml') })).toThrow(
      /does not exist/,
    );
  });
});
