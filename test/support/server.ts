import 'reflect-metadata';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig } from '../../src/config';
import { openDatabase, type Orm, type SqlEntityManager } from '../../src/db/orm';
import { createServer, type ServerOptions } from '../../src/server';
import { cloneTemplate } from './database';
import { type ActorKindName, cachingSignIn, postGraphQL, SIGN_IN } from './graphql';

/** An answer of TestServer.execute. */
export interface GraphQLResponse<R> {
  status: number;
  data?: R | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the server ran for this request (x-sql-statements). */
  sqlStatements: number;
  headers: Headers;
}

/** The real HTTP server on a private copy of the seeded template database. */
export interface TestServer {
  url: string;
  orm: Orm;
  /** Runs a typed operation over HTTP, as `token`'s member (anonymous without one). */
  execute<R, V>(
    document: TypedDocumentNode<R, V> | string,
    variables?: V,
    token?: string | null,
  ): Promise<GraphQLResponse<R>>;
  /** Signs a demo member (or, with `as`, a customer or an operator) in and returns its bearer token. */
  signIn(loginName: string, password?: string, as?: ActorKindName): Promise<string>;
  /** A fresh entity manager on the server's database (a fork: nothing cached from earlier reads). */
  em(): SqlEntityManager;
  close(): Promise<void>;
}

/** Starts the real HTTP server on a private copy of the seeded template database. */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const database = await cloneTemplate(inject('templateDatabase'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    SEED_ON_START: 'false',
    EXPOSE_SQL_COUNT: 'true',
    GRAPHIQL: 'true',
    INTROSPECTION: 'true',
  });
  const orm = await openDatabase(config.database);
  const server = await createServer(config, orm, options);
  const { url } = await server.listen(0, '127.0.0.1');

  const execute: TestServer['execute'] = async (document, variables, token) => {
    const query = typeof document === 'string' ? document : print(document);
    const res = await postGraphQL(url, { query, variables }, token);
    const body = (await res.json()) as { data?: never; errors?: GraphQLResponse<never>['errors'] };
    return {
      status: res.status,
      data: body.data,
      errors: body.errors,
      sqlStatements: Number(res.headers.get('x-sql-statements') ?? NaN),
      headers: res.headers,
    };
  };

  return {
    url,
    orm,
    execute,
    signIn: cachingSignIn(async (loginName, password, as) => {
      const res = await execute<{ signIn: { token: string | null; userErrors: { code: string }[] } }, unknown>(
        SIGN_IN,
        {
          input: { loginName, password, as },
        },
      );
      const token = res.data?.signIn.token;
      if (!token) throw new Error(`sign-in of ${loginName} failed: ${JSON.stringify(res.errors ?? res.data)}`);
      return token;
    }),
    em: () => orm.em.fork(),
    async close() {
      await server.stop();
      await orm.close(true);
      await database.drop();
    },
  };
}

/**
 * What `start` makes, made before the tests of this file (or describe block) and closed after them;
 * the returned stand-in forwards to it, so use it inside hooks and tests only.
 */
export function beforeAllTests<T extends object>(start: () => Promise<T>, close: (value: T) => Promise<void>): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value) await close(value);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error(`not started yet (reading ${String(key)}): use it inside hooks and tests`);
      const member = Reflect.get(value, key);
      return typeof member === 'function' ? member.bind(value) : member;
    },
  });
}

/** Runs `fn` with these environment variables set (e.g. switches read when a server starts), then restores them. */
export async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/**
 * A test server (startTestServer, started with `env` set) for the tests of this file or describe
 * block, closed after them.
 */
export function useTestServer(options: ServerOptions = {}, env: Record<string, string> = {}): TestServer {
  return beforeAllTests(
    () => withEnv(env, () => startTestServer(options)),
    (server) => server.close(),
  );
}

/**
 * Signs each demo member (or, with `as`, customer or operator) in before the tests (after the server
 * has started): login → bearer token.
 */
export function useTokens(
  server: Pick<TestServer, 'signIn'>,
  logins: readonly string[],
  as: ActorKindName = 'MEMBER',
): Record<string, string> {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const login of logins) tokens[login] = await server.signIn(login, undefined, as);
  });
  return tokens;
}
