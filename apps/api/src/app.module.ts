import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig, type JsonLogger } from '@ensemble/api/core';
import { PeopleModule } from '@ensemble/api/people';
import { IdentityModule } from '@ensemble/api/identity';
import { SkillsModule } from '@ensemble/api/skills';
import { DiscoveryModule } from '@ensemble/api/discovery';
import { NotificationsModule } from '@ensemble/api/notifications';
import { ProjectsModule } from '@ensemble/api/projects';

/** The domain modules the API serves; tests boot the same list. */
export const DOMAIN_MODULES = [
  PeopleModule,
  IdentityModule,
  SkillsModule,
  NotificationsModule,
  DiscoveryModule,
  ProjectsModule,
];

/** Composes the platform and the domain modules. */
@Module({})
export class AppModule {
  static register(config: AppConfig, logger: JsonLogger, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, logger, databaseUrl), ...DOMAIN_MODULES],
    };
  }
}
