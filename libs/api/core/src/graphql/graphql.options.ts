import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import type { JsonLogger } from '../logging/json-logger';
import { createErrorFormatter } from './format-error';
import { LoaderRegistry, type GraphQLRequestContext } from './loaders';
import type { OperationWarmups } from './operation-warmups';
import type { CompiledExecution } from './compiled-execution';
import type { RateLimits } from '../http/rate-limits';
import { countAnonymousGraphQL } from './rate-limit';
import { DEFAULT_REQUEST_LIMITS, requestLimitRules } from './request-limits';
import { refuseLongQuery, requestChecksPlugin } from './request-checks';

/**
 * Nest's Apollo driver hands every option on to `new ApolloServer()`; its config type leaves out
 * `gateway`, Apollo's executor interface, which is how operations run compiled (docs/adr/0012).
 */
export type GraphQLOptions = ApolloDriverConfig & { gateway: CompiledExecution };

export function createGraphQLOptions(
  config: AppConfig,
  logger: JsonLogger,
  warmups: OperationWarmups,
  execution: CompiledExecution,
  rateLimits: RateLimits,
): GraphQLOptions {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" naming the schema's fields to clients in production (Apollo strips it from
    // validation errors; the executor from rejected variables).
    hideSchemaDetailsFromClientErrors: config.isProduction,
    // No automatic persisted queries: our web app never sends them, and Apollo's cache would let any
    // anonymous client store query texts in every API process's memory.
    persistedQueries: false,
    parseOptions: { maxLexicalTokens: DEFAULT_REQUEST_LIMITS.maxTokens },
    validationRules: requestLimitRules(DEFAULT_REQUEST_LIMITS),
    plugins: [
      requestChecksPlugin(DEFAULT_REQUEST_LIMITS),
      warmups.plugin(),
      // We send no cache hints and no traces: Apollo's defaults for both wrap every field resolver
      // (measured: a fifth of the CPU of a people search with 20 results).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
    formatError: createErrorFormatter(logger),
    // Apollo asks the executor for the schema: it is the one Nest built, unchanged.
    transformSchema: execution.useSchema,
    gateway: execution,
    context: ({ req, res }: { req: Request; res: Response }): GraphQLRequestContext | Promise<GraphQLRequestContext> => {
      const context: GraphQLRequestContext = { req, res, loaders: new LoaderRegistry() };
      // Counted first, so that a client over its budget is refused before anything else is looked at.
      const checked = () => {
        refuseLongQuery(req, DEFAULT_REQUEST_LIMITS);
        return context;
      };
      const counting = countAnonymousGraphQL(rateLimits, req);
      return counting ? counting.then(checked) : checked();
    },
  };
}
