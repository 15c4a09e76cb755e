/**
 * Graceful shutdown of a real server process: on SIGTERM it stops taking connections, finishes the
 * request in flight (here one whose body is still arriving), and exits 0.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { buildServer, logLines, spawnServer, type ServerProcess } from '../support/production';
import { sleep } from '../support/time';

let db: ScratchDatabase;
let proc: ServerProcess;

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
    const body = JSON.stringify({ query: 'query InFlight { viewer { member { loginName } } }' });
    const url = new URL(`${proc.url}/graphql`);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Half the body now, the rest after SIGTERM: the request is in flight when the signal comes.
      req.write(body.slice(0, 20));
      void sleep(400).then(async () => {
        proc.kill('SIGTERM');
        await sleep(600);
        req.end(body.slice(20));
      });
    });
    await sleep(700);
    // Draining: the listening socket is closed, so a new connection is refused.
    await expect(fetch(`${proc.url}/healthz`)).rejects.toThrow();
    expect(proc.process.exitCode).toBeNull();
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
