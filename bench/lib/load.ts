/**
 * Load with autocannon (as a library), every response checked:
 *   reads  — HTTP 2xx, Content-Length equal to the probe's, no "errors" key, and the SQL statement
 *            count (x-sql-statements) equal to the probe's;
 *   writes — HTTP 2xx and the whole JSON parsed: every coupon issued and reclaimed, no user errors.
 * Mismatches are counted by kind; a run with any is flagged, never silently averaged.
 * Latencies are the raw response times autocannon reports per response; percentiles are computed
 * here from all of them (autocannon's own table has no p95).
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { postGraphql } from './http';
import { type PacedTiming, runPaced } from './paced';
import { missingFromSchema, type Plan, type ReadPlan, type WritePlan } from './operations';
import { readCommandCpuMs, readCpuMs, readMemory, resetPeak, sampleRss } from './proc';
import { firstDifference } from './json-diff';
import { summarize, type LatencySummary } from './stats';

export interface Probe {
  /** Body bytes of a correct answer. */
  bytes: number;
  /** SQL statements of one request (header), null if the server does not report them. */
  sql: number | null;
  summary: string;
  body: { data?: unknown; errors?: unknown[] };
}

export class SkipOperation extends Error {}

export interface Checks {
  ok: number;
  non2xx: number;
  errors: number;
  sizeMismatch: number;
  shapeMismatch: number;
  transportErrors: number;
  /** Statements per request seen (count → responses). */
  sql: Record<string, number>;
  firstProblem: string | null;
}

const newChecks = (): Checks => ({
  ok: 0,
  non2xx: 0,
  errors: 0,
  sizeMismatch: 0,
  shapeMismatch: 0,
  transportErrors: 0,
  sql: {},
  firstProblem: null,
});

export interface RunResult {
  connections: number;
  mode: 'closed-loop' | 'fixed-rate';
  targetRate: number | null;
  durationSec: number;
  responses: number;
  rps: number;
  latencyMs: LatencySummary;
  sqlPerRequest: number | null;
  sqlVaried: boolean;
  bytes: number | null;
  checks: Checks;
  mismatches: number;
  flagged: boolean;
  peakRssMiB: number | null;
  rssAfterMiB: number | null;
  /** The server's CPU time (all threads) per answer during the run, ms (Linux). */
  cpuMsPerRequest: number | null;
  /** PostgreSQL's CPU time (every backend process) per answer during the run, ms; null on SQLite. */
  dbCpuMsPerRequest: number | null;
  /** Facts about the run that are not failures (lengthened, few answers). */
  notes: string[];
}

const header = (headers: Record<string, string | string[]>, name: string): string | undefined => {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

/** ` at <path>: <answer's value> ≠ <probe's>` for an answer that differs from the probe's, or ''. */
function whereItDiffers(probe: Probe, text: string): string {
  try {
    const found = firstDifference(probe.body, JSON.parse(text));
    return found ? ` at ${found}` : '';
  } catch {
    return ' (not JSON)';
  }
}

function note(checks: Checks, problem: string): void {
  if (!checks.firstProblem) checks.firstProblem = problem.slice(0, 300);
}

function countSql(checks: Checks, headers: Record<string, string | string[]>, tag = ''): void {
  const sql = header(headers, 'x-sql-statements');
  if (sql === undefined) return;
  const key = `${tag}${sql}`;
  checks.sql[key] = (checks.sql[key] ?? 0) + 1;
}

/** One request checked in full; gives the expected size and statement count for the load. */
export async function probeRead(url: string, token: string | null, plan: ReadPlan): Promise<Probe> {
  const res = await postGraphql(url, plan.request, token ? { authorization: `Bearer ${token}` } : {});
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new Error(`${plan.key}: HTTP ${res.status}, not JSON: ${res.text.slice(0, 200)}`);
  }
  const missing = missingFromSchema(body.errors);
  if (missing) throw new SkipOperation(missing);
  if (res.status < 200 || res.status >= 300)
    throw new Error(`${plan.key}: HTTP ${res.status}: ${res.text.slice(0, 400)}`);
  const summary = plan.validate(body);
  const sql = res.headers['x-sql-statements'];
  return { bytes: res.bytes, sql: sql === undefined ? null : Number(sql), summary, body };
}

let keySeq = 0;
const runTag = `bench-${Date.now().toString(36)}`;

function issueBody(plan: WritePlan, cursor: number): string {
  const n = plan.customerIds.length;
  const customerIds = Array.from(
    { length: plan.perRequest },
    (_, i) => plan.customerIds[(cursor * plan.perRequest + i) % n],
  );
  return JSON.stringify({
    query: plan.issue,
    variables: {
      input: {
        quotaId: plan.quotaId,
        customerIds,
        faceValue: '1.00',
        memo: 'bench write mix',
        idempotencyKey: `${runTag}-i-${++keySeq}`,
      },
    },
  });
}

function reclaimBody(plan: WritePlan, couponIds: string[]): string {
  return JSON.stringify({
    query: plan.reclaim,
    variables: { input: { couponIds, memo: 'bench write mix', idempotencyKey: `${runTag}-r-${++keySeq}` } },
  });
}

interface IssueAnswer {
  data?: { issueCoupons?: { succeeded: { coupon: { id: string } }[]; failed: unknown[]; userErrors: unknown[] } };
  errors?: { message?: string; extensions?: { code?: string } }[];
}
interface ReclaimAnswer {
  data?: { reclaimCoupons?: { succeeded: unknown[]; failed: unknown[]; userErrors: unknown[] } };
  errors?: unknown[];
}

/** One issue + reclaim pair checked in full (and the schema probed for the mutations). */
export async function probeWrite(url: string, token: string, plan: WritePlan): Promise<Probe> {
  const auth = { authorization: `Bearer ${token}` };
  const issued = await postGraphql(url, JSON.parse(issueBody(plan, 0)), auth);
  const a = JSON.parse(issued.text) as IssueAnswer;
  const missing = missingFromSchema(a.errors);
  if (missing) throw new SkipOperation(missing);
  const payload = a.data?.issueCoupons;
  if (issued.status !== 200 || !payload || payload.succeeded.length !== plan.perRequest) {
    throw new Error(`write-mix: issueCoupons answered HTTP ${issued.status}: ${issued.text.slice(0, 500)}`);
  }
  const reclaimed = await postGraphql(
    url,
    JSON.parse(
      reclaimBody(
        plan,
        payload.succeeded.map((s) => s.coupon.id),
      ),
    ),
    auth,
  );
  const b = JSON.parse(reclaimed.text) as ReclaimAnswer;
  if (reclaimed.status !== 200 || b.data?.reclaimCoupons?.succeeded.length !== plan.perRequest) {
    throw new Error(`write-mix: reclaimCoupons answered HTTP ${reclaimed.status}: ${reclaimed.text.slice(0, 500)}`);
  }
  const sqlA = issued.headers['x-sql-statements'];
  const sqlB = reclaimed.headers['x-sql-statements'];
  return {
    bytes: Math.round((issued.bytes + reclaimed.bytes) / 2),
    sql: sqlA === undefined || sqlB === undefined ? null : (Number(sqlA) + Number(sqlB)) / 2,
    summary: `issue ${plan.perRequest} coupons (${sqlA ?? '?'} statements) + reclaim them (${sqlB ?? '?'} statements)`,
    body: { data: { issue: a.data, reclaim: b.data } },
  };
}

function readRequests(plan: ReadPlan, probe: Probe, token: string | null, checks: Checks): autocannon.Request[] {
  const body = JSON.stringify(plan.request);
  const expected = String(probe.bytes);
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      onResponse(status, text, _ctx, headers) {
        countSql(checks, headers);
        if (status < 200 || status >= 300) {
          checks.non2xx += 1;
          note(checks, `HTTP ${status}: ${text.slice(0, 200)}`);
          return;
        }
        // "errors" as a key; inside strings JSON escapes the quotes, so data cannot fake it.
        if (text.includes('"errors":')) {
          checks.errors += 1;
          note(checks, `errors: ${text.slice(0, 200)}`);
          return;
        }
        const length = header(headers, 'content-length');
        if (length !== undefined ? length !== expected : Buffer.byteLength(text) !== probe.bytes) {
          checks.sizeMismatch += 1;
          // What changed, for the first one only (the note keeps the first problem).
          if (!checks.firstProblem)
            note(checks, `size ${length ?? Buffer.byteLength(text)} ≠ ${expected}${whereItDiffers(probe, text)}`);
          return;
        }
        checks.ok += 1;
      },
    },
  ];
}

function writeRequests(plan: WritePlan, token: string, checks: Checks): autocannon.Request[] {
  let cursor = 0;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers,
      setupRequest(req) {
        return { ...req, body: issueBody(plan, cursor++) };
      },
      onResponse(status, text, ctx, h) {
        countSql(checks, h, 'issue:');
        ctx.couponIds = null;
        if (status < 200 || status >= 300) {
          checks.non2xx += 1;
          note(checks, `issueCoupons HTTP ${status}: ${text.slice(0, 200)}`);
          return;
        }
        try {
          const a = JSON.parse(text) as IssueAnswer;
          if (a.errors?.length) {
            checks.errors += 1;
            note(checks, `issueCoupons errors: ${JSON.stringify(a.errors).slice(0, 200)}`);
            return;
          }
          const p = a.data!.issueCoupons!;
          if (p.succeeded.length !== plan.perRequest || p.failed.length || p.userErrors.length) {
            checks.shapeMismatch += 1;
            note(
              checks,
              `issueCoupons: ${p.succeeded.length}/${plan.perRequest} issued: ${JSON.stringify([p.failed, p.userErrors]).slice(0, 200)}`,
            );
            return;
          }
          ctx.couponIds = p.succeeded.map((s) => s.coupon.id);
          checks.ok += 1;
        } catch (err) {
          checks.shapeMismatch += 1;
          note(checks, `issueCoupons: ${(err as Error).message}`);
        }
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      headers,
      setupRequest(req, ctx) {
        // Nothing issued (a failed issue): reclaim an id that does not exist, counted as a mismatch.
        const ids = (ctx.couponIds as string[] | null) ?? [Buffer.from('Coupon:999999999').toString('base64url')];
        return { ...req, body: reclaimBody(plan, ids) };
      },
      onResponse(status, text, _ctx, h) {
        countSql(checks, h, 'reclaim:');
        if (status < 200 || status >= 300) {
          checks.non2xx += 1;
          note(checks, `reclaimCoupons HTTP ${status}: ${text.slice(0, 200)}`);
          return;
        }
        try {
          const b = JSON.parse(text) as ReclaimAnswer;
          if (b.errors?.length) {
            checks.errors += 1;
            note(checks, `reclaimCoupons errors: ${JSON.stringify(b.errors).slice(0, 200)}`);
            return;
          }
          const p = b.data!.reclaimCoupons!;
          if (p.succeeded.length !== plan.perRequest || p.failed.length || p.userErrors.length) {
            checks.shapeMismatch += 1;
            note(
              checks,
              `reclaimCoupons: ${p.succeeded.length}/${plan.perRequest} reclaimed: ${JSON.stringify([p.failed, p.userErrors]).slice(0, 200)}`,
            );
            return;
          }
          checks.ok += 1;
        } catch (err) {
          checks.shapeMismatch += 1;
          note(checks, `reclaimCoupons: ${(err as Error).message}`);
        }
      },
    },
  ];
}

export interface LoadOptions {
  url: string;
  token: string | null;
  plan: Plan;
  probe: Probe;
  connections: number;
  durationSec: number;
  /** Fixed-rate mode: total requests per second, evenly spaced, open loop (paced.ts); `connections` is ignored. */
  rate?: number;
  /** Server process to watch for memory and CPU. */
  pid?: number;
  /** The server reads PostgreSQL: its backends' CPU time is measured too. */
  postgres?: boolean;
  /** Fixed-rate mode: request ids start with this, and each request's timeline goes to onTimings. */
  requestIdPrefix?: string;
  onTimings?: (timings: PacedTiming[]) => void;
}

/**
 * Closed loop (autocannon): `connections` connections, each sending its next request when the
 * previous answered. Fixed rate: `rate` requests per second, evenly spaced, open loop (paced.ts).
 */
export async function runLoad(options: LoadOptions): Promise<RunResult> {
  const { plan, probe } = options;
  const checks = newChecks();
  const latencies: number[] = [];
  let transport = 0;
  const build = () =>
    plan.kind === 'read'
      ? readRequests(plan, probe, options.token, checks)
      : writeRequests(plan, options.token!, checks);
  const peakReset = options.pid ? resetPeak(options.pid) : false;
  const sampler = options.pid ? sampleRss(options.pid) : null;
  const cpuBefore = options.pid ? readCpuMs(options.pid) : null;
  const dbCpuBefore = options.pid && options.postgres ? readCommandCpuMs('postgres') : null;

  let lateness: LatencySummary | null = null;
  const instances: { instance: autocannon.Instance; done: Promise<autocannon.Result> }[] = [];
  const start = performance.now();
  const launch = (connections: number, connectionRate?: number) => {
    const instance = autocannon({
      url: options.url,
      connections,
      duration: options.durationSec,
      timeout: 60,
      requests: build(),
      ...(connectionRate ? { connectionRate } : {}),
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
    instance.on('reqError', (error: Error) => {
      transport += 1;
      checks.firstProblem ??= `transport: ${error.message}`;
    });
    instances.push({ instance, done: Promise.resolve(instance) });
  };
  let connections = options.connections;
  let elapsed: number;
  if (options.rate) {
    const paced = await runPaced({
      url: options.url,
      rate: options.rate,
      durationSec: options.durationSec,
      request: build()[0],
      requestIdPrefix: options.requestIdPrefix,
    });
    options.onTimings?.(paced.timings);
    latencies.push(...paced.latencies);
    transport = paced.transportErrors;
    if (paced.firstTransportError) checks.firstProblem ??= `transport: ${paced.firstTransportError}`;
    elapsed = paced.elapsedSec;
    connections = paced.connections;
    lateness = paced.lateness;
  } else {
    launch(options.connections);
    await Promise.all(instances.map((i) => i.done));
    elapsed = (performance.now() - start) / 1000;
  }
  checks.transportErrors = transport;

  const peakSampled = sampler ? sampler.stop() : NaN;
  const mem = options.pid ? readMemory(options.pid) : null;
  const cpuAfter = options.pid ? readCpuMs(options.pid) : null;
  const dbCpuAfter = dbCpuBefore != null ? readCommandCpuMs('postgres') : null;
  const peakRssMiB = mem ? (peakReset ? Math.max(mem.hwmMiB, peakSampled) : peakSampled) : null;

  const sqlKeys = Object.keys(checks.sql);
  let sqlPerRequest: number | null = null;
  let sqlVaried = false;
  if (plan.kind === 'read') {
    sqlVaried = sqlKeys.length > 1 || (probe.sql !== null && sqlKeys.length === 1 && Number(sqlKeys[0]) !== probe.sql);
    if (sqlKeys.length) {
      const total = sqlKeys.reduce((s, k) => s + Number(k) * checks.sql[k], 0);
      sqlPerRequest = total / sqlKeys.reduce((s, k) => s + checks.sql[k], 0);
    }
  } else if (sqlKeys.length) {
    const total = sqlKeys.reduce((s, k) => s + Number(k.split(':')[1]) * checks.sql[k], 0);
    sqlPerRequest = total / sqlKeys.reduce((s, k) => s + checks.sql[k], 0);
    const issueKinds = sqlKeys.filter((k) => k.startsWith('issue:')).length;
    const reclaimKinds = sqlKeys.filter((k) => k.startsWith('reclaim:')).length;
    sqlVaried = issueKinds > 1 || reclaimKinds > 1;
  }
  const mismatches =
    checks.non2xx + checks.errors + checks.sizeMismatch + checks.shapeMismatch + checks.transportErrors;
  const responses = latencies.length;
  // A run that answered nothing is a stall (session 21: PostgreSQL's write mix), never a clean run.
  if (responses === 0) checks.firstProblem ??= 'no answer within the run';
  return {
    connections,
    mode: options.rate ? 'fixed-rate' : 'closed-loop',
    targetRate: options.rate ?? null,
    durationSec: elapsed,
    responses,
    rps: responses / elapsed,
    latencyMs: summarize(latencies),
    sqlPerRequest,
    sqlVaried,
    bytes: plan.kind === 'read' ? probe.bytes : probe.bytes,
    checks,
    mismatches,
    flagged: mismatches > 0 || sqlVaried || responses === 0,
    peakRssMiB: peakRssMiB !== null && Number.isFinite(peakRssMiB) ? peakRssMiB : null,
    rssAfterMiB: mem?.rssMiB ?? null,
    cpuMsPerRequest: cpuBefore != null && cpuAfter != null && responses > 0 ? (cpuAfter - cpuBefore) / responses : null,
    dbCpuMsPerRequest:
      dbCpuBefore != null && dbCpuAfter != null && responses > 0 ? (dbCpuAfter - dbCpuBefore) / responses : null,
    notes: lateness
      ? [
          `paced open loop on up to ${connections} connections; sent late by p50 ${lateness.p50.toFixed(2)} ms, p99 ${lateness.p99.toFixed(2)} ms, max ${lateness.max.toFixed(1)} ms`,
        ]
      : [],
  };
}
