import type { TailControl } from './tail-control';
import type { GcAlignment } from './gc-trace';
import type { TailSplit } from './tail-split';
import type { RunResult } from './load';
import type { PacedPeak } from './paced-peak';
import type { PairedComparison } from './paired';

export interface OperationResult {
  key: string;
  summary: string;
  probeBytes: number;
  probeSql: number | null;
  runs: RunResult[];
  /** The app against app-no-permissions in paired short slices (paired.ts): the permissions cost. */
  permissionPairs?: PairedComparison;
  /** The app against the bare graphql-js server and PostGraphile in paired slices (customer list). */
  peerPairs?: Partial<Record<'bare' | 'postgraphile', PairedComparison>>;
  fixedRate?: RunResult & {
    p99WithinBudget: boolean;
    p99OverP50: number;
    gc?: GcAlignment | string;
    /** The latency split at the server's request log (tail-split.ts). */
    split?: TailSplit;
    /** The server's main thread: share of the wall time on a CPU, and CPU ms per answer (Linux). */
    mainThreadShare?: number | null;
    mainThreadCpuMsPerRequest?: number | null;
    /** The spin server at the same rate and main-thread CPU per request (bench/lib/tail-control.ts). */
    control?: TailControl;
    /** How the rate was chosen: 60 % of this (paced-peak.ts). */
    pacedPeak?: PacedPeak;
  };
}

export interface VariantResult {
  name: string;
  label: string;
  scale: string;
  startedAt: string;
  operations: OperationResult[];
  skipped: { key: string; reason: string }[];
  pageSizes?: { first: number; sql: number | null; summary: string }[];
  memory?: {
    operation: string;
    connections: number;
    rounds: {
      round: number;
      rssAfterMiB: number | null;
      /** The heap a full GC leaves (the server's retained memory). */
      heapAfterGcMiB: number | null;
      peakRssMiB: number | null;
      rps: number;
    }[];
    /** Growth from round 1 to 3 of the heap after a full GC (of RSS when the server did not answer). */
    growth: number | null;
    growthOf: 'heap after GC' | 'RSS';
    flagged: boolean;
  };
  notes: string[];
}

const fmt = (v: number | null | undefined, digits = 1) => (v == null || !Number.isFinite(v) ? '–' : v.toFixed(digits));

/** Peak closed-loop throughput over the concurrencies (runs without an answer do not count). */
export function maxRps(op: OperationResult | undefined): number | undefined {
  const levels = [...new Set(op?.runs.filter((r) => r.mode === 'closed-loop').map((r) => r.connections) ?? [])];
  const medians = levels.flatMap((c) => runAt(op, c)?.rps ?? []);
  const fixed = op?.runs.filter((r) => r.mode !== 'closed-loop' && r.responses > 0).map((r) => r.rps) ?? [];
  const all = [...medians, ...fixed];
  return all.length ? Math.max(...all) : undefined;
}

/**
 * The closed-loop run at this concurrency, if one got answers: with several rounds (--rounds), the
 * run of median throughput (the lower middle one of an even number), so one run slowed by the
 * machine does not decide a ratio.
 */
export function runAt(op: OperationResult | undefined, connections: number): RunResult | undefined {
  const runs = (op?.runs ?? [])
    .filter((r) => r.connections === connections && r.mode === 'closed-loop' && r.responses > 0)
    .sort((a, b) => a.rps - b.rps);
  return runs[Math.floor((runs.length - 1) / 2)];
}

/** A fixed-width table of every closed-loop and fixed-rate run of a variant. */
export function variantTable(v: VariantResult): string {
  const { head, rows } = variantRows(v);
  return table(head, rows);
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const last = head.length - 1;
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === last ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table as Markdown (BENCHMARKS.md). */
export function markdownTable(head: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function variantRows(v: VariantResult): { head: string[]; rows: string[][] } {
  const head = [
    'operation',
    'conn',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'SQL/req',
    'bytes',
    'peak RSS MiB',
    'CPU ms/req (server + PostgreSQL)',
    'checks',
  ];
  const rows: string[][] = [];
  for (const op of v.operations) {
    for (const r of [...op.runs, ...(op.fixedRate ? [op.fixedRate] : [])]) {
      const c = r.checks;
      const problems = [
        c.non2xx && `${c.non2xx} non-2xx`,
        c.errors && `${c.errors} with errors`,
        c.sizeMismatch && `${c.sizeMismatch} size≠`,
        c.shapeMismatch && `${c.shapeMismatch} shape≠`,
        c.transportErrors && `${c.transportErrors} transport`,
        r.sqlVaried && `SQL varied ${JSON.stringify(c.sql)}`,
      ].filter(Boolean);
      const flagged =
        (r.flagged ? `FLAGGED: ${problems.join(', ')}` : `ok ${c.ok}/${r.responses}`) +
        (r.notes.length ? ` (${r.notes.join('; ')})` : '');
      rows.push([
        op.key,
        r.mode === 'fixed-rate' ? `@${fmt(r.targetRate, 0)}/s` : String(r.connections),
        fmt(r.rps),
        fmt(r.latencyMs.p50),
        fmt(r.latencyMs.p95),
        fmt(r.latencyMs.p99),
        fmt(r.sqlPerRequest, r.sqlPerRequest != null && Number.isInteger(r.sqlPerRequest) ? 0 : 1),
        r.bytes == null ? '–' : String(r.bytes),
        fmt(r.peakRssMiB, 0),
        r.dbCpuMsPerRequest == null
          ? fmt(r.cpuMsPerRequest, 1)
          : `${fmt(r.cpuMsPerRequest, 1)} + ${fmt(r.dbCpuMsPerRequest, 1)}`,
        flagged,
      ]);
    }
  }
  return { head, rows };
}

export { fmt };
