import { SamlStatusError, ValidateInResponseTo, type CacheProvider } from '@node-saml/passport-saml';
import { SamlVerifierPool, VERIFIER_THREADS, type VerifierOptions } from '../saml/saml-verifier-pool';
import { signResponse } from '../shared/login-response';
import { SAML_STATUS, TestIdentityProvider, type TestUser } from '../testing';

const alice: TestUser = { nameId: 'employee-0001', email: 'alice@example.com', groups: ['everyone'] };

/** node-saml's request-id cache in memory, recording what the threads asked of it. */
function memoryCache() {
  const pending = new Map<string, string>();
  const asked: string[] = [];
  const cache: CacheProvider = {
    saveAsync: async (key, value) => {
      pending.set(key, value);
      return { value, createdAt: Date.now() };
    },
    getAsync: async (key) => {
      asked.push(`get ${key}`);
      return pending.get(key) ?? null;
    },
    removeAsync: async (key) => {
      asked.push(`remove ${key}`);
      return key !== null && pending.delete(key) ? key : null;
    },
  };
  return { cache, asked, issue: (id: string) => pending.set(id, new Date().toISOString()) };
}

describe('SamlVerifierPool: node-saml on worker threads', () => {
  let idp: TestIdentityProvider;
  let options: VerifierOptions;
  let pool: SamlVerifierPool | undefined;

  beforeAll(async () => {
    idp = await TestIdentityProvider.create();
    options = {
      callbackUrl: idp.acsUrl,
      issuer: idp.spEntityId,
      audience: idp.spEntityId,
      idpCert: [idp.certificatePem],
      idpIssuer: idp.entityId,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: 600_000,
      identifierFormat: null,
    };
  });

  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('verifies on a thread, asking the main thread about the request id, and returns the verified profile', async () => {
    const { cache, asked, issue } = memoryCache();
    pool = new SamlVerifierPool(options, cache);
    issue('_request-1');
    const profile = await pool.verify(idp.createResponse('_request-1', alice));
    expect(profile?.nameID).toBe(alice.nameId);
    expect(profile?.['attributes']).toMatchObject({ email: alice.email, groups: 'everyone' });
    expect(profile?.getAssertionXml?.()).toMatch(/^<saml:Assertion [\s\S]*<\/saml:Assertion>$/);
    // node-saml reads the id for the Response and again for the SubjectConfirmation, then consumes it.
    expect(asked).toEqual(['get _request-1', 'get _request-1', 'remove _request-1']);
  });

  it("fails with node-saml's error, and the request id is consumed", async () => {
    const { cache, asked, issue } = memoryCache();
    pool = new SamlVerifierPool(options, cache);
    await expect(pool.verify(idp.createResponse('_unknown', alice))).rejects.toThrow(
      'InResponseTo is not valid',
    );
    issue('_request-2');
    await expect(
      pool.verify(idp.createResponse('_request-2', alice, { signResponse: false })),
    ).rejects.toThrow('Invalid document signature');
    expect(asked).toContain('remove _request-2');
  });

  it('rebuilds node-saml SamlStatusError for a signed error response without an assertion', async () => {
    const { cache, issue } = memoryCache();
    pool = new SamlVerifierPool(options, cache);
    issue('_request-3');
    const withAssertion = Buffer.from(
      idp.createResponse('_request-3', alice, { signResponse: false }),
      'base64',
    );
    const errorOnly = withAssertion
      .toString('utf8')
      .replace(/<saml:Assertion[\s\S]*<\/saml:Assertion>/, '')
      .replace(
        /<samlp:Status>[\s\S]*<\/samlp:Status>/,
        `<samlp:Status><samlp:StatusCode Value="${SAML_STATUS.responder}"><samlp:StatusCode Value="${SAML_STATUS.authnFailed}"/></samlp:StatusCode></samlp:Status>`,
      );
    const signed = signResponse(errorOnly, idp, true);
    const failure = await pool
      .verify(Buffer.from(signed).toString('base64'))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SamlStatusError);
    expect((failure as SamlStatusError).message).toBe('SAML provider returned Responder error: AuthnFailed');
  });

  it(`runs at most ${VERIFIER_THREADS} verifications at once and queues the rest`, async () => {
    let inCache = 0;
    let mostAtOnce = 0;
    const { cache, issue } = memoryCache();
    const slowCache: CacheProvider = {
      ...cache,
      getAsync: async (key) => {
        inCache += 1;
        mostAtOnce = Math.max(mostAtOnce, inCache);
        await new Promise((resolve) => setTimeout(resolve, 100));
        inCache -= 1;
        return cache.getAsync(key);
      },
    };
    pool = new SamlVerifierPool(options, slowCache);
    const ids = Array.from({ length: VERIFIER_THREADS * 2 + 1 }, (_, i) => `_queued-${i}`);
    ids.forEach(issue);
    const profiles = await Promise.all(ids.map((id) => pool?.verify(idp.createResponse(id, alice))));
    expect(profiles.map((profile) => profile?.nameID)).toEqual(ids.map(() => alice.nameId));
    expect(mostAtOnce).toBe(VERIFIER_THREADS);
  });

  it('fails running and queued verifications when closed, and every later one', async () => {
    const { cache, issue } = memoryCache();
    const stuck: CacheProvider = { ...cache, getAsync: () => new Promise<string | null>(() => undefined) };
    pool = new SamlVerifierPool(options, stuck);
    const ids = Array.from({ length: VERIFIER_THREADS + 1 }, (_, i) => `_stuck-${i}`);
    ids.forEach(issue);
    const outcomes = ids.map((id) =>
      pool?.verify(idp.createResponse(id, alice)).catch((error: Error) => error.message),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await pool.close();
    expect(await Promise.all(outcomes)).toEqual(ids.map(() => 'SAML verification has stopped'));
    await expect(pool.verify('')).rejects.toThrow('SAML verification has stopped');
  });
});
