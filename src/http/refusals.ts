/**
 * Why a request was refused, as a short stable reason: a Prometheus label next to the error code
 * (graphql_refusals_total{code,reason}) and a field of the request's log line. Many of Apollo's
 * own refusals share the code BAD_REQUEST (a missing query, a CSRF block, a GET mutation, batching
 * off, a malformed `variables`…); the reason tells them apart. The set is bounded: unknown
 * messages count as `other`, unknown codes as the code itself in kebab case.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { currentRequestScope } from '../common/request-scope';

/** Apollo's BAD_REQUEST messages (runHttpQuery, preventCsrf, httpBatching, requestPipeline) by reason. */
const BAD_REQUEST_REASONS: readonly [RegExp, string][] = [
  [/Cross-Site Request Forgery/i, 'csrf'],
  [/non-empty `query`|POST body missing|JSON object has no keys/i, 'missing-query'],
  [/GET requests only support query operations/i, 'get-mutation'],
  [/supports only GET\/POST/i, 'method'],
  [/batching disabled|No operations found|A batch holds/i, 'batching'],
  [/`variables`|variables search parameter/i, 'variables-shape'],
  [/`extensions`|extensions search parameter/i, 'extensions-shape'],
  [/`operationName`/i, 'operation-name-shape'],
  [/queries must be strings/i, 'query-shape'],
  [/may only be specified once/i, 'query-parameters'],
  [/'accept' header/i, 'accept'],
  [/incremental delivery/i, 'incremental-delivery'],
  [/content-type header/i, 'content-type'],
  [/not valid JSON/i, 'malformed-json'],
  [/Content-Encoding/i, 'content-encoding'],
  [/ended before its Content-Length/i, 'body-ended'],
];

/** Codes with one reason each. */
const CODE_REASONS: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: 'syntax',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  OPERATION_RESOLUTION_FAILURE: 'operation-name',
  PERSISTED_QUERY_NOT_FOUND: 'persisted-query',
  PERSISTED_QUERY_NOT_SUPPORTED: 'persisted-query',
  PERSISTED_DOCUMENT_REQUIRED: 'persisted-query',
  PAYLOAD_TOO_LARGE: 'body-size',
};

export function refusalReason(code: string, message: string): string {
  if (code === 'BAD_REQUEST') return BAD_REQUEST_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
  if (code === 'UNSUPPORTED_MEDIA_TYPE')
    return /encoding/i.test(message) ? 'content-encoding' : /charset|UTF-8/i.test(message) ? 'charset' : 'content-type';
  if (code === 'BAD_USER_INPUT')
    return /control character|well-formed Unicode/.test(message) ? 'control-character' : 'input';
  return CODE_REASONS[code] ?? code.toLowerCase().replace(/_/g, '-');
}

/**
 * Apollo's refusals before its request pipeline (CSRF, malformed GET parameters, batching off, a
 * method other than GET/POST) reach no per-request hook: their code is noted in the request facts
 * here, as the pipeline's errors are in willSendResponse (limits-plugin.ts) and authentication's
 * in the context factory.
 */
export function refusalsPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async invalidRequestWasReceived({ error }) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      currentRequestScope()?.errorCodes.push(typeof code === 'string' ? code : 'BAD_REQUEST');
    },
  };
}
