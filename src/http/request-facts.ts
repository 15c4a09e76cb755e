/**
 * Per-request facts (id, operation, cost, SQL statements, error codes, refusal, security events,
 * who) gathered along the way by the middleware, the context, the Apollo plugins and the error
 * formatter, then written once when the response ends: one JSON log line and the Prometheus
 * metrics. Logs carry ids and facts only: never headers, bodies, query strings or variables, so no
 * token, secret, password or code can leak. The facts are also the request's scope
 * (common/request-scope.ts): code running for the request reaches them without being handed them.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { statementCounter, type StatementTally } from '../common/statement-counter';
import { unredactedLogger } from '../common/logger';
import { type RequestScope, runInRequestScope } from '../common/request-scope';
import { BusyCode } from './admission';
import type { Metrics } from './metrics';

export interface RequestFacts extends RequestScope {
  sql: StatementTally;
  /** Client address (express `req.ip`, after TRUST_PROXY). */
  clientAddress: string | undefined;
  operationName: string | null;
  operationType: string | null;
  cost: number | null;
  memberId: number | null;
  partnerId: number | null;
  /** Who signed in, as kind:id (member:12, customer:4031, operator:2); null: anonymous. */
  actor: string | null;
  authMethod: 'bearer' | 'signature' | null;
  /** The access key id of a signed request, shortened (it is not secret, but logs need no more). */
  accessKey: string | null;
}

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

const FACTS = new WeakMap<Response, RequestFacts>();

/** The facts of a request that passed requestFacts(), which every route does (it is mounted first). */
export function factsOf(res: Response): RequestFacts {
  const facts = FACTS.get(res);
  if (!facts) throw new Error('requestFacts() must be mounted before the routes that read the request facts.');
  return facts;
}

/** The facts, or undefined for a response that never passed requestFacts() (error handlers). */
export const maybeFactsOf = (res: Response): RequestFacts | undefined => FACTS.get(res);

/** The request's log line: fields named here only (it is written without the redaction walk). */
export function requestLogLine(facts: RequestFacts, method: string, path: string, status: number, seconds: number) {
  return {
    requestId: facts.requestId,
    method,
    path,
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
    operation: facts.operationName?.slice(0, 64) ?? null,
    type: facts.operationType,
    cost: facts.cost,
    sqlStatements: facts.sql.count,
    errors: facts.errorCodes.length ? facts.errorCodes : undefined,
    // Why the request was refused as a whole (HTTP 4xx, 503 busy): a short reason beside the code (http/refusals.ts).
    refusal: status >= 400 && status !== 500 && facts.refusal ? facts.refusal.reason : undefined,
    securityEvents: facts.securityEvents.length ? facts.securityEvents : undefined,
    memberId: facts.memberId,
    partnerId: facts.partnerId,
    actor: facts.actor,
    auth: facts.authMethod,
    accessKey: facts.accessKey,
    client: facts.clientAddress,
  };
}

/** The request's metrics: GraphQL requests by operation, errors and refusals by code, security events by kind. */
function recordMetrics(metrics: Metrics, facts: RequestFacts, path: string, status: number, seconds: number): void {
  for (const kind of facts.securityEvents) metrics.securityEvents.inc({ kind: metrics.kindLabel(kind) });
  if (path !== '/graphql') return;
  const operation = metrics.operationLabel(facts.operationName);
  const type = facts.operationType ?? 'none';
  metrics.requests.inc({ operation, type, status: String(status) });
  metrics.duration.observe({ operation, type }, seconds);
  metrics.sqlStatements.observe({ operation }, facts.sql.count);
  for (const code of facts.errorCodes) metrics.errors.inc({ code });
  if (status >= 400 && status < 500 && facts.refusal)
    metrics.refusals.inc({ ...facts.refusal, status: String(status) });
  if (status === 503 && facts.refusal?.code === BusyCode.SERVER_BUSY)
    metrics.busyRefusals.inc({ reason: facts.refusal.reason });
}

/** The facts of a request before anything about it is known but its id and client address. */
export function newRequestFacts(requestId: string, clientAddress: string | undefined): RequestFacts {
  return {
    requestId,
    sql: { count: 0 },
    clientAddress,
    operationName: null,
    operationType: null,
    cost: null,
    errorCodes: [],
    refusal: null,
    securityEvents: [],
    memberId: null,
    partnerId: null,
    actor: null,
    authMethod: null,
    accessKey: null,
  };
}

/** Request id, statement counting, and the log line and metrics at the end of every request. */
export function requestFacts(metrics: Metrics | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    // Now: mounted routers rewrite req.url while they run.
    const path = req.path;
    const headerId = req.get('x-request-id');
    const facts = newRequestFacts(headerId && /^[\w.-]{8,64}$/.test(headerId) ? headerId : randomUUID(), req.ip);
    FACTS.set(res, facts);
    res.setHeader('x-request-id', facts.requestId);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : 499;
      if (metrics) recordMetrics(metrics, facts, path, status, seconds);
      if (QUIET_PATHS.has(path) && status < 500) return;
      // A busy refusal (503 SERVER_BUSY) is worth a warning: this line, once per request, no stack.
      unredactedLogger[status === 503 ? 'warn' : 'info'](
        requestLogLine(facts, req.method, path, status, seconds),
        'request',
      );
    });
    // Counts every SQL statement issued while this request runs (async context, not a global).
    runInRequestScope(facts, () => statementCounter.run(facts.sql, next));
  };
}

/** `ABCD…WXYZ`: enough to tell keys apart in a log. */
export const shortKey = (accessKeyId: string) =>
  accessKeyId.length > 8 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : '…';
