/**
 * NODE_ENV=production: switches and their defaults, extensions.cost on every response, the cost
 * rate limit (THROTTLED), batching when configured, health checks and Prometheus metrics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import {
  useProductionServer,
  TEST_AUTH_SECRET,
  TEST_METRICS_TOKEN,
  TEST_PUBLIC_BASE_URL,
  type Answer,
  errorCode,
} from '../support/production';
import { testDatabaseKind } from '../support/database';

const CUSTOMERS =
  'query Customers($n: Int) { viewer { partner { customers(first: $n) { totalCount nodes { id accountManager { loginName } } } } } }';

describe('configuration', () => {
  it('production defaults: no GraphiQL, no introspection, no suggestions, rate limit on, limits set; AUTH_SECRET required', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: TEST_AUTH_SECRET,
      METRICS_TOKEN: TEST_METRICS_TOKEN,
      PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
    });
    expect([
      config.graphiql,
      config.introspection,
      config.suggestions,
      config.exposeSqlCount,
      config.rateLimit.enabled,
    ]).toEqual([false, false, false, false, true]);
    expect(config.limits).toEqual({
      bodyLimitBytes: 262144,
      maxDepth: 15,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 5000,
      maxCost: 50000,
      batching: false,
      maxBatchSize: 10,
    });
    expect(config.rateLimit).toEqual({
      enabled: true,
      capacity: 100000,
      restorePerSecond: 1000,
      anonymousCapacity: 500,
      anonymousRestorePerSecond: 5,
    });
    const dev = loadConfig({ NODE_ENV: 'development' });
    expect([dev.graphiql, dev.introspection, dev.suggestions, dev.rateLimit.enabled]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('every limit is configurable, and a bad value names its variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: TEST_AUTH_SECRET,
      METRICS_TOKEN: TEST_METRICS_TOKEN,
      PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
      MAX_QUERY_DEPTH: '8',
      MAX_ALIASES: '5',
      MAX_DIRECTIVES: '3',
      MAX_TOKENS: '800',
      MAX_QUERY_COST: '500',
      BODY_LIMIT_BYTES: '4096',
      BATCHED_REQUESTS: 'true',
      MAX_BATCH_SIZE: '3',
      RATE_LIMIT_CAPACITY: '600',
      RATE_LIMIT_RESTORE_PER_SECOND: '7',
      INTROSPECTION: 'true',
      QUERY_SUGGESTIONS: 'true',
    });
    expect(config.limits).toEqual({
      bodyLimitBytes: 4096,
      maxDepth: 8,
      maxAliases: 5,
      maxDirectives: 3,
      maxTokens: 800,
      maxCost: 500,
      batching: true,
      maxBatchSize: 3,
    });
    expect([
      config.rateLimit.capacity,
      config.rateLimit.restorePerSecond,
      config.introspection,
      config.suggestions,
    ]).toEqual([600, 7, true, true]);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_SECRET: TEST_AUTH_SECRET,
        METRICS_TOKEN: TEST_METRICS_TOKEN,
        PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
        MAX_QUERY_DEPTH: 'deep',
      }),
    ).toThrow(/MAX_QUERY_DEPTH/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_SECRET: TEST_AUTH_SECRET,
        METRICS_TOKEN: TEST_METRICS_TOKEN,
        PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
        RATE_LIMIT_CAPACITY: '100',
      }),
    ).toThrow(/RATE_LIMIT_CAPACITY .* MAX_QUERY_COST/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_SECRET: TEST_AUTH_SECRET,
        METRICS_TOKEN: TEST_METRICS_TOKEN,
        PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
        ACCESS_KEY_ENCRYPTION_KEY: 'short',
      }),
    ).toThrow(/ACCESS_KEY_ENCRYPTION_KEY/);
  });
});

describe('a production server with defaults', () => {
  const server = useProductionServer();
  let token: string;
  beforeAll(async () => {
    token = await server.signIn('dist-admin');
  });

  it('keeps idle connections 65 s (HTTP_KEEP_ALIVE_TIMEOUT_MS), longer than a proxy keeps its own', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('reports extensions.cost on every GraphQL response: success, mutation, field error, validation failure', async () => {
    const ok = await server.gql<{ viewer: { partner: { customers: { nodes: unknown[] } } } }>(
      CUSTOMERS,
      { n: 50 },
      token,
    );
    expect(ok.body?.data?.viewer.partner.customers.nodes.length).toBeGreaterThan(0);
    // viewer 1 + partner 1 + customers 1 + 50 × (node 1 + accountManager 1)
    expect(ok.body?.extensions?.cost).toEqual({
      requestedQueryCost: 103,
      maximumQueryCost: 50000,
      throttleStatus: { maximumAvailable: 100000, currentlyAvailable: expect.any(Number), restoreRate: 1000 },
    });
    expect(ok.body!.extensions!.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(100000 - 103);
    const mutation = await server.gql(
      'mutation { signIn(input: { loginName: "nobody", password: "x" }) { token userErrors { code } } }',
    );
    // mutation 10 + the payload 1 + userErrors (a list without paging arguments counts once) 1
    expect(mutation.body?.extensions?.cost.requestedQueryCost).toBe(10 + 1 + 1);
    expect(mutation.body?.extensions?.cost.throttleStatus.maximumAvailable).toBe(500); // anonymous bucket
    const fieldError = await server.gql('{ node(id: "bm9wZTox") { id } }', undefined, token);
    expect(fieldError.body?.errors?.length).toBe(1);
    expect(fieldError.body?.extensions?.cost.requestedQueryCost).toBe(1);
    const invalid = await server.gql('{ nope }', undefined, token);
    expect(invalid.status).toBe(400);
    expect(invalid.body?.extensions?.cost).toEqual({
      requestedQueryCost: 0,
      maximumQueryCost: 50000,
      throttleStatus: null,
    });
  });

  it('echoes a valid x-request-id, makes one otherwise, and hides the SQL count header', async () => {
    const mine = await server.gql('{ viewer { member { id } } }', undefined, token, { 'x-request-id': 'req-12345678' });
    expect(mine.headers.get('x-request-id')).toBe('req-12345678');
    const bad = await server.gql('{ viewer { member { id } } }', undefined, token, {
      'x-request-id': 'bad id with spaces',
    });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(mine.headers.get('x-sql-statements')).toBeNull();
  });

  it('serves no GraphiQL page', async () => {
    const res = await server.raw('/graphql', { headers: { accept: 'text/html' } });
    expect(res.text).not.toMatch(/<html/i);
  });

  it('/healthz and /readyz answer 200', async () => {
    expect([(await server.raw('/healthz')).status, (await server.raw('/healthz')).body]).toEqual([
      200,
      { status: 'ok' },
    ]);
    expect([(await server.raw('/readyz')).status, (await server.raw('/readyz')).body]).toEqual([
      200,
      { status: 'ready' },
    ]);
  });

  it('/metrics exposes requests and latency by operation, errors by code, SQL statements per request', async () => {
    await server.gql(CUSTOMERS, { n: 5 }, token);
    await server.gql('query Broken { nope }', undefined, token);
    for (let i = 0; i < 3; i++)
      await server.gql(
        `query Random${Math.random().toString(36).slice(2)} { viewer { member { id } } }`,
        undefined,
        token,
      );
    // Production needs the token (config.ts refuses to start without one).
    expect((await server.raw('/metrics')).status).toBe(401);
    const res = await server.raw('/metrics', { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(/graphql_requests_total\{operation="Customers",type="query",status="200"\} \d+/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="0.5",operation="Customers",type="query"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/graphql_sql_statements_per_request_bucket\{le="\d+",operation="Customers"\} \d+/);
    expect(text).toMatch(/graphql_sql_statements_per_request_sum\{operation="Customers"\} [1-9]/);
    expect(text).toMatch(/process_cpu_seconds_total/);
    expect(text).not.toContain(token);
  });
});

describe('the cost rate limit', () => {
  const server = useProductionServer({
    MAX_QUERY_COST: '200',
    RATE_LIMIT_CAPACITY: '300',
    RATE_LIMIT_RESTORE_PER_SECOND: '1',
    RATE_LIMIT_ANONYMOUS_CAPACITY: '50',
    RATE_LIMIT_ANONYMOUS_RESTORE_PER_SECOND: '1',
  });

  it('draws each query’s cost from the member’s bucket and answers THROTTLED (429, Retry-After) when it is empty', async () => {
    const token = await server.signIn('dist-admin');
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i++) answers.push(await server.gql(CUSTOMERS, { n: 49 }, token)); // 101 points each
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 429]);
    expect(answers.slice(0, 2).map((a) => a.body!.extensions!.cost.throttleStatus.currentlyAvailable)).toEqual([
      199, 98,
    ]);
    const refused = answers[2];
    expect(errorCode(refused)).toBe('THROTTLED');
    expect(refused.body?.data).toBeUndefined();
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(3);
    expect(refused.body!.errors![0].extensions!.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));
    expect(refused.body!.extensions!.cost.throttleStatus).toEqual({
      maximumAvailable: 300,
      currentlyAvailable: 98,
      restoreRate: 1,
    });
    // A cheap query still fits; another member has its own bucket.
    expect((await server.gql('{ viewer { member { id } } }', undefined, token)).status).toBe(200);
    const other = await server.gql(CUSTOMERS, { n: 49 }, await server.signIn('reseller-admin'));
    expect(other.status).toBe(200);
  });

  it.runIf(testDatabaseKind() === 'postgresql')(
    'on PostgreSQL the bucket is written in a transaction of its own that does not wait for the WAL flush',
    async () => {
      const knex = server.orm.em.getConnection().getKnex();
      const writes: { sql: string; viaKnex: boolean }[] = [];
      const onQuery = (q: { sql: string; __knexQueryUid?: string }) => {
        if (q.sql.includes('rate_limit_bucket')) writes.push({ sql: q.sql, viaKnex: !!q.__knexQueryUid });
      };
      knex.on('query', onQuery);
      try {
        const token = await server.signIn('reseller-admin');
        const answer = await server.gql('{ viewer { member { id } } }', undefined, token);
        expect(answer.status).toBe(200);
        expect(answer.body!.extensions!.cost.throttleStatus.currentlyAvailable).toBeLessThan(300);
      } finally {
        knex.off('query', onQuery);
      }
      // Sent by runUnflushed (common/pg-prepared.ts), not by MikroORM, with its values written in.
      expect(writes.filter((w) => w.sql.startsWith('insert into rate_limit_bucket'))).toEqual([
        expect.objectContaining({ viaKnex: false }),
      ]);
      expect(writes[0].sql).not.toContain('?');
      const [row] = (await server.orm.em
        .getConnection()
        .execute("select count(*) as n from rate_limit_bucket where bucket_key like 'member:%'")) as { n: string }[];
      expect(Number(row.n)).toBeGreaterThan(0);
    },
  );

  it('anonymous requests draw from a bucket per client address', async () => {
    // Sent at once: points are taken when a request arrives, so the answers do not depend on how
    // long each sign-in's password check takes (scrypt at N=2^17 takes seconds on a busy machine,
    // and the bucket refills 1 point a second meanwhile).
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        server.gql('mutation { signIn(input: { loginName: "nobody", password: "x" }) { userErrors { code } } }'),
      ),
    );
    const statuses = answers.map((a) => a.status);
    // 12 points each against 50, less the two sign-ins above (24) plus what refilled since: two to
    // four fit, then THROTTLED.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    for (const refused of answers.filter((a) => a.status === 429)) expect(errorCode(refused)).toBe('THROTTLED');
  });
});

describe('batching, when configured', () => {
  const server = useProductionServer({
    BATCHED_REQUESTS: 'true',
    MAX_BATCH_SIZE: '3',
    INTROSPECTION: 'true',
    METRICS_TOKEN: 'metrics-token-0123456789',
  });
  let token: string;
  beforeAll(async () => {
    token = await server.signIn('dist-admin');
  });

  it('runs up to MAX_BATCH_SIZE operations in one request, each priced; longer batches are refused', async () => {
    const post = (body: unknown) =>
      server.raw('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const ok = await post([
      { query: '{ viewer { member { loginName } } }' },
      { query: CUSTOMERS, variables: { n: 2 } },
    ]);
    expect(ok.status).toBe(200);
    const results = JSON.parse(ok.text) as { data: unknown; extensions: { cost: { requestedQueryCost: number } } }[];
    expect(results.map((r) => r.extensions.cost.requestedQueryCost)).toEqual([2, 7]);
    const long = await post(Array.from({ length: 4 }, () => ({ query: '{ viewer { member { id } } }' })));
    expect([long.status, errorCode(long)]).toEqual([400, 'BAD_REQUEST']);
  });

  it('INTROSPECTION=true turns introspection on in production', async () => {
    const res = await server.gql('{ __schema { queryType { name } } }', undefined, await server.signIn('dist-admin'));
    expect(res.body?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('METRICS_TOKEN protects /metrics', async () => {
    expect((await server.raw('/metrics')).status).toBe(401);
    expect(
      (await server.raw('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789x' } })).status,
    ).toBe(401);
    expect(
      (await server.raw('/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } })).status,
    ).toBe(200);
  });

  it('/readyz answers 503 when the database is unreachable; a GraphQL request then gets a retryable 503, no internals', async () => {
    await server.orm.close(true);
    const res = await server.raw('/readyz');
    expect([res.status, res.body]).toEqual([503, { status: 'database unreachable' }]);
    expect((await server.raw('/healthz')).status).toBe(200);
    // The pool is gone (as during shutdown): the client is told to come back, with a code and the
    // request id header; the driver's message reaches only the log (internal errors stay masked: hostile.test.ts).
    const failed = await server.gql('{ viewer { member { id } } }', undefined, token);
    const requestId = failed.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.status).toBe(503);
    expect(Number(failed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(failed.body?.errors).toHaveLength(1);
    expect(failed.body?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVER_BUSY', reason: 'pool-closed' });
    expect(JSON.stringify(failed.body)).not.toMatch(/knex|acquire|sqlite|stack|Error:/i);
  });
});
