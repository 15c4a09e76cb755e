import { hkdfSync, randomBytes } from 'node:crypto';

/** Which database a DATABASE_URL names. */
export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** The URL as given (for logs: credentials are stripped by `describeDatabase`). */
  url: string;
  /** sqlite: file path or ':memory:'. */
  sqlitePath?: string;
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
  limits: LimitsConfig;
  rateLimit: RateLimitConfig;
  /** 32-byte key that encrypts access-key secrets at rest (from ACCESS_KEY_ENCRYPTION_KEY or derived from AUTH_SECRET). */
  accessKeyEncryptionKey: Buffer;
  metrics: { enabled: boolean; token: string | null };
  /** How long a stopping server waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  /** Express `trust proxy`: how the client address (for anonymous rate limiting) is read behind proxies. */
  trustProxy: boolean | number | string;
  /** PERSISTED_DOCUMENTS_ONLY: run only documents of schema/persisted-documents.json (http/persisted-documents.ts). */
  persistedDocumentsOnly: boolean;
  /** GRAPHQL_EXECUTOR: `jit` (compiled documents, http/compiled-executor.ts) or `graphql-js`. */
  executor: 'jit' | 'graphql-js';
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

export class ConfigError extends Error {}

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

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** TRUST_PROXY: unset/false, true, a hop count, or express's list of trusted addresses/subnets. */
function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

// A development-only default so `npm start` works with no setup; production refuses it.
const DEV_AUTH_SECRET = 'partner-graph-development-secret-do-not-use-in-production';

/** Reads and checks the environment once at start; every error names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const authSecret =
    env.AUTH_SECRET ?? (production ? '' : nodeEnv === 'test' ? randomBytes(32).toString('hex') : DEV_AUTH_SECRET);
  if (authSecret.length < 32) {
    throw new ConfigError('AUTH_SECRET must be set to at least 32 characters in production');
  }
  const limits: LimitsConfig = {
    bodyLimitBytes: intFrom(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    maxDepth: intFrom(env, 'MAX_QUERY_DEPTH', 15, 2, 100),
    maxAliases: intFrom(env, 'MAX_ALIASES', 30, 0, 10_000),
    maxDirectives: intFrom(env, 'MAX_DIRECTIVES', 20, 0, 10_000),
    maxTokens: intFrom(env, 'MAX_TOKENS', 5000, 100, 1_000_000),
    maxCost: intFrom(env, 'MAX_QUERY_COST', 50_000, 10, 100_000_000),
    batching: boolFrom(env, 'BATCHED_REQUESTS', false),
    maxBatchSize: intFrom(env, 'MAX_BATCH_SIZE', 10, 1, 1000),
  };
  const rateLimit: RateLimitConfig = {
    enabled: boolFrom(env, 'RATE_LIMIT', production),
    capacity: intFrom(env, 'RATE_LIMIT_CAPACITY', 100_000, 1, 1_000_000_000),
    restorePerSecond: intFrom(env, 'RATE_LIMIT_RESTORE_PER_SECOND', 1000, 1, 1_000_000_000),
    anonymousCapacity: intFrom(env, 'RATE_LIMIT_ANONYMOUS_CAPACITY', 500, 1, 1_000_000_000),
    anonymousRestorePerSecond: intFrom(env, 'RATE_LIMIT_ANONYMOUS_RESTORE_PER_SECOND', 5, 1, 1_000_000_000),
  };
  if (rateLimit.enabled && rateLimit.capacity < limits.maxCost) {
    throw new ConfigError(
      `RATE_LIMIT_CAPACITY (${rateLimit.capacity}) must be at least MAX_QUERY_COST (${limits.maxCost}), or the costliest allowed query could never run`,
    );
  }
  const encryptionKeyRaw = env.ACCESS_KEY_ENCRYPTION_KEY;
  if (encryptionKeyRaw !== undefined && encryptionKeyRaw !== '' && encryptionKeyRaw.length < 32) {
    throw new ConfigError('ACCESS_KEY_ENCRYPTION_KEY must have at least 32 characters');
  }
  // HKDF: a separate key for access-key secrets even when it is derived from AUTH_SECRET.
  const accessKeyEncryptionKey = Buffer.from(
    hkdfSync(
      'sha256',
      encryptionKeyRaw || authSecret,
      'partner-graph',
      encryptionKeyRaw ? 'access-key-secrets/v1' : 'access-key-secrets/v1 from AUTH_SECRET',
      32,
    ),
  );
  const metricsToken = env.METRICS_TOKEN ?? '';
  if (metricsToken !== '' && metricsToken.length < 16)
    throw new ConfigError('METRICS_TOKEN must have at least 16 characters');
  return {
    env: nodeEnv,
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:./data/partner-graph.sqlite'),
    authSecret,
    tokenTtlSeconds: intFrom(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    seedOnStart: boolFrom(env, 'SEED_ON_START', true),
    exposeSqlCount: boolFrom(env, 'EXPOSE_SQL_COUNT', !production),
    graphiql: boolFrom(env, 'GRAPHIQL', !production),
    introspection: boolFrom(env, 'INTROSPECTION', !production),
    suggestions: boolFrom(env, 'QUERY_SUGGESTIONS', !production),
    limits,
    rateLimit,
    accessKeyEncryptionKey,
    metrics: { enabled: boolFrom(env, 'METRICS', true), token: metricsToken || null },
    shutdownGraceMs: intFrom(env, 'SHUTDOWN_GRACE_MS', 25_000, 0, 10 * 60_000),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    persistedDocumentsOnly: boolFrom(env, 'PERSISTED_DOCUMENTS_ONLY', false),
    executor: executorFrom(env.GRAPHQL_EXECUTOR),
  };
}

function executorFrom(value: string | undefined): AppConfig['executor'] {
  if (value === undefined || value === '') return 'jit';
  if (value === 'jit' || value === 'graphql-js') return value;
  throw new ConfigError(`GRAPHQL_EXECUTOR must be jit or graphql-js, got "${value}"`);
}
