import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, JsonLogger, PRINCIPAL_RESOLVER, type AppConfig } from '@ensemble/api/core';
import { PeopleModule } from '@ensemble/api/people';
import { AuthController } from './auth.controller';
import { DemoIdpController } from './demo-idp/demo-idp.controller';
import { DEMO_IDP_KEYS, loadOrCreateDemoIdpKeys } from './demo-idp/demo-idp.keys';
import { DemoIdentityProvider, demoIdpTrust } from './demo-idp/demo-idp.service';
import { SamlReplayStore } from './saml/saml-replay.store';
import { SamlServiceProvider } from './saml/saml-sp.service';
import { SignInBinding } from './saml/sign-in-binding';
import { SamlSignInService } from './saml/sign-in.service';
import {
  IdpConfigurationError,
  TRUSTED_IDP,
  trustedIdpFromSettings,
  type TrustedIdp,
} from './saml/trusted-idp';
import { SessionService } from './session/session.service';
import { IdentityRetention } from './retention/identity-retention';
import type { KeyAndCertificate } from './shared/x509';

/**
 * Identity: SAML sign-in, PostgreSQL sessions and, outside production, the demo identity provider.
 * Global because core's AccessGuard (registered by CoreModule) injects the PRINCIPAL_RESOLVER it
 * exports.
 */
@Global()
@Module({
  imports: [PeopleModule],
  controllers: [AuthController, DemoIdpController],
  providers: [
    SessionService,
    SamlReplayStore,
    IdentityRetention,
    {
      provide: DEMO_IDP_KEYS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<KeyAndCertificate | null> => {
        if (!config.demoIdp) return null;
        // Config validation already refuses this combination; a password-less IdP must never be one
        // wiring mistake away from production.
        if (config.isProduction) throw new Error('The demo identity provider cannot run in production.');
        return loadOrCreateDemoIdpKeys(config.dataDir);
      },
    },
    {
      provide: TRUSTED_IDP,
      inject: [APP_CONFIG, DEMO_IDP_KEYS, JsonLogger],
      useFactory: (config: AppConfig, demoKeys: KeyAndCertificate | null, logger: JsonLogger): TrustedIdp => {
        if (demoKeys) {
          if (config.saml.idp)
            logger.event(
              'warn',
              'DEMO_IDP is on: the configured SAML identity provider is ignored and the demo one is trusted',
            );
          return demoIdpTrust(config, demoKeys);
        }
        if (!config.saml.idp)
          throw new IdpConfigurationError(
            'no identity provider is configured and the demo identity provider is off',
          );
        return trustedIdpFromSettings(config.saml.idp);
      },
    },
    SamlServiceProvider,
    SignInBinding,
    SamlSignInService,
    DemoIdentityProvider,
    { provide: PRINCIPAL_RESOLVER, useExisting: SessionService },
  ],
  exports: [PRINCIPAL_RESOLVER, SessionService],
})
export class IdentityModule {}
