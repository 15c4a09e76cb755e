/**
 * Helpers for the production-mode tests: an in-process server with NODE_ENV=production on a copy
 * of the seeded template, the compiled server started as child processes (logs, shutdown, two
 * instances), and a PostgreSQL scratch database for the multi-instance test.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inject } from 'vitest';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../../src/config';
import { openDatabase, type Orm, type SqlEntityManager } from '../../src/db/orm';
import { createServer, type AppServer } from '../../src/server';
import { seedDatabase } from '../../seeds';
import { parseDatabaseUrl } from '../../src/config';
import { cloneTemplate, testDatabaseKind, type ScratchDatabase } from './database';
import { cachingSignIn, firstErrorCode, postGraphQL, SIGN_IN } from './graphql';
import { ROOT } from './paths';
import { beforeAllTests } from './server';
import { signRequest } from './sdk-signer';

/** AUTH_SECRET of the production-mode servers the tests start. */
export const TEST_AUTH_SECRET = 'production-test-secret-0123456789abcdef-0123456789';
/** Production refuses /metrics without a token (config.ts). */
export const TEST_METRICS_TOKEN = 'metrics-token-for-production-tests';
/** PUBLIC_BASE_URL of the production-mode servers the tests start (production requires an https one). */
export const TEST_PUBLIC_BASE_URL = 'https://partner.example.test';

/** extensions.cost of every answer in production mode (src/http/limits-plugin.ts). */
export interface QueryCost {
  requestedQueryCost: number;
  maximumQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/** An HTTP answer: its text and, when that is JSON, the parsed body; `D` is the shape the test expects of data. */
export interface Answer<D = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: D | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: { cost: QueryCost } & Record<string, unknown>;
  } | null;
}

/** What createAccessKey answers. */
export interface CreatedAccessKey {
  accessKey: { accessKeyId: string };
  secretAccessKey: string;
  userErrors: { code: string }[];
}

/** A new access key of `token`'s member, created through `client` (the key id and its secret). */
export async function createAccessKey(
  client: Pick<Client_, 'gql'>,
  token: string,
  description: string,
): Promise<CreatedAccessKey> {
  const res = await client.gql<{ createAccessKey: CreatedAccessKey }>(
    'mutation ($input: CreateAccessKeyInput!) { createAccessKey(input: $input) { accessKey { accessKeyId } secretAccessKey userErrors { code } } }',
    { input: { description } },
    token,
  );
  const created = res.body?.data?.createAccessKey;
  if (!created) throw new Error(`createAccessKey failed: ${res.status} ${res.text}`);
  return created;
}

/** The code of an answer's first error. */
export const errorCode = (res: Answer): unknown => firstErrorCode(res.body ?? {});

async function answer<D>(res: Response): Promise<Answer<D>> {
  const text = await res.text();
  let body: Answer<D>['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** An HTTP client of one running server (in this process or a child process). */
export interface Client_ {
  url: string;
  /** POST /graphql with a JSON body. */
  gql<D = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<Answer<D>>;
  /** Any HTTP request to the server. */
  raw<D = unknown>(path: string, init?: RequestInit): Promise<Answer<D>>;
  /** A signed (SDK-HMAC-SHA256) POST /graphql. */
  signed<D = unknown>(
    query: string,
    variables: Record<string, unknown> | undefined,
    ak: string,
    sk: string,
    options?: { at?: Date; headers?: Record<string, string> },
  ): Promise<Answer<D>>;
  /** The exact request a signed call sends, to replay or tamper with. */
  signedRequest(
    query: string,
    variables: Record<string, unknown> | undefined,
    ak: string,
    sk: string,
    at?: Date,
  ): { headers: Record<string, string>; body: string };
  signIn(login: string, password?: string): Promise<string>;
}

/** A client of the server at `url` (its base URL, without /graphql). */
export function clientFor(url: string): Client_ {
  const raw = async <D>(path: string, init?: RequestInit) => answer<D>(await fetch(`${url}${path}`, init));
  const gql = async <D>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers: Record<string, string> = {},
  ) => answer<D>(await postGraphQL(url, { query, variables }, token, headers));
  const signedRequest: Client_['signedRequest'] = (query, variables, ak, sk, at) => {
    const body = JSON.stringify({ query, variables });
    const signed = signRequest(
      { method: 'POST', url: `${url}/graphql`, headers: { 'content-type': 'application/json' }, body },
      ak,
      sk,
      at,
    );
    // fetch sets Host itself (to the same value that was signed).
    const { host: _host, ...headers } = signed;
    return { headers, body };
  };
  return {
    url,
    gql,
    raw,
    signedRequest,
    async signed<D>(
      query: string,
      variables: Record<string, unknown> | undefined,
      ak: string,
      sk: string,
      options: { at?: Date; headers?: Record<string, string> } = {},
    ) {
      const { headers, body } = signedRequest(query, variables, ak, sk, options.at);
      return raw<D>('/graphql', { method: 'POST', headers: { ...headers, ...options.headers }, body });
    },
    signIn: cachingSignIn(async (login, password) => {
      const res = await gql<{ signIn: { token: string | null } }>(SIGN_IN, { input: { loginName: login, password } });
      const token = res.body?.data?.signIn?.token;
      if (!token) throw new Error(`sign-in of ${login} failed: ${res.status} ${res.text}`);
      return token;
    }),
  };
}

/**
 * One HTTP request through node:http, which (unlike fetch) sends the Host header given: a load
 * balancer in front of several instances hands each the same Host.
 */
export function rawHttp(
  url: string,
  options: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; text: string; body: Answer['body'] }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method,
        headers: {
          ...options.headers,
          ...(options.body ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let body: Answer['body'] = null;
          try {
            body = JSON.parse(text);
          } catch {
            body = null;
          }
          resolve({ status: res.statusCode ?? 0, text, body });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A production-mode server in this process (startProductionServer). */
export interface ProductionServer extends Client_ {
  orm: Orm;
  /** A fresh entity manager on the server's database (a fork: nothing cached from earlier reads). */
  em(): SqlEntityManager;
  config: AppConfig;
  server: AppServer;
  close(): Promise<void>;
}

/** The real server in this process, NODE_ENV=production, on a private copy of the seeded template. */
export async function startProductionServer(env: Record<string, string> = {}): Promise<ProductionServer> {
  const database = await cloneTemplate(inject('templateDatabase'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    AUTH_SECRET: TEST_AUTH_SECRET,
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
    DATABASE_URL: database.url,
    SEED_ON_START: 'false',
    SHUTDOWN_DRAIN_DELAY_MS: '0',
    ...env,
  });
  const orm = await openDatabase(config.database);
  const server = await createServer(config, orm);
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    ...clientFor(url),
    orm,
    config,
    server,
    em: () => orm.em.fork(),
    async close() {
      await server.stop();
      await orm.close(true);
      await database.drop();
    },
  };
}

// ── the compiled server, as child processes ────────────────────────────────────────────────────

function sourceFiles(dir: string, ext = '.ts'): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, ext);
    return entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Compiles src/ and seeds/ with swc (the compiler vitest already uses here: decorators with
 * metadata, CommonJS) into node_modules/.cache, keyed by a hash of the sources, so test files share
 * one build and nothing depends on a stale dist/. About a second; tsc would take a minute.
 * Returns the path of the compiled src/index.js.
 */
export async function buildServer(): Promise<string> {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'seeds'))].sort();
  // JSON the code imports (e.g. schema/persisted-documents.json) is copied as is.
  const assets = ['src', 'seeds', 'schema'].flatMap((d) => sourceFiles(join(ROOT, d), '.json')).sort();
  const hash = createHash('sha256');
  for (const file of [...files, ...assets])
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  const cache = join(ROOT, 'node_modules', '.cache', 'partner-graph-server');
  const target = join(cache, hash.digest('hex').slice(0, 16));
  const entry = join(target, 'src', 'index.js');
  if (existsSync(entry)) return entry;
  const swc = await import('@swc/core');
  const staging = `${target}.${process.pid}.${Date.now()}`;
  for (const file of files) {
    const out = await swc.transformFile(file, {
      sourceMaps: false,
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
      },
    });
    const dest = join(staging, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, out.code);
  }
  for (const file of assets) {
    const dest = join(staging, relative(ROOT, file));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, readFileSync(file));
  }
  try {
    renameSync(staging, target);
  } catch {
    // Another test file finished the same build first.
    rmSync(staging, { recursive: true, force: true });
  }
  // Old builds: keep the cache small.
  for (const old of readdirSync(cache)) {
    const path = join(cache, old);
    if (path !== target && Date.now() - statSync(path).mtimeMs > 3600_000)
      rmSync(path, { recursive: true, force: true });
  }
  return entry;
}

/** The compiled server running as a child process (spawnServer). */
export interface ServerProcess extends Client_ {
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Starts the compiled server (`node …/src/index.js`) and waits for its "listening" log line.
 * `command` runs something else that starts it (`npm start`, a Dockerfile's CMD) in `cwd`.
 */
export async function spawnServer(
  entry: string,
  env: Record<string, string>,
  command: { file: string; args: string[]; cwd: string } = { file: process.execPath, args: [entry], cwd: ROOT },
): Promise<ServerProcess> {
  const child = spawn(command.file, command.args, {
    cwd: command.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      AUTH_SECRET: TEST_AUTH_SECRET,
      METRICS_TOKEN: TEST_METRICS_TOKEN,
      PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_DELAY_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const look = () => {
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'listening') {
            clearTimeout(timer);
            return resolve(String(entry.url).replace(/\/graphql$/, ''));
          }
        } catch {
          // a partial line; wait for more
        }
      }
    };
    child.stderr!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    ...clientFor(url),
    process: child,
    output: () => output,
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
  };
}

// ── PostgreSQL for the multi-instance test ─────────────────────────────────────────────────────

export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A new, empty database on the machine's PostgreSQL server, named `<prefix>_<pid>_<n>`, dropped by
 * its `drop`; the reason instead when no PostgreSQL server answers.
 */
export async function emptyPostgresDatabase(prefix: string): Promise<{ db: ScratchDatabase } | { skip: string }> {
  const admin = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    return { skip: `PostgreSQL is unreachable at ${PG_ADMIN_URL} (${(err as Error).message})` };
  }
  const name = `${prefix}_${process.pid}_${Date.now() % 1_000_000}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = PG_ADMIN_URL.replace(/\/postgres$/, `/${name}`);
  const drop = async () => {
    const c = new Client({ connectionString: PG_ADMIN_URL });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
  return { db: { url, drop } };
}

/**
 * A seeded PostgreSQL database: a clone of the suite's template when the suite runs on
 * PostgreSQL, otherwise a new database on the machine's server, migrated and seeded here.
 * Null (with the reason) when no PostgreSQL server answers.
 */
export async function postgresDatabase(): Promise<{ db: ScratchDatabase } | { skip: string }> {
  if (testDatabaseKind() === 'postgresql') return { db: await cloneTemplate(inject('templateDatabase')) };
  const made = await emptyPostgresDatabase('scale_test');
  if ('skip' in made) return made;
  try {
    const orm = await openDatabase(parseDatabaseUrl(made.db.url));
    await seedDatabase(orm, { scale: 'small' });
    await orm.close(true);
  } catch (err) {
    await made.db.drop();
    throw err;
  }
  return made;
}

/** JSON log lines of a process's output. */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return null;
      }
    })
    .filter((l): l is Record<string, unknown> => l !== null);
}

/** A production-mode server (startProductionServer) for the tests of this file or describe block, closed after them. */
export function useProductionServer(env: Record<string, string> = {}): ProductionServer {
  return beforeAllTests(
    () => startProductionServer(env),
    (server) => server.close(),
  );
}

/** A GraphQL request whose body arrives in two parts: in flight until `finish()`. */
export function requestInFlight(url: string, token: string) {
  const body = JSON.stringify({ query: 'query InFlight { viewer { member { loginName } } }' });
  const target = new URL(`${url}/graphql`);
  let finish = () => {};
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 20));
    finish = () => req.end(body.slice(20));
  });
  return { answer, finish: () => finish() };
}
