/**
 * How long the server waited for a CPU: /proc/<pid>/schedstat (Linux) holds the main thread's
 * time on a CPU and time spent runnable on a run queue but not running (ns). Sampled every few ms
 * during a fixed-rate run, it tells per request how much of its time the server's JavaScript
 * thread was ready to run but had no CPU — the share of the shared machine in a slow request.
 */
import { readFileSync } from 'node:fs';

export interface SchedSample {
  wall: number;
  /** Cumulative ms runnable but waiting for a CPU. */
  waitMs: number;
  /** Cumulative ms on a CPU (the main thread's own CPU time). */
  runMs: number;
}

function read(pid: number): { runMs: number; waitMs: number } | null {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/);
    return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    return null;
  }
}

/** The main thread's CPU time over the samples, and its share of the wall time (its utilization). */
export function mainThreadBusy(samples: SchedSample[]): { cpuMs: number; share: number } | null {
  if (samples.length < 2) return null;
  const a = samples[0];
  const b = samples[samples.length - 1];
  const cpuMs = b.runMs - a.runMs;
  return { cpuMs, share: b.wall > a.wall ? cpuMs / (b.wall - a.wall) : 0 };
}

/** Samples the run-queue wait of `pid`'s main thread every `intervalMs` until stopped. */
export function sampleRunQueueWait(pid: number, intervalMs = 5): { stop(): SchedSample[] } {
  const samples: SchedSample[] = [];
  const take = () => {
    const stat = read(pid);
    if (stat !== null) samples.push({ wall: performance.timeOrigin + performance.now(), ...stat });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Run-queue wait (ms) between two wall times, linearly interpolated between samples. */
export function waitBetween(samples: SchedSample[], from: number, to: number): number | null {
  if (samples.length < 2 || from < samples[0].wall || to > samples[samples.length - 1].wall) return null;
  return at(samples, to) - at(samples, from);
}

function at(samples: SchedSample[], wall: number): number {
  let lo = 0;
  let hi = samples.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid].wall <= wall) lo = mid;
    else hi = mid;
  }
  const a = samples[lo];
  const b = samples[hi];
  return b.wall === a.wall ? a.waitMs : a.waitMs + ((b.waitMs - a.waitMs) * (wall - a.wall)) / (b.wall - a.wall);
}
