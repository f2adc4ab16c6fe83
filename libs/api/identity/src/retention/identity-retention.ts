import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, RetentionService, type AppConfig } from '@ensemble/api/core';

/**
 * What identity keeps, and for how long: sessions and SAML request and assertion ids until they
 * expire (SESSION_TTL_HOURS; ten minutes for a sign-in to come back; an assertion's validity plus the
 * clock skew), audit events for AUDIT_RETENTION_DAYS (0: for ever). The retention purge deletes the rest.
 */
@Injectable()
export class IdentityRetention implements OnModuleInit {
  constructor(
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.retention.register({ name: 'session', table: 'session', key: 'sid', condition: 'expires_at <= now()' });
    this.retention.register({ name: 'saml_replay', table: 'saml_replay', key: 'kind, key', condition: 'expires_at <= now()' });
    const days = this.config.retention.auditDays;
    if (days > 0) {
      this.retention.register({
        name: 'audit_event',
        table: 'audit_event',
        key: 'id',
        condition: `occurred_at < now() - make_interval(days => $1)`,
        parameters: [days],
      });
    }
  }
}
