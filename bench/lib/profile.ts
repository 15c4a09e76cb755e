/**
 * Summarizes a V8 .cpuprofile (node --cpu-prof): self time by package and by function, so that
 * BENCHMARKS.md can say where a request's CPU goes.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Which server was profiled. */
  label?: string;
  file: string;
  /** Whether only the samples of the measured window were counted (else the whole process life). */
  windowed: boolean;
  totalMs: number;
  /** Busy time: everything but (idle). */
  busyMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  /** Time with the package anywhere on the stack (its own code and what it calls). */
  inclusiveByPackage: { name: string; ms: number; share: number }[];
  topFunctions: { name: string; where: string; ms: number; share: number }[];
}

/** Which package (or part of the project, or of Node) a script URL belongs to. */
export function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node (core)';
  const dist = /\/dist\/(src|bench|seeds)\/(.*)$/.exec(url);
  if (dist) {
    if (dist[1] === 'src') {
      const parts = dist[2].split('/');
      return `project src/${parts.length > 1 ? parts[0] : parts[0].replace(/\.js$/, '')}`;
    }
    return `project ${dist[1]}`;
  }
  return url.replace(/^file:\/\//, '');
}

/** Now on the clock V8 stamps profile samples with (CLOCK_MONOTONIC, microseconds). */
export const profileClockUs = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * `window` (profileClockUs() before and after the load) keeps only the samples taken under load,
 * leaving out start-up (module loading, schema building) and shutdown.
 */
export function summarizeProfile(file: string, window?: { fromUs: number; toUs: number }, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  const windowed = !!window && window.fromUs < profile.endTime && window.toUs > profile.startTime;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (windowed && (t < window!.fromUs || t > window!.toUs)) continue;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + dt);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackPackages = new Map<number, Set<string>>();
  const packagesOnStack = (id: number): Set<string> => {
    let set = stackPackages.get(id);
    if (set) return set;
    const node = byId.get(id);
    const up = parent.get(id);
    set = new Set(up !== undefined ? packagesOnStack(up) : []);
    if (node?.callFrame.url) set.add(packageOf(node.callFrame.url));
    stackPackages.set(id, set);
    return set;
  };
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    total += ms;
    const fn = node.callFrame.functionName || '(anonymous)';
    if (fn === '(idle)') {
      idle += ms;
      continue;
    }
    for (const p of packagesOnStack(id)) inclusive.set(p, (inclusive.get(p) ?? 0) + ms);
    const pkg =
      fn === '(garbage collector)'
        ? '(garbage collector)'
        : fn === '(program)'
          ? '(program)'
          : packageOf(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const where = node.callFrame.url
      ? `${packageOf(node.callFrame.url)} ${node.callFrame.url.split('/').slice(-1)[0]}:${node.callFrame.lineNumber + 1}`
      : pkg;
    const key = `${fn}@${where}`;
    const entry = functions.get(key) ?? { name: fn, where, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const busy = total - idle;
  const share = (ms: number) => (busy > 0 ? ms / busy : 0);
  return {
    file,
    windowed,
    totalMs: total,
    busyMs: busy,
    byPackage: [...packages.entries()]
      .map(([name, ms]) => ({ name, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    inclusiveByPackage: [...inclusive.entries()]
      .map(([name, ms]) => ({ name, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions.values()]
      .map((f) => ({ ...f, share: share(f.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}

export function formatProfile(s: ProfileSummary, packages = 15): string {
  const pct = (v: number) => `${(v * 100).toFixed(1).padStart(5)} %`;
  const lines = [
    `CPU profile ${s.file}${s.windowed ? ' (load window only)' : ''}: ${(s.busyMs / 1000).toFixed(1)} s busy of ${(s.totalMs / 1000).toFixed(1)} s`,
    '  self time by package:',
  ];
  for (const p of s.byPackage.slice(0, packages)) lines.push(`    ${pct(p.share)}  ${p.name}`);
  lines.push('  time with the package on the stack (inclusive):');
  for (const p of s.inclusiveByPackage.filter((x) => !x.name.startsWith('node (core)')).slice(0, packages))
    lines.push(`    ${pct(p.share)}  ${p.name}`);
  lines.push('  top functions (self time):');
  for (const f of s.topFunctions.slice(0, 15)) lines.push(`    ${pct(f.share)}  ${f.name}  (${f.where})`);
  return lines.join('\n');
}
