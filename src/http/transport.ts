/**
 * The HTTP layer in front of Apollo on /graphql: only JSON bodies (415 otherwise), a body size
 * limit (413), malformed JSON (400), batches only when configured and bounded. Each refusal is a
 * GraphQL-shaped JSON error with a code, so clients parse one format.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { parse, type GraphQLSchema } from 'graphql';
import { checkDocumentLimits } from './limits';
import type { LimitsConfig } from '../config';
import { logger } from '../common/logger';
import type { RequestFacts } from './request-facts';

/** The exact bytes of the body, for SDK-HMAC-SHA256 verification. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

function refuse(res: Response, status: number, code: string, message: string): void {
  (res.locals.facts as RequestFacts | undefined)?.errorCodes.push(code);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** POST bodies must be JSON: other types are what cross-site forms send (CSRF), and we parse none. */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is('application/json')) {
    return refuse(
      res,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send GraphQL requests as POST with Content-Type: application/json.',
    );
  }
  next();
}

export function jsonBody(limits: LimitsConfig) {
  return express.json({
    limit: limits.bodyLimitBytes,
    type: 'application/json',
    verify: (req, _res, buf) => {
      (req as RawBodyRequest).rawBody = buf;
    },
  });
}

/** A batch (JSON array) is refused by Apollo unless BATCHED_REQUESTS is on; then it is bounded. */
export function boundBatches(limits: LimitsConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (
      Array.isArray(req.body) &&
      limits.batching &&
      (req.body.length === 0 || req.body.length > limits.maxBatchSize)
    ) {
      return refuse(
        res,
        400,
        'BAD_REQUEST',
        `A batch holds 1–${limits.maxBatchSize} operations; this one has ${req.body.length}.`,
      );
    }
    next();
  };
}

/** Errors of the body parser (and anything else thrown before Apollo) → a JSON error. */
export function transportErrors(limits: LimitsConfig) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: string } | null)?.type;
    switch (type) {
      case 'entity.too.large':
        return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limits.bodyLimitBytes} bytes.`);
      case 'entity.parse.failed':
        return refuse(
          res,
          400,
          'BAD_REQUEST',
          'The request body is not valid JSON, or not a JSON object (or array, for a batch).',
        );
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as uncompressed UTF-8 JSON.');
      case 'request.aborted':
      case 'request.size.invalid':
        return refuse(res, 400, 'BAD_REQUEST', 'The request body ended before its Content-Length.');
      default:
        logger.error(
          {
            requestId: (res.locals.facts as RequestFacts | undefined)?.requestId,
            err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err),
          },
          'internal error before GraphQL',
        );
        return refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
  };
}

/**
 * Depth, aliases, directives and repeated fields, checked on the raw document before Apollo sees
 * it: graphql's own validation (OverlappingFieldsCanBeMerged in particular) can take quadratic
 * time on a hostile document, and Apollo runs custom rules only after (and alongside) the standard
 * ones. One extra parse, linear and bounded by MAX_TOKENS; a document that does not parse is left
 * to Apollo, which answers GRAPHQL_PARSE_FAILED / TOO_MANY_TOKENS itself.
 */
export function documentLimits(schema: GraphQLSchema, limits: LimitsConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const bodies: unknown[] = req.method === 'GET' ? [req.query] : Array.isArray(req.body) ? req.body : [req.body];
    for (const body of bodies) {
      const query = (body as { query?: unknown } | null)?.query;
      if (typeof query !== 'string') continue;
      let document;
      try {
        document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
      } catch {
        continue;
      }
      const refused = checkDocumentLimits(schema, document, limits);
      if (refused) return refuse(res, 400, String(refused.extensions.code), refused.message);
    }
    next();
  };
}
