/**
 * Bad traffic against a production-mode server: each request is refused with its own status and
 * code, nothing runs that should not, and the server is still healthy afterwards.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { buildSchema, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { fromGlobalId } from '../../src/common/global-id';
import { demoMember, demoPartner } from '../../seeds';
import { useProductionServer, TEST_AUTH_SECRET, errorCode, createAccessKey } from '../support/production';

const server = useProductionServer();
let token: string;

const VIEWER = '{ viewer { member { loginName } } }';

beforeAll(async () => {
  token = await server.signIn('dist-admin');
});

async function stillHealthy() {
  expect((await server.raw('/healthz')).status).toBe(200);
  expect((await server.raw('/readyz')).status).toBe(200);
  const res = await server.gql(VIEWER, undefined, token);
  expect(res.body?.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
}

describe('query shape limits', () => {
  it('refuses a query deeper than MAX_QUERY_DEPTH (15) with QUERY_TOO_DEEP, and one through fragments too', async () => {
    // partner → parent → partner … is a legal cycle in the schema.
    let deep = 'name';
    for (let i = 0; i < 30; i++) deep = `parent { ${deep} }`;
    const res = await server.gql(`{ viewer { partner { ${deep} } } }`, undefined, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'QUERY_TOO_DEEP']);
    expect(res.body?.data).toBeUndefined();
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Partner { parent { ${i === 19 ? 'name' : `...F${i + 1}`} } }`,
    ).join('\n');
    const viaFragments = await server.gql(`{ viewer { partner { ...F0 } } }\n${fragments}`, undefined, token);
    expect([viaFragments.status, errorCode(viaFragments)]).toEqual([400, 'QUERY_TOO_DEEP']);
  });

  it('remembers a verdict per query text: the same deep query is refused again, a good one still answers', async () => {
    let deep = 'name';
    for (let i = 0; i < 20; i++) deep = `parent { ${deep} }`;
    const query = `{ viewer { partner { ${deep} } } }`;
    for (let i = 0; i < 3; i++) {
      const res = await server.gql(query, undefined, token);
      expect([res.status, errorCode(res), res.body?.errors?.[0].message]).toEqual([
        400,
        'QUERY_TOO_DEEP',
        expect.stringMatching(/levels deep; at most 15 are allowed/),
      ]);
    }
    // Many other texts pass through the bounded memory; the refused one is still refused after.
    for (let i = 0; i < 30; i++)
      expect((await server.gql(`{ viewer { member { loginName } } } # ${i}`, undefined, token)).status).toBe(200);
    expect(errorCode(await server.gql(query, undefined, token))).toBe('QUERY_TOO_DEEP');
    await stillHealthy();
  });

  it('refuses fragment cycles without hanging', async () => {
    const res = await server.gql(
      '{ viewer { partner { ...A } } } fragment A on Partner { parent { ...B } } fragment B on Partner { parent { ...A } }',
      undefined,
      token,
    );
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses 1,000 aliases with TOO_MANY_ALIASES before running anything', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: loginName`).join(' ');
    const started = Date.now();
    const res = await server.gql(`{ viewer { member { ${aliases} } } }`, undefined, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'TOO_MANY_ALIASES']);
    expect(res.body?.errors?.[0].message).toMatch(/1000 aliases; at most 30/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a field repeated 1,200 times (quadratic for graphql's own validation) quickly: TOO_MANY_REPEATED_FIELDS", async () => {
    const document = `{ viewer { ${Array.from({ length: 1200 }, () => 'member { id }').join(' ')} } }`;
    const started = Date.now();
    const res = await server.gql(document, undefined, token);
    const refusedMs = Date.now() - started;
    expect([res.status, errorCode(res)]).toEqual([400, 'TOO_MANY_REPEATED_FIELDS']);
    // Faster than graphql-js's own validation of that document would be, measured here on the same
    // (possibly loaded) machine, or within a second: the refusal comes before validation.
    const schema = buildSchema('type M { id: ID } type V { member: M } type Query { viewer: V }');
    const validating = Date.now();
    validate(schema, parse(document));
    expect(refusedMs).toBeLessThan(Math.max(1000, Date.now() - validating));
  });

  it('refuses many directives with TOO_MANY_DIRECTIVES', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `f${i}: loginName @include(if: true)`).join(' ');
    const res = await server.gql(`{ viewer { member { ${fields} } } }`, undefined, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'TOO_MANY_DIRECTIVES']);
  });

  it('stops parsing a document of more than MAX_TOKENS (5,000) tokens: TOO_MANY_TOKENS', async () => {
    const fields = Array.from({ length: 6000 }, () => 'loginName').join(' ');
    const res = await server.gql(`{ viewer { member { ${fields} } } }`, undefined, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'TOO_MANY_TOKENS']);
  });

  it('refuses nested pages above MAX_QUERY_COST (50,000) with QUERY_TOO_COSTLY and its cost, running nothing', async () => {
    const wide = `{ viewer { partner {
      customers(first: 100) { nodes { orders(first: 100) { nodes { customer { coupons(first: 100) { nodes { id } } } } } } }
    } } }`;
    const res = await server.gql(wide, undefined, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'QUERY_TOO_COSTLY']);
    // 3 + 100 × (1 + orders 1 + 100 × (1 + customer 1 + coupons 1 + 100))
    expect(res.body?.extensions?.cost.requestedQueryCost).toBe(3 + 100 * (1 + 1 + 100 * (1 + 1 + 1 + 100)));
    expect(res.body?.data).toBeUndefined();
  });

  it('prices variables too: first: $n with n = 1,000,000', async () => {
    const res = await server.gql(
      'query ($n: Int) { viewer { partner { customers(first: $n) { nodes { id accountManager { id } } } } } }',
      { n: 1_000_000 },
      token,
    );
    expect([res.status, errorCode(res)]).toEqual([400, 'QUERY_TOO_COSTLY']);
  });

  it('nodes(ids:) with 55,000 ids: priced by the number of ids', async () => {
    const ids: string[] = Array(55_000).fill('x');
    const res = await server.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, token);
    expect([res.status, errorCode(res)]).toEqual([400, 'QUERY_TOO_COSTLY']);
  });

  it('has no introspection and no "did you mean" hints in production', async () => {
    const intro = await server.gql('{ __schema { types { name } } }', undefined, token);
    expect([intro.status, errorCode(intro)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    const typo = await server.gql('{ viewr { member { loginNam } } }', undefined, token);
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/did you mean/i);
    expect(typo.body?.errors?.[0].message).toBe('Cannot query field "viewr" on type "Query".');
    const badArg = await server.gql('{ viewer { partner { customers(frist: 1) { totalCount } } } }', undefined, token);
    expect(badArg.text).not.toMatch(/did you mean/i);
    const badEnum = await server.gql(
      'query ($t: AssociationType) { viewer { partner { customers(first: 1, filter: { associationType: $t }) { totalCount } } } }',
      { t: 'RESALES' },
      token,
    );
    expect(badEnum.status).toBe(400);
    expect(badEnum.text).not.toMatch(/did you mean/i);
    await stillHealthy();
  });
});

describe('transport', () => {
  it('answers a body over BODY_LIMIT_BYTES (256 KiB) with 413 PAYLOAD_TOO_LARGE', async () => {
    const huge = JSON.stringify({ query: VIEWER, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const res = await server.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect([res.status, errorCode(res)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(res.body?.errors?.[0].message).toBe('The request body is larger than 262144 bytes.');
  });

  it('answers malformed JSON, a JSON string and an empty object with 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": "{ viewer { member { id } } }"', '"{ viewer }"', '{}', '[]']) {
      const res = await server.raw('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      expect([body, res.status, errorCode(res)]).toEqual([body, 400, 'BAD_REQUEST']);
    }
  });

  it('answers other content types (the ones a cross-site form can send) with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const body = JSON.stringify({ query: VIEWER });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      '',
    ]) {
      const res = await server.raw('/graphql', {
        method: 'POST',
        headers: type
          ? { 'content-type': type, authorization: `Bearer ${token}` }
          : { authorization: `Bearer ${token}` },
        body,
      });
      expect([type, res.status, errorCode(res)]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
  });

  it('CSRF prevention: a GET query without a preflight header is blocked; with one it runs', async () => {
    const q = encodeURIComponent(VIEWER);
    const blocked = await server.raw(`/graphql?query=${q}`, { headers: { authorization: `Bearer ${token}` } });
    expect(blocked.status).toBe(400);
    expect(blocked.text).toMatch(/Cross-Site Request Forgery/);
    const allowed = await server.raw(`/graphql?query=${q}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(allowed.body?.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
  });

  it('refuses a mutation sent with GET (405) and changes nothing', async () => {
    const m = encodeURIComponent(
      'mutation { createAccessKey(input: { description: "via GET" }) { accessKey { accessKeyId } } }',
    );
    const res = await server.raw(`/graphql?query=${m}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect([res.status, errorCode(res)]).toEqual([405, 'BAD_REQUEST']);
    const keys = await server.gql<{ viewer: { accessKeys: { accessKeyId: string }[] } }>(
      '{ viewer { accessKeys { accessKeyId } } }',
      undefined,
      token,
    );
    // Only the two keys the demo seed gives dist-admin: none was created.
    expect(keys.body?.data?.viewer.accessKeys.map((k) => k.accessKeyId)).toEqual([
      'DEMOAKDISTADMIN00001',
      'DEMOAKDISTADMIN00002',
    ]);
  });

  it('refuses batches (several operations in one request) unless BATCHED_REQUESTS is on', async () => {
    const res = await server.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: VIEWER }, { query: VIEWER }]),
    });
    expect([res.status, errorCode(res)]).toEqual([400, 'BAD_REQUEST']);
    expect(res.body?.errors?.[0].message).toMatch(/batching/i);
  });

  it('other methods on /graphql are refused (405)', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await server.raw('/graphql', {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect([method, res.status]).toEqual([method, 405]);
    }
  });
});

describe('credentials', () => {
  const forge = (secret: string, claims: { exp?: number; iss?: string; alg?: string } = {}) =>
    new SignJWT({ pid: demoPartner(demoMember('dist-admin').partnerKey).id })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(demoMember('dist-admin').id))
      .setIssuer(claims.iss ?? 'partner-graph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 3600)
      .sign(new TextEncoder().encode(secret));

  it('refuses expired, forged, alg:none, other-issuer and garbage tokens with 401 UNAUTHENTICATED', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: String(demoMember('dist-admin').id),
        pid: demoPartner(demoMember('dist-admin').partnerKey).id,
        iss: 'partner-graph',
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
    ).toString('base64url');
    const cases: Record<string, string> = {
      expired: await forge(TEST_AUTH_SECRET, { exp: Math.floor(Date.now() / 1000) - 60 }),
      forged: await forge('another-secret-of-sufficient-length-0123456789'),
      otherIssuer: await forge(TEST_AUTH_SECRET, { iss: 'someone-else' }),
      algNone: `${header}.${payload}.`,
      tampered: token.replace(
        /\.([^.]*)\./,
        (_m, p: string) => `.${p.slice(0, -2)}${p.slice(-2) === 'AA' ? 'AB' : 'AA'}.`,
      ),
      garbage: 'not-a-token',
    };
    for (const [name, bad] of Object.entries(cases)) {
      const res = await server.gql(VIEWER, undefined, bad);
      expect([name, res.status, errorCode(res), res.body?.data ?? null]).toEqual([name, 401, 'UNAUTHENTICATED', null]);
    }
    for (const authorization of ['Basic ZGlzdC1hZG1pbjpQYXJ0bmVyQDIwMjY=', 'Bearer', 'SDK-HMAC-SHA256 garbage']) {
      const res = await server.gql(VIEWER, undefined, null, { authorization });
      expect([authorization, res.status, errorCode(res)]).toEqual([authorization, 401, 'UNAUTHENTICATED']);
    }
    await stillHealthy();
  });

  it('a tampered signed request is refused like an unknown key', async () => {
    const { accessKey, secretAccessKey } = await createAccessKey(server, token, 'hostile');
    const signed = server.signedRequest(VIEWER, undefined, accessKey.accessKeyId, secretAccessKey);
    const tamperedBody = await server.raw('/graphql', {
      method: 'POST',
      headers: signed.headers,
      body: signed.body.replace('loginName', 'loginName displayName'),
    });
    const tamperedSig = await server.raw('/graphql', {
      method: 'POST',
      headers: {
        ...signed.headers,
        Authorization: signed.headers.Authorization.replace(
          /Signature=(.)/,
          (_m, c: string) => `Signature=${c === 'a' ? 'b' : 'a'}`,
        ),
      },
      body: signed.body,
    });
    const unknownKey = await server.raw('/graphql', {
      method: 'POST',
      headers: {
        ...signed.headers,
        Authorization: signed.headers.Authorization.replace(accessKey.accessKeyId, 'AAAAAAAAAAAAAAAAAAAA'),
      },
      body: signed.body,
    });
    for (const res of [tamperedBody, tamperedSig, unknownKey]) {
      expect([res.status, errorCode(res)]).toEqual([401, 'UNAUTHENTICATED']);
      expect(res.text).toBe(unknownKey.text);
    }
    await stillHealthy();
  });
});

// ── No input reaches a 500: one case per class that once did, under both executors ───────────────

const EXECUTORS = ['jit', 'graphql-js'] as const;
const METRICS_TOKEN = 'hostile-metrics-token-0123456789';

describe.each(EXECUTORS)('no input reaches a 500 (GRAPHQL_EXECUTOR=%s)', (executor) => {
  const s = useProductionServer({ GRAPHQL_EXECUTOR: executor, METRICS_TOKEN });
  let t: string;
  beforeAll(async () => {
    t = await s.signIn('dist-admin');
  });
  const post = <D = unknown>(body: unknown, headers: Record<string, string> = {}) =>
    s.raw<D>('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t}`, ...headers },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
  const healthy = async () => {
    const res = await s.gql(VIEWER, undefined, t);
    expect(res.body?.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
  };

  it('operation selection: several operations with no or an unknown operationName → 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const two = 'query A { viewer { member { id } } } query B { viewer { partner { id } } }';
    const missing = await post({ query: two });
    expect([missing.status, errorCode(missing)]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
    expect(missing.body?.errors?.[0].message).toBe(
      'Must provide operation name if query contains multiple operations.',
    );
    const unknown = await post({ query: two, operationName: 'C' });
    expect([unknown.status, errorCode(unknown)]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
    expect(unknown.body?.errors?.[0].message).toBe('Unknown operation named "C".');
    const viaGet = await s.raw(`/graphql?query=${encodeURIComponent(two)}&operationName=Nope`, {
      headers: { authorization: `Bearer ${t}`, 'apollo-require-preflight': 'true' },
    });
    expect([viaGet.status, errorCode(viaGet)]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
    const named = await post<{ viewer: { partner: { id: string } } }>({ query: two, operationName: 'B' });
    expect(named.body?.data?.viewer.partner.id).toEqual(expect.any(String));
    await healthy();
  });

  it('transport encodings: a body that is not what its Content-Encoding says, or an unknown encoding → 400/415 with a code', async () => {
    const json = JSON.stringify({ query: VIEWER });
    for (const encoding of ['gzip', 'br', 'deflate', 'GZIP']) {
      const res = await post(json, { 'content-encoding': encoding });
      expect([encoding, res.status, errorCode(res)]).toEqual([encoding, 400, 'BAD_REQUEST']);
      expect(res.body?.errors?.[0].message).toMatch(/Content-Encoding/);
    }
    // A truncated gzip stream, and compressed garbage.
    const truncated = gzipSync(Buffer.from(json)).subarray(0, 15);
    const cut = await post(truncated, { 'content-encoding': 'gzip' });
    expect([cut.status, errorCode(cut)]).toEqual([400, 'BAD_REQUEST']);
    const garbage = await post(gzipSync(Buffer.from('{"query": ')), { 'content-encoding': 'gzip' });
    expect([garbage.status, errorCode(garbage)]).toEqual([400, 'BAD_REQUEST']);
    for (const encoding of ['x-unknown', 'gzip, br', 'compress']) {
      const res = await post(json, { 'content-encoding': encoding });
      expect([encoding, res.status, errorCode(res)]).toEqual([encoding, 415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
    // Real compressed bodies still work.
    for (const [encoding, body] of [
      ['gzip', gzipSync(json)],
      ['br', brotliCompressSync(json)],
      ['deflate', deflateSync(json)],
    ] as const) {
      const res = await post(body, { 'content-encoding': encoding });
      expect([encoding, res.status, res.body?.data]).toEqual([
        encoding,
        200,
        { viewer: { member: { loginName: 'dist-admin' } } },
      ]);
    }
    await healthy();
  });

  it('control characters: a NUL or other control character in any string input → 400 BAD_USER_INPUT naming the argument, nothing runs', async () => {
    const CUSTOMERS =
      'query ($f: CustomerFilter) { viewer { partner { customers(first: 1, filter: $f) { totalCount } } } }';
    const viaVariable = await s.gql(CUSTOMERS, { f: { accountName: 'a\u0000b' } }, t);
    expect([viaVariable.status, errorCode(viaVariable)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(viaVariable.body?.errors?.[0].extensions?.field).toBe('filter.accountName');
    expect(viaVariable.body?.data).toBeUndefined();
    const inline = await s.gql(
      '{ viewer { partner { customers(first: 1, filter: { label: "x\\u001b[31m" }) { totalCount } } } }',
      undefined,
      t,
    );
    expect([inline.status, errorCode(inline), inline.body?.errors?.[0].extensions?.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'filter.label',
    ]);
    const ids = await s.gql(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: ['U3ViQ3VzdG9tZXI6MQ\u0000'] },
      t,
    );
    expect([ids.status, errorCode(ids), ids.body?.errors?.[0].extensions?.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'ids[0]',
    ]);
    const anonymous = await s.gql('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { loginName: 'dist-admin\u0000', password: 'x' },
    });
    expect([anonymous.status, errorCode(anonymous), anonymous.body?.errors?.[0].extensions?.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'input.loginName',
    ]);
    // A memo of a money mutation: refused before the mutation runs, so no record is written.
    const before = await s.orm.em.fork().getConnection().execute('select count(*) as n from adjust_record');
    const customers = await s.gql<{ viewer: { partner: { customers: { nodes: { id: string }[] } } } }>(
      '{ viewer { partner { customers(first: 1, filter: { associationType: RESALE }) { nodes { id } } } } }',
      undefined,
      t,
    );
    const customerId = customers.body?.data?.viewer.partner.customers.nodes[0].id;
    const memo = await s.gql(
      'mutation ($input: AllocateFundsInput!) { allocateFunds(input: $input) { userErrors { code } } }',
      { input: { allocations: [{ customerId, amount: '0.01' }], memo: 'line\u0000two' } },
      t,
    );
    expect([memo.status, errorCode(memo), memo.body?.errors?.[0].extensions?.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'input.memo',
    ]);
    const after = await s.orm.em.fork().getConnection().execute('select count(*) as n from adjust_record');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
    // Tab and newlines are text.
    const newline = await s.gql<{ viewer: { partner: { customers: { totalCount: number } } } }>(
      CUSTOMERS,
      { f: { accountName: 'a\tb\r\nc' } },
      t,
    );
    expect([newline.status, newline.body?.data?.viewer.partner.customers.totalCount]).toEqual([200, 0]);
    await healthy();
  });

  it('internal errors: masked, with their path and the request id (the cause goes to the log)', async () => {
    const connection = s.orm.em.fork().getConnection();
    await connection.execute('alter table access_key rename to access_key_moved');
    try {
      const res = await s.gql('{ viewer { accessKeys { accessKeyId } } }', undefined, t, {
        'x-request-id': `hostile-internal-${executor}`,
      });
      expect(res.status).toBe(200);
      expect(res.body?.errors).toEqual([
        {
          message: 'Internal server error.',
          path: ['viewer', 'accessKeys'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `hostile-internal-${executor}` },
        },
      ]);
      expect(res.text).not.toMatch(/access_key|sqlite|relation|select/i);
    } finally {
      await connection.execute('alter table access_key_moved rename to access_key');
    }
    await healthy();
  });

  it('a reference whose row moved out of reach nulls only its own field, not the list it is in', async () => {
    const EVENTS = '{ viewer { partner { associationEvents(first: 5) { nodes { id eventType customer { id } } } } } }';
    type Events = { viewer: { partner: { associationEvents: { nodes: { customer: { id: string } | null }[] } } } };
    const before = await s.gql<Events>(EVENTS, undefined, t);
    const nodes = before.body?.data?.viewer.partner.associationEvents.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(1);
    const moved = fromGlobalId(nodes[0].customer?.id ?? '')!.id;
    const connection = s.orm.em.fork().getConnection();
    const [{ partner_id: owner }] = await connection.execute('select partner_id from sub_customer where id = ?', [
      moved,
    ]);
    await connection.execute('update sub_customer set partner_id = ? where id = ?', [
      demoPartner('other-dist').id,
      moved,
    ]);
    try {
      const after = await s.gql<Events>(EVENTS, undefined, t);
      expect(after.status).toBe(200);
      const list = after.body?.data?.viewer.partner.associationEvents.nodes ?? [];
      expect(list.length).toBe(nodes.length);
      const gone = list.flatMap((n, i) => (n.customer === null ? [i] : []));
      expect(gone).toContain(0);
      expect(after.body?.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
        gone.map((i) => [['viewer', 'partner', 'associationEvents', 'nodes', i, 'customer'], 'NOT_FOUND']),
      );
    } finally {
      await connection.execute('update sub_customer set partner_id = ? where id = ?', [owner, moved]);
    }
  });

  it('counts every refusal in /metrics by code and reason', async () => {
    await s.raw('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    await s.raw(`/graphql?query=${encodeURIComponent(VIEWER)}`);
    await post({});
    await post({ query: '{ viewer { nope } }' });
    await post({ query: '{' });
    await post({ query: 'query A { viewer { member { id } } } query B { viewer { member { id } } }' });
    const metrics = await s.raw('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    // graphql_refusals_total{code="…",reason="…",status="…"} n, summed over statuses.
    const count = (labels: string) =>
      metrics.text
        .split('\n')
        .filter((l) => l.startsWith('graphql_refusals_total{') && l.includes(labels))
        .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    expect(count('code="BAD_REQUEST",reason="malformed-json"')).toBeGreaterThanOrEqual(1);
    expect(count('code="BAD_REQUEST",reason="csrf"')).toBeGreaterThanOrEqual(1);
    expect(count('code="BAD_REQUEST",reason="missing-query"')).toBeGreaterThanOrEqual(1);
    expect(count('code="GRAPHQL_VALIDATION_FAILED",reason="validation"')).toBeGreaterThanOrEqual(1);
    expect(count('code="GRAPHQL_PARSE_FAILED",reason="syntax"')).toBeGreaterThanOrEqual(1);
    expect(count('code="OPERATION_RESOLUTION_FAILURE",reason="operation-name"')).toBeGreaterThanOrEqual(1);
    expect(count('code="BAD_REQUEST",reason="content-encoding"')).toBeGreaterThanOrEqual(4);
    expect(count('code="BAD_USER_INPUT",reason="control-character"')).toBeGreaterThanOrEqual(4);
  });
});
