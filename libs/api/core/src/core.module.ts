import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/config';
import { JsonLogger } from './logging/json-logger';
import { AccessGuard } from './auth/access.guard';
import { createValidationPipe } from './errors/validation-pipe';
import { HttpErrorFilter } from './errors/http-error.filter';
import { HealthController } from './health/health.controller';
import { dataSourceOptions } from './database/data-source';
import { Transactions } from './database/transactions';
import { AuditService } from './audit/audit.service';
import { createGraphQLOptions } from './graphql/graphql.options';
import { OperationWarmups } from './graphql/operation-warmups';
import { CompiledExecution } from './graphql/compiled-execution';
import { RateLimits } from './http/rate-limits';
import { RateLimitGuard } from './http/rate-limit.guard';
import { signedInGraphQLGate } from './graphql/rate-limit';
import { RetentionService } from './database/retention';
import { PRINCIPAL_RESOLVER, type PrincipalResolver } from './auth/principal';

/**
 * The platform every domain module stands on: validated config, the database (with write transactions
 * that survive a deadlock), GraphQL with its limits and error mapping, the global access guard and
 * validation pipe, health checks.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: JsonLogger, databaseUrl: string): DynamicModule {
    const warmups = new OperationWarmups();
    const rateLimits = new RateLimits(config.rateLimits, databaseUrl, logger);
    const execution = new CompiledExecution(undefined, {
      beforeExecute: signedInGraphQLGate(rateLimits),
      hideSuggestions: config.isProduction,
      compile: config.graphqlExecutor === 'jit',
    });
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, { poolSize: config.database.poolSize, logger }),
          autoLoadEntities: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...createGraphQLOptions(config, logger, warmups, execution, rateLimits) }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
        { provide: OperationWarmups, useValue: warmups },
        { provide: CompiledExecution, useValue: execution },
        {
          // Budgets per person need the identity module's resolver; GraphQL's options hold this instance already.
          provide: RateLimits,
          inject: [{ token: PRINCIPAL_RESOLVER, optional: true }],
          useFactory: (principals: PrincipalResolver | undefined) => {
            rateLimits.principals = principals;
            return rateLimits;
          },
        },
        RetentionService,
        // Guards run in this order: a request over its budget is refused whatever it may access.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        Transactions,
        AuditService,
      ],
      exports: [
        APP_CONFIG,
        JsonLogger,
        OperationWarmups,
        CompiledExecution,
        RateLimits,
        RetentionService,
        Transactions,
        AuditService,
      ],
    };
  }
}
