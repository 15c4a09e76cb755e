import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { Admission } from '../../src/http/admission';
import { newRequestFacts } from '../../src/http/request-facts';
import { currentRequestScope, runInRequestScope } from '../../src/common/request-scope';

/**
 * The admission line (src/http/admission.ts) in front of a real HTTP handler that holds each
 * request until the test releases it: at most `maxInFlight` run, the next wait first come first
 * served, one waiting past the budget and any once the server stops get 503 SERVER_BUSY with
 * Retry-After. The handler counts what ran, so a refused request provably ran nothing.
 */
let server: Server | null = null;
afterEach(async () => {
  // A failed test leaves requests held open: drop them, or close() would wait for them.
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

async function lineInFront(maxInFlight: number, waitBudgetMs: number) {
  const admission = new Admission({ maxInFlight, waitBudgetMs });
  const ran: number[] = [];
  const holds = new Map<number, () => void>();
  const scopes = new Map<number, string | undefined>();
  const closed = new Set<number>();
  const app = express();
  // Each request its own scope (request id `req-<n>`), as request-facts.ts gives it in the server.
  app.use((req, _res, next) => runInRequestScope(newRequestFacts(`req-${req.path.split('/').pop()}`, undefined), next));
  app.get('/work/:n', admission.middleware, (req, res) => {
    const n = Number(req.params.n);
    ran.push(n);
    scopes.set(n, (currentRequestScope() as { requestId?: string } | undefined)?.requestId);
    holds.set(n, () => res.json({ n }));
    res.once('close', () => closed.add(n));
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const get = (n: number, signal?: AbortSignal) => fetch(`http://127.0.0.1:${port}/work/${n}`, { signal });
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { admission, ran, holds, scopes, closed, get, until };
}

async function expectBusy(res: Response, reason: string, retryAfter: string) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe(retryAfter);
  // The refusal's JSON body, as admission.ts writes it.
  const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toMatchObject({ code: 'SERVER_BUSY', reason });
}

describe('the admission line', () => {
  it('runs at most maxInFlight at once, admits the waiting in arrival order as requests finish', async () => {
    const { admission, ran, holds, scopes, get, until } = await lineInFront(2, 10_000);
    const answers = [1, 2, 3, 4].map((n) => get(n));
    await until(() => ran.length === 2 && admission.load.waiting === 2);
    expect(ran).toEqual([1, 2]);
    holds.get(2)!();
    await until(() => ran.length === 3);
    expect(ran).toEqual([1, 2, 3]);
    holds.get(1)!();
    await until(() => ran.length === 4);
    holds.get(3)!();
    holds.get(4)!();
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(admission.load).toEqual({ inFlight: 0, waiting: 0 });
    // A request admitted when another one finished still runs in its own scope (request id, SQL
    // tally), not in the finishing one's: the bench saw statements counted to the wrong request.
    expect([...scopes.entries()].sort()).toEqual([1, 2, 3, 4].map((n) => [n, `req-${n}`]));
  });

  it('refuses a request not admitted within the budget with 503, Retry-After and SERVER_BUSY; it ran nothing', async () => {
    const { admission, ran, holds, get, until } = await lineInFront(1, 1200);
    const first = get(1);
    await until(() => ran.length === 1);
    const started = Date.now();
    await expectBusy(await get(2), 'wait-budget', '2');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1100);
    expect(ran).toEqual([1]);
    expect(admission.load).toEqual({ inFlight: 1, waiting: 0 });
    holds.get(1)!();
    expect((await first).status).toBe(200);
  });

  it('once stopped (shutdown), refuses the waiting and every new request with 503; the one in flight completes', async () => {
    const { admission, ran, holds, get, until } = await lineInFront(1, 10_000);
    const first = get(1);
    await until(() => ran.length === 1);
    const waiting = get(2);
    await until(() => admission.load.waiting === 1);
    admission.stop();
    await expectBusy(await waiting, 'stopping', '10');
    await expectBusy(await get(3), 'stopping', '10');
    holds.get(1)!();
    expect((await first).status).toBe(200);
    expect(ran).toEqual([1]);
  });

  it('counts a request whose client left out only once its answer is written: until then it still runs', async () => {
    const { admission, ran, holds, closed, get, until } = await lineInFront(1, 10_000);
    const leaving = new AbortController();
    const first = get(1, leaving.signal).catch((error: unknown) => error);
    await until(() => ran.length === 1);
    leaving.abort();
    expect(await first).toBeInstanceOf(Error);
    await until(() => closed.has(1));
    const second = get(2);
    await until(() => admission.load.waiting === 1 || ran.length === 2);
    // Request 1's client is gone but its handler has not answered: 2 waits (MAX_IN_FLIGHT_REQUESTS 1).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toEqual([1]);
    expect(admission.load).toEqual({ inFlight: 1, waiting: 1 });
    holds.get(1)!();
    await until(() => ran.length === 2);
    holds.get(2)!();
    expect((await second).status).toBe(200);
    expect(admission.load).toEqual({ inFlight: 0, waiting: 0 });
  });
});
