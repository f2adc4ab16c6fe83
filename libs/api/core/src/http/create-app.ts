import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Type } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import type { JsonLogger } from '../logging/json-logger';
import { configureHttpPipeline } from './http-pipeline';

/** Creates the Nest application around a root module, with the shared HTTP pipeline. */
export async function createApiApplication(
  rootModule: Type<unknown> | import('@nestjs/common').DynamicModule,
  config: AppConfig,
  logger: JsonLogger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  configureHttpPipeline(app, config, logger);
  // No enableShutdownHooks(): whoever starts the app closes it. The start command (apps/api main.ts)
  // handles SIGINT, SIGTERM and SIGHUP itself, stopping the app before the database; Nest's own
  // listeners would close the app concurrently, and on other signals too.
  return app;
}
