import { testConfig } from '@ensemble/api/core/testing';
import type { PeopleService } from '@ensemble/api/people';
import { DemoIdentityProvider } from '../demo-idp/demo-idp.service';
import type { SamlReplayStore } from '../saml/saml-replay.store';
import { generateSigningKeyAndCertificate } from '../shared/x509';

describe('demo identity provider guard', () => {
  it('stays disabled in production even if handed keys and a demoIdp flag', async () => {
    const keys = await generateSigningKeyAndCertificate('demo');
    const development = testConfig();
    const production = { ...development, isProduction: true, demoIdp: true };
    const people = {} as PeopleService;
    const replay = {} as SamlReplayStore;
    expect(new DemoIdentityProvider(development, keys, people, replay).enabled).toBe(true);
    const guarded = new DemoIdentityProvider(production, keys, people, replay);
    expect(guarded.enabled).toBe(false);
    expect(() => guarded.metadataXml()).toThrow('not enabled');
    expect(new DemoIdentityProvider(development, null, people, replay).enabled).toBe(false);
  });
});
