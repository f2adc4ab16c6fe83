import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting comes from the environment and is validated once at boot. A wrong or missing value
 * stops start-up with a message that names the variable (see ConfigError).
 */
const port = z.coerce.number().int().min(1).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const url = z.url({ protocol: /^https?$/ });
/** Requests per minute for one client; 0 turns the limit off (benchmarks). */
const perMinute = z.coerce.number().int().min(0).max(1_000_000);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: url.optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_TRANSACTION_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_POSTGRES_PORT: port.default(54329),
    WEB_DIST_DIR: z.string().min(1).default('dist/web'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(12),
    SAML_IDP_METADATA_FILE: z.string().min(1).optional(),
    SAML_IDP_ENTITY_ID: z.string().min(1).optional(),
    SAML_IDP_SSO_URL: url.optional(),
    SAML_IDP_CERT: z.string().min(1).optional(),
    SAML_SP_ENTITY_ID: z.string().min(1).optional(),
    SAML_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(120),
    SAML_ATTRIBUTE_EMAIL: z.string().min(1).default('email'),
    SAML_ATTRIBUTE_GIVEN_NAME: z.string().min(1).default('givenName'),
    SAML_ATTRIBUTE_FAMILY_NAME: z.string().min(1).default('familyName'),
    SAML_ATTRIBUTE_TITLE: z.string().min(1).default('title'),
    SAML_ATTRIBUTE_DEPARTMENT: z.string().min(1).default('department'),
    SAML_ATTRIBUTE_GROUPS: z.string().min(1).default('groups'),
    SAML_GROUP_HR: z.string().min(1).default('ensemble-hr'),
    SAML_GROUP_ADMIN: z.string().min(1).default('ensemble-admins'),
    DEMO_IDP: bool.optional(),
    SEED_DEMO_PEOPLE: z.coerce.number().int().min(0).max(1_000_000).optional(),
    TRUST_PROXY: bool.default(false),
    API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
    GRAPHQL_EXECUTOR: z.enum(['jit', 'js'], { error: 'must be jit (compiled operations, the default) or js (graphql-js execute)' }).default('jit'),
    SAVED_SEARCH_CHECK_MINUTES: z.coerce.number().min(0).max(24 * 60).default(15),
    PROJECT_DEADLINE_CHECK_MINUTES: z.coerce.number().min(0).max(24 * 60).default(15),
    RATE_LIMIT_SIGN_IN_PER_MINUTE: perMinute.default(300),
    RATE_LIMIT_ACS_PER_MINUTE: perMinute.default(300),
    RATE_LIMIT_GRAPHQL_PER_MINUTE: perMinute.default(600),
    RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE: perMinute.default(10),
    RETENTION_PURGE_MINUTES: z.coerce.number().min(0).max(24 * 60).default(60),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    if (production && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (production && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
    if (production && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production (the URL people open)' });
    }
    const idpParts = [env.SAML_IDP_ENTITY_ID, env.SAML_IDP_SSO_URL, env.SAML_IDP_CERT].filter(Boolean).length;
    if (idpParts > 0 && idpParts < 3 && !env.SAML_IDP_METADATA_FILE) {
      for (const name of ['SAML_IDP_ENTITY_ID', 'SAML_IDP_SSO_URL', 'SAML_IDP_CERT'] as const) {
        if (!env[name]) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required when the identity provider is configured without SAML_IDP_METADATA_FILE',
          });
        }
      }
    }
    const idpConfigured = Boolean(env.SAML_IDP_METADATA_FILE) || idpParts === 3;
    if (production && !idpConfigured) {
      ctx.addIssue({
        code: 'custom',
        path: ['SAML_IDP_METADATA_FILE'],
        message:
          'no identity provider is configured: production needs SAML_IDP_METADATA_FILE or SAML_IDP_ENTITY_ID + SAML_IDP_SSO_URL + SAML_IDP_CERT (the demo identity provider never runs in production)',
      });
    }
    if (production && env.DEMO_IDP) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_IDP'], message: 'the demo identity provider cannot run in production' });
    }
  });

export type Environment = z.infer<typeof schema>;

export interface RateLimitSettings {
  signInStart: number;
  acs: number;
  graphql: number;
  avatarUpload: number;
}

export interface SamlIdpSettings {
  metadataFile?: string;
  entityId?: string;
  ssoUrl?: string;
  cert?: string;
}

export interface AppConfig {
  env: Environment['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  logLevel: Environment['LOG_LEVEL'];
  database: {
    url?: string;
    poolSize: number;
    embeddedPort: number;
    /** How many times a write transaction runs when PostgreSQL rolls it back for a deadlock or serialization failure. */
    transactionAttempts: number;
  };
  dataDir: string;
  webDistDir: string;
  session: { secret?: string; ttlMs: number; secureCookie: boolean };
  saml: {
    /** Undefined when no identity provider is configured: the demo IdP is used instead. */
    idp?: SamlIdpSettings;
    spEntityId: string;
    clockSkewMs: number;
    attributes: { email: string; givenName: string; familyName: string; title: string; department: string; groups: string };
    groups: { hr: string; admin: string };
  };
  demoIdp: boolean;
  seedDemoPeople: number;
  /** How often saved searches with alerts are re-run; 0 turns the background check off (tests). */
  savedSearchCheckMinutes: number;
  /**
   * How often project deadlines are checked (manager consent that lapsed into a yes, waitlist offers
   * that expired); 0 turns the background check off (tests). Reads and decisions check them too.
   */
  projectDeadlineCheckMinutes: number;
  /**
   * Requests per minute per client (0: no limit), counted in PostgreSQL so that every API process and
   * instance shares one budget. Sign-in start and the ACS are keyed by client address; GraphQL and the
   * avatar upload by the signed-in person (GraphQL by address when nobody is signed in). ADR 0018.
   */
  rateLimits: RateLimitSettings;
  retention: {
    /** How often expired rows and old audit events are deleted; 0 turns the purge off (tests). */
    purgeMinutes: number;
    /** Audit events older than this many days are deleted; 0 keeps them forever. */
    auditDays: number;
  };
  trustProxy: boolean;
  /** API processes serving the port (one per core the API may use); each holds its own people index. */
  apiWorkers: number;
  /**
   * How GraphQL operations run: compiled by graphql-jit (ADR 0012), or by graphql-js's `execute`, the
   * way to rule the compiled executor out when an answer looks wrong (the answers are the same).
   */
  graphqlExecutor: Environment['GRAPHQL_EXECUTOR'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, the way a shell `FOO= npm start` is meant.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const value = cleaned[name];
        const shown = value === undefined ? 'unset' : /SECRET|CERT|PASSWORD/.test(name) ? 'set' : JSON.stringify(value);
        return `${name} (${shown}): ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  const idpConfigured = Boolean(env.SAML_IDP_METADATA_FILE || env.SAML_IDP_ENTITY_ID);
  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    logLevel: env.LOG_LEVEL,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      embeddedPort: env.EMBEDDED_POSTGRES_PORT,
      transactionAttempts: env.DATABASE_TRANSACTION_ATTEMPTS,
    },
    dataDir: resolve(env.DATA_DIR),
    webDistDir: resolve(env.WEB_DIST_DIR),
    session: {
      secret: env.SESSION_SECRET,
      ttlMs: env.SESSION_TTL_HOURS * 3_600_000,
      secureCookie: isProduction || publicUrl.startsWith('https://'),
    },
    saml: {
      idp: idpConfigured
        ? {
            metadataFile: env.SAML_IDP_METADATA_FILE,
            entityId: env.SAML_IDP_ENTITY_ID,
            ssoUrl: env.SAML_IDP_SSO_URL,
            cert: env.SAML_IDP_CERT,
          }
        : undefined,
      spEntityId: env.SAML_SP_ENTITY_ID ?? `${publicUrl}/auth/saml/metadata`,
      clockSkewMs: env.SAML_CLOCK_SKEW_SECONDS * 1000,
      attributes: {
        email: env.SAML_ATTRIBUTE_EMAIL,
        givenName: env.SAML_ATTRIBUTE_GIVEN_NAME,
        familyName: env.SAML_ATTRIBUTE_FAMILY_NAME,
        title: env.SAML_ATTRIBUTE_TITLE,
        department: env.SAML_ATTRIBUTE_DEPARTMENT,
        groups: env.SAML_ATTRIBUTE_GROUPS,
      },
      groups: { hr: env.SAML_GROUP_HR, admin: env.SAML_GROUP_ADMIN },
    },
    demoIdp: !isProduction && (env.DEMO_IDP ?? !idpConfigured),
    seedDemoPeople: env.SEED_DEMO_PEOPLE ?? (isProduction ? 0 : 500),
    savedSearchCheckMinutes: env.SAVED_SEARCH_CHECK_MINUTES,
    projectDeadlineCheckMinutes: env.PROJECT_DEADLINE_CHECK_MINUTES,
    rateLimits: {
      signInStart: env.RATE_LIMIT_SIGN_IN_PER_MINUTE,
      acs: env.RATE_LIMIT_ACS_PER_MINUTE,
      graphql: env.RATE_LIMIT_GRAPHQL_PER_MINUTE,
      avatarUpload: env.RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE,
    },
    retention: { purgeMinutes: env.RETENTION_PURGE_MINUTES, auditDays: env.AUDIT_RETENTION_DAYS },
    trustProxy: env.TRUST_PROXY,
    apiWorkers: env.API_WORKERS,
    graphqlExecutor: env.GRAPHQL_EXECUTOR,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
