/**
 * src/http/authenticate.ts and the context factory's `identify`, called directly (no HTTP) on a
 * private copy of the seeded database: bearer tokens, SDK-HMAC-SHA256 signed requests (signed by
 * the independent test signer), anonymous requests, and members whose standing changes between
 * requests.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';
import {
  ANONYMOUS,
  type Authenticators,
  AuthenticationError,
  authenticate,
  authorizationScheme,
} from '../../src/http/authenticate';
import { identify } from '../../src/http/context-factory';
import { newRequestFacts, type RequestFacts } from '../../src/http/request-facts';
import { SIGNATURE_MISMATCH, SignatureVerifier, type SignedRequest } from '../../src/http/signature-verifier';
import { encryptSecret, newAccessKeyId, newSecretKey } from '../../src/modules/access-key/access-key.crypto';
import { AccessKey } from '../../src/modules/access-key/access-key.entity';
import { AuthService } from '../../src/modules/auth/auth.service';
import { TokenService } from '../../src/modules/auth/token';
import { Member, MemberRole } from '../../src/modules/member/member.entity';
import { MemberStatus } from '../../src/modules/member/member.enums';
import { Partner } from '../../src/modules/partner/partner.entity';
import { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { signRequest } from '../support/sdk-signer';

const URL = 'http://127.0.0.1:4000/graphql';
const BODY = JSON.stringify({ query: '{ viewer { member { loginName } } }' });

let database: ScratchDatabase;
let orm: Orm;
let secret: string;
let authenticators: Authenticators & { auth: AuthService };
let tokens: TokenService;
let key: Buffer;

/** A request with these headers (names matched case-insensitively, as HTTP does) and body. */
function request(headers: Record<string, string>, body = BODY): SignedRequest {
  const byName = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', url: '/graphql', header: (name) => byName.get(name.toLowerCase()), body: Buffer.from(body) };
}

const bearer = (token: string) => request({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** A request signed with the test signer (independent of src/http/signing.ts). */
function signed(accessKeyId: string, secretKey: string, at = new Date(), body = BODY): SignedRequest {
  return request(
    signRequest(
      { method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, body },
      accessKeyId,
      secretKey,
      at,
    ),
    body,
  );
}

const run = (req: SignedRequest) => authenticate(orm.em.fork(), req, authenticators);

async function memberNamed(loginName: string): Promise<Member> {
  return orm.em.fork().findOneOrFail(Member, { loginName });
}

/** A token for the member, as signIn would issue it. */
async function tokenFor(loginName: string, service = tokens): Promise<string> {
  const member = await memberNamed(loginName);
  return (
    await service.issue({ kind: 'MEMBER', memberId: member.id, partnerId: member.partner.id, credentialVersion: 0 })
  ).token;
}

/** A fresh access key of the member, stored as createAccessKey stores it. */
async function accessKeyOf(loginName: string): Promise<{ accessKeyId: string; secretKey: string }> {
  const member = await memberNamed(loginName);
  const accessKeyId = newAccessKeyId();
  const secretKey = newSecretKey();
  await orm.em.fork().insert(AccessKey, {
    member: member.id,
    partner: member.partner.id,
    accessKeyId,
    secretCiphertext: encryptSecret(key, accessKeyId, secretKey),
    description: 'authenticate.test',
    createdAt: new Date(),
    lastUsedAt: null,
    revokedAt: null,
  });
  return { accessKeyId, secretKey };
}

/** The refusal `promise` ends with: an AuthenticationError with this code and HTTP 401. */
async function refusal(promise: Promise<unknown>, code = 'UNAUTHENTICATED'): Promise<AuthenticationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  expect(error).toMatchObject({ extensions: { code, http: { status: 401 } } });
  if (!(error instanceof AuthenticationError)) throw error;
  return error;
}

const emptyFacts = (): RequestFacts => newRequestFacts('test-request', undefined);

beforeAll(async () => {
  database = await cloneTemplate(inject('templateDatabase'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, SEED_ON_START: 'false' });
  orm = await openDatabase(config.database);
  secret = config.authSecret;
  key = config.accessKeyEncryptionKey;
  tokens = new TokenService(config.authSecret, config.tokenTtlSeconds);
  authenticators = { auth: new AuthService(tokens), signatures: new SignatureVerifier(key) };
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('authorizationScheme', () => {
  it('tells the schemes apart, case-insensitively', () => {
    expect(authorizationScheme('Bearer abc')).toBe('bearer');
    expect(authorizationScheme('bearer abc')).toBe('bearer');
    expect(authorizationScheme('SDK-HMAC-SHA256 Access=A')).toBe('signature');
    expect(authorizationScheme('sdk-hmac-sha256 Access=A')).toBe('signature');
    expect(authorizationScheme('Basic dXNlcjpwYXNz')).toBe('unknown');
    expect(authorizationScheme('BearerX abc')).toBe('unknown');
  });
});

describe('anonymous', () => {
  it('no Authorization header (or an empty one) is anonymous', async () => {
    expect(await run(request({}))).toEqual(ANONYMOUS);
    expect(await run(request({ authorization: '' }))).toEqual(ANONYMOUS);
    expect(ANONYMOUS).toEqual({ actor: null, viewer: null, method: null, accessKeyId: null });
  });

  it('an Authorization header of another scheme is refused, never anonymous', async () => {
    const error = await refusal(run(request({ authorization: 'Basic dXNlcjpwYXNz' })));
    expect(error.message).toBe('Send Authorization: Bearer <token>, or sign the request with SDK-HMAC-SHA256.');
  });
});

describe('bearer token', () => {
  it('a valid token gives the member, its partner, roles and permissions, read from the database', async () => {
    const who = await run(bearer(await tokenFor('dist-admin')));
    expect(who.method).toBe('bearer');
    expect(who.accessKeyId).toBeNull();
    expect(who.viewer?.member.loginName).toBe('dist-admin');
    expect(who.viewer?.partner.identity).toBe('DISTRIBUTOR');
    expect(who.viewer?.presetKeys).toEqual([PresetRole.ADMIN]);
    expect(who.viewer?.permissions.size).toBeGreaterThan(10);
    expect(who.viewer?.customerScope).toBe('ALL');
    expect(who.viewer?.resellerIds.length).toBeGreaterThan(0);
  });

  it('an expired token is refused with UNAUTHENTICATED', async () => {
    const expired = await tokenFor('dist-admin', new TokenService(secret, -60));
    const error = await refusal(run(bearer(expired)));
    expect(error.message).toBe('The bearer token is invalid or expired; sign in again.');
  });

  it('a forged, malformed or missing token is refused with UNAUTHENTICATED', async () => {
    const forged = await tokenFor('dist-admin', new TokenService('another-secret-of-at-least-32-chars!!', 3600));
    await refusal(run(bearer(forged)));
    await refusal(run(bearer('not-a-jwt')));
    await refusal(run(request({ authorization: 'Bearer' })));
    await refusal(run(request({ authorization: 'Bearer two tokens' })));
  });
});

describe('signed request (SDK-HMAC-SHA256)', () => {
  it('a valid signature acts as the key’s member', async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('dist-ops');
    const who = await run(signed(accessKeyId, secretKey));
    expect(who.method).toBe('signature');
    expect(who.accessKeyId).toBe(accessKeyId);
    expect(who.viewer?.member.loginName).toBe('dist-ops');
  });

  it('the same signed request twice is refused as REQUEST_REPLAYED', async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('dist-admin');
    const once = signed(accessKeyId, secretKey);
    expect((await run(once)).viewer?.member.loginName).toBe('dist-admin');
    const error = await refusal(run(once), 'REQUEST_REPLAYED');
    expect(error.message).toMatch(/already received/);
  });

  it('a wrong signature, a changed body, an unknown key or a stale date is refused with UNAUTHENTICATED', async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('dist-admin');
    expect((await refusal(run(signed(accessKeyId, `${secretKey}x`)))).message).toBe(SIGNATURE_MISMATCH);
    const tampered = signed(accessKeyId, secretKey);
    await refusal(run({ ...tampered, body: Buffer.from(BODY.replace('loginName', 'displayName')) }));
    await refusal(run(signed('AKUNKNOWN00000000000', secretKey)));
    const stale = await refusal(run(signed(accessKeyId, secretKey, new Date(Date.now() - 16 * 60_000))));
    expect(stale.message).toMatch(/X-Sdk-Date/);
  });

  it('a revoked key is refused', async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('dist-admin');
    await orm.em.fork().nativeUpdate(AccessKey, { accessKeyId }, { revokedAt: new Date() });
    expect((await refusal(run(signed(accessKeyId, secretKey)))).message).toBe(SIGNATURE_MISMATCH);
  });
});

describe('the member is read fresh on every request', () => {
  it('roles changed after the token was issued apply to the next request', async () => {
    const token = await tokenFor('dist-sa');
    const before = await run(bearer(token));
    expect(before.viewer?.presetKeys).toEqual([PresetRole.SA_SPECIALIST]);
    const em = orm.em.fork();
    const member = await em.findOneOrFail(Member, { loginName: 'dist-sa' });
    const supervisor = await em.findOneOrFail(Role, {
      partner: member.partner.id,
      presetKey: PresetRole.ACCOUNT_MANAGER_SUPERVISOR,
    });
    await em.nativeDelete(MemberRole, { member: member.id });
    await em.insert(MemberRole, { member: member.id, role: supervisor.id });
    const after = await run(bearer(token));
    expect(after.viewer?.presetKeys).toEqual([PresetRole.ACCOUNT_MANAGER_SUPERVISOR]);
    expect(after.viewer?.customerScope).toBe('SUPERVISED');
    expect(after.viewer?.permissions).not.toEqual(before.viewer?.permissions);
  });

  it('a member moved to another partner, or cancelled, is refused with the old token', async () => {
    const token = await tokenFor('dist-am2');
    expect((await run(bearer(token))).viewer?.member.loginName).toBe('dist-am2');
    const em = orm.em.fork();
    const member = await em.findOneOrFail(Member, { loginName: 'dist-am2' });
    const other = await em.findOneOrFail(Partner, { id: { $ne: member.partner.id } });
    await em.nativeUpdate(Member, { id: member.id }, { partner: other.id });
    await refusal(run(bearer(token)));
    await em.nativeUpdate(Member, { id: member.id }, { partner: member.partner.id });
    expect((await run(bearer(token))).viewer?.member.loginName).toBe('dist-am2');
    await em.nativeUpdate(Member, { id: member.id }, { status: MemberStatus.CANCELLED });
    await refusal(run(bearer(token)));
  });

  it("a valid signature of a cancelled member's key is refused, naming the key for the log", async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('dist-am-ops');
    await orm.em.fork().nativeUpdate(Member, { loginName: 'dist-am-ops' }, { status: MemberStatus.CANCELLED });
    const error = await refusal(run(signed(accessKeyId, secretKey)));
    expect(error.message).toBe(SIGNATURE_MISMATCH);
    expect(error.accessKeyId).toBe(accessKeyId);
  });
});

describe('identify (the context factory’s step): the request facts', () => {
  it('records the member, partner and method of an accepted request', async () => {
    const facts = emptyFacts();
    const member = await memberNamed('dist-admin');
    await identify(orm.em.fork(), bearer(await tokenFor('dist-admin')), authenticators, facts);
    expect(facts).toMatchObject({
      memberId: member.id,
      partnerId: member.partner.id,
      authMethod: 'bearer',
      accessKey: null,
      errorCodes: [],
    });
  });

  it('records the shortened access key of a signed request, and the code of a refusal', async () => {
    const { accessKeyId, secretKey } = await accessKeyOf('reseller-admin');
    const facts = emptyFacts();
    const req = signed(accessKeyId, secretKey);
    await identify(orm.em.fork(), req, authenticators, facts);
    expect(facts.authMethod).toBe('signature');
    expect(facts.accessKey).toBe(`${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`);
    const replay = emptyFacts();
    await expect(identify(orm.em.fork(), req, authenticators, replay)).rejects.toBeInstanceOf(AuthenticationError);
    expect(replay).toMatchObject({ errorCodes: ['REQUEST_REPLAYED'], memberId: null, authMethod: null });
  });

  it('anonymous leaves the facts empty', async () => {
    const facts = emptyFacts();
    await identify(orm.em.fork(), request({}), authenticators, facts);
    expect(facts).toEqual(emptyFacts());
  });
});
