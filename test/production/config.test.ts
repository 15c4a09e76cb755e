/**
 * Production refuses to start unsafe (issue 16, item 1): the development AUTH_SECRET even when set
 * explicitly, a short secret, a secret equal to ACCESS_KEY_ENCRYPTION_KEY, /metrics without its
 * token; demo seeding only when asked by name, with a loud warning; every variable validated with
 * a message naming it. Checked through the real config loader and through real process starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DEV_AUTH_SECRET, loadConfig } from '../../src/config';
import { buildServer, logLines, TEST_AUTH_SECRET, TEST_PUBLIC_BASE_URL } from '../support/production';
import { ROOT } from '../support/paths';

// scrypt at N=2^17 and process starts take seconds each on a busy machine: room beyond the default 30 s.
const SLOW = { timeout: 180_000 };

const METRICS_TOKEN = 'metrics-token-0123456789';
const PUBLIC_BASE_URL = TEST_PUBLIC_BASE_URL;
const SAFE = { NODE_ENV: 'production', AUTH_SECRET: TEST_AUTH_SECRET, METRICS_TOKEN, PUBLIC_BASE_URL };

function refusal(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('production refuses unsafe settings', () => {
  it('accepts a safe production configuration', () => {
    const config = loadConfig(SAFE);
    expect([config.env, config.seedOnStart, config.metrics, config.logLevel]).toEqual([
      'production',
      false,
      { enabled: true, token: METRICS_TOKEN },
      'info',
    ]);
  });

  it.each([
    ['no AUTH_SECRET', { AUTH_SECRET: '' }, /^AUTH_SECRET must be set in production/],
    [
      'the development AUTH_SECRET, set explicitly',
      { AUTH_SECRET: DEV_AUTH_SECRET },
      /^AUTH_SECRET is the published development value/,
    ],
    [
      'an AUTH_SECRET shorter than 32 characters',
      { AUTH_SECRET: 'x'.repeat(31) },
      /^AUTH_SECRET must have at least 32 characters \(it has 31\)$/,
    ],
    [
      'AUTH_SECRET equal to ACCESS_KEY_ENCRYPTION_KEY',
      { ACCESS_KEY_ENCRYPTION_KEY: TEST_AUTH_SECRET },
      /^ACCESS_KEY_ENCRYPTION_KEY must differ from AUTH_SECRET/,
    ],
    ['/metrics without METRICS_TOKEN', { METRICS_TOKEN: '' }, /^METRICS is on but METRICS_TOKEN is not set/],
    [
      'a METRICS_TOKEN shorter than 16 characters',
      { METRICS_TOKEN: 'short' },
      /^METRICS_TOKEN must have at least 16 characters/,
    ],
    ['no PUBLIC_BASE_URL', { PUBLIC_BASE_URL: '' }, /^PUBLIC_BASE_URL must be set to an https URL in production/],
    [
      'a plain-http PUBLIC_BASE_URL',
      { PUBLIC_BASE_URL: 'http://partner.example.com' },
      /^PUBLIC_BASE_URL must be set to an https URL in production/,
    ],
    [
      'a PUBLIC_BASE_URL with a query',
      { PUBLIC_BASE_URL: 'https://partner.example.com/?x=1' },
      /^PUBLIC_BASE_URL must be an absolute http\(s\) URL without query or fragment/,
    ],
  ])('refuses %s', (_label, change, message) => {
    const problems = refusal({ ...SAFE, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    // The secret itself never appears in the message.
    expect(problems[0]).not.toContain(DEV_AUTH_SECRET);
    expect(problems[0]).not.toContain(TEST_AUTH_SECRET);
  });

  it('accepts /metrics turned off without a token', () => {
    expect(loadConfig({ ...SAFE, METRICS_TOKEN: '', METRICS: 'false' }).metrics).toEqual({
      enabled: false,
      token: null,
    });
  });

  it('development keeps its conveniences: the development secret, open /metrics, seeding on', () => {
    const dev = loadConfig({});
    expect([dev.env, dev.authSecret, dev.metrics.enabled, dev.metrics.token, dev.seedOnStart]).toEqual([
      'development',
      DEV_AUTH_SECRET,
      true,
      null,
      true,
    ]);
  });

  it('seeds demo data in production only when SEED_ON_START=true is set explicitly', () => {
    expect(loadConfig(SAFE).seedOnStart).toBe(false);
    expect(loadConfig({ ...SAFE, SEED_ON_START: '' }).seedOnStart).toBe(false);
    expect(loadConfig({ ...SAFE, SEED_ON_START: 'true' }).seedOnStart).toBe(true);
  });
});

describe('every configuration value is validated, naming its variable', () => {
  it.each([
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be one of debug, info, warn, error, got "verbose"'],
    ['NODE_ENV', 'prod', 'NODE_ENV must be one of development, production, test, got "prod"'],
    ['PORT', '-1', 'PORT must be a whole number from 0 to 65535, got "-1"'],
    ['PORT', '65536', 'PORT must be a whole number from 0 to 65535, got "65536"'],
    ['HOST', 'local host', 'HOST must be a host name or an IP address, got "local host"'],
    ['TOKEN_TTL_SECONDS', '1.5', 'TOKEN_TTL_SECONDS must be a whole number from 60 to 2592000, got "1.5"'],
    ['SEED_ON_START', 'maybe', 'SEED_ON_START must be true or false, got "maybe"'],
    ['METRICS', 'yes please', 'METRICS must be true or false, got "yes please"'],
    ['MAX_QUERY_DEPTH', 'deep', 'MAX_QUERY_DEPTH must be a whole number from 2 to 100, got "deep"'],
    ['GRAPHQL_EXECUTOR', 'fast', 'GRAPHQL_EXECUTOR must be one of jit, graphql-js, got "fast"'],
    ['DATABASE_URL', 'mysql://db', 'DATABASE_URL "mysql://db" is neither sqlite:… nor postgres://…'],
    ['TRUST_PROXY', 'the proxy', 'TRUST_PROXY must be true, false, a hop count, or a comma-separated list'],
    ['MAINTENANCE', 'sometimes', 'MAINTENANCE must be true or false, got "sometimes"'],
    [
      'HTTP_KEEP_ALIVE_TIMEOUT_MS',
      '500',
      'HTTP_KEEP_ALIVE_TIMEOUT_MS must be a whole number from 1000 to 600000, got "500"',
    ],
    [
      'MAINTENANCE_INTERVAL_SECONDS',
      '1',
      'MAINTENANCE_INTERVAL_SECONDS must be a whole number from 10 to 86400, got "1"',
    ],
  ])('%s=%s', (name, value, message) => {
    for (const base of [{}, SAFE]) {
      const problems = refusal({ ...base, [name]: value });
      expect(problems).toHaveLength(1);
      expect(problems[0].startsWith(message)).toBe(true);
    }
  });

  it('reports every bad value at once', () => {
    const problems = refusal({ LOG_LEVEL: 'loud', PORT: 'eighty', RATE_LIMIT: 'sure' });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'RATE_LIMIT']);
    expect(() => loadConfig({ LOG_LEVEL: 'loud', PORT: 'eighty' })).toThrow(
      /^2 problems: (LOG_LEVEL|PORT) .*; (LOG_LEVEL|PORT) /,
    );
  });

  it('accepts what the README documents: each level, booleans as words, proxy lists, empty as unset', () => {
    for (const level of ['debug', 'info', 'warn', 'error'])
      expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    expect(loadConfig({ GRAPHIQL: 'off', INTROSPECTION: 'YES', PORT: '' })).toMatchObject({
      graphiql: false,
      introspection: true,
      port: 4000,
    });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ MAINTENANCE_INTERVAL_SECONDS: '60' }).maintenance).toEqual({
      enabled: true,
      intervalMs: 60_000,
    });
  });

  it('the README configuration table documents exactly the variables the server reads', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('Other scripts:'));
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual([...CONFIG_VARIABLES].sort());
  });
});

// ── real process starts ────────────────────────────────────────────────────────────────────────

let entry: string;
let dir: string;
beforeAll(async () => {
  entry = await buildServer();
  dir = mkdtempSync(join(tmpdir(), 'partner-graph-config-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts `node …/src/index.js` and resolves once it exits, or once `until` matches a log line (then kills it). */
function start(
  env: Record<string, string>,
  until?: (line: Record<string, unknown>) => boolean,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: `sqlite:${join(dir, `db-${Math.random().toString(36).slice(2)}.sqlite`)}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const look = (d: Buffer) => {
      output += d;
      if (until && logLines(output).some(until)) child.kill('SIGKILL');
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('a production process', SLOW, () => {
  it('with the development AUTH_SECRET exits 1 and says why, before opening the database', async () => {
    const { code, output } = await start({
      NODE_ENV: 'production',
      AUTH_SECRET: DEV_AUTH_SECRET,
      METRICS_TOKEN,
      PUBLIC_BASE_URL,
    });
    expect(code).toBe(1);
    const lines = logLines(output);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^configuration error: AUTH_SECRET is the published development value; production needs a secret of its own/,
        ),
      ],
    ]);
    expect(output).not.toContain(DEV_AUTH_SECRET);
  });

  it('with several bad values names each of them', async () => {
    const { code, output } = await start({
      NODE_ENV: 'production',
      AUTH_SECRET: 'too-short',
      LOG_LEVEL: 'chatty',
      PUBLIC_BASE_URL,
    });
    expect(code).toBe(1);
    const line = logLines(output).find((l) => String(l.msg).startsWith('configuration error'));
    expect(((line?.problems ?? []) as string[]).map((p) => p.split(' ')[0]).sort()).toEqual([
      'AUTH_SECRET',
      'LOG_LEVEL',
    ]);
  });

  it('with METRICS on and no METRICS_TOKEN exits 1', async () => {
    const { code, output } = await start({ NODE_ENV: 'production', AUTH_SECRET: TEST_AUTH_SECRET, PUBLIC_BASE_URL });
    expect(code).toBe(1);
    expect(output).toContain('METRICS is on but METRICS_TOKEN is not set');
  });

  it('seeds only when SEED_ON_START=true is set, and then warns loudly first', async () => {
    const asked = await start(
      { NODE_ENV: 'production', AUTH_SECRET: TEST_AUTH_SECRET, METRICS_TOKEN, PUBLIC_BASE_URL, SEED_ON_START: 'true' },
      (l) => l.msg === 'empty database: seeding the demo data (small scale)',
    );
    const lines = logLines(asked.output);
    const warning = lines.findIndex((l) => l.level === 'warn' && l.kind === 'demo-seeding-in-production');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(String(lines[warning].msg)).toMatch(/^SEED_ON_START=true in production: .* password is published/);
    const seeding = lines.findIndex((l) => l.msg === 'empty database: seeding the demo data (small scale)');
    expect([seeding > warning, lines[seeding]?.level]).toEqual([true, 'warn']);

    const plain = await start(
      { NODE_ENV: 'production', AUTH_SECRET: TEST_AUTH_SECRET, METRICS_TOKEN, PUBLIC_BASE_URL },
      (l) => l.msg === 'listening',
    );
    const plainLines = logLines(plain.output);
    expect(plainLines.some((l) => l.msg === 'listening')).toBe(true);
    expect(plainLines.some((l) => String(l.msg).includes('seed'))).toBe(false);
  });
});
