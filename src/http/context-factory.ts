/**
 * The per-request GraphQL context: a fork of the entity manager, the authenticated viewer, fresh
 * DataLoaders, and the request's facts (for its log line and metrics). Apollo's express middleware
 * calls `contextFactory(…)` once per request, before any resolver runs.
 */
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { LoaderRegistry } from '../common/loaders';
import type { Context } from '../context';
import type { Actor } from '../permissions/viewer';
import type { Orm } from '../db/orm';
import type { StatementTally } from '../common/statement-counter';
import type { Services } from '../services';
import { busyError, BusyCode, poolFailureOf } from './admission';
import { type Authentication, AuthenticationError, type Authenticators, authenticate } from './authenticate';
import { factsOf, type RequestFacts, shortKey } from './request-facts';
import type { SignedRequest } from './signature-verifier';
import { rawBodyOf } from './transport';

const IDLE_DISPATCH = process.env.LOADER_IDLE_DISPATCH !== 'off';

export interface AppContext extends Context {
  sql: StatementTally;
  /** What this request did, for its log line and metrics (request-facts.ts). */
  facts: RequestFacts;
}

export interface ContextDependencies extends Authenticators {
  orm: Orm;
  services: Services;
  /** False only in the benchmark that measures the N+1 factor. */
  batchLoads: boolean;
  /** Retry-After (seconds) of a SERVER_BUSY answer (admission.ts). */
  busyRetryAfter: number;
}

/** The express request as authentication reads it: method, URL as received, headers, exact body bytes. */
export function incomingRequest(req: Request): SignedRequest {
  return { method: req.method, url: req.originalUrl, header: (name) => req.get(name), body: rawBodyOf(req) };
}

/** The error code a failed authentication adds to the request facts. */
function errorCode(err: unknown): string {
  if (poolFailureOf(err)) return BusyCode.SERVER_BUSY;
  return err instanceof GraphQLError ? String(err.extensions.code) : 'INTERNAL_SERVER_ERROR';
}

/** Who the request comes from, written into its facts; a refusal is noted there too, then rethrown. */
export async function identify(
  em: Context['em'],
  request: SignedRequest,
  authenticators: Authenticators,
  facts: RequestFacts,
): Promise<Authentication> {
  try {
    const who = await authenticate(em, request, authenticators);
    facts.memberId = who.viewer?.member.id ?? null;
    facts.partnerId =
      who.viewer?.partner.id ?? (who.actor?.kind === 'CUSTOMER' ? (who.actor.customer?.partner.id ?? null) : null);
    facts.actor = who.actor ? actorLabel(who.actor) : null;
    facts.authMethod = who.method;
    if (who.accessKeyId) facts.accessKey = shortKey(who.accessKeyId);
    return who;
  } catch (err) {
    facts.errorCodes.push(errorCode(err));
    if (err instanceof AuthenticationError && err.accessKeyId) facts.accessKey = shortKey(err.accessKeyId);
    throw err;
  }
}

/** The actor as the request log names it: its kind and id (members keep memberId/partnerId). */
function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'MEMBER':
      return `member:${actor.viewer.member.id}`;
    case 'CUSTOMER':
      return `customer:${actor.account.id}`;
    case 'OPERATOR':
      return `operator:${actor.operator.id}`;
  }
}

/** Builds one request's context. */
export async function createContext(deps: ContextDependencies, req: Request, res: Response): Promise<AppContext> {
  const facts = factsOf(res);
  const em = deps.orm.em.fork();
  const { actor, viewer, method } = await identify(em, incomingRequest(req), deps, facts).catch((err: unknown) => {
    // No connection for authentication (pool full past its timeout, or closed): 503, not a 500.
    const busy = poolFailureOf(err);
    if (!busy) throw err;
    facts.refusal ??= { code: BusyCode.SERVER_BUSY, reason: busy };
    throw busyError(busy, deps.busyRetryAfter);
  });
  return {
    requestId: facts.requestId,
    em,
    actor,
    viewer,
    authMethod: method,
    // LOADER_IDLE_DISPATCH=off (comparisons only): batches go after each turn, not when the request is idle.
    loaders: new LoaderRegistry(deps.batchLoads, IDLE_DISPATCH ? facts.sql : undefined),
    now: new Date(),
    services: deps.services,
    sql: facts.sql,
    facts,
    idempotencyKeyHeader: req.get('idempotency-key') ?? null,
  };
}

/** The `context` function for Apollo's express middleware. */
export function contextFactory(deps: ContextDependencies) {
  return ({ req, res }: { req: Request; res: Response }): Promise<AppContext> => createContext(deps, req, res);
}
