/**
 * Access keys and SDK-HMAC-SHA256 signed requests, checked against the independent signer in
 * test/support/sdk-signer.ts (written from the public description, sharing no code with the server).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessKey } from '../../src/modules/access-key/access-key.entity';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { AdjustRecord } from '../../src/modules/funds/funds.entity';
import { signRequest } from '../support/sdk-signer';
import { useProductionServer, type Answer, errorCode, type CreatedAccessKey } from '../support/production';
import { gid } from '../support/ids';
import { resaleCustomers } from '../support/rows';
import { DIST } from '../support/demo';

const server = useProductionServer();
let adminToken: string;

const CREATE =
  'mutation ($input: CreateAccessKeyInput!) { createAccessKey(input: $input) { accessKey { accessKeyId description status createdAt lastUsedAt revokedAt } secretAccessKey userErrors { code field } } }';
const REVOKE =
  'mutation ($input: RevokeAccessKeyInput!) { revokeAccessKey(input: $input) { accessKey { accessKeyId status revokedAt } userErrors { code field } } }';
const KEYS = '{ viewer { accessKeys { accessKeyId description status lastUsedAt } } }';
const WHO = '{ viewer { member { loginName } partner { name } } }';
const ALLOCATE =
  'mutation ($input: AllocateFundsInput!) { allocateFunds(input: $input) { succeeded { adjustRecord { transId } } failed { code } userErrors { code } } }';

/** The data of the operations above. */
type CreateData = {
  createAccessKey: {
    accessKey: { accessKeyId: string } | null;
    secretAccessKey: string | null;
    userErrors: { code: string; field: string | null }[];
  };
};
type RevokeData = {
  revokeAccessKey: {
    accessKey: { accessKeyId: string; status: string; revokedAt: string | null };
    userErrors: { code: string; field: string | null }[];
  };
};
type KeysData = {
  viewer: { accessKeys: { accessKeyId: string; description: string; status: string; lastUsedAt: string | null }[] };
};
type WhoData = { viewer: { member: { loginName: string }; partner: { name: string } } };
type AllocateData = {
  allocateFunds: {
    succeeded: { adjustRecord: { transId: string } }[];
    failed: { code: string }[];
    userErrors: { code: string }[];
  };
};

async function newKey(token: string, description = 'test key') {
  const res = await server.gql<{ createAccessKey: CreatedAccessKey }>(CREATE, { input: { description } }, token);
  expect(res.body?.errors).toBeUndefined();
  return res.body!.data!.createAccessKey;
}

beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

describe('access keys', () => {
  it('createAccessKey shows the secret once; it is stored encrypted; viewer.accessKeys lists keys without secrets', async () => {
    const created = await newKey(adminToken, 'billing export');
    expect(created.userErrors).toEqual([]);
    expect(created.accessKey.accessKeyId).toMatch(/^[A-Z0-9]{20}$/);
    expect(created.secretAccessKey).toMatch(/^[A-Za-z0-9]{40}$/);
    const row = await server.orm.em
      .fork()
      .findOneOrFail(AccessKey, { accessKeyId: created.accessKey.accessKeyId }, { populate: ['secretCiphertext'] });
    expect(row.secretCiphertext).toMatch(/^v1\./);
    expect(row.secretCiphertext).not.toContain(created.secretAccessKey);
    const listed = await server.gql<KeysData>(KEYS, undefined, adminToken);
    // Newest first: the new key, then the two the demo seed gives dist-admin (seeds/self-service.ts).
    expect(listed.body!.data!.viewer.accessKeys).toEqual([
      { accessKeyId: created.accessKey.accessKeyId, description: 'billing export', status: 'ACTIVE', lastUsedAt: null },
      {
        accessKeyId: 'DEMOAKDISTADMIN00001',
        description: '对账导出 billing export',
        status: 'ACTIVE',
        lastUsedAt: expect.any(String),
      },
      {
        accessKeyId: 'DEMOAKDISTADMIN00002',
        description: '旧版同步脚本 (已轮换)',
        status: 'REVOKED',
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(listed.text).not.toContain(created.secretAccessKey);
    const audit = await server.em().find(AuditLog, { action: 'createAccessKey' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(created.secretAccessKey);
  });

  it('a member holds at most 2 active keys; too long a description is refused; another member sees none of them', async () => {
    const token = await server.signIn('dist-ops');
    await newKey(token, 'one');
    await newKey(token, 'two');
    const third = await newKey(token, 'three');
    expect(third.userErrors.map((e) => e.code)).toEqual(['ACCESS_KEY_LIMIT_REACHED']);
    const long = await server.gql<CreateData>(
      CREATE,
      { input: { description: 'x'.repeat(201) } },
      await server.signIn('dist-am'),
    );
    expect(long.body!.data!.createAccessKey.userErrors).toEqual([
      { code: 'ACCESS_KEY_DESCRIPTION_TOO_LONG', field: 'input.description' },
    ]);
    const others = await server.gql<KeysData>(KEYS, undefined, await server.signIn('dist-am'));
    expect(others.body!.data!.viewer.accessKeys).toEqual([]);
  });

  it('needs a signed-in member: anonymous callers get UNAUTHENTICATED', async () => {
    const res = await server.gql<CreateData>(CREATE, { input: {} });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('signed requests', () => {
  it('a request signed with the independent signer acts as the key’s member, and lastUsedAt is noted', async () => {
    const key = await newKey(await server.signIn('reseller-admin'), 'reseller job');
    const res = await server.signed<WhoData>(WHO, undefined, key.accessKey.accessKeyId, key.secretAccessKey);
    expect(res.status).toBe(200);
    expect(res.body?.data?.viewer.member.loginName).toBe('reseller-admin');
    const listed = await server.gql<KeysData>(KEYS, undefined, await server.signIn('reseller-admin'));
    expect(listed.body!.data!.viewer.accessKeys[0].lastUsedAt).not.toBeNull();
  });

  it('signs GET queries with a query string too (canonical query sorted and encoded)', async () => {
    const key = await newKey(await server.signIn('sp-admin'), 'get');
    const url = `${server.url}/graphql?query=${encodeURIComponent(WHO)}&b=2&a=x%20y`;
    const { host: _h, ...headers } = signRequest(
      { method: 'GET', url, headers: { 'apollo-require-preflight': 'true' }, body: '' },
      key.accessKey.accessKeyId,
      key.secretAccessKey,
    );
    const res = await server.raw<WhoData>(url.slice(server.url.length), { headers });
    expect(res.body?.data?.viewer.member.loginName).toBe('sp-admin');
  });

  it('unknown key, wrong secret, revoked key and a tampered body answer identically (401, same body)', async () => {
    const token = await server.signIn('other-dist-admin');
    const key = await newKey(token, 'to revoke');
    const other = await newKey(token, 'kept');
    const answers: Answer[] = [
      await server.signed<WhoData>(WHO, undefined, 'ZZZZZZZZZZZZZZZZZZZZ', key.secretAccessKey),
      await server.signed<WhoData>(WHO, undefined, key.accessKey.accessKeyId, other.secretAccessKey),
    ];
    const signed = server.signedRequest(WHO, undefined, key.accessKey.accessKeyId, key.secretAccessKey);
    answers.push(
      await server.raw('/graphql', {
        method: 'POST',
        headers: signed.headers,
        body: signed.body.replace('name', 'id'),
      }),
    );
    const revoked = await server.gql<RevokeData>(REVOKE, { input: { accessKeyId: key.accessKey.accessKeyId } }, token);
    expect(revoked.body!.data!.revokeAccessKey.accessKey.status).toBe('REVOKED');
    answers.push(await server.signed<WhoData>(WHO, undefined, key.accessKey.accessKeyId, key.secretAccessKey));
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.text).toBe(answers[0].text);
    }
    expect(errorCode(answers[0])).toBe('UNAUTHENTICATED');
    // Revoking again changes nothing; another member's key is not found.
    const again = await server.gql<RevokeData>(REVOKE, { input: { accessKeyId: key.accessKey.accessKeyId } }, token);
    expect(again.body!.data!.revokeAccessKey.userErrors).toEqual([]);
    const foreign = await server.gql<RevokeData>(
      REVOKE,
      { input: { accessKeyId: other.accessKey.accessKeyId } },
      adminToken,
    );
    expect(foreign.body!.data!.revokeAccessKey.userErrors).toEqual([
      { code: 'ACCESS_KEY_NOT_FOUND', field: 'input.accessKeyId' },
    ]);
    expect(
      (await server.signed<WhoData>(WHO, undefined, other.accessKey.accessKeyId, other.secretAccessKey)).status,
    ).toBe(200);
  });

  it('X-Sdk-Date more than 15 minutes off, malformed, or unsigned is refused', async () => {
    const key = await newKey(await server.signIn('reseller2-admin'), 'dates');
    const ak = key.accessKey.accessKeyId;
    const old = await server.signed<WhoData>(WHO, undefined, ak, key.secretAccessKey, {
      at: new Date(Date.now() - 16 * 60_000),
    });
    const future = await server.signed<WhoData>(WHO, undefined, ak, key.secretAccessKey, {
      at: new Date(Date.now() + 16 * 60_000),
    });
    const inWindow = await server.signed<WhoData>(WHO, undefined, ak, key.secretAccessKey, {
      at: new Date(Date.now() - 14 * 60_000),
    });
    expect([old.status, errorCode(old), future.status, inWindow.status]).toEqual([401, 'UNAUTHENTICATED', 401, 200]);
    const signed = server.signedRequest(WHO, undefined, ak, key.secretAccessKey);
    const malformed = await server.raw('/graphql', {
      method: 'POST',
      headers: { ...signed.headers, 'X-Sdk-Date': '2026-01-01T00:00:00Z' },
      body: signed.body,
    });
    expect(malformed.status).toBe(401);
    // A signature that leaves out host or x-sdk-date is refused.
    const noDate = await server.raw('/graphql', {
      method: 'POST',
      headers: {
        ...signed.headers,
        Authorization: signed.headers.Authorization.replace(
          'SignedHeaders=content-type;host;x-sdk-date',
          'SignedHeaders=content-type;host',
        ),
      },
      body: signed.body,
    });
    expect(noDate.status).toBe(401);
  });

  it('a replayed signed mutation has no second effect (REQUEST_REPLAYED), a fresh signature works', async () => {
    // dist-admin may hold 2 active keys: the demo seed's and the first test's. Rotate the seed's out.
    const rotated = await server.gql<RevokeData>(
      REVOKE,
      { input: { accessKeyId: 'DEMOAKDISTADMIN00001' } },
      adminToken,
    );
    expect(rotated.body!.data!.revokeAccessKey.accessKey.status).toBe('REVOKED');
    const key = await newKey(adminToken, 'replay');
    const em = server.em();
    const [customer] = await resaleCustomers(server, DIST, 1);
    const variables = {
      input: { allocations: [{ customerId: gid('SubCustomer', customer.id), amount: '1.00' }] },
    };
    const before = await em.count(AdjustRecord, {});
    const signed = server.signedRequest(ALLOCATE, variables, key.accessKey.accessKeyId, key.secretAccessKey);
    const send = () =>
      server.raw<AllocateData>('/graphql', { method: 'POST', headers: signed.headers, body: signed.body });
    const answers = await Promise.all([send(), send(), send(), send(), send()]);
    const ok = answers.filter((a) => a.status === 200);
    expect(ok).toHaveLength(1);
    expect(ok[0].body!.data!.allocateFunds.succeeded).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 200))
      expect([a.status, errorCode(a)]).toEqual([401, 'REQUEST_REPLAYED']);
    expect(await server.em().count(AdjustRecord, {})).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 1100)); // the next second: a new X-Sdk-Date, a new signature
    const fresh = await server.signed<AllocateData>(
      ALLOCATE,
      variables,
      key.accessKey.accessKeyId,
      key.secretAccessKey,
    );
    expect(fresh.body!.data!.allocateFunds.succeeded).toHaveLength(1);
    expect(await server.em().count(AdjustRecord, {})).toBe(before + 2);
  });

  it('a signed request cannot create more access keys (a leaked key must not mint others), but can read and revoke', async () => {
    const key = await newKey(await server.signIn('dist-am'), 'no minting');
    const res = await server.signed(
      CREATE,
      { input: { description: 'minted' } },
      key.accessKey.accessKeyId,
      key.secretAccessKey,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const listed = await server.signed<KeysData>(KEYS, undefined, key.accessKey.accessKeyId, key.secretAccessKey);
    expect(listed.body!.data!.viewer.accessKeys.map((k: { description: string }) => k.description)).toEqual([
      'no minting',
    ]);
  });

  it('a key stops working when its member is no longer active', async () => {
    const key = await newKey(await server.signIn('dist-ams'), 'member leaves');
    expect((await server.signed<WhoData>(WHO, undefined, key.accessKey.accessKeyId, key.secretAccessKey)).status).toBe(
      200,
    );
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update member set status = 'CANCELLED' where login_name = 'dist-ams'`);
    const res = await server.signed<WhoData>(WHO, undefined, key.accessKey.accessKeyId, key.secretAccessKey, {
      at: new Date(Date.now() + 2000),
    });
    expect([res.status, errorCode(res)]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
