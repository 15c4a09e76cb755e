/**
 * The log and metrics of a hostile session against a real server process, under each executor:
 * an internal resolver error is logged with its cause, path and request id (and answered masked,
 * with that id); each refusal (Apollo's own included) has its code and reason on its request's
 * line and in graphql_refusals_total; a wrong-password sign-in is a security event on a line with
 * the request id and in security_events_total; no secret sent appears anywhere.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { buildServer, logLines, type ServerProcess, spawnServer } from '../support/production';

const METRICS_TOKEN = 'hostile-logs-metrics-token-0123';
const WRONG_PASSWORD = 'Wrong-Password-Hostile-77';

describe.each(['jit', 'graphql-js'] as const)('the log of a hostile session (GRAPHQL_EXECUTOR=%s)', (executor) => {
  let db: ScratchDatabase;
  let orm: Orm;
  let proc: ServerProcess;

  beforeAll(async () => {
    db = await cloneTemplate(inject('templateDatabase'));
    proc = await spawnServer(await buildServer(), {
      DATABASE_URL: db.url,
      GRAPHQL_EXECUTOR: executor,
      METRICS_TOKEN,
      LOG_LEVEL: 'info',
    });
    orm = await openDatabase(parseDatabaseUrl(db.url), { migrate: false });
  });
  afterAll(async () => {
    proc?.kill('SIGKILL');
    await orm?.close(true);
    await db?.drop();
  });

  it('has each internal error with its cause and request id, each refusal with its reason, each failed sign-in as a security event', async () => {
    const token = await proc.signIn('dist-admin');
    const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
      proc.raw('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body,
      });

    // An internal error in a resolver: the table it reads is gone.
    const connection = orm.em.fork().getConnection();
    await connection.execute('alter table access_key rename to access_key_moved');
    const internal = await proc.gql('query Keys { viewer { accessKeys { accessKeyId } } }', undefined, token, {
      'x-request-id': `internal-${executor}-0001`,
    });
    await connection.execute('alter table access_key_moved rename to access_key');
    expect(internal.body?.errors).toEqual([
      {
        message: 'Internal server error.',
        path: ['viewer', 'accessKeys'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `internal-${executor}-0001` },
      },
    ]);

    // Refusals: ours, Apollo's before its pipeline, and in it.
    const refusals: [string, Promise<{ status: number }>][] = [
      ['malformed-json', post('{"query": ')],
      [
        'content-encoding',
        post(JSON.stringify({ query: '{ viewer { member { id } } }' }), { 'content-encoding': 'gzip' }),
      ],
      [
        'content-encoding',
        post(gzipSync('{"query": "{ viewer { member { id } } }"}').subarray(0, 12), { 'content-encoding': 'gzip' }),
      ],
      ['csrf', proc.raw(`/graphql?query=${encodeURIComponent('{ viewer { member { id } } }')}`)],
      ['missing-query', post('{}')],
      [
        'get-mutation',
        proc.raw(
          `/graphql?query=${encodeURIComponent('mutation { createAccessKey(input: { description: "via GET" }) { secretAccessKey } }')}`,
          { headers: { 'apollo-require-preflight': '1', authorization: `Bearer ${token}` } },
        ),
      ],
      [
        'operation-name',
        post(JSON.stringify({ query: 'query A { viewer { member { id } } } query B { viewer { member { id } } }' })),
      ],
      ['control-character', post(JSON.stringify({ query: '{ nodes(ids: ["a\\u0000"]) { id } }' }))],
      ['syntax', post(JSON.stringify({ query: '{ viewer {' }))],
    ];
    const tagged = await Promise.all(
      refusals.map(async ([reason, answer], i) => ({ reason, status: (await answer).status, i })),
    );
    for (const r of tagged) expect([r.reason, r.status >= 400 && r.status < 500]).toEqual([r.reason, true]);

    // A wrong password: a security event.
    const wrong = await proc.gql<{ signIn: { userErrors: { code: string }[] } }>(
      `mutation { signIn(input: { loginName: "dist-ops", password: "${WRONG_PASSWORD}" }) { userErrors { code } } }`,
      undefined,
      null,
      { 'x-request-id': `sign-in-${executor}-0001` },
    );
    expect(wrong.body?.data?.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    const metrics = await proc.raw('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    proc.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const output = proc.output();
    const entries = logLines(output);

    // The internal error: one line with the request id, the path and the cause.
    const errorLine = entries.find((e) => e.msg === 'internal error');
    expect(errorLine).toMatchObject({
      level: 'error',
      requestId: `internal-${executor}-0001`,
      path: ['viewer', 'accessKeys'],
      err: { message: expect.stringMatching(/access_key/), stack: expect.any(String) },
    });
    expect(entries.find((e) => e.msg === 'request' && e.requestId === `internal-${executor}-0001`)).toMatchObject({
      status: 200,
      operation: 'Keys',
      errors: ['INTERNAL_SERVER_ERROR'],
    });

    // Each refusal: its request line has the code and the reason.
    const refused = entries.filter((e) => e.msg === 'request' && typeof e.refusal === 'string');
    for (const reason of new Set(refusals.map(([r]) => r))) {
      expect(
        refused.some((e) => e.refusal === reason),
        `a request line with refusal "${reason}"`,
      ).toBe(true);
    }
    for (const line of refused) expect(line.errors).toEqual(expect.arrayContaining([expect.any(String)]));
    const counted = (labels: string) =>
      metrics.text
        .split('\n')
        .filter((l) => l.startsWith('graphql_refusals_total{') && l.includes(labels))
        .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    expect(counted('reason="csrf"')).toBe(1);
    expect(counted('reason="content-encoding"')).toBe(2);
    expect(counted('code="GRAPHQL_PARSE_FAILED",reason="syntax"')).toBe(1);
    expect(counted('code="BAD_REQUEST",reason="get-mutation",status="405"')).toBe(1);

    // The failed sign-in: a security event line with the request id, counted.
    expect(entries.find((e) => e.event === 'security' && e.requestId === `sign-in-${executor}-0001`)).toMatchObject({
      level: 'warn',
      kind: 'sign-in-failed',
    });
    expect(entries.find((e) => e.msg === 'request' && e.requestId === `sign-in-${executor}-0001`)).toMatchObject({
      securityEvents: ['sign-in-failed'],
    });
    expect(metrics.text).toMatch(/^security_events_total\{kind="sign-in-failed"\} 1$/m);

    // Nothing secret, and every line is JSON.
    for (const secret of [WRONG_PASSWORD, token, token.split('.')[2], METRICS_TOKEN]) {
      expect(output.includes(secret), 'a secret appears in the log').toBe(false);
    }
    expect(output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'))).toEqual([]);
  });
});
