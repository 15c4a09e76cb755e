/**
 * The logs of a real server process (production mode, LOG_LEVEL=debug: everything it would ever
 * write) are JSON lines with request ids, and no secret ever appears in them: not the password,
 * bearer tokens, verification codes, access-key secrets, signatures, nor AUTH_SECRET.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Orm } from '../../src/db/orm';
import { parseDatabaseUrl } from '../../src/config';
import { DEMO_PASSWORD, demoMember } from '../../seeds';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import {
  buildServer,
  logLines,
  spawnServer,
  TEST_AUTH_SECRET,
  type ServerProcess,
  createAccessKey,
} from '../support/production';
import { gid } from '../support/ids';
import { resaleCustomers, sentVerificationCode } from '../support/rows';
import { DIST } from '../support/demo';
import { SECRET_FIELDS } from '../../src/common/logger';
import { newRequestFacts, requestLogLine } from '../../src/http/request-facts';

let db: ScratchDatabase;
let orm: Orm;
let proc: ServerProcess;

beforeAll(async () => {
  db = await cloneTemplate(inject('templateDatabase'));
  const entry = await buildServer();
  proc = await spawnServer(entry, { DATABASE_URL: db.url, LOG_LEVEL: 'debug' });
  orm = await openDatabase(parseDatabaseUrl(db.url), { migrate: false });
});
afterAll(async () => {
  proc?.kill('SIGKILL');
  await orm?.close(true);
  await db?.drop();
});

describe('logs of a server process', () => {
  it('hold request ids and facts, and none of the secrets that went through it', async () => {
    const secrets: Record<string, string> = { password: DEMO_PASSWORD, authSecret: TEST_AUTH_SECRET };
    const wrong = await proc.gql<{ signIn: { userErrors: { code: string }[] } }>(
      'mutation { signIn(input: { loginName: "dist-admin", password: "Wrong-Password-42" }) { userErrors { code } } }',
    );
    expect(wrong.body?.data?.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    secrets.wrongPassword = 'Wrong-Password-42';
    const token = await proc.signIn('dist-admin');
    secrets.token = token;

    // A money mutation with a verification code (and an idempotency key).
    await proc.gql(
      'mutation { updatePartnerSettings(input: { verificationEnabled: true }) { userErrors { code } } }',
      undefined,
      token,
    );
    const sent = await proc.gql<{ requestVerificationCode: { userErrors: { code: string }[] } }>(
      'mutation { requestVerificationCode(input: { operation: ALLOCATE_FUNDS }) { userErrors { code } } }',
      undefined,
      token,
    );
    expect(sent.body?.data?.requestVerificationCode.userErrors).toEqual([]);
    const code = await sentVerificationCode({ orm }, 'dist-admin', /is (\d{6})\./);
    secrets.verificationCode = code;
    const [customer] = await resaleCustomers({ orm }, DIST, 1);
    const allocated = await proc.gql<{ allocateFunds: unknown }>(
      'mutation ($input: AllocateFundsInput!) { allocateFunds(input: $input) { succeeded { index } userErrors { code } } }',
      {
        input: {
          allocations: [{ customerId: gid('SubCustomer', customer.id), amount: '1.00' }],
          verificationCode: code,
          idempotencyKey: 'log-test-key',
        },
      },
      token,
    );
    expect(allocated.body?.data?.allocateFunds).toEqual({ succeeded: [{ index: 0 }], userErrors: [] });

    // An access key and a signed request.
    const { accessKey, secretAccessKey } = await createAccessKey(proc, token, 'logs');
    secrets.secretAccessKey = secretAccessKey;
    const signed = proc.signedRequest(
      '{ viewer { member { loginName } } }',
      undefined,
      accessKey.accessKeyId,
      secretAccessKey,
    );
    secrets.signature = /Signature=([0-9a-f]+)/.exec(signed.headers.Authorization)![1];
    const viaKey = await proc.raw<{ viewer: { member: { loginName: string } } }>('/graphql', {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    expect(viaKey.body?.data?.viewer.member.loginName).toBe('dist-admin');
    const replay = await proc.raw('/graphql', { method: 'POST', headers: signed.headers, body: signed.body });
    expect(replay.status).toBe(401);

    // Refusals and errors log too.
    await proc.gql('{ viewer { member { id } } }', undefined, `${token.slice(0, -4)}AAAA`);
    await proc.gql('{ viewer { nope } }', undefined, token);
    const tagged = await proc.gql('query Tagged { viewer { member { id } } }', undefined, token, {
      'x-request-id': 'log-test-request-0001',
    });
    expect(tagged.status).toBe(200);

    proc.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const output = proc.output();

    for (const [name, secret] of Object.entries(secrets)) {
      const pattern = new RegExp(`(?<![0-9A-Za-z])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`);
      expect(pattern.test(output), `${name} appears in the log`).toBe(false);
    }
    expect(output).not.toContain(token.split('.')[2]);
    expect(output).not.toContain('Partner@');

    // Every line is JSON; each GraphQL request has a line with its id, status and facts.
    const lines = output.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([]);
    const entries = logLines(output);
    const requests = entries.filter((e) => e.msg === 'request' && e.path === '/graphql');
    expect(requests.length).toBeGreaterThanOrEqual(10);
    for (const r of requests) expect(r.requestId).toEqual(expect.any(String));
    expect(requests.find((r) => r.requestId === 'log-test-request-0001')).toMatchObject({
      status: 200,
      operation: 'Tagged',
      type: 'query',
      auth: 'bearer',
      memberId: demoMember('dist-admin').id,
      sqlStatements: expect.any(Number),
    });
    const signedLine = requests.find((r) => r.auth === 'signature');
    expect(signedLine).toMatchObject({
      status: 200,
      accessKey: `${accessKey.accessKeyId.slice(0, 4)}…${accessKey.accessKeyId.slice(-4)}`,
    });
    expect(requests.some((r) => JSON.stringify(r.errors) === '["REQUEST_REPLAYED"]' && r.status === 401)).toBe(true);
    expect(requests.some((r) => JSON.stringify(r.errors) === '["UNAUTHENTICATED"]' && r.status === 401)).toBe(true);
    expect(entries.some((e) => e.msg === 'shutting down: finishing requests in flight')).toBe(true);
  });
});

describe('the request line', () => {
  it('is written without the redaction walk because it cannot hold a secret: only scalars and lists of codes, none named like a secret field', () => {
    const facts = {
      ...newRequestFacts('req-12345678', '127.0.0.1'),
      operationName: 'Op',
      operationType: 'query',
      cost: 3,
      errorCodes: ['FORBIDDEN'],
      refusal: { code: 'FORBIDDEN', reason: 'denied' },
      securityEvents: ['sign-in-refused'],
      memberId: 1,
      partnerId: 2,
      actor: 'member:1',
      authMethod: 'signature' as const,
      accessKey: 'ABCD…WXYZ',
    };
    const line = requestLogLine(facts, 'POST', '/graphql', 403, 0.01);
    for (const [field, value] of Object.entries(line)) {
      expect(SECRET_FIELDS.map((f) => f.toLowerCase())).not.toContain(field.toLowerCase());
      const scalar = (v: unknown) =>
        v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
      expect(Array.isArray(value) ? value.every((v) => typeof v === 'string') : scalar(value)).toBe(true);
    }
    expect(line).toMatchObject({ requestId: 'req-12345678', status: 403, errors: ['FORBIDDEN'], refusal: 'denied' });
  });
});
