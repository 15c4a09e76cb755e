/**
 * Baseline (d), PostgreSQL only: PostGraphile 4 (npm `postgraphile` 4.14.x, which runs on Node 20;
 * PostGraphile 5 needs Node 22) over the same database, as a node:http server. PostGraphile
 * compiles a whole GraphQL query into one SQL statement (json_build_object and lateral
 * subqueries). It runs as the database owner with no permission rules: the comparison is
 * "our permission-enforcing BFF" against "a peer that enforces nothing".
 *
 * graphql versions: the project uses graphql 16; PostGraphile 4 needs graphql 15, and npm nests
 * two copies of graphql 15 (under postgraphile/ and under graphile-build-pg/), which PostGraphile
 * refuses at runtime ("Cannot use GraphQLNonNull from another module or realm"). This process
 * therefore resolves every `graphql` and `graphile-build` require to postgraphile's own copy
 * before loading it. Nothing else in the project loads PostGraphile.
 *
 * SQL statements per request are counted by wrapping pg's Client#query inside an
 * AsyncLocalStorage scope per HTTP request and reported in `x-sql-statements`, like the app.
 *
 * Environment: DATABASE_URL (postgres://…), PORT (0 = any).
 */
import http from 'node:http';
import path from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import Module from 'node:module';
import { listenForBench } from './listen';

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options: unknown) => string;
interface ModuleInternals {
  _resolveFilename: ResolveFilename;
  _nodeModulePaths(from: string): string[];
}

function pinGraphqlToPostgraphile(): void {
  const root = path.dirname(require.resolve('postgraphile/package.json'));
  const anchor = path.join(root, 'package.json');
  const shared = /^(graphql|graphile-build)(\/|$)/;
  const internals = Module as unknown as ModuleInternals;
  const original = internals._resolveFilename;
  const parentForShared = { id: anchor, filename: anchor, paths: internals._nodeModulePaths(root) };
  internals._resolveFilename = function (request, parent, isMain, options) {
    if (shared.test(request)) return original.call(this, request, parentForShared, isMain, options);
    return original.call(this, request, parent, isMain, options);
  };
}

const tally = new AsyncLocalStorage<{ count: number }>();

function countStatements(): void {
  // The same `pg` PostGraphile resolves (the project's).
  const pg = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const store = tally.getStore();
    if (store) store.count += 1;
    return original.apply(this, args);
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
  pinGraphqlToPostgraphile();
  countStatements();
  const { postgraphile } = require('postgraphile') as {
    postgraphile: (db: string, schema: string, options: Record<string, unknown>) => http.RequestListener;
  };
  const handler = postgraphile(url, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    watchPg: false,
    setofFunctionsContainNulls: false,
    ignoreRBAC: true,
    // Not part of the comparison; on by default in some modes.
    enableQueryBatching: false,
    extendedErrors: [],
  });

  const server = http.createServer((req, res) => {
    const store = { count: 0 };
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    (res as unknown as { end: (...args: unknown[]) => http.ServerResponse }).end = (...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('x-sql-statements', String(store.count));
      return end(...args);
    };
    tally.run(store, () => handler(req, res));
  });
  await listenForBench(server, 'PostGraphile (/graphql)');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
