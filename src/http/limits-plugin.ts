/**
 * Apollo plugin: prices each operation (cost.ts) once its variables are known, refuses it above
 * MAX_QUERY_COST, draws the cost from the caller's rate-limit bucket, and reports the cost on every
 * GraphQL response, the way Shopify does:
 *
 *   "extensions": { "cost": { "requestedQueryCost": 101, "maximumQueryCost": 50000,
 *     "throttleStatus": { "maximumAvailable": 100000, "currentlyAvailable": 99899, "restoreRate": 1000 } } }
 *
 * (`throttleStatus` is null when rate limiting is off.) It also records the operation and error
 * codes in the request facts for logs and metrics, and sets the response headers.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { LimitsConfig } from '../config';
import type { AppContext } from './context-factory';
import { BusyCode } from './admission';
import { operationCost } from './cost';
import { LimitCode } from './limits';
import type { Metrics } from './metrics';
import type { RateLimiter, ThrottleStatus } from './rate-limit';

export interface LimitsPluginOptions {
  limits: LimitsConfig;
  rateLimiter: RateLimiter | null;
  metrics: Metrics | null;
  exposeSqlCount: boolean;
}

export function limitsPlugin(options: LimitsPluginOptions): ApolloServerPlugin<AppContext> {
  const { limits, rateLimiter, metrics } = options;
  return {
    async requestDidStart({ contextValue }) {
      const facts = contextValue.facts;
      let requestedQueryCost = 0;
      let throttleStatus: ThrottleStatus | null = null;
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          facts.operationName = rc.operationName ?? null;
          facts.operationType = rc.operation.operation;
          requestedQueryCost = operationCost(rc.schema, rc.document, rc.operation, rc.request.variables ?? {});
          facts.cost = (facts.cost ?? 0) + requestedQueryCost;
          metrics?.cost.observe(requestedQueryCost);
          if (requestedQueryCost > limits.maxCost) {
            throw new GraphQLError(
              `The query costs ${requestedQueryCost} points; at most ${limits.maxCost} are allowed. Ask for smaller pages (first/last) or fewer nested lists.`,
              {
                extensions: { code: LimitCode.QUERY_TOO_COSTLY, http: { status: 400 } },
              },
            );
          }
          if (!rateLimiter) return;
          const bucket = rateLimiter.bucketFor(contextValue.viewer?.member.id ?? null, facts.clientAddress);
          const result = await rateLimiter.take(contextValue.em, bucket, requestedQueryCost);
          throttleStatus = result.status;
          if (!result.granted) {
            metrics?.throttled.inc();
            throw new GraphQLError(
              `Throttled: the query costs ${Math.max(1, requestedQueryCost)} points and ${result.status.currentlyAvailable} are available; ${result.status.restoreRate} are restored per second. Retry after ${result.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: LimitCode.THROTTLED,
                  retryAfterSeconds: result.retryAfterSeconds,
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(result.retryAfterSeconds)]]) },
                },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', facts.requestId);
          if (options.exposeSqlCount) response.http.headers.set('x-sql-statements', String(facts.sql.count));
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost, maximumQueryCost: limits.maxCost, throttleStatus },
          };
          for (const error of result.errors ?? []) facts.errorCodes.push(String(error.extensions?.code ?? 'UNKNOWN'));
          // A resolver found no database connection (error-format.ts): the answer is a retryable 503.
          const busy = result.errors?.find((error) => error.extensions?.code === BusyCode.SERVER_BUSY);
          if (!busy) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(busy.extensions?.retryAfterSeconds ?? 1));
        },
      };
    },
  };
}
