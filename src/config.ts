import { randomBytes } from 'node:crypto';

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
}

export class ConfigError extends Error {}

/** Parses a DATABASE_URL: `sqlite:./path.sqlite`, `sqlite::memory:` or `postgres://…`. */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigError(`DATABASE_URL "${url}" names no SQLite file (use sqlite:./data/x.sqlite or sqlite::memory:)`);
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

// A development-only default so `npm start` works with no setup; production refuses it.
const DEV_AUTH_SECRET = 'partner-graph-development-secret-do-not-use-in-production';

/** Reads and checks the environment once at start; every error names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const authSecret = env.AUTH_SECRET ?? (production ? '' : nodeEnv === 'test' ? randomBytes(32).toString('hex') : DEV_AUTH_SECRET);
  if (authSecret.length < 32) {
    throw new ConfigError('AUTH_SECRET must be set to at least 32 characters in production');
  }
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
  };
}
