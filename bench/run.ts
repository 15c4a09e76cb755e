/**
 * npm run bench — measures the server under load, side by side with its baselines, in one run.
 *
 *   node dist/bench/run.js [--db sqlite|postgres] [--duration S] [--quick] [--connections 1,10,50]
 *                          [--only op,…] [--skip section,…] [--profile] [--reseed] [--pg-url URL]
 *
 * See BENCHMARKS.md for what is measured, how, and the last recorded figures.
 */
import { randomBytes } from 'node:crypto';
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphqlOk } from './lib/http';
import { probeRead, probeWrite, runLoad, SkipOperation, type Probe, type RunResult } from './lib/load';
import {
  ALL_OPERATIONS,
  OPTIONAL_OPERATIONS,
  customerListPlan,
  dashboardPlan,
  gatherIds,
  nodesPlan,
  orderPlan,
  postgraphileCustomerListPlan,
  writePlan,
  type Ids,
  type OperationKey,
  type Plan,
  type ReadPlan,
} from './lib/operations';
import { CACHE_DIR, DIST_BENCH, RESULTS_DIR, ROOT } from './lib/paths';
import { newestFile, readMemory, startServer, type ServerProcess } from './lib/proc';
import { formatProfile, profileClockUs, summarizeProfile, type ProfileSummary } from './lib/profile';
import { fmt, markdownTable, maxRps, runAt, table, variantRows, variantTable, type OperationResult, type VariantResult } from './lib/report';
import { ensureSeeded, type Scale, type SeededDatabase } from './lib/seed-cache';
import { ratio } from './lib/stats';

const SECTIONS = ['no-permissions', 'no-loaders', 'no-rate-limit', 'bare', 'postgraphile', 'fixed-rate', 'scaling', 'memory'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: node dist/bench/run.js [options]   (npm run bench -- [options])

  --db sqlite|postgres   database (default sqlite; postgres adds the PostGraphile baseline)
  --duration S           seconds per measured run (default 10)
  --quick                smoke run: 2 s per run, 1 s warm-up
  --connections LIST     closed-loop concurrencies (default 1,10,50)
  --only LIST            operations: ${ALL_OPERATIONS.join(',')}
  --skip LIST            sections: ${SECTIONS.join(',')}
  --profile              afterwards, CPU-profile the app and the bare baseline on the customer list
  --reseed               regenerate the cached seeds
  --reuse-seed           use cached seeds even if the seeder changed since (or the month did)
  --pg-url URL           PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres)
  --help`;

interface Args {
  db: 'sqlite' | 'postgres';
  duration: number;
  warmup: number;
  quick: boolean;
  connections: number[];
  only: Set<OperationKey>;
  skip: Set<Section>;
  profile: boolean;
  reseed: boolean;
  reuseSeed: boolean;
  pgUrl: string;
}

function parse(argv: string[]): Args | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string' },
      duration: { type: 'string' },
      quick: { type: 'boolean' },
      connections: { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
      profile: { type: 'boolean' },
      reseed: { type: 'boolean' },
      'reuse-seed': { type: 'boolean' },
      'pg-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const db = values.db ?? 'sqlite';
  if (db !== 'sqlite' && db !== 'postgres') throw new Error(`--db must be sqlite or postgres, got ${db}`);
  const quick = !!values.quick;
  const duration = values.duration ? Number(values.duration) : quick ? 2 : 10;
  if (!(duration >= 1 && duration <= 600)) throw new Error('--duration must be 1–600 seconds');
  const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
  const connections = values.connections ? list(values.connections).map(Number) : [1, 10, 50];
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) throw new Error('--connections must be whole numbers 1–1000');
  const only = new Set((values.only ? list(values.only) : ALL_OPERATIONS) as OperationKey[]);
  for (const o of only) if (!ALL_OPERATIONS.includes(o)) throw new Error(`unknown operation ${o} (${ALL_OPERATIONS.join(', ')})`);
  const skip = new Set(list(values.skip) as Section[]);
  for (const s of skip) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s} (${SECTIONS.join(', ')})`);
  return {
    db,
    duration,
    warmup: quick ? 1 : Math.min(3, Math.max(1, duration / 4)),
    quick,
    connections,
    only,
    skip,
    profile: !!values.profile,
    reseed: !!values.reseed,
    reuseSeed: !!values['reuse-seed'],
    pgUrl: values['pg-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}

// ---------------------------------------------------------------------------------------------

type Kind = 'app' | 'bare' | 'postgraphile';

interface Variant {
  name: string;
  label: string;
  kind: Kind;
  scale: Scale;
  env?: Record<string, string>;
  ops: OperationKey[];
  fixedRate?: boolean;
  memory?: boolean;
  pageSizes?: boolean;
}

const SECRET = randomBytes(32).toString('hex');
const SIGN_IN = 'mutation BenchSignIn($input: SignInInput!) { signIn(input: $input) { token userErrors { code message } } }';
const DEMO_LOGIN = { loginName: 'dist-admin', password: 'Partner@2026' };

function appEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_SECRET: SECRET,
    DATABASE_URL: url,
    EXPOSE_SQL_COUNT: 'true',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    GRAPHIQL: 'false',
    INTROSPECTION: 'false',
    // The rate limiter stays on as in production (one statement per request), with a bucket the
    // load cannot empty: the benchmark measures its cost, not its refusals.
    RATE_LIMIT_CAPACITY: '1000000000',
    RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
    RATE_LIMIT_ANONYMOUS_CAPACITY: '1000000',
    RATE_LIMIT_ANONYMOUS_RESTORE_PER_SECOND: '1000000',
    // The issue's customer-list page (100 customers × 5 coupons × 5 orders with line items) is
    // priced above the default MAX_QUERY_COST of 10,000 (12,704 points): raised so it runs at all.
    MAX_QUERY_COST: '100000',
    ...extra,
  };
}

function scriptOf(kind: Kind): string {
  return kind === 'app' ? join(DIST_BENCH, 'server.js') : kind === 'bare' ? join(DIST_BENCH, 'baseline/bare-server.js') : join(DIST_BENCH, 'baseline/postgraphile-server.js');
}

function planFor(key: OperationKey, kind: Kind, ids: Ids, first = 100): Plan | null {
  if (kind === 'postgraphile') return key === 'customer-list' ? postgraphileCustomerListPlan(ids.partnerId, first) : null;
  if (kind === 'bare') return key === 'customer-list' ? customerListPlan(first) : null;
  switch (key) {
    case 'customer-list':
      return customerListPlan(first);
    case 'nodes':
      return nodesPlan(ids);
    case 'order':
      return orderPlan(ids);
    case 'dashboard':
      return dashboardPlan();
    case 'write-mix':
      return writePlan(ids);
  }
}

const log = (msg: string) => console.log(msg);
const elapsed = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

async function probe(url: string, token: string | null, plan: Plan): Promise<Probe> {
  return plan.kind === 'read' ? probeRead(url, token, plan) : probeWrite(url, token!, plan);
}

interface Context {
  args: Args;
  seeds: Record<Scale, SeededDatabase>;
  ids: Partial<Record<Scale, Ids>>;
  token: string | null;
  logDir: string;
  t0: number;
  appBodies: Map<string, unknown>;
  notes: string[];
}

async function runVariant(ctx: Context, variant: Variant): Promise<VariantResult> {
  const { args } = ctx;
  const seed = ctx.seeds[variant.scale];
  const result: VariantResult = { name: variant.name, label: variant.label, scale: variant.scale, startedAt: new Date().toISOString(), operations: [], skipped: [], notes: [] };
  log(`\n=== ${variant.label} — ${variant.scale} seed [${elapsed(ctx.t0)}]`);
  const env = variant.kind === 'app' ? appEnv(seed.url, variant.env) : { DATABASE_URL: seed.url, AUTH_SECRET: SECRET, PORT: '0' };
  const server = await startServer({ name: variant.name, script: scriptOf(variant.kind), env, logFile: join(ctx.logDir, `${variant.name}.log`) });
  try {
    if (variant.kind === 'app') {
      const { data } = await graphqlOk<{ signIn: { token: string | null; userErrors: unknown[] } }>(server.url, SIGN_IN, { input: DEMO_LOGIN });
      if (!data.signIn.token) throw new Error(`sign-in refused: ${JSON.stringify(data.signIn.userErrors)}`);
      ctx.token = data.signIn.token;
      if (!ctx.ids[variant.scale]) {
        ctx.ids[variant.scale] = await gatherIds(server.url, ctx.token);
        const ids = ctx.ids[variant.scale]!;
        log(`ids gathered: nodes mix ${JSON.stringify(ids.nodeMix)}, order ${ids.orderId ?? 'none'}, write mix ${ids.write ? ids.write.note : 'no usable quota or customers'}`);
      }
    }
    const ids = ctx.ids[variant.scale];
    if (!ids) throw new Error(`${variant.name}: ids not gathered (run an app variant on the ${variant.scale} seed first)`);
    const token = variant.kind === 'postgraphile' ? null : ctx.token;

    if (variant.pageSizes) {
      result.pageSizes = [];
      for (const first of [10, 50, 100]) {
        const plan = planFor('customer-list', variant.kind, ids, first) as ReadPlan;
        const p = await probeRead(server.url, token, plan);
        result.pageSizes.push({ first, sql: p.sql, summary: p.summary });
      }
      const counts = result.pageSizes.map((p) => p.sql);
      const equal = counts.every((c) => c === counts[0]);
      log(`SQL statements per request of customer-list at first = 10, 50, 100: ${counts.join(', ')}${equal ? ' (equal)' : '  ← FLAGGED: grows with the page size'}`);
    }

    for (const key of variant.ops) {
      const plan = planFor(key, variant.kind, ids);
      if (!plan) {
        const reason = key === 'order' ? 'no order found' : key === 'write-mix' ? 'no usable quota or RESALE customers' : 'not available';
        result.skipped.push({ key, reason });
        log(`${key}: skipped (${reason})`);
        continue;
      }
      let first: Probe;
      try {
        first = await probe(server.url, token, plan);
      } catch (err) {
        if (err instanceof SkipOperation && OPTIONAL_OPERATIONS.has(key)) {
          result.skipped.push({ key, reason: `not in the schema yet: ${err.message}` });
          log(`${key}: skipped — not in the schema yet (${err.message})`);
          continue;
        }
        throw err;
      }
      log(`${key}: ${first.summary}; ${first.bytes} bytes, ${first.sql ?? '?'} SQL statements`);
      if (key === 'customer-list') {
        if (variant.kind === 'app' && variant.name === 'app') ctx.appBodies.set(variant.scale, (first.body as { data: unknown }).data);
        if (variant.kind === 'bare') {
          const same = JSON.stringify((first.body as { data: unknown }).data) === JSON.stringify(ctx.appBodies.get(variant.scale));
          result.notes.push(same ? 'bare baseline answers the customer list with the same data as the app (compared field by field)' : 'bare baseline data DIFFERS from the app answer');
          log(`bare baseline data ${same ? 'identical to' : 'DIFFERENT from'} the app's`);
        }
      }
      const op: OperationResult = { key, summary: first.summary, probeBytes: first.bytes, probeSql: first.sql, runs: [] };
      result.operations.push(op);
      // Warm-up (JIT, caches, connection pools); not recorded.
      await runLoad({ url: server.url, token, plan, probe: first, connections: Math.min(10, Math.max(...args.connections)), durationSec: args.warmup });
      let serviceMs: number | null = null;
      for (const connections of [...args.connections].sort((a, b) => a - b)) {
        const p = await probe(server.url, token, plan);
        // A slow operation at high concurrency answers each connection only every c × (service
        // time) seconds: the run is lengthened (up to 4 × --duration) so each connection gets
        // about 3 answers, else the percentiles would describe only the first, least queued ones.
        const needed = serviceMs === null ? 0 : (3 * connections * serviceMs) / 1000;
        const durationSec = Math.min(4 * args.duration, Math.max(args.duration, Math.ceil(needed)));
        const run = await runLoad({ url: server.url, token, plan, probe: p, connections, durationSec, pid: server.pid });
        if (durationSec > args.duration) run.notes.push(`lengthened to ${durationSec} s`);
        if (run.responses < 3 * connections) run.notes.push(`only ${run.responses} answers for ${connections} connections: percentiles unreliable`);
        serviceMs ??= run.latencyMs.p50;
        op.runs.push(run);
        log(runLine(key, run));
      }
      if (variant.fixedRate && plan.kind === 'read') {
        const max = maxRps(op)!;
        const rate = Math.max(1, Math.round(max * 0.6));
        const connections = Math.max(1, Math.min(10, rate));
        const p = await probe(server.url, token, plan);
        const run = await runLoad({ url: server.url, token, plan, probe: p, connections, durationSec: args.duration, rate, pid: server.pid });
        const p99OverP50 = run.latencyMs.p99 / run.latencyMs.p50;
        op.fixedRate = { ...run, p99WithinBudget: p99OverP50 <= 3, p99OverP50 };
        log(`${runLine(key, run)}  p99/p50 = ${p99OverP50.toFixed(2)} ${p99OverP50 <= 3 ? '(≤ 3)' : '← over 3'}`);
      }
    }

    if (variant.memory) {
      const reads = result.operations.filter((o) => o.key !== 'write-mix' && o.runs.length);
      const heaviest = [...reads].sort((a, b) => (maxRps(a) ?? Infinity) - (maxRps(b) ?? Infinity))[0];
      if (heaviest) {
        const plan = planFor(heaviest.key as OperationKey, variant.kind, ids)!;
        const connections = Math.max(...args.connections);
        const rounds: NonNullable<VariantResult['memory']>['rounds'] = [];
        for (let round = 1; round <= 3; round++) {
          const p = await probe(server.url, token, plan);
          const run = await runLoad({ url: server.url, token, plan, probe: p, connections, durationSec: args.duration, pid: server.pid });
          await new Promise((r) => setTimeout(r, 1000));
          const mem = readMemory(server.pid);
          rounds.push({ round, rssAfterMiB: mem?.rssMiB ?? null, peakRssMiB: run.peakRssMiB, rps: run.rps });
          log(`memory round ${round}: ${heaviest.key} × ${connections} connections: ${fmt(run.rps)} req/s, RSS after ${fmt(mem?.rssMiB, 0)} MiB (peak ${fmt(run.peakRssMiB, 0)} MiB)${run.flagged ? ' FLAGGED' : ''}`);
        }
        const first = rounds[0].rssAfterMiB;
        const last = rounds[2].rssAfterMiB;
        const growth = first && last ? (last - first) / first : null;
        result.memory = { operation: heaviest.key, connections, rounds, growth, flagged: growth !== null && growth > 0.1 };
        log(`memory growth round 1 → 3: ${growth === null ? '–' : `${(growth * 100).toFixed(1)} %`}${result.memory.flagged ? '  ← FLAGGED (> 10 %)' : ' (≤ 10 %)'}`);
      }
    }
  } catch (err) {
    console.error(`\n${variant.name} failed: ${(err as Error).stack ?? (err as Error).message}\n--- server log (${server.logFile}) ---\n${server.tail(40)}\n---`);
    throw err;
  } finally {
    await server.stop();
  }
  log(`\n${variantTable(result)}`);
  return result;
}

function runLine(key: string, r: RunResult): string {
  const mode = r.mode === 'fixed-rate' ? `fixed ${fmt(r.targetRate, 0)} req/s` : `${r.connections} conn`;
  const flag = r.flagged ? `  FLAGGED ${JSON.stringify({ non2xx: r.checks.non2xx, errors: r.checks.errors, size: r.checks.sizeMismatch, shape: r.checks.shapeMismatch, transport: r.checks.transportErrors, sql: r.sqlVaried ? r.checks.sql : undefined, first: r.checks.firstProblem })}` : '';
  return `  ${key.padEnd(14)} ${mode.padEnd(18)} ${fmt(r.rps).padStart(8)} req/s  p50 ${fmt(r.latencyMs.p50).padStart(7)}  p95 ${fmt(r.latencyMs.p95).padStart(7)}  p99 ${fmt(r.latencyMs.p99).padStart(7)} ms  SQL ${fmt(r.sqlPerRequest, 1)}  RSS ${fmt(r.peakRssMiB, 0)} MiB  ${r.responses} answers in ${r.durationSec.toFixed(1)} s${r.notes.length ? ` (${r.notes.join('; ')})` : ''}${flag}`;
}

// ---------------------------------------------------------------------------------------------

interface Verdict {
  budget: string;
  measured: string;
  pass: boolean | null;
  note?: string;
}

function ratiosAndVerdicts(results: VariantResult[], args: Args): { ratios: Record<string, unknown>[]; verdicts: Verdict[] } {
  const byName = new Map(results.map((r) => [r.name, r]));
  const app = byName.get('app');
  const opOf = (variant: string, key: string) => byName.get(variant)?.operations.find((o) => o.key === key);
  const ratios: Record<string, unknown>[] = [];
  const verdicts: Verdict[] = [];
  const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
  const x = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
  const perConnections = (a: string, b: string, key: string) =>
    Object.fromEntries(args.connections.map((c) => [c, ratio(runAt(opOf(a, key), c)?.rps, runAt(opOf(b, key), c)?.rps)]));
  if (!app) return { ratios, verdicts };

  for (const op of app.operations) {
    const key = op.key;
    const np = opOf('app-no-permissions', key);
    if (np) {
      const r = ratio(maxRps(op), maxRps(np));
      const cost = r === null ? null : 1 - r;
      ratios.push({ ratio: 'permissions cost (1 − app / no-permissions, peak req/s)', operation: key, value: cost, perConnections: perConnections('app', 'app-no-permissions', key) });
      verdicts.push({ budget: `permissions cost ≤ 15 % of throughput — ${key}`, measured: pct(cost), pass: cost === null ? null : cost <= 0.15 });
    }
    const nl = opOf('app-no-loaders', key);
    if (nl) {
      const r = ratio(maxRps(op), maxRps(nl));
      const sql = ratio(nl.probeSql ?? undefined, op.probeSql ?? undefined);
      ratios.push({ ratio: 'N+1 factor (app / no-loaders, peak req/s; statements no-loaders / app)', operation: key, value: r, statements: sql, perConnections: perConnections('app', 'app-no-loaders', key) });
    }
    const rl = opOf('app-no-rate-limit', key);
    if (rl) {
      const r = ratio(maxRps(op), maxRps(rl));
      ratios.push({ ratio: 'rate limiter (app / RATE_LIMIT=false, peak req/s)', operation: key, value: r, perConnections: perConnections('app', 'app-no-rate-limit', key) });
    }
    const small = opOf('app-small', key);
    if (small) {
      const c1 = Math.min(...args.connections);
      const r = ratio(runAt(op, c1)?.latencyMs.p50, runAt(small, c1)?.latencyMs.p50);
      ratios.push({ ratio: `scaling: p50 latency large / small seed at ${c1} connection(s)`, operation: key, value: r, perConnections: Object.fromEntries(args.connections.map((c) => [c, ratio(runAt(op, c)?.latencyMs.p50, runAt(small, c)?.latencyMs.p50)])) });
    }
    if (op.fixedRate) {
      verdicts.push({ budget: `p99 ≤ 3 × p50 at ~60 % of max throughput — ${key}`, measured: `${op.fixedRate.p99OverP50.toFixed(2)}× (p50 ${fmt(op.fixedRate.latencyMs.p50)} ms, p99 ${fmt(op.fixedRate.latencyMs.p99)} ms at ${fmt(op.fixedRate.rps)} req/s)`, pass: op.fixedRate.p99WithinBudget });
    }
  }
  const cl = opOf('app', 'customer-list');
  const bare = opOf('bare', 'customer-list');
  if (cl && bare) {
    const r = ratio(maxRps(cl), maxRps(bare));
    ratios.push({ ratio: 'framework: app / bare graphql-js (peak req/s)', operation: 'customer-list', value: r, perConnections: perConnections('app', 'bare', 'customer-list') });
    verdicts.push({ budget: 'throughput ≥ 1.0 × bare graphql-js — customer-list', measured: x(r), pass: r === null ? null : r >= 1 });
    const rNp = ratio(maxRps(opOf('app-no-permissions', 'customer-list')), maxRps(bare));
    if (rNp !== null) ratios.push({ ratio: 'framework without shield: app-no-permissions / bare (peak req/s)', operation: 'customer-list', value: rNp });
  }
  const pg = opOf('postgraphile', 'customer-list');
  if (cl && pg) {
    const r = ratio(maxRps(cl), maxRps(pg));
    ratios.push({ ratio: 'peer: app / PostGraphile 4 (peak req/s)', operation: 'customer-list', value: r, perConnections: perConnections('app', 'postgraphile', 'customer-list') });
    verdicts.push({ budget: 'throughput ≥ 0.5 × PostGraphile — customer-list (with permissions on)', measured: x(r), pass: r === null ? null : r >= 0.5 });
  }
  for (const v of results) {
    if (!v.pageSizes) continue;
    const counts = v.pageSizes.map((p) => p.sql);
    const equal = counts.every((c) => c === counts[0]);
    if (v.name === 'app' || v.name === 'app-no-permissions') {
      verdicts.push({ budget: `SQL statements fixed by depth, not page size (first = 10/50/100) — ${v.label}`, measured: counts.join(' / '), pass: equal });
    }
  }
  for (const v of results) {
    if (!v.memory) continue;
    verdicts.push({
      budget: `no memory growth across 3 rounds (≤ 10 %) — ${v.memory.operation}`,
      measured: `${v.memory.rounds.map((r) => fmt(r.rssAfterMiB, 0)).join(' → ')} MiB (${v.memory.growth === null ? '–' : `${(v.memory.growth * 100).toFixed(1)} %`})`,
      pass: v.memory.growth === null ? null : !v.memory.flagged,
    });
  }
  const flaggedRuns = results.flatMap((v) => v.operations.flatMap((o) => [...o.runs, ...(o.fixedRate ? [o.fixedRate] : [])].filter((r) => r.flagged).map(() => `${v.name}/${o.key}`)));
  verdicts.push({ budget: 'every response checked (2xx, no errors, expected size, constant SQL count)', measured: flaggedRuns.length ? `${flaggedRuns.length} flagged runs: ${[...new Set(flaggedRuns)].join(', ')}` : 'all runs clean', pass: flaggedRuns.length === 0 });
  return { ratios, verdicts };
}

// ---------------------------------------------------------------------------------------------

function machine(): Record<string, unknown> {
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    dirty = execSync('git status --porcelain', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().length > 0;
  } catch {
    /* not a git checkout */
  }
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit,
    dirty,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

async function profilePass(ctx: Context): Promise<ProfileSummary[]> {
  const summaries: ProfileSummary[] = [];
  const seed = ctx.seeds.large;
  const ids = ctx.ids.large!;
  for (const kind of ['app', 'bare'] as const) {
    const dir = join(CACHE_DIR, 'profiles', `${kind}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const env = kind === 'app' ? appEnv(seed.url) : { DATABASE_URL: seed.url, AUTH_SECRET: SECRET, PORT: '0' };
    let window: { fromUs: number; toUs: number } | undefined;
    const server: ServerProcess = await startServer({ name: `profile-${kind}`, script: scriptOf(kind), env, execArgv: ['--cpu-prof', '--cpu-prof-dir', dir], logFile: join(ctx.logDir, `profile-${kind}.log`) });
    try {
      const plan = planFor('customer-list', kind, ids)!;
      const p = await probe(server.url, ctx.token, plan);
      await runLoad({ url: server.url, token: ctx.token, plan, probe: p, connections: 10, durationSec: ctx.args.warmup });
      const fromUs = profileClockUs();
      const run = await runLoad({ url: server.url, token: ctx.token, plan, probe: p, connections: 10, durationSec: ctx.args.duration });
      window = { fromUs, toUs: profileClockUs() };
      log(`profile run (${kind}, customer-list, 10 connections): ${fmt(run.rps)} req/s under the profiler`);
    } finally {
      await server.stop();
    }
    const file = newestFile(dir, '.cpuprofile');
    if (!file) {
      log(`no CPU profile written for ${kind}`);
      continue;
    }
    const summary = summarizeProfile(file, window);
    summaries.push(summary);
    log(`\n[${kind}] ${formatProfile(summary)}`);
  }
  return summaries;
}

async function main(): Promise<number> {
  let args: Args | null;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const t0 = Date.now();
  let finished = false;
  // An await that can never settle empties the event loop, and Node would exit 0 in silence.
  process.on('beforeExit', () => {
    if (!finished) {
      console.error('bench: stopped before the end (a wait that never settles); results not written');
      process.exitCode = 1;
    }
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logDir = join(CACHE_DIR, 'logs', stamp);
  mkdirSync(logDir, { recursive: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const info = machine();
  log(`partner-graph bench: ${args.db}, ${args.duration} s per run, connections ${args.connections.join('/')}, ${info.nproc} CPUs, node ${info.node}, commit ${info.commit}${info.dirty ? ' (dirty)' : ''}, load average ${(info.loadAverageAtStart as number[]).join(' ')}`);
  if ((info.loadAverageAtStart as number[])[0] > (info.nproc as number) * 0.5) {
    log(`warning: the machine is busy (load average ${(info.loadAverageAtStart as number[])[0]} on ${info.nproc} CPUs); absolute figures will be low and noisy, ratios less so`);
  }

  const useScaling = !args.skip.has('scaling');
  const seeds = {} as Record<Scale, SeededDatabase>;
  seeds.large = await ensureSeeded(args.db, 'large', { pgUrl: args.pgUrl, force: args.reseed, reuseAny: args.reuseSeed });
  log(`large seed: ${seeds.large.reused ? 'cached' : 'generated'} (${seeds.large.seededAt}): ${Object.entries(seeds.large.rows).map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`).join(', ')}`);
  if (useScaling) {
    seeds.small = await ensureSeeded(args.db, 'small', { pgUrl: args.pgUrl, force: args.reseed, reuseAny: args.reuseSeed });
    log(`small seed: ${seeds.small.reused ? 'cached' : 'generated'}: ${Object.entries(seeds.small.rows).map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`).join(', ')}`);
  }

  const ops = ALL_OPERATIONS.filter((o) => args!.only.has(o));
  const readsFirst = [...ops.filter((o) => o !== 'write-mix'), ...ops.filter((o) => o === 'write-mix')];
  const variants: Variant[] = [
    { name: 'app', label: 'app (production mode)', kind: 'app', scale: 'large', ops: readsFirst, fixedRate: !args.skip.has('fixed-rate'), memory: !args.skip.has('memory'), pageSizes: true },
  ];
  if (!args.skip.has('no-permissions')) variants.push({ name: 'app-no-permissions', label: 'app, permissions off (bench-only)', kind: 'app', scale: 'large', env: { BENCH_DISABLE_PERMISSIONS: 'true' }, ops: readsFirst, pageSizes: true });
  if (!args.skip.has('no-loaders')) variants.push({ name: 'app-no-loaders', label: 'app, loaders off (bench-only)', kind: 'app', scale: 'large', env: { BENCH_DISABLE_LOADERS: 'true' }, ops: readsFirst, pageSizes: true });
  if (!args.skip.has('no-rate-limit') && ops.includes('customer-list')) variants.push({ name: 'app-no-rate-limit', label: 'app, RATE_LIMIT=false', kind: 'app', scale: 'large', env: { RATE_LIMIT: 'false' }, ops: ['customer-list'] });
  if (!args.skip.has('bare') && ops.includes('customer-list')) variants.push({ name: 'bare', label: 'bare graphql-js baseline', kind: 'bare', scale: 'large', ops: ['customer-list'], pageSizes: true });
  if (args.db === 'postgres' && !args.skip.has('postgraphile') && ops.includes('customer-list')) variants.push({ name: 'postgraphile', label: 'PostGraphile 4 baseline', kind: 'postgraphile', scale: 'large', ops: ['customer-list'], pageSizes: true });
  if (useScaling) variants.push({ name: 'app-small', label: 'app (production mode)', kind: 'app', scale: 'small', ops: readsFirst });

  const runsPerOp = args.connections.length;
  const estimate = variants.reduce((s, v) => s + v.ops.length * (runsPerOp * args!.duration + args!.warmup + (v.fixedRate ? args!.duration : 0)) + (v.memory ? 3 * args!.duration : 0) + 5, 0);
  log(`${variants.length} server configurations; about ${Math.ceil(estimate / 60)} min of load${args.profile ? ' plus the profile pass' : ''}.`);

  const ctx: Context = { args, seeds, ids: {}, token: null, logDir, t0, appBodies: new Map(), notes: [] };
  const results: VariantResult[] = [];
  for (const v of variants) results.push(await runVariant(ctx, v));
  const profiles = args.profile ? await profilePass(ctx) : [];

  const { ratios, verdicts } = ratiosAndVerdicts(results, args);
  log('\n=== Ratios');
  log(
    table(
      ['ratio', 'operation', 'value', 'by connections'],
      ratios.map((r) => [
        String(r.ratio),
        String(r.operation),
        typeof r.value === 'number' ? r.value.toFixed(3) : '–',
        r.perConnections ? Object.entries(r.perConnections as Record<string, number | null>).map(([c, v]) => `${c}: ${v === null ? '–' : v.toFixed(2)}`).join('  ') : '',
      ]),
    ),
  );
  log('\n=== Budgets');
  log(table(['budget', 'measured', 'verdict'], verdicts.map((v) => [v.budget, v.measured, v.pass === null ? 'n/a' : v.pass ? 'met' : 'MISSED'])));

  const machineAtEnd = { ...info, loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100) };
  const output = {
    startedAt: new Date(t0).toISOString(),
    wallSeconds: Math.round((Date.now() - t0) / 1000),
    command: `node dist/bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
    args: { ...args, only: [...args.only], skip: [...args.skip] },
    machine: machineAtEnd,
    seeds,
    ids: ctx.ids,
    variants: results,
    ratios,
    verdicts,
    profiles,
  };
  const base = join(RESULTS_DIR, `${stamp}-${args.db}${args.quick ? '-quick' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(output, null, 2)}\n`);
  const md = [
    `### ${output.startedAt} — ${args.db}${args.quick ? ' (quick)' : ''}`,
    '',
    `Command \`${output.command}\`; ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB, node ${info.node}, commit ${info.commit}${info.dirty ? ' + uncommitted changes' : ''}; load average ${(info.loadAverageAtStart as number[]).join(' ')} at start, ${machineAtEnd.loadAverageAtEnd.join(' ')} at end; ${output.wallSeconds} s.`,
    '',
    ...results.flatMap((v) => {
      const { head, rows } = variantRows(v);
      return [`**${v.label}**, ${v.scale} seed${v.pageSizes ? ` — SQL at first = 10/50/100: ${v.pageSizes.map((p) => p.sql).join('/')}` : ''}${v.skipped.length ? ` — skipped: ${v.skipped.map((s) => `${s.key} (${s.reason})`).join('; ')}` : ''}`, '', markdownTable(head, rows), ''];
    }),
    '**Ratios**',
    '',
    markdownTable(
      ['ratio', 'operation', 'value', 'by connections'],
      ratios.map((r) => [String(r.ratio), String(r.operation), typeof r.value === 'number' ? r.value.toFixed(3) : '–', r.perConnections ? Object.entries(r.perConnections as Record<string, number | null>).map(([c, v]) => `${c}: ${v === null ? '–' : v.toFixed(2)}`).join(', ') : '']),
    ),
    '',
    '**Budgets**',
    '',
    markdownTable(['budget', 'measured', 'verdict'], verdicts.map((v) => [v.budget, v.measured, v.pass === null ? 'n/a' : v.pass ? 'met' : '**missed**'])),
    '',
  ].join('\n');
  writeFileSync(`${base}.md`, md);
  finished = true;
  log(`\nResults: ${base}.json (and .md); server logs in ${logDir}. Wall time ${output.wallSeconds} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
