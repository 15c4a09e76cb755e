import { hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Which database a DATABASE_URL names. */
export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** The URL as given (for logs: credentials are stripped by `describeDatabase`). */
  url: string;
  /** sqlite: file path or ':memory:'. */
  sqlitePath?: string;
  /** The pool's own acquire timeout (db/orm.ts); loadConfig sets it from DB_ACQUIRE_TIMEOUT_MS. */
  acquireTimeoutMs?: number;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** HMAC key that signs bearer tokens. Several instances must share it. */
  authSecret: string;
  /** Bearer token lifetime in seconds. */
  tokenTtlSeconds: number;
  /** Seed the database on first start when it holds no partner yet. */
  seedOnStart: boolean;
  /** Report SQL statements per request in a response header (development, test, bench). */
  exposeSqlCount: boolean;
  /** Serve GraphiQL on GET /graphql from a browser. */
  graphiql: boolean;
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors (they reveal schema names). */
  suggestions: boolean;
  /** LOG_LEVEL (the logger reads it too; checked here so a bad value stops the server). */
  logLevel: (typeof LOG_LEVELS)[number];
  limits: LimitsConfig;
  rateLimit: RateLimitConfig;
  /** 32-byte key that encrypts access-key secrets at rest (from ACCESS_KEY_ENCRYPTION_KEY or derived from AUTH_SECRET). */
  accessKeyEncryptionKey: Buffer;
  metrics: { enabled: boolean; token: string | null };
  /** Stopping (http/lifecycle.ts): 503 on /readyz, still serving, for the drain delay; then the grace for requests in flight. */
  shutdownGraceMs: number;
  shutdownDrainDelayMs: number;
  /** How long an idle keep-alive connection stays open (http/lifecycle.ts says why 65 s). */
  keepAliveTimeoutMs: number;
  /** Express `trust proxy`: how the client address (for anonymous rate limiting) is read behind proxies. */
  trustProxy: boolean | number | string;
  /** PERSISTED_DOCUMENTS_ONLY: run only documents of schema/persisted-documents.json (http/persisted-documents.ts). */
  persistedDocumentsOnly: boolean;
  /** GRAPHQL_EXECUTOR: `jit` (compiled documents, http/compiled-executor.ts) or `graphql-js`. */
  executor: 'jit' | 'graphql-js';
  /** Bursts (http/admission.ts): requests run at once (8 keep SQLite's one connection busy), wait for a turn. */
  admission: { maxInFlight: number; waitBudgetMs: number; idleScavenge: boolean };
  /** Scheduled maintenance (src/maintenance): pruning and expiry jobs, one instance at a time per job. */
  maintenance: { enabled: boolean; intervalMs: number };
  /** PUBLIC_BASE_URL: where customers reach the partner center (no trailing slash; invitation links, QR codes). Required in production (https). */
  publicBaseUrl: string;
}

/** Limits every GraphQL request must stay within (see README, Configuration). */
export interface LimitsConfig {
  bodyLimitBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Several operations in one HTTP request (a JSON array). */
  batching: boolean;
  maxBatchSize: number;
}

/** Token buckets by cost, kept in the database so all instances share them. */
export interface RateLimitConfig {
  enabled: boolean;
  /** A member's bucket: points it can hold, points restored per second. */
  capacity: number;
  restorePerSecond: number;
  /** Requests without a member (sign-in, bad tokens): one bucket per client address. */
  anonymousCapacity: number;
  anonymousRestorePerSecond: number;
}

/** A configuration the server refuses to start with; `problems` names each variable at fault. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.length === 1 ? list[0] : `${list.length} problems: ${list.join('; ')}`);
    this.problems = list;
  }
}

/** Parses a DATABASE_URL: `sqlite:./path.sqlite`, `sqlite::memory:` or `postgres://…`. */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path)
      throw new ConfigError(
        `DATABASE_URL "${url}" names no SQLite file (use sqlite:./data/x.sqlite or sqlite::memory:)`,
      );
    return { kind: 'sqlite', url, sqlitePath: path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { kind: 'postgresql', url };
  }
  throw new ConfigError(`DATABASE_URL "${url}" is neither sqlite:… nor postgres://…`);
}

/** The URL with any password removed, for logs. */
export function describeDatabase(db: DatabaseConfig): string {
  return db.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

// ── the environment's schema ───────────────────────────────────────────────────────────────────
//
// zod 4 (zero dependencies) declares what each variable may hold, in one table that also names
// every variable the server reads (the README's table is checked against it), and reports every
// bad value at once instead of stopping at the first. Defaults that depend on NODE_ENV and the
// rules across variables are applied after parsing, in `loadConfig`.

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
const got = (input: unknown) => `got ${JSON.stringify(input)}`;
/** An empty value means unset, as in shells (`FOO= npm start`). */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const boolVar = () =>
  unsetIfEmpty(
    z.stringbool({ truthy: TRUE, falsy: FALSE, error: (iss) => `must be true or false, ${got(iss.input)}` }),
  );

const intVar = (min: number, max: number) =>
  unsetIfEmpty(
    z
      .string()
      .regex(/^\d+$/, { error: (iss) => `must be a whole number from ${min} to ${max}, ${got(iss.input)}` })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, { error: (iss) => `must be a whole number from ${min} to ${max}, ${got(String(iss.input))}` })
          .max(max, { error: (iss) => `must be a whole number from ${min} to ${max}, ${got(String(iss.input))}` }),
      ),
  );

const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  unsetIfEmpty(z.enum(values, { error: (iss) => `must be one of ${values.join(', ')}, ${got(iss.input)}` }));

const secretVar = (min: number) =>
  unsetIfEmpty(
    z
      .string()
      // The value itself never goes into a message.
      .min(min, { error: (iss) => `must have at least ${min} characters (it has ${String(iss.input).length})` }),
  );

const databaseUrlVar = () =>
  unsetIfEmpty(
    z.string().transform((url, ctx) => {
      try {
        return parseDatabaseUrl(url);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: (err instanceof Error ? err.message : String(err)).replace(/^DATABASE_URL /, ''),
        });
        return z.NEVER;
      }
    }),
  );

// A host name or an IPv4/IPv6 address to listen on.
const hostVar = () =>
  unsetIfEmpty(
    z.string().regex(/^(\[?[0-9A-Fa-f:.]+\]?|[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/, {
      error: (iss) => `must be a host name or an IP address, ${got(iss.input)}`,
    }),
  );

/** Express `trust proxy`: a boolean, a hop count, or a comma-separated list of addresses, subnets and names. */
const trustProxyVar = () =>
  unsetIfEmpty(
    z.string().transform((raw, ctx): boolean | number | string => {
      if (FALSE.includes(raw.toLowerCase())) return false;
      if (TRUE.includes(raw.toLowerCase())) return true;
      if (/^\d+$/.test(raw)) return Number(raw);
      const entry = /^(loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(\/\d{1,3})?)$/;
      if (raw.split(',').every((part) => entry.test(part.trim()))) return raw;
      ctx.addIssue({
        code: 'custom',
        message: `must be true, false, a hop count, or a comma-separated list of addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal, ${got(raw)}`,
      });
      return z.NEVER;
    }),
  );

/** An absolute http(s) URL with no credentials, query or fragment; answered without a trailing slash. */
const baseUrlVar = () =>
  unsetIfEmpty(
    z.string().transform((raw, ctx) => {
      const url = URL.canParse(raw) ? new URL(raw) : null;
      if (url && /^https?:$/.test(url.protocol) && !url.username && !url.password && !url.search && !url.hash)
        return url.href.replace(/\/+$/, '');
      ctx.addIssue({
        code: 'custom',
        message: `must be an absolute http(s) URL without query or fragment, ${got(raw)}`,
      });
      return z.NEVER;
    }),
  );

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Every environment variable the server reads, and what it may hold (README, Configuration). */
export const ENVIRONMENT = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test']),
  DATABASE_URL: databaseUrlVar(),
  PORT: intVar(0, 65535),
  HOST: hostVar(),
  AUTH_SECRET: secretVar(32),
  TOKEN_TTL_SECONDS: intVar(60, 30 * 24 * 3600),
  SEED_ON_START: boolVar(),
  GRAPHIQL: boolVar(),
  INTROSPECTION: boolVar(),
  EXPOSE_SQL_COUNT: boolVar(),
  LOG_LEVEL: oneOf(LOG_LEVELS),
  QUERY_SUGGESTIONS: boolVar(),
  BODY_LIMIT_BYTES: intVar(1024, 64 * 1024 * 1024),
  MAX_QUERY_DEPTH: intVar(2, 100),
  MAX_ALIASES: intVar(0, 10_000),
  MAX_DIRECTIVES: intVar(0, 10_000),
  MAX_TOKENS: intVar(100, 1_000_000),
  MAX_QUERY_COST: intVar(10, 100_000_000),
  BATCHED_REQUESTS: boolVar(),
  MAX_BATCH_SIZE: intVar(1, 1000),
  RATE_LIMIT: boolVar(),
  RATE_LIMIT_CAPACITY: intVar(1, 1_000_000_000),
  RATE_LIMIT_RESTORE_PER_SECOND: intVar(1, 1_000_000_000),
  RATE_LIMIT_ANONYMOUS_CAPACITY: intVar(1, 1_000_000_000),
  RATE_LIMIT_ANONYMOUS_RESTORE_PER_SECOND: intVar(1, 1_000_000_000),
  TRUST_PROXY: trustProxyVar(),
  ACCESS_KEY_ENCRYPTION_KEY: secretVar(32),
  METRICS: boolVar(),
  METRICS_TOKEN: secretVar(16),
  SHUTDOWN_GRACE_MS: intVar(0, 10 * 60_000),
  SHUTDOWN_DRAIN_DELAY_MS: intVar(0, 10 * 60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: intVar(1000, 10 * 60_000),
  GRAPHQL_EXECUTOR: oneOf(['jit', 'graphql-js']),
  PERSISTED_DOCUMENTS_ONLY: boolVar(),
  MAINTENANCE: boolVar(),
  MAINTENANCE_INTERVAL_SECONDS: intVar(10, 24 * 3600),
  PUBLIC_BASE_URL: baseUrlVar(),
  DB_ACQUIRE_TIMEOUT_MS: intVar(10, 10 * 60_000),
  MAX_IN_FLIGHT_REQUESTS: intVar(1, 10_000),
  IDLE_SCAVENGE: boolVar(),
});

/** The names of every variable in ENVIRONMENT. */
export const CONFIG_VARIABLES = ENVIRONMENT.keyof().options;
// A development-only default so `npm start` works with no setup; production refuses it even when set.
export const DEV_AUTH_SECRET = 'partner-graph-development-secret-do-not-use-in-production';
type Environment = z.infer<typeof ENVIRONMENT>;

/** The environment parsed by ENVIRONMENT; every bad value is reported at once. */
function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const parsed = ENVIRONMENT.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  return parsed.data;
}

/** AUTH_SECRET, or its default outside production (random in tests, the published value in development). */
function authSecretOf(e: Environment, nodeEnv: AppConfig['env']): string {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (nodeEnv === 'production') return '';
  return nodeEnv === 'test' ? randomBytes(32).toString('hex') : DEV_AUTH_SECRET;
}

/** What production refuses about the secrets. */
function secretProblems(e: Environment): string[] {
  const problems: string[] = [];
  if (!e.AUTH_SECRET)
    problems.push('AUTH_SECRET must be set in production (at least 32 characters; all instances share it)');
  else if (e.AUTH_SECRET === DEV_AUTH_SECRET)
    problems.push(
      'AUTH_SECRET is the published development value; production needs a secret of its own (e.g. `openssl rand -hex 32`)',
    );
  if (e.AUTH_SECRET && e.ACCESS_KEY_ENCRYPTION_KEY === e.AUTH_SECRET)
    problems.push(
      'ACCESS_KEY_ENCRYPTION_KEY must differ from AUTH_SECRET (rotating AUTH_SECRET must not expose or lose access-key secrets)',
    );
  return problems;
}

function limitsOf(e: Environment): LimitsConfig {
  return {
    bodyLimitBytes: e.BODY_LIMIT_BYTES ?? 256 * 1024,
    maxDepth: e.MAX_QUERY_DEPTH ?? 15,
    maxAliases: e.MAX_ALIASES ?? 30,
    maxDirectives: e.MAX_DIRECTIVES ?? 20,
    maxTokens: e.MAX_TOKENS ?? 5000,
    maxCost: e.MAX_QUERY_COST ?? 50_000,
    batching: e.BATCHED_REQUESTS ?? false,
    maxBatchSize: e.MAX_BATCH_SIZE ?? 10,
  };
}

function rateLimitOf(e: Environment, production: boolean): RateLimitConfig {
  return {
    enabled: e.RATE_LIMIT ?? production,
    capacity: e.RATE_LIMIT_CAPACITY ?? 100_000,
    restorePerSecond: e.RATE_LIMIT_RESTORE_PER_SECOND ?? 1000,
    anonymousCapacity: e.RATE_LIMIT_ANONYMOUS_CAPACITY ?? 500,
    anonymousRestorePerSecond: e.RATE_LIMIT_ANONYMOUS_RESTORE_PER_SECOND ?? 5,
  };
}

/** HKDF: a separate key for access-key secrets even when it is derived from AUTH_SECRET. */
function accessKeyEncryptionKeyOf(e: Environment, authSecret: string): Buffer {
  const encryptionKeyRaw = e.ACCESS_KEY_ENCRYPTION_KEY;
  return Buffer.from(
    hkdfSync(
      'sha256',
      encryptionKeyRaw || authSecret,
      'partner-graph',
      encryptionKeyRaw ? 'access-key-secrets/v1' : 'access-key-secrets/v1 from AUTH_SECRET',
      32,
    ),
  );
}

/** Reads and checks the environment once at start; every error names the variable, all at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = parseEnvironment(env);
  const nodeEnv = e.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const problems: string[] = production ? secretProblems(e) : [];
  const authSecret = authSecretOf(e, nodeEnv);
  const limits = limitsOf(e);
  const rateLimit = rateLimitOf(e, production);
  if (rateLimit.enabled && rateLimit.capacity < limits.maxCost) {
    problems.push(
      `RATE_LIMIT_CAPACITY (${rateLimit.capacity}) must be at least MAX_QUERY_COST (${limits.maxCost}), or the costliest allowed query could never run`,
    );
  }
  const metrics = { enabled: e.METRICS ?? true, token: e.METRICS_TOKEN ?? null };
  if (production && metrics.enabled && !metrics.token) {
    problems.push(
      'METRICS is on but METRICS_TOKEN is not set: in production /metrics needs a bearer token (METRICS_TOKEN, at least 16 characters), or turn it off with METRICS=false',
    );
  }
  problems.push(...publicBaseUrlProblems(e, production));
  if (problems.length) throw new ConfigError(problems);
  const database = e.DATABASE_URL ?? parseDatabaseUrl('sqlite:./data/partner-graph.sqlite');
  // Tests queue hundreds of requests on purpose on shared cores: 60 s, the pool's timeout before the line.
  const waitBudgetMs = e.DB_ACQUIRE_TIMEOUT_MS ?? (nodeEnv === 'test' ? 60_000 : 5000);
  const maxInFlight = e.MAX_IN_FLIGHT_REQUESTS ?? (database.kind === 'sqlite' ? 8 : 20);
  return {
    env: nodeEnv,
    port: e.PORT ?? 4000,
    host: e.HOST ?? '0.0.0.0',
    // An admitted request is not cut at the budget: the pool's timeout is only a backstop (admission.ts).
    database: { ...database, acquireTimeoutMs: waitBudgetMs + 30_000 },
    authSecret,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS ?? 8 * 3600,
    // Demo members with the published password: never in production unless asked for by name.
    seedOnStart: e.SEED_ON_START ?? !production,
    exposeSqlCount: e.EXPOSE_SQL_COUNT ?? !production,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    suggestions: e.QUERY_SUGGESTIONS ?? !production,
    logLevel: e.LOG_LEVEL ?? 'info',
    limits,
    rateLimit,
    accessKeyEncryptionKey: accessKeyEncryptionKeyOf(e, authSecret),
    metrics,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? 25_000,
    shutdownDrainDelayMs: e.SHUTDOWN_DRAIN_DELAY_MS ?? (production ? 5000 : 0),
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS ?? 65_000,
    trustProxy: e.TRUST_PROXY ?? false,
    persistedDocumentsOnly: e.PERSISTED_DOCUMENTS_ONLY ?? false,
    executor: e.GRAPHQL_EXECUTOR ?? 'jit',
    admission: { maxInFlight, waitBudgetMs, idleScavenge: e.IDLE_SCAVENGE ?? true },
    maintenance: { enabled: e.MAINTENANCE ?? true, intervalMs: (e.MAINTENANCE_INTERVAL_SECONDS ?? 300) * 1000 },
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT ?? 4000}`,
  };
}

/** Production links go to customers: they need the real public address, over https. */
function publicBaseUrlProblems(e: Environment, production: boolean): string[] {
  if (!production || e.PUBLIC_BASE_URL?.startsWith('https://')) return [];
  return [
    `PUBLIC_BASE_URL must be set to an https URL in production (where customers open invitation links and QR codes, e.g. https://partner.example.com), got ${JSON.stringify(e.PUBLIC_BASE_URL ?? null)}`,
  ];
}
