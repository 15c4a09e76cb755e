/**
 * Graceful shutdown of a real server process: on SIGTERM it stops taking connections, finishes the
 * request in flight (here one whose body is still arriving), and exits 0. With a drain delay it
 * first answers 503 on /readyz while still serving, so a load balancer can take it out.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { buildServer, logLines, requestInFlight, spawnServer, type ServerProcess } from '../support/production';
import { sleep } from '../support/time';

let db: ScratchDatabase;
let proc: ServerProcess;
/** Long enough that the checks made within it pass on a loaded machine. */
const DRAIN_MS = 6000;

beforeAll(async () => {
  db = await cloneTemplate(inject('templateDatabase'));
  proc = await spawnServer(await buildServer(), { DATABASE_URL: db.url, SHUTDOWN_GRACE_MS: '10000' });
});
afterAll(async () => {
  proc?.kill('SIGKILL');
  await db?.drop();
});

describe('graceful shutdown', () => {
  it('finishes a request in flight after SIGTERM, refuses new connections, then exits 0', async () => {
    const token = await proc.signIn('dist-admin');
    // Half the body now, the rest after SIGTERM: the request is in flight when the signal comes.
    const { answer, finish } = requestInFlight(proc.url, token);
    await sleep(400);
    proc.kill('SIGTERM');
    // Draining: the listening socket closes (polled: a loaded machine may take a moment to handle the
    // signal), while the request in flight keeps the process alive until its body is finished.
    await vi.waitFor(() => expect(fetch(`${proc.url}/healthz`)).rejects.toThrow(), { timeout: 10_000, interval: 100 });
    expect(proc.process.exitCode).toBeNull();
    finish();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
    expect(await proc.exited).toBe(0);
    const entries = logLines(proc.output());
    const shuttingDown = entries.findIndex((e) => e.msg === 'shutting down: finishing requests in flight');
    const inFlight = entries.findIndex((e) => e.msg === 'request' && e.operation === 'InFlight');
    const stopped = entries.findIndex((e) => e.msg === 'stopped');
    expect(shuttingDown).toBeGreaterThan(-1);
    expect(inFlight).toBeGreaterThan(shuttingDown);
    expect(stopped).toBeGreaterThan(inFlight);
  });
});

describe('the drain delay (SHUTDOWN_DRAIN_DELAY_MS)', () => {
  let drainDb: ScratchDatabase;
  let draining: ServerProcess;
  beforeAll(async () => {
    drainDb = await cloneTemplate(inject('templateDatabase'));
    draining = await spawnServer(await buildServer(), {
      DATABASE_URL: drainDb.url,
      SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_MS),
    });
  });
  afterAll(async () => {
    draining?.kill('SIGKILL');
    await drainDb?.drop();
  });

  it('after SIGTERM /readyz answers 503 while requests are still served, then the listener closes and node exits 0', async () => {
    const token = await draining.signIn('dist-admin');
    expect((await draining.raw('/readyz')).status).toBe(200);
    const signalled = Date.now();
    draining.kill('SIGTERM');
    await sleep(300);
    // Within the delay: not ready (a load balancer takes it out), but it still answers.
    const ready = await draining.raw('/readyz');
    expect([ready.status, ready.body]).toEqual([503, { status: 'draining' }]);
    expect(ready.headers.get('connection')).toBe('close');
    expect((await draining.raw('/healthz')).status).toBe(200);
    const served = await draining.gql('query DuringDrain { viewer { member { loginName } } }', undefined, token);
    expect(served.body?.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
    expect(Date.now() - signalled).toBeLessThan(DRAIN_MS);
    // After it: the listening socket is closed (polled after the delay: a loaded machine may be late).
    await sleep(DRAIN_MS - (Date.now() - signalled));
    await vi.waitFor(() => expect(fetch(`${draining.url}/healthz`)).rejects.toThrow(), {
      timeout: 10_000,
      interval: 100,
    });
    expect(await draining.exited).toBe(0);
    const entries = logLines(draining.output());
    expect(entries.find((e) => e.msg === 'shutting down: finishing requests in flight')).toMatchObject({
      signal: 'SIGTERM',
      drainDelayMs: DRAIN_MS,
    });
    expect(entries.some((e) => e.msg === 'request' && e.operation === 'DuringDrain' && e.status === 200)).toBe(true);
  });
});
