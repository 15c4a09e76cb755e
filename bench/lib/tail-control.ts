/**
 * The fixed-rate tail's control (bench/baseline/spin-server.ts): right after the app's fixed-rate
 * run of an operation, a server that only spins the app's main-thread CPU time per request, and in
 * a helper process the CPU the app's request cost elsewhere (its other threads, and PostgreSQL's
 * processes), at the same rate, with the same generator, on the same machine. Same utilization of
 * the JavaScript thread and the same load on the cores, perfectly regular service, no GC, no
 * database: its p99/p50 is the floor that the arrivals, the queue and the machine set; the app's
 * excess over it is the app's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spinBodyBytes } from '../baseline/spin';
import { parseRequestLog } from './gc-trace';
import { runPaced } from './paced';
import { DIST_BENCH } from './paths';
import { startServer } from './proc';
import { mainThreadBusy, sampleRunQueueWait } from './sched';
import { summarize, type LatencySummary } from './stats';
import { splitTail, type TailSplit } from './tail-split';

export interface TailControl {
  /** The app's main-thread CPU time per answer in its run, spun per request here, ms. */
  spinMs: number;
  /** The app's other CPU time per answer (its other threads, the database's), spun by a helper process, ms. */
  offMainMs: number;
  rate: number;
  rps: number;
  latencyMs: LatencySummary;
  p99OverP50: number;
  /** The control's main-thread share of the wall time (its utilization). */
  mainThreadShare: number | null;
  /** Answers that were not 200 with the expected length, and transport errors. */
  failures: number;
  /** Its latencies split at its own request log, as the app's are (tail-split.ts). */
  split: TailSplit | null;
}

export async function runTailControl(options: {
  rate: number;
  durationSec: number;
  spinMs: number;
  offMainMs: number;
  /** Helper processes taking turns at the off-main CPU: 1 for SQLite's one connection, 2 for PostgreSQL's backends. */
  offMainHelpers: number;
  bytes: number;
  logFile: string;
  /** The operation it stands for (in its request ids). */
  key: string;
  cpus?: string;
}): Promise<TailControl> {
  const server = await startServer({
    name: 'spin-control',
    script: join(DIST_BENCH, 'baseline/spin-server.js'),
    env: {
      SPIN_MS: String(options.spinMs),
      OFF_MAIN_MS: String(options.offMainMs),
      OFF_MAIN_HELPERS: String(options.offMainHelpers),
      BODY_BYTES: String(options.bytes),
      PORT: '0',
    },
    logFile: options.logFile,
    ...(options.cpus ? { cpus: options.cpus } : {}),
  });
  let bad = 0;
  const from = Date.now();
  try {
    const sched = sampleRunQueueWait(server.pid);
    const generatorSched = sampleRunQueueWait(process.pid);
    const run = await runPaced({
      url: server.url,
      rate: options.rate,
      durationSec: options.durationSec,
      requestIdPrefix: `tail.control.${options.key}.`,
      request: {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ control }"}',
        onResponse: (status, text) => {
          if (status !== 200 || Buffer.byteLength(text) !== spinBodyBytes(options.bytes)) bad += 1;
        },
      },
    });
    const busy = mainThreadBusy(sched.stop());
    const generatorSamples = generatorSched.stop();
    await server.stop();
    // Its log is complete once it has exited.
    const served = parseRequestLog(readFileSync(options.logFile, 'utf8'), from, Date.now() + 1000);
    const split = run.timings.length ? splitTail(run.timings, served, generatorSamples) : null;
    const latencyMs = summarize(run.latencies);
    return {
      spinMs: options.spinMs,
      offMainMs: options.offMainMs,
      rate: options.rate,
      rps: run.latencies.length / run.elapsedSec,
      latencyMs,
      p99OverP50: latencyMs.p99 / latencyMs.p50,
      mainThreadShare: busy?.share ?? null,
      failures: bad + run.transportErrors,
      split,
    };
  } finally {
    await server.stop();
  }
}
