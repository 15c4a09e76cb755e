/**
 * How errors leave the server. Internal failures reach the client as a code and the request id
 * (x-request-id); the cause goes to the log. The token limit gets its own code; "Did you mean …?"
 * hints are dropped unless QUERY_SUGGESTIONS is on (they reveal schema names introspection would hide).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { TopLevelErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import type { AppConfig } from '../config';
import { LimitCode } from './limits';
import { PersistedDocumentCode } from './persisted-documents';

/** Codes whose messages are meant for clients; any other error is masked as INTERNAL_SERVER_ERROR. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(TopLevelErrorCode),
  ...Object.values(LimitCode),
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

/** An unexpected failure: logged with its stack, answered with a code and no detail. */
function internalError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  logger.error(
    {
      err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original),
      path: formatted.path,
    },
    'internal error',
  );
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Apollo's `formatError` for this configuration. */
export function errorFormatter(config: Pick<AppConfig, 'suggestions' | 'limits'>) {
  const strip = (message: string) => (config.suggestions ? message : message.replace(/ ?Did you mean [^?]*\?/g, ''));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limited = tooManyTokens(formatted, config.limits.maxTokens);
    if (limited) return limited;
    const original = unwrapResolverError(error);
    if (isKnown(formatted, original)) return { ...formatted, message: strip(formatted.message) };
    return internalError(formatted, original);
  };
}

/** Apollo's own log lines, as JSON through our logger. */
export const apolloLogger = {
  debug: (message: unknown) => logger.debug({ source: 'apollo' }, String(message)),
  info: (message: unknown) => logger.info({ source: 'apollo' }, String(message)),
  warn: (message: unknown) => logger.warn({ source: 'apollo' }, String(message)),
  error: (message: unknown) => logger.error({ source: 'apollo' }, String(message)),
};
