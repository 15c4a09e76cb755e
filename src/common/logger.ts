/**
 * The server's structured logger: JSON lines on stderr through pino (10.4.0, pinned), the
 * maintained Node logger (asynchronous writes through sonic-boom, redaction by path, levels).
 *
 * - Lines keep the fields of the hand-written logger it replaced: `time` (ISO 8601), `level`
 *   (debug, info, warn, error), `msg` and the fields given. A line written while a request runs
 *   also carries its `requestId` (common/request-scope.ts), so an internal error's line names it.
 * - Writes are asynchronous (`sync: false`): a line is queued and written without blocking the
 *   request. `flushLogs()` writes what is queued, in order, and ends the log; index.ts awaits it
 *   before the process exits (pino also flushes synchronously on an `exit` it did not see coming).
 * - LOG_LEVEL picks the lowest level written; config.ts refuses an unknown one at start, and here
 *   an unknown value falls back to `info` so that importing this module never throws.
 * - Callers log ids and facts, never request bodies, headers or variables. As a second line of
 *   defence the values at the exact paths below, where a credential would sit, are replaced by
 *   "[redacted]". (The hand-written logger matched field names by pattern, and so also hid
 *   harmless fields such as `order_authorization`.) test/production/logs.test.ts greps real logs.
 * - `event: "security"` lines (failed sign-ins, refused access) are also noted in the request's
 *   scope by kind, for the request's metrics (http/request-facts.ts).
 */
import pino from 'pino';
import { propertyOf } from './property';
import { currentRequestScope } from './request-scope';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (value: string | undefined): value is Level => LEVELS.some((level) => level === value);

/** Field names that hold a credential, redacted where they appear at depth 0, 1 or 2. */
export const SECRET_FIELDS: readonly string[] = [
  'authorization',
  'cookie',
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'secret',
  'authSecret',
  'secretAccessKey',
  'accessKeySecret',
  'accessKeyEncryptionKey',
  'signature',
  'verificationCode',
  'metricsToken',
];

/** The exact paths redacted: each secret field at depth 0–2, and header objects' credentials. */
export const REDACTED_PATHS: readonly string[] = [
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'headers["x-sdk-signature"]',
  '*.headers["x-sdk-signature"]',
  'headers["idempotency-key"]',
  '*.headers["idempotency-key"]',
];

/** A string or number `code` property (Node's and the database drivers' errors carry one). */
function codeOf(err: Error): string | number | undefined {
  const code = Object.getOwnPropertyDescriptor(err, 'code')?.value;
  return typeof code === 'string' || typeof code === 'number' ? code : undefined;
}

/**
 * Errors as type, message, code, stack and their cause chain, nothing else: no driver fields such
 * as bound parameter values, which pino's standard serializer would copy.
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return err;
  const code = codeOf(err);
  // A GraphQLError wraps what was thrown as `originalError` (e.g. "Context creation failed: …").
  const cause = err.cause ?? propertyOf(err, 'originalError') ?? undefined;
  return {
    type: err.name,
    message: err.message,
    ...(code === undefined ? {} : { code }),
    stack: err.stack,
    ...(cause !== undefined && depth < 5 ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

/** Notes a security event (a line with `event: "security"`) in the running request's scope. */
function noteSecurityEvent(fields: unknown): void {
  if (fields === null || typeof fields !== 'object') return;
  if (Object.getOwnPropertyDescriptor(fields, 'event')?.value !== 'security') return;
  const kind = Object.getOwnPropertyDescriptor(fields, 'kind')?.value;
  currentRequestScope()?.securityEvents.push(typeof kind === 'string' ? kind : 'unknown');
}

/** A logger with this module's settings writing to `destination` (tests pass a stream of their own). */
export function createLogger(destination: pino.DestinationStream, level: string | undefined) {
  return pino(
    {
      level: isLevel(level) ? level : 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
      serializers: { err: serializeError },
      mixin: () => {
        const scope = currentRequestScope();
        return scope ? { requestId: scope.requestId } : {};
      },
      hooks: {
        logMethod(args, method) {
          noteSecurityEvent(args[0]);
          method.apply(this, args);
        },
      },
    },
    destination,
  );
}

const destination = pino.destination({ dest: 2, sync: false });

export const logger = createLogger(destination, process.env.LOG_LEVEL);

/**
 * For lines made only of fields the code names itself (the request line, http/request-facts.ts):
 * scalars and lists of codes, none named like a secret, so the redaction walk has nothing to find.
 * Skipping it matters on every request: with 52 paths, most of them wildcards, @pinojs/redact 0.4
 * takes ~0.12 ms a line against ~0.005 ms without (measured, session 10). The request line's fields
 * are checked against SECRET_FIELDS in test/production/logs.test.ts.
 */
export const unredactedLogger = logger.child({}, { redact: { paths: [], censor: '[redacted]' } });

let ended: Promise<void> | null = null;

/**
 * Writes every queued line, the one being written included, in order, then ends the log: call it
 * last, before the process exits. (A synchronous flush could overtake a write still in flight and
 * put the last lines out of order.) Resolves after at most `timeoutMs` whatever happens.
 */
export function flushLogs(timeoutMs = 2000): Promise<void> {
  ended ??= new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    destination.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    destination.end();
  });
  return ended;
}
