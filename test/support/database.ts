import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Test databases. SQLite (default): a seeded template file, copied per test file. PostgreSQL
 * (DATABASE_URL=postgres://…): a seeded template database, cloned per test file with
 * CREATE DATABASE … TEMPLATE, which is a fast file-level copy.
 */
export const testDatabaseKind = (): 'sqlite' | 'postgresql' =>
  /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'postgresql' : 'sqlite';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(process.env.DATABASE_URL!, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const safeName = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
};

/** A database made for the tests: its URL, and how to drop it afterwards. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new empty database (PostgreSQL) or file (SQLite) for the template. */
export async function createTemplateDatabase(): Promise<ScratchDatabase> {
  if (testDatabaseKind() === 'postgresql') {
    const name = safeName(`pg_test_template_${process.pid}`);
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    return {
      url: withDatabase(process.env.DATABASE_URL!, name),
      drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'partner-graph-test-'));
  return {
    url: `sqlite:${join(dir, 'template.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let counter = 0;

/** A private copy of the seeded template for one test server. */
export async function cloneTemplate(templateUrl: string): Promise<ScratchDatabase> {
  if (templateUrl.startsWith('sqlite:')) {
    const dir = mkdtempSync(join(tmpdir(), 'partner-graph-db-'));
    const file = join(dir, 'db.sqlite');
    copyFileSync(templateUrl.slice('sqlite:'.length), file);
    return { url: `sqlite:${file}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const template = safeName(new URL(templateUrl).pathname.slice(1));
  const name = safeName(`pg_test_${process.pid}_${Date.now() % 1_000_000}_${counter++}`);
  // Only one clone of a template can run at a time: PostgreSQL refuses while another session uses it.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (err) {
      if (attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return {
    url: withDatabase(templateUrl, name),
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
