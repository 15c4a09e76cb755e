import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  /** Graceful stop (SIGTERM, then SIGKILL after the grace period). Resolves on exit. */
  stop(graceMs?: number): Promise<number | null>;
  /** Last lines of the server's log, for error messages. */
  tail(lines?: number): string;
  /** How the process ended ("exit code 1", "signal SIGKILL"), or null while it runs. */
  ended(): string | null;
  /** The heap (MiB) left after a full GC, asked over IPC (bench/server.ts); null if it does not answer. */
  heapAfterGc(): Promise<number | null>;
}

export interface StartOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  execArgv?: string[];
  logFile: string;
  /** The server's stdout in a file of its own (V8's --trace-gc output), else with the log. */
  stdoutFile?: string;
  /** Pin the server (all its threads) to these CPUs with `taskset` (bench --pin). */
  cpus?: string;
  /** How long to wait for { type: 'listening' } over IPC. */
  timeoutMs?: number;
}

/** Forks a server script; it reports { type: 'listening', url } over IPC when ready. */
export function startServer(options: StartOptions): Promise<ServerProcess> {
  const fd = openSync(options.logFile, 'a');
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'a') : fd;
  const child: ChildProcess = fork(options.script, [], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    execArgv: options.execArgv ?? [],
    // The server writes its logs straight into the file: the load generator never reads them.
    stdio: ['ignore', out, fd, 'ipc'],
  });
  closeSync(fd);
  if (out !== fd) closeSync(out);
  // Threads the server starts later (libuv pool, V8 helpers) inherit the affinity of its threads.
  if (options.cpus && child.pid) pinProcess(child.pid, options.cpus);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail = (lines = 30) => {
    try {
      return readFileSync(options.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name}: not listening after ${(options.timeoutMs ?? 120_000) / 1000}s\n${tail()}`));
    }, options.timeoutMs ?? 120_000);
    const early = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${options.name}: exited with code ${code} before listening\n${tail()}`));
    };
    child.once('exit', early);
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type !== 'listening' || !message.url) return;
      clearTimeout(timer);
      child.off('exit', early);
      resolve({
        name: options.name,
        url: message.url,
        pid: child.pid!,
        logFile: options.logFile,
        tail,
        ended: () =>
          child.signalCode !== null
            ? `signal ${child.signalCode}`
            : child.exitCode !== null
              ? `exit code ${child.exitCode}`
              : null,
        heapAfterGc: () =>
          new Promise<number | null>((done) => {
            const answer = (m: { type?: string; usedMiB?: number }) => {
              if (m?.type !== 'heap-after-gc') return;
              clearTimeout(timeout);
              child.off('message', answer);
              done(typeof m.usedMiB === 'number' ? m.usedMiB : null);
            };
            const timeout = setTimeout(() => {
              child.off('message', answer);
              done(null);
            }, 30_000);
            child.on('message', answer);
            child.send({ type: 'heap-after-gc' });
          }),
        async stop(graceMs = 30_000) {
          if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          const code = await exited;
          clearTimeout(killer);
          return code;
        },
      });
    });
  });
}

export interface MemoryFacts {
  /** Resident set now, MiB. */
  rssMiB: number;
  /** Peak resident set since start or the last reset, MiB. */
  hwmMiB: number;
}

/** VmRSS and VmHWM of a process from /proc (Linux); null elsewhere. */
export function readMemory(pid: number): MemoryFacts | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kb('VmRSS') / 1024, hwmMiB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * CPU time the process has used, all threads (utime + stime of /proc/PID/stat), in milliseconds;
 * null elsewhere. Per request it compares servers by the work they do
 * rather than by throughput, which the other processes of a shared machine move.
 */
export function readCpuMs(pid: number): number | null {
  try {
    const { utime, stime } = cpuTimesOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return utime + stime;
  } catch {
    return null;
  }
}

/**
 * The command name and CPU times (ms) of a /proc/PID/stat line: its own (utime, stime) and its reaped
 * children's (cutime, cstime), in clock ticks of 10 ms. The fields after the command name (which may
 * hold spaces) start at state: the times are the 12th to 15th.
 */
function cpuTimesOf(stat: string) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ms = (i: number) => Number(fields[i]) * 10;
  return {
    command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    utime: ms(11),
    stime: ms(12),
    cutime: ms(13),
    cstime: ms(14),
  };
}

/**
 * CPU time used so far by every process named `command` (all PostgreSQL processes: `postgres`), ms;
 * null where /proc is missing. The time of the children each has reaped counts too: a backend that
 * exits during a run (a pooled connection closed) leaves its time with the postmaster.
 */
export function readCommandCpuMs(command: string): number | null {
  let total = 0;
  let dirs: string[];
  try {
    dirs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const dir of dirs) {
    try {
      const times = cpuTimesOf(readFileSync(`/proc/${dir}/stat`, 'utf8'));
      if (times.command === command) total += times.utime + times.stime + times.cutime + times.cstime;
    } catch {
      // The process ended while the list was read.
    }
  }
  return total;
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0, same user), so each run reports its own peak. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples RSS every `intervalMs` (a fallback when the peak cannot be reset) and reports the max. */
export function sampleRss(pid: number, intervalMs = 200): { stop(): number } {
  let max = readMemory(pid)?.rssMiB ?? NaN;
  const timer = setInterval(() => {
    const m = readMemory(pid);
    if (m && !(m.rssMiB <= max)) max = m.rssMiB;
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const m = readMemory(pid);
      if (m && !(m.rssMiB <= max)) max = m.rssMiB;
      return max;
    },
  };
}

/** Newest file with this extension in a directory (the CPU profile a server wrote on exit). */
export function newestFile(dir: string, ext: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
  return files.length ? `${dir}/${files[files.length - 1]}` : null;
}

/** Sets the CPU affinity of every thread of a running process (`taskset -a -p -c`). */
export function pinProcess(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/** Whether `taskset` (util-linux) can be run here. */
export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
