/**
 * Bursts refused cleanly. Every GraphQL request needs the database, whose pool is small (SQLite:
 * one connection; PostgreSQL: 10). Left alone, a burst of hundreds of requests queued inside knex:
 * each request waited once per statement, so an admitted request could time out halfway (a read
 * half answered, a mutation refused after its reads), and a request arriving while the pool was
 * closed (shutdown) answered 500 `Context creation failed: Unable to acquire a connection`.
 *
 * So requests are admitted before anything runs: at most MAX_IN_FLIGHT_REQUESTS at once per
 * instance, the others wait in line (first come, first served) for at most DB_ACQUIRE_TIMEOUT_MS.
 * A request not admitted within that budget, or arriving while the server stops, runs nothing and
 * is answered HTTP 503 with `Retry-After` and the code SERVER_BUSY: a mutation refused this way did
 * nothing, and may be sent again (with its idempotency key). An admitted request is not cut at the
 * budget: its own waits for the pool are short (few requests share it), and a mutation that got a
 * connection completes. The pool's own timeout stays as a backstop; if it fires (or the pool is
 * gone), the request answers SERVER_BUSY too, never an internal error.
 *
 * Measured (test/scale/bursts.test.ts, SQLite, 300 concurrent requests, 1 s budget, busy 2 cores):
 * with the pool's timeout alone (acquire timeout 1 s, no line) the burst took 17.6 s to answer,
 * 31 answered, and refusals came after a request had already run statements; with this line,
 * 6.7 s, 28 answered, every refusal before any statement.
 */
import { AsyncResource } from 'node:async_hooks';
import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { currentRequestScope, noteRefusal } from '../common/request-scope';
import { IdleScavenger } from './idle-scavenge';

/** extensions.code of the refusal (also in common/error-codes.ts). */
export const BusyCode = { SERVER_BUSY: 'SERVER_BUSY' } as const;

/** Why a request was refused as busy: a label of graphql_busy_refusals_total. */
export type BusyReason = 'wait-budget' | 'stopping' | 'pool-timeout' | 'pool-closed';

export interface AdmissionOptions {
  maxInFlight: number;
  waitBudgetMs: number;
  /** Collect the young generation when no request is in flight (http/idle-scavenge.ts). */
  idleScavenge?: boolean;
}

/** Seconds a refused client should wait before retrying: the budget, rounded up, at least 1. */
export const retryAfterSeconds = (waitBudgetMs: number) => Math.max(1, Math.ceil(waitBudgetMs / 1000));

const MESSAGES: Record<BusyReason, string> = {
  'wait-budget': 'The server is busy: the request waited its turn for the database too long and ran nothing.',
  stopping: 'The server is stopping and ran nothing; send the request again (another instance answers it).',
  'pool-timeout': 'The server is busy: no database connection was free in time.',
  'pool-closed': 'The server is stopping: its database connections are closed.',
};

/** A busy refusal as the client reads it: `errors[0]` of the answer. */
export function busyAnswer(reason: BusyReason, retryAfter: number) {
  return {
    message: `${MESSAGES[reason]} Retry after ${retryAfter} s.`,
    extensions: { code: BusyCode.SERVER_BUSY, reason, retryAfterSeconds: retryAfter },
  };
}

/** The top-level error of a busy refusal, with its HTTP status and Retry-After for Apollo. */
export function busyError(reason: BusyReason, retryAfter: number): GraphQLError {
  const { message, extensions } = busyAnswer(reason, retryAfter);
  const http = { status: 503, headers: new HeaderMap([['retry-after', String(retryAfter)]]) };
  return new GraphQLError(message, { extensions: { ...extensions, http } });
}

/**
 * Whether `err` is knex failing to hand out a connection: its pool timeout (KnexTimeoutError) or a
 * pool already destroyed (knex 2 lib/client.js acquireConnection). Matched on name and message:
 * knex exports no class for the second.
 */
export function poolFailureOf(err: unknown): BusyReason | null {
  if (!(err instanceof Error)) return null;
  if (err.name === 'KnexTimeoutError' || err.message.startsWith('Knex: Timeout acquiring a connection'))
    return 'pool-timeout';
  if (err.message === 'Unable to acquire a connection') return 'pool-closed';
  return null;
}

/** How long a request whose client left keeps its place before it is counted out regardless (see enter). */
export const ABANDONED_HOLD_MS = 60_000;

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/** The admission line of one server instance. */
export class Admission {
  private inFlight = 0;
  private readonly line: Waiter[] = [];
  private stopped = false;
  readonly retryAfter: number;
  readonly scavenger: IdleScavenger | null;

  constructor(private readonly options: AdmissionOptions) {
    this.retryAfter = retryAfterSeconds(options.waitBudgetMs);
    this.scavenger = options.idleScavenge ? new IdleScavenger(() => this.inFlight === 0) : null;
  }

  /** Requests admitted and not yet answered, and requests waiting in line. */
  get load(): { inFlight: number; waiting: number } {
    return { inFlight: this.inFlight, waiting: this.line.length };
  }

  /** From now on every request, waiting or new, is refused (the database is about to close). */
  stop(): void {
    this.stopped = true;
    for (const waiter of this.line.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.admit();
    }
  }

  /** Notes a busy refusal for the request's log line (at warn) and graphql_busy_refusals_total (request-facts.ts). */
  private noteRefusal(reason: BusyReason): void {
    const scope = currentRequestScope();
    scope?.errorCodes.push(BusyCode.SERVER_BUSY);
    noteRefusal(scope, BusyCode.SERVER_BUSY, reason);
  }

  /** Express middleware in front of Apollo: admit, or wait in line, or answer 503. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.stopped) {
      this.refuse(res, 'stopping');
      return;
    }
    if (this.inFlight < this.options.maxInFlight) {
      this.enter(res, next);
      return;
    }
    // Admitted from another request's end: run in this request's async context, or the rest
    // of it would run in the releasing request's (its request scope and statement tally). Not through
    // AsyncResource.bind, which wraps two deprecation accessors around every bound function: their
    // prototype changes sent each waiting request's objects to the old generation (express-prototypes.ts).
    const context = new AsyncResource('partner-graph.admission');
    const waiter: Waiter = {
      admit: () =>
        context.runInAsyncScope(() => {
          if (this.stopped) this.refuse(res, 'stopping');
          else this.enter(res, next);
        }),
      timer: setTimeout(() => {
        this.leaveLine(waiter);
        this.refuse(res, 'wait-budget');
      }, this.options.waitBudgetMs),
    };
    this.line.push(waiter);
    // A client that gives up while waiting leaves the line.
    res.once('close', () => {
      clearTimeout(waiter.timer);
      this.leaveLine(waiter);
    });
  };

  private enter(res: Response, next: NextFunction): void {
    this.inFlight++;
    let released = false;
    const releaseOnce = () => {
      if (released) return;
      released = true;
      this.release();
    };
    // Out when the answer is written ('prefinish' fires at res.end(), to a client that has gone too),
    // not when the client leaves: a client that gave up (its own timeout, under exactly the load that
    // makes it give up) leaves a request still running and holding the database, and counting it out
    // then let more than MAX_IN_FLIGHT_REQUESTS run at once.
    // On the next tick: the next request is not started inside this one's res.end().
    res.once('prefinish', () => process.nextTick(releaseOnce));
    res.once('close', () => {
      if (res.writableEnded) releaseOnce();
      // Backstop for a handler that never ends a response nobody reads; Apollo always ends it.
      else setTimeout(releaseOnce, ABANDONED_HOLD_MS).unref();
    });
    next();
  }

  private release(): void {
    this.inFlight--;
    const waiter = this.line.shift();
    if (!waiter) {
      if (this.inFlight === 0) this.scavenger?.idle();
      return;
    }
    clearTimeout(waiter.timer);
    waiter.admit();
  }

  private leaveLine(waiter: Waiter): void {
    const at = this.line.indexOf(waiter);
    if (at >= 0) this.line.splice(at, 1);
  }

  private refuse(res: Response, reason: BusyReason): void {
    if (res.headersSent || res.destroyed) return;
    this.noteRefusal(reason);
    res
      .status(503)
      .set('retry-after', String(this.retryAfter))
      .json({ errors: [busyAnswer(reason, this.retryAfter)] });
  }
}
