/**
 * Seeds a database with the demo data:
 *
 *   node dist/seeds/cli.js [--scale small|large] [--database-url URL] [--reset] [--seed N]
 *
 * The database comes from --database-url, else DATABASE_URL, else the server's default. It is
 * migrated first; one that already holds partners is refused unless --reset, which drops every
 * table and migrates again.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, describeDatabase, loadConfig, parseDatabaseUrl, type DatabaseConfig } from '../src/config';
import { openDatabase, type Orm } from '../src/db/orm';
import { DEFAULT_SEED, seedDatabase, type SeedScale, type SeedSummary } from './seed';
import { DEMO_CUSTOMER_LOGINS, DEMO_MEMBERS, DEMO_OPERATORS, DEMO_PASSWORD } from './demo-data';

const USAGE = `Usage: node dist/seeds/cli.js [--scale small|large] [--database-url URL] [--reset] [--seed N]

  --scale small|large   small (default): the demo partners, a few hundred customers, ~1 s.
                        large: ≥ 100k customers, ≥ 1M orders and consumption records, minutes.
  --database-url URL    sqlite:./path.sqlite, sqlite::memory: or postgres://…; default
                        DATABASE_URL, else the server's default (${defaultDatabaseUrl()}).
  --reset               drop every table and migrate again before seeding.
  --seed N              PRNG seed (default ${DEFAULT_SEED}); the same seed in the same month gives the same rows.
  --help                show this text.`;

class UsageError extends Error {}

function defaultDatabaseUrl(): string {
  return loadConfig({ NODE_ENV: 'development' }).database.url;
}

interface CliOptions {
  scale: SeedScale;
  database: DatabaseConfig;
  reset: boolean;
  seed: number;
}

/** The command line's options, a malformed one as a UsageError. */
function parseValues(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        scale: { type: 'string' },
        'database-url': { type: 'string' },
        reset: { type: 'boolean' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function parse(argv: string[]): CliOptions | null {
  const values = parseValues(argv);
  if (values.help) return null;
  const scale = values.scale ?? 'small';
  if (scale !== 'small' && scale !== 'large') throw new UsageError(`--scale must be small or large, got "${scale}"`);
  const seedText = values.seed ?? String(DEFAULT_SEED);
  if (!/^\d{1,9}$/.test(seedText)) throw new UsageError(`--seed must be a whole number, got "${seedText}"`);
  const url = values['database-url'] ?? process.env.DATABASE_URL ?? defaultDatabaseUrl();
  let database: DatabaseConfig;
  try {
    database = parseDatabaseUrl(url);
  } catch (err) {
    throw new UsageError(err instanceof ConfigError ? err.message : String(err));
  }
  return { scale, database, reset: !!values.reset, seed: Number(seedText) };
}

/**
 * Drops every table (the migrations table too) so the migrations run from scratch, whatever
 * schema version the database had. SQLite files are vacuumed to give the space back.
 */
async function dropEverything(database: DatabaseConfig): Promise<void> {
  const orm = await openDatabase(database, { migrate: false });
  try {
    if (database.kind === 'sqlite') {
      const conn = orm.em.fork().getConnection();
      const tables = await conn.execute<{ name: string }[]>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
      );
      await conn.execute('pragma foreign_keys = off');
      for (const { name } of tables) await conn.execute(`drop table if exists "${name.replace(/"/g, '""')}"`);
      await conn.execute('pragma foreign_keys = on');
      if (database.sqlitePath !== ':memory:') await conn.execute('vacuum');
    } else {
      // Every table of the schema, not only the entities' (the roll-up tables have no entity class).
      const conn = orm.em.fork().getConnection();
      const tables = await conn.execute<{ name: string }[]>(
        'select tablename as name from pg_tables where schemaname = current_schema()',
      );
      for (const { name } of tables) await conn.execute(`drop table if exists "${name.replace(/"/g, '""')}" cascade`);
    }
  } finally {
    await orm.close(true);
  }
}

/** A bar on a terminal; a line per phase and every few seconds otherwise (CI logs). */
function progressReporter(): { onProgress: (done: number, total: number, phase: string) => void; stop: () => void } {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  if (process.stdout.isTTY) {
    const bar = new SingleBar(
      { format: '{phase} |{bar}| {value}/{total} | {duration_formatted}', hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    let phase = '';
    return {
      onProgress(done, total, next) {
        if (next !== phase) {
          if (phase) bar.stop();
          phase = next;
          bar.start(total, done, { phase: next.padEnd(12) });
        } else {
          bar.setTotal(total);
          bar.update(done, { phase: next.padEnd(12) });
        }
      },
      stop: () => bar.stop(),
    };
  }
  let phase = '';
  let last = 0;
  return {
    onProgress(done, total, next) {
      const now = Date.now();
      if (next !== phase || done === total || now - last > 5_000) {
        phase = next;
        last = now;
        console.log(`[${elapsed()}] ${next}: ${done}/${total}`);
      }
    },
    stop: () => undefined,
  };
}

async function main(): Promise<number> {
  let options: CliOptions | null;
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`seed: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }

  console.log(`Database ${describeDatabase(options.database)}`);
  if (options.reset) {
    console.log('Reset: dropping every table…');
    await dropEverything(options.database);
  }
  let orm: Orm;
  try {
    orm = await openDatabase(options.database);
  } catch (err) {
    console.error(
      `seed: cannot bring the schema up to date: ${(err as Error).message}\nUse --reset to drop every table and start over.`,
    );
    return 1;
  }
  try {
    const [{ n }] = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>('select count(*) as n from partner');
    if (Number(n) > 0) {
      console.error(
        `seed: the database already holds ${n} partner(s); refusing to seed it. Use --reset to drop every table and seed again.`,
      );
      return 1;
    }

    console.log(`Seeding (${options.scale}, seed ${options.seed})…`);
    const progress = progressReporter();
    const started = Date.now();
    let summary: SeedSummary;
    try {
      summary = await seedDatabase(orm, { scale: options.scale, seed: options.seed, onProgress: progress.onProgress });
    } finally {
      progress.stop();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (options.database.kind === 'sqlite') {
      if (options.scale === 'large') await orm.em.fork().getConnection().execute('analyze');
      if (options.database.sqlitePath !== ':memory:')
        await orm.em.fork().getConnection().execute('pragma wal_checkpoint(truncate)');
    } else if (options.scale === 'large') {
      await orm.em.fork().getConnection().execute('analyze');
    }

    const total = Object.values(summary).reduce((s, v) => s + v, 0);
    console.log(`\nSeeded ${total.toLocaleString('en-US')} rows in ${seconds}s:`);
    const width = Math.max(...Object.keys(summary).map((t) => t.length));
    for (const [table, count] of Object.entries(summary))
      console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en-US').padStart(11)}`);
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    const login = Math.max(...DEMO_MEMBERS.map((m) => m.loginName.length));
    for (const m of DEMO_MEMBERS) console.log(`  ${m.loginName.padEnd(login)}  ${m.description}`);
    console.log('\nCustomers (signIn as: CUSTOMER; every seeded cloud account has the demo password):');
    for (const [role, name] of Object.entries(DEMO_CUSTOMER_LOGINS)) console.log(`  ${name.padEnd(login)}  ${role}`);
    console.log('\nCloud operators (signIn as: OPERATOR):');
    for (const o of DEMO_OPERATORS) console.log(`  ${o.loginName.padEnd(login)}  ${o.description}`);
    return 0;
  } finally {
    await orm.close(true);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? `seed: ${err.message}` : err);
    process.exit(1);
  },
);
