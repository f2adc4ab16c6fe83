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
import { createGraphQLOptions } from './graphql/graphql.options';
import { OperationWarmups } from './graphql/operation-warmups';
import { CompiledExecution } from './graphql/compiled-execution';

/**
 * The platform every domain module stands on: validated config, the database (with write transactions
 * that survive a deadlock), GraphQL with its limits and error mapping, the global access guard and
 * validation pipe, health checks.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: JsonLogger, databaseUrl: string): DynamicModule {
    const warmups = new OperationWarmups();
    const execution = new CompiledExecution(undefined, config.isProduction);
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, { poolSize: config.database.poolSize, logger }),
          autoLoadEntities: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...createGraphQLOptions(config, logger, warmups, execution) }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
        { provide: OperationWarmups, useValue: warmups },
        { provide: CompiledExecution, useValue: execution },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        Transactions,
      ],
      exports: [APP_CONFIG, JsonLogger, OperationWarmups, CompiledExecution, Transactions],
    };
  }
}
