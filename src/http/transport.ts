/**
 * The HTTP layer in front of Apollo on /graphql: only JSON bodies (415 otherwise), a body size
 * limit (413, counted after decompression), malformed JSON (400), bodies compressed as their
 * Content-Encoding says (gzip, deflate, br; 400 when they are not, 415 for other encodings),
 * batches only when configured and bounded. Each refusal is a GraphQL-shaped JSON error with a
 * code, so clients parse one format; every failure of the body parser is one of them (its errors
 * are 4xx), and only a failure of the server itself answers 500.
 */
import type { IncomingMessage } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type DocumentNode, type GraphQLSchema, parse } from 'graphql';
import { logger } from '../common/logger';
import { propertyOf, stringPropertyOf } from '../common/property';
import { noteRefusal } from '../common/request-scope';
import type { LimitsConfig } from '../config';
import { checkDocumentLimits } from './limits';
import { refusalReason } from './refusals';
import { maybeFactsOf } from './request-facts';
import { LRUCache } from 'lru-cache';

/** The exact bytes of each JSON body, kept by the body parser for SDK-HMAC-SHA256 verification. */
const RAW_BODIES = new WeakMap<IncomingMessage, Buffer>();

/** The body exactly as received (empty for a request without one). */
export const rawBodyOf = (req: IncomingMessage): Buffer => RAW_BODIES.get(req) ?? Buffer.alloc(0);

function refuse(res: Response, status: number, code: string, message: string): void {
  const facts = maybeFactsOf(res);
  facts?.errorCodes.push(code);
  if (status < 500) noteRefusal(facts, code, refusalReason(code, message));
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** POST bodies must be JSON: other types are what cross-site forms send (CSRF), and we parse none. */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is('application/json')) {
    refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as POST with Content-Type: application/json.');
    return;
  }
  next();
}

export function jsonBody(limits: LimitsConfig) {
  return express.json({
    limit: limits.bodyLimitBytes,
    type: 'application/json',
    verify: (req, _res, buf) => {
      RAW_BODIES.set(req, buf);
    },
  });
}

/** A batch (JSON array) is refused by Apollo unless BATCHED_REQUESTS is on; then it is bounded. */
export function boundBatches(limits: LimitsConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const size = Array.isArray(req.body) ? req.body.length : null;
    if (size !== null && limits.batching && (size === 0 || size > limits.maxBatchSize)) {
      refuse(res, 400, 'BAD_REQUEST', `A batch holds 1–${limits.maxBatchSize} operations; this one has ${size}.`);
      return;
    }
    next();
  };
}

type Refusal = [status: number, code: string, message: string];

/** Each body-parser failure as the status, code and message the client gets; null for anything else. */
function transportRefusal(err: unknown, req: Request, limits: LimitsConfig): Refusal | null {
  const encoding = (req.get('content-encoding') ?? 'identity').toLowerCase();
  // body-parser marks its errors with a `type` (`entity.too.large`, …).
  switch (stringPropertyOf(err, 'type')) {
    case 'entity.too.large':
      return [413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limits.bodyLimitBytes} bytes.`];
    case 'entity.parse.failed':
      return [400, 'BAD_REQUEST', 'The request body is not valid JSON, or not a JSON object (or array, for a batch).'];
    case 'encoding.unsupported':
      return [
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `The Content-Encoding "${encoding.slice(0, 40)}" is not supported: send the body uncompressed, or compressed with one of gzip, deflate or br.`,
      ];
    case 'charset.unsupported':
      return [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as UTF-8 JSON.'];
    case 'request.aborted':
    case 'request.size.invalid':
      return [400, 'BAD_REQUEST', 'The request body ended before its Content-Length.'];
    default:
      return untypedRefusal(err, encoding);
  }
}

/**
 * The body parser's errors without a `type` are 4xx too: a decompression stream that failed (a body
 * that is not what its Content-Encoding says, or is cut short), or a read error of the request.
 */
function untypedRefusal(err: unknown, encoding: string): Refusal | null {
  const status = propertyOf(err, 'status');
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  if (encoding !== 'identity')
    return [
      400,
      'BAD_REQUEST',
      `The request body is not valid ${encoding.slice(0, 40)} data, as its Content-Encoding says: compress it that way, or send it uncompressed without Content-Encoding.`,
    ];
  return [400, 'BAD_REQUEST', 'The request body could not be read.'];
}

/** Errors of the body parser (and anything else thrown before Apollo) → a JSON error. */
export function transportErrors(limits: LimitsConfig) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const refusal = transportRefusal(err, req, limits);
    if (refusal) {
      refuse(res, ...refusal);
      return;
    }
    logger.error({ requestId: maybeFactsOf(res)?.requestId, err }, 'internal error before GraphQL');
    refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  };
}

/** The document, or null when it does not parse (Apollo then answers the parse error itself). */
function parseOrNull(query: string, maxTokens: number): DocumentNode | null {
  try {
    return parse(query, { maxTokens, noLocation: true });
  } catch {
    return null;
  }
}

/** Query texts whose verdict is remembered (least recently used dropped beyond this). */
export const DOCUMENT_VERDICT_CACHE_SIZE = 500;

/** The refusal a document earns, or null when it passes (or does not parse: Apollo answers that). */
type Verdict = { code: string; message: string } | null;

/**
 * Depth, aliases, directives and repeated fields, checked on the raw document before Apollo sees
 * it: graphql's own validation (OverlappingFieldsCanBeMerged in particular) can take quadratic
 * time on a hostile document, and Apollo runs custom rules only after (and alongside) the standard
 * ones. One extra parse, linear and bounded by MAX_TOKENS; a document that does not parse is left
 * to Apollo, which answers GRAPHQL_PARSE_FAILED / TOO_MANY_TOKENS itself.
 *
 * The verdict depends on the text alone (schema and limits are fixed for the server's life), so it
 * is remembered per text, as Apollo remembers parsed and validated documents: a client's repeated
 * query is parsed and walked once, not on every request (a parse and a walk per request were 3 % of
 * the server's CPU and most of its promoted garbage on short reads; BENCHMARKS.md, session 10).
 */
export function documentLimits(schema: GraphQLSchema, limits: LimitsConfig) {
  // Boxed: the cache keeps no null (a document that passes).
  const verdicts = new LRUCache<string, { verdict: Verdict }>({ max: DOCUMENT_VERDICT_CACHE_SIZE });
  const verdictOf = (query: string): Verdict => {
    const known = verdicts.get(query);
    if (known !== undefined) return known.verdict;
    const document = parseOrNull(query, limits.maxTokens);
    const refused = document && checkDocumentLimits(schema, document, limits);
    const verdict = refused ? { code: String(refused.extensions.code), message: refused.message } : null;
    verdicts.set(query, { verdict });
    return verdict;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const bodies: unknown[] = req.method === 'GET' ? [req.query] : Array.isArray(req.body) ? req.body : [req.body];
    for (const body of bodies) {
      const query = stringPropertyOf(body, 'query');
      const refused = query === undefined ? null : verdictOf(query);
      if (refused) {
        refuse(res, 400, refused.code, refused.message);
        return;
      }
    }
    next();
  };
}

/** The checks in front of Apollo on /graphql, in order: JSON only, body size, batch bounds, document limits. */
export function graphqlTransport(schema: GraphQLSchema, limits: LimitsConfig) {
  return [requireJsonBody, jsonBody(limits), boundBatches(limits), documentLimits(schema, limits)];
}
