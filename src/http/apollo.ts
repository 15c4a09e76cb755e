/**
 * The Apollo server: the schema (or its compiled executor), error masking, request limits and the
 * plugins, from the configuration. Apollo's per-field cache-control machinery and its CDN landing
 * page are off (see engineering.md: the cost measured, and GraphiQL is served locally instead).
 */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config';
import { cacheHeadersPlugin } from './cache-headers';
import { compiledExecutorGateway } from './compiled-executor';
import type { AppContext } from './context-factory';
import { apolloLogger, errorFormatter } from './error-format';
import { limitsPlugin } from './limits-plugin';
import type { Metrics } from './metrics';
import { persistedDocumentsPlugin } from './persisted-documents';
import { RateLimiter } from './rate-limit';
import { refusalsPlugin } from './refusals';
import { textInputsPlugin } from './text-inputs';
import { pageMemoPlugin } from './page-memo';

/** The plugins, in the order they run: Apollo's own switched off, refusals counted, text inputs checked, then limits, persisted documents, cache headers. */
function plugins(config: AppConfig, metrics: Metrics | null) {
  const { limits } = config;
  const rateLimiter = config.rateLimit.enabled ? new RateLimiter(config.rateLimit, config.database.kind) : null;
  return [
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginLandingPageDisabled(),
    refusalsPlugin<AppContext>(),
    // Before the cost and the rate limit: a request holding a control character runs nothing.
    textInputsPlugin<AppContext>(),
    limitsPlugin({ limits, rateLimiter, metrics, exposeSqlCount: config.exposeSqlCount }),
    persistedDocumentsPlugin<AppContext>({ only: config.persistedDocumentsOnly, maxTokens: limits.maxTokens }),
    cacheHeadersPlugin<AppContext>(),
    pageMemoPlugin(),
  ];
}

/** A configured Apollo server, not yet started. */
export function createApollo(
  config: AppConfig,
  schema: GraphQLSchema,
  metrics: Metrics | null,
): ApolloServer<AppContext> {
  const { limits } = config;
  return new ApolloServer<AppContext>({
    ...(config.executor === 'jit' ? { gateway: compiledExecutorGateway(schema, { cacheSize: 1000 }) } : { schema }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.suggestions,
    formatError: errorFormatter(config),
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.batching,
    parseOptions: { maxTokens: limits.maxTokens },
    // index.ts owns SIGTERM/SIGINT: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    logger: apolloLogger,
    plugins: plugins(config, metrics),
  });
}
