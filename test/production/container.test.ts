/**
 * The container story, as far as it can be checked without a Docker engine: what the Dockerfile's
 * build context holds (.dockerignore), what the runtime stage gets (the compiled server and the
 * production dependencies, as a non-root user), that everything the server requires at run time is
 * a production dependency, and that the two ways of starting it (the image's CMD and `npm start`)
 * leave node as the process that receives SIGTERM: a request in flight finishes, node exits 0, and
 * nothing is left running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serverNodeFlags } from '../../bench/lib/paths';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { ROOT } from '../support/paths';
import { buildServer, logLines, requestInFlight, spawnServer, type ServerProcess } from '../support/production';
import { sleep } from '../support/time';

// ── the Dockerfile, parsed ─────────────────────────────────────────────────────────────────────

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | null;
  instructions: Instruction[];
}

function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ') // line continuations
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line)!;
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args.trim())!;
      stages.push({ from, name: name ?? null, instructions: [] });
    } else if (stages.length) stages[stages.length - 1].instructions.push({ keyword: upper, args: args.trim() });
  }
  return stages;
}

/** COPY's flags, sources and destination. */
function parseCopy(args: string): { from: string | null; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const paths = words.filter((w) => !w.startsWith('--'));
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length) ?? null;
  return { from, sources: paths.slice(0, -1), dest: paths[paths.length - 1] };
}

// ── .dockerignore, with Docker's rules: last matching pattern wins, a directory covers its files ──

function dockerignore(text: string): (path: string) => boolean {
  const toRegExp = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/\/+$/, '')
        .split('/')
        .map((part) =>
          part === '**'
            ? '.*'
            : part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?')}$`,
    );
  const rules = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ include: l.startsWith('!'), pattern: toRegExp(l.replace(/^!/, '')) }));
  /** Whether the file is sent with the build context. */
  return (path: string) => {
    const prefixes = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    let included = true;
    for (const rule of rules) if (prefixes.some((p) => rule.pattern.test(p))) included = rule.include;
    return included;
  };
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = dockerfile[dockerfile.length - 1];
const build = dockerfile.find((s) => s.name === 'build')!;
const inContext = dockerignore(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
const cmd: string[] = JSON.parse(runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1)!.args);

describe('the image', () => {
  it('builds in a stage of its own and runs the compiled server as a non-root user, node first', () => {
    expect(dockerfile.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(runtime.from).toMatch(/^node:\$\{NODE_VERSION\}-bookworm-slim$/);
    const user = runtime.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    // Exec form, node itself as PID 1's command: no npm or shell that would keep SIGTERM from it.
    // With the node flags of `npm start` (the old generation's floor, README "Memory and GC pauses").
    expect(cmd).toEqual(['node', ...serverNodeFlags(), 'dist/src/index.js']);
    expect(serverNodeFlags()).toEqual([
      '--initial-old-space-size=256',
      '--v8-pool-size=1',
      '--no-allocation-site-pretenuring',
    ]);
    // The build stage drops the dev dependencies after compiling.
    const runs = build.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /npm ci\b/.test(r))).toBe(true);
    expect(runs.some((r) => /npm run build[\s\S]*npm prune --omit=dev/.test(r))).toBe(true);
  });

  it('copies into the runtime stage only the compiled server and the production node_modules', () => {
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
    expect(copies.every((c) => c.keyword === 'COPY')).toBe(true);
    const sources = copies.flatMap((c) => {
      const copy = parseCopy(c.args);
      expect(copy.from, `${c.args}: nothing comes from the build context`).toBe('build');
      return copy.sources;
    });
    expect(sources.sort()).toEqual(
      [
        '/app/dist/schema',
        '/app/dist/scripts',
        '/app/dist/seeds',
        '/app/dist/src',
        '/app/node_modules',
        '/app/package-lock.json',
        '/app/package.json',
      ].sort(),
    );
  });

  it('sends a build context without tests, .git, data, node_modules, dist or .env files', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const untracked = [
      '.git/HEAD',
      '.git/objects/ab/cdef',
      'node_modules/express/package.json',
      'node_modules/.cache/partner-graph-server/x/src/index.js',
      'dist/src/index.js',
      'data/partner-graph.sqlite',
      'data/partner-graph.sqlite-wal',
      '.env',
      'coverage/index.html',
      'test/graphiql/__screenshots__/graphiql.png',
      'src/http/some.test.ts',
    ];
    const sent = [...tracked, ...untracked].filter(inContext);
    const allowedTop = new Set(['src', 'seeds', 'scripts', 'bench', 'schema', 'patches']);
    const allowedFiles = new Set(['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']);
    const stray = sent.filter((p) => !allowedFiles.has(p) && !allowedTop.has(p.split('/')[0]));
    expect(stray).toEqual([]);
    expect(sent.filter((p) => p.endsWith('.test.ts'))).toEqual([]);
    for (const p of untracked) expect(sent, p).not.toContain(p);
    // Everything the build stage copies from the context is there.
    const contextSources = build.instructions
      .filter((i) => i.keyword === 'COPY')
      .map((i) => parseCopy(i.args))
      .filter((c) => c.from === null)
      .flatMap((c) => c.sources);
    for (const source of contextSources) {
      expect(
        sent.some((p) => p === source || p.startsWith(`${source}/`)),
        `${source} is in the build context`,
      ).toBe(true);
    }
    expect(sent).toContain('src/index.ts');
    expect(sent).toContain('schema/persisted-documents.json');
  });

  it('needs only production dependencies at run time: everything the compiled server requires survives `npm prune --omit=dev`', async () => {
    const entry = await buildServer();
    const compiled = dirname(dirname(entry));
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
      );
    })(compiled).filter((f) => /^(src|seeds)\//.test(relative(compiled, f)));
    const builtins = new Set(builtinModules);
    const packages = new Set<string>();
    for (const file of files) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\brequire\((?:"|')([^"'.][^"']*)(?:"|')\)/g)) {
        if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
    expect(packages.size).toBeGreaterThan(10);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const devOnly = [...packages].filter(
      (p) => !lock.packages[`node_modules/${p}`] || lock.packages[`node_modules/${p}`].dev,
    );
    expect(devOnly, 'required at run time but pruned from the image').toEqual([]);
    // And the tool chain does not ship: every dev dependency (type packages aside) is dev-only in the lock.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const shipped = Object.keys(pkg.devDependencies).filter(
      (d) => !d.startsWith('@types/') && lock.packages[`node_modules/${d}`]?.dev !== true,
    );
    expect(shipped).toEqual([]);
  });
});

// ── SIGTERM through the real entry points ─────────────────────────────────────────────────────

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid node logged when it started listening (npm's child, or the process itself). */
const nodePidOf = (proc: ServerProcess) => {
  const pid = Number(logLines(proc.output()).find((e) => e.msg === 'listening')?.pid);
  expect(pid).toBeGreaterThan(0);
  nodePids.push(pid);
  return pid;
};
/** Every node started here: killed after the tests even if one failed and left it running. */
const nodePids: number[] = [];

/** SIGTERM to `target` while a request is in flight: the request finishes, node exits 0, nothing lingers. */
async function drainsOnSigterm(proc: ServerProcess, target: number) {
  const token = await proc.signIn('dist-admin');
  const nodePid = nodePidOf(proc);
  const inFlight = requestInFlight(proc.url, token);
  await sleep(300);
  process.kill(target, 'SIGTERM');
  await sleep(600);
  inFlight.finish();
  const res = await inFlight.answer;
  expect(res.status).toBe(200);
  expect(JSON.parse(res.text).data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
  expect(await proc.exited).toBe(0);
  // node drained and exited itself (no orphan left serving).
  for (let i = 0; i < 50 && alive(nodePid); i++) await sleep(100);
  expect(alive(nodePid), `node (pid ${nodePid}) still running`).toBe(false);
  const entries = logLines(proc.output());
  expect(entries.some((e) => e.msg === 'shutting down: finishing requests in flight' && e.signal === 'SIGTERM')).toBe(
    true,
  );
  expect(entries.some((e) => e.msg === 'request' && e.operation === 'InFlight' && e.status === 200)).toBe(true);
  expect(entries.some((e) => e.msg === 'stopped')).toBe(true);
}

describe('SIGTERM through the entry points', () => {
  let db: ScratchDatabase;
  let entry: string;
  let app: string;
  const started: ServerProcess[] = [];

  beforeAll(async () => {
    db = await cloneTemplate(inject('templateDatabase'));
    entry = await buildServer();
    // An app folder laid out as `npm run build` and the image lay it out: dist/ is this run's build.
    app = mkdtempSync(join(tmpdir(), 'partner-graph-entry-'));
    symlinkSync(dirname(dirname(entry)), join(app, 'dist'));
  });
  afterAll(async () => {
    for (const p of started) p.kill('SIGKILL');
    for (const pid of nodePids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    if (app) rmSync(app, { recursive: true, force: true });
    await db?.drop();
  });

  it("the image's CMD: node receives SIGTERM, finishes the request in flight and exits 0", async () => {
    // The runtime stage's ENV, then what a test needs (a free port on the loopback, the scratch database).
    const env: Record<string, string> = {};
    for (const i of runtime.instructions.filter((x) => x.keyword === 'ENV'))
      for (const [, k, v] of i.args.matchAll(/(\w+)=(\S+)/g)) env[k] = v;
    expect(env.NODE_ENV).toBe('production');
    const [command, ...args] = cmd;
    expect(command).toBe('node');
    const proc = await spawnServer(
      entry,
      { ...env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url },
      { file: process.execPath, args, cwd: app },
    );
    started.push(proc);
    await drainsOnSigterm(proc, proc.process.pid!);
  });

  it('`npm start`: SIGTERM to npm reaches node (the script execs it), which drains and exits; npm exits 0', async () => {
    // The real `start` script; `build` is stubbed because dist/ already holds this run's build (tsc
    // would take a minute and write into the working tree).
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toMatch(/\bexec node (--\S+ )*dist\/src\/index\.js$/);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: pkg.name,
        version: pkg.version,
        private: true,
        scripts: { build: 'node -e ""', start: pkg.scripts.start },
      }),
    );
    const proc = await spawnServer(
      entry,
      { DATABASE_URL: db.url, npm_config_update_notifier: 'false', HOME: tmpdir() },
      { file: 'npm', args: ['start'], cwd: app },
    );
    started.push(proc);
    expect(nodePidOf(proc)).not.toBe(proc.process.pid);
    await drainsOnSigterm(proc, proc.process.pid!);
  });
});
