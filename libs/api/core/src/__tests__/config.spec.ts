import { ConfigError, loadConfig } from '../config/config';

describe('loadConfig', () => {
  it('gives a working development default with no environment at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.demoIdp).toBe(true);
    expect(config.database.url).toBeUndefined();
    expect(config.saml.spEntityId).toBe('http://localhost:3000/auth/saml/metadata');
    expect(config.seedDemoPeople).toBe(500);
    expect(config.apiWorkers).toBe(1);
  });

  it('takes API_WORKERS as a whole number of processes from 1 to 64', () => {
    expect(loadConfig({ API_WORKERS: '4' }).apiWorkers).toBe(4);
    for (const wrong of ['0', '65', '1.5', 'all']) expect(() => loadConfig({ API_WORKERS: wrong })).toThrow(/API_WORKERS/);
  });

  it('runs GraphQL compiled unless GRAPHQL_EXECUTOR=js, and refuses any other executor at start-up', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'jit' }).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'js' }).graphqlExecutor).toBe('js');
    for (const wrong of ['JS', 'graphql-js', 'compiled', 'off']) {
      expect(() => loadConfig({ GRAPHQL_EXECUTOR: wrong })).toThrow(
        `GRAPHQL_EXECUTOR (${JSON.stringify(wrong)}): must be jit (compiled operations, the default) or js (graphql-js execute)`,
      );
    }
  });

  it('limits requests per client and purges old rows by default, each limit off at 0', () => {
    const config = loadConfig({});
    expect(config.rateLimits).toEqual({ signInStart: 300, acs: 300, graphql: 600, avatarUpload: 10 });
    expect(config.retention).toEqual({ purgeMinutes: 60, auditDays: 365 });
    expect(loadConfig({ RATE_LIMIT_GRAPHQL_PER_MINUTE: '0', AUDIT_RETENTION_DAYS: '0' })).toMatchObject({
      rateLimits: { graphql: 0 },
      retention: { auditDays: 0 },
    });
    for (const wrong of ['-1', '1.5', 'lots']) expect(() => loadConfig({ RATE_LIMIT_SIGN_IN_PER_MINUTE: wrong })).toThrow(/RATE_LIMIT_SIGN_IN_PER_MINUTE/);
  });

  it('names the variable and the problem when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT \("70000"\)/);
      expect(message).toMatch(/DATABASE_URL/);
    }
  });

  it('refuses production without a database, a session secret, a public URL or an identity provider', () => {
    let problems: string[] = [];
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    const names = problems.map((problem) => problem.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'SESSION_SECRET', 'PUBLIC_URL', 'SAML_IDP_METADATA_FILE']));
  });

  it('never runs the demo identity provider in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/ensemble',
        SESSION_SECRET: 'x'.repeat(40),
        PUBLIC_URL: 'https://ensemble.example.com',
        SAML_IDP_METADATA_FILE: '/etc/idp.xml',
        DEMO_IDP: 'true',
      }),
    ).toThrow(/DEMO_IDP/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/ensemble',
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://ensemble.example.com/',
      SAML_IDP_METADATA_FILE: '/etc/idp.xml',
    });
    expect(config.demoIdp).toBe(false);
    expect(config.session.secureCookie).toBe(true);
    expect(config.publicUrl).toBe('https://ensemble.example.com');
    expect(config.seedDemoPeople).toBe(0);
  });

  it('requires all three IdP settings when no metadata file is given', () => {
    expect(() => loadConfig({ SAML_IDP_ENTITY_ID: 'https://idp.example' })).toThrow(/SAML_IDP_SSO_URL.*\n.*SAML_IDP_CERT|SAML_IDP_CERT/s);
  });
});
