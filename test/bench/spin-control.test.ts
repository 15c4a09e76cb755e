/**
 * The tail's control (bench/baseline/spin.ts) in this process on loopback: each request costs
 * SPIN_MS of CPU time (not of wall time), and OFF_MAIN_MS more in a helper process in its path, answers
 * exactly the requested size, and writes a request-log line the latency split joins by
 * x-request-id, as it joins the app's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useLoopbackServer } from './loopback';
import { spinBodyBytes, spinHandler, startOffMainSpinner } from '../../bench/baseline/spin';
import { parseRequestLog } from '../../bench/lib/gc-trace';
import { runPaced } from '../../bench/lib/paced';
import { splitTail } from '../../bench/lib/tail-split';

const SPIN_MS = 4;

/**
 * `rate` requests over one second to the loopback server: the run, this process's CPU time meanwhile
 * (ms), and the request-log lines written for its answers.
 */
async function pacedSecond(
  url: string,
  rate: number,
  requestIdPrefix: string,
  lines: string[],
  onResponse: (status: number, text: string) => void = () => {},
) {
  const from = Date.now();
  const cpuBefore = process.cpuUsage();
  const run = await runPaced({
    url,
    rate,
    durationSec: 1,
    requestIdPrefix,
    request: { method: 'POST', path: '/graphql', body: '{}', onResponse },
  });
  const cpu = process.cpuUsage(cpuBefore);
  const served = parseRequestLog(lines.join('\n'), from - 10, Date.now() + 10);
  return { run, cpuMs: (cpu.user + cpu.system) / 1000, served };
}

describe('bench tail control (spin server)', () => {
  const lines: string[] = [];
  const server = useLoopbackServer(spinHandler(SPIN_MS, 300, (line) => lines.push(line)));

  it('spins CPU time per request, answers the size asked, and logs each answer under its request id', async () => {
    const sizes: number[] = [];
    const { run, cpuMs, served } = await pacedSecond(server.url, 25, 'spin.test.', lines, (status, text) =>
      sizes.push(status === 200 ? Buffer.byteLength(text) : -1),
    );
    expect(sizes).toEqual(Array(25).fill(300));
    // 25 requests × 4 ms of CPU, at least (this process also ran the generator).
    expect(cpuMs).toBeGreaterThanOrEqual(25 * SPIN_MS);
    expect(served).toHaveLength(25);
    const split = splitTail(run.timings, served);
    expect(split.matched).toBe(25);
    expect(split.median.inHandlerMs).toBeGreaterThanOrEqual(SPIN_MS);
  });

  it('never answers less than an empty pad', () => {
    expect(spinBodyBytes(5)).toBe(19);
    expect(spinBodyBytes(2048.7)).toBe(2048);
  });
});

describe('bench tail control, with CPU off the main thread', () => {
  const OFF_MAIN_MS = 6;
  const lines: string[] = [];
  const spinner = startOffMainSpinner();
  afterAll(() => spinner.stop());
  const server = useLoopbackServer(spinHandler(SPIN_MS, 300, (line) => lines.push(line), { ms: OFF_MAIN_MS, spinner }));

  it('has a helper process spend the off-main CPU, inside each request', async () => {
    const { run, cpuMs, served } = await pacedSecond(server.url, 20, 'spin.off-main.', lines);
    // This process spent the main part of every request (the helper's is its own).
    expect(cpuMs).toBeGreaterThanOrEqual(20 * SPIN_MS);
    const split = splitTail(run.timings, served);
    expect(split.matched).toBe(20);
    // The answer waits for the helper's part, as the app's waits for its statements.
    expect(split.median.inHandlerMs).toBeGreaterThanOrEqual(SPIN_MS + OFF_MAIN_MS);
  });
});
