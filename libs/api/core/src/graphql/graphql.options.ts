import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import type { JsonLogger } from '../logging/json-logger';
import { createErrorFormatter } from './format-error';
import { LoaderRegistry, type GraphQLRequestContext } from './loaders';
import type { OperationWarmups } from './operation-warmups';
import type { CompiledExecution } from './compiled-execution';
import type { RateLimits } from '../http/rate-limits';
import { countAnonymousGraphQL } from './rate-limit';
import { DEFAULT_REQUEST_LIMITS, costLimitError, estimateCost, pageSizeError, requestLimitRules } from './request-limits';

function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          if (!operation) return;
          const { cost, oversized } = estimateCost(schema, operation, fragments, request.variables ?? {});
          if (oversized[0]) throw pageSizeError(oversized[0], DEFAULT_REQUEST_LIMITS);
          if (cost > DEFAULT_REQUEST_LIMITS.maxCost) throw costLimitError(cost, DEFAULT_REQUEST_LIMITS);
        },
      };
    },
  };
}

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
    validationRules: requestLimitRules(DEFAULT_REQUEST_LIMITS),
    plugins: [
      costLimitPlugin(),
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
      const counting = countAnonymousGraphQL(rateLimits, req);
      return counting ? counting.then(() => context) : context;
    },
  };
}
