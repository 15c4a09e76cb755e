/**
 * How errors leave the server. Internal failures reach the client as a code, their path and the
 * request id (also the x-request-id header); the cause goes to the log, on a line with the same
 * request id. The token limit gets its own code; "Did you mean …?" hints are dropped unless
 * QUERY_SUGGESTIONS is on (they reveal schema names introspection would hide).
 *
 * Apollo calls the formatter for every error it answers, its own refusals before the pipeline
 * included (CSRF, a missing query, batching off…), so it is also where a request's refusal reason
 * is noted for its log line and graphql_refusals_total (http/refusals.ts).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { TopLevelErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import { currentRequestScope, noteRefusal } from '../common/request-scope';
import type { AppConfig } from '../config';
import { BusyCode, busyAnswer, poolFailureOf, retryAfterSeconds } from './admission';
import { LimitCode } from './limits';
import { PersistedDocumentCode } from './persisted-documents';
import { refusalReason } from './refusals';

/** Codes whose messages are meant for clients; any other error is masked as INTERNAL_SERVER_ERROR. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(TopLevelErrorCode),
  ...Object.values(LimitCode),
  ...Object.values(BusyCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'REQUEST_REPLAYED',
  ...Object.values(PersistedDocumentCode),
]);

const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) \d+ tokens/;

/** The parse error of a document over MAX_TOKENS, as the TOO_MANY_TOKENS limit. */
function tooManyTokens(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !TOKEN_LIMIT_MESSAGE.test(formatted.message))
    return null;
  return {
    message: `The document has more than ${maxTokens} tokens; parsing stopped.`,
    extensions: { code: LimitCode.TOO_MANY_TOKENS },
  };
}

/** Whether the error, or the error a resolver threw, carries a code clients are meant to read. */
function isKnown(formatted: GraphQLFormattedError, original: unknown): boolean {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return true;
  return (
    original instanceof GraphQLError && !!original.extensions?.code && KNOWN_CODES.has(String(original.extensions.code))
  );
}

/** An unexpected failure: logged with its cause and path, answered with a code, the path and the request id. */
function internalError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  // The line carries the request id too (common/logger.ts adds the request scope's).
  logger.error({ err: original, path: formatted.path }, 'internal error');
  const requestId = currentRequestScope()?.requestId;
  return {
    message: 'Internal server error.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}

/** The error as it leaves, before its refusal reason is noted. */
function format(
  formatted: GraphQLFormattedError,
  error: unknown,
  config: Pick<AppConfig, 'suggestions' | 'limits' | 'admission'>,
): GraphQLFormattedError {
  const limited = tooManyTokens(formatted, config.limits.maxTokens);
  if (limited) return limited;
  const original = unwrapResolverError(error);
  // A resolver found no database connection (pool full past its timeout, or closed): SERVER_BUSY,
  // answered 503 by the limits plugin; the request's log line says it at warn, no stack.
  const busy = poolFailureOf(original);
  if (busy) {
    return { ...busyAnswer(busy, retryAfterSeconds(config.admission.waitBudgetMs)), path: formatted.path };
  }
  if (!isKnown(formatted, original)) return internalError(formatted, original);
  return config.suggestions
    ? formatted
    : { ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, '') };
}

/** Apollo's `formatError` for this configuration. */
export function errorFormatter(config: Pick<AppConfig, 'suggestions' | 'limits' | 'admission'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error, config);
    const code = String(out.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const reason = code === BusyCode.SERVER_BUSY ? String(out.extensions?.reason) : refusalReason(code, out.message);
    noteRefusal(currentRequestScope(), code, reason);
    return out;
  };
}

/** Apollo's own log lines, as JSON through our logger. */
export const apolloLogger = {
  debug: (message: unknown) => logger.debug({ source: 'apollo' }, String(message)),
  info: (message: unknown) => logger.info({ source: 'apollo' }, String(message)),
  warn: (message: unknown) => logger.warn({ source: 'apollo' }, String(message)),
  error: (message: unknown) => logger.error({ source: 'apollo' }, String(message)),
};
