/**
 * The spin control's request handler (spin-server.ts): spins `spinMs` of this process's CPU time
 * per request and, in the middle of it, has a helper process spin `offMainMs` of its own (where the
 * app waits for SQLite's thread or PostgreSQL); then answers `bytes` of JSON, and hands a
 * request-log line (as the app writes them: `time`, `path`, `status`, `durationMs`, `requestId`) to
 * `log` when the answer is closed.
 */
import { spawn } from 'node:child_process';
import type http from 'node:http';

/** This process's CPU time, ms (user + system; the off-main spinning is another process's). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const spin = (ms: number) => {
  const until = cpuMs() + ms;
  while (cpuMs() < until) {
    // busy: the request's CPU time
  }
};

/** The answer's length for a requested size: at least the 19 bytes of `{"data":{"pad":""}}`. */
export const spinBodyBytes = (bytes: number) => Math.max(19, Math.floor(bytes));

// The helper: spins the CPU time each message asks for, in order, and answers when done.
const HELPER = `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
process.on('message', (ms) => { const until = cpu() + ms; while (cpu() < until) {} process.send(ms); });`;

export interface OffMainSpinner {
  /** Resolves once a helper has spun `ms` of its CPU time (each helper takes its requests in order). */
  spin(ms: number): Promise<void>;
  stop(): void;
}

/**
 * `helpers` processes that spin CPU time on request, taking turns: the CPU an app request costs
 * beside its JavaScript thread (SQLite's statements on its connection's thread: one helper;
 * PostgreSQL's backends: as many as the cores), kept out of this process's CPU clock so that the
 * main-thread spin stays exact.
 */
export function startOffMainSpinner(helpers = 1): OffMainSpinner {
  const children = Array.from({ length: Math.max(1, helpers) }, () => {
    const child = spawn(process.execPath, ['-e', HELPER], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const waiting: (() => void)[] = [];
    child.on('message', () => waiting.shift()?.());
    child.unref();
    child.channel?.unref();
    return { child, waiting };
  });
  let next = 0;
  return {
    spin: (ms) =>
      new Promise<void>((resolve) => {
        const helper = children[next++ % children.length];
        helper.waiting.push(resolve);
        helper.child.send(ms);
      }),
    stop: () => {
      for (const { child } of children) child.kill();
    },
  };
}

export function spinHandler(
  spinMs: number,
  bytes: number,
  log: (line: string) => void,
  offMain?: { ms: number; spinner: OffMainSpinner },
): http.RequestListener {
  // {"data":{"pad":"xxx…"}} of exactly `bytes` bytes.
  const body = Buffer.from(`{"data":{"pad":"${'x'.repeat(spinBodyBytes(bytes) - 19)}"}}`);
  // With off-main work, the main-thread spin is split around it (parse, wait for the database, answer).
  const offMainMs = offMain && offMain.ms > 0 ? offMain.ms : 0;
  const beforeMs = offMainMs > 0 ? spinMs / 2 : spinMs;
  return (req, res) => {
    const started = performance.now();
    const requestId = req.headers['x-request-id'];
    res.once('close', () => {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      log(JSON.stringify({ time: new Date().toISOString(), path: '/graphql', status: 200, durationMs, requestId }));
    });
    const answer = () => {
      spin(spinMs - beforeMs);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    };
    req.resume();
    req.on('end', () => {
      spin(beforeMs);
      if (!offMain || offMainMs === 0) return answer();
      void offMain.spinner.spin(offMainMs).then(answer);
    });
  };
}
