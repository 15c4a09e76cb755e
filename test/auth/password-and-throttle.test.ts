/**
 * Passwords and sign-in (issue 16, item 5): hashes at OWASP's scrypt parameters, older hashes
 * still verify and are upgraded on the next successful sign-in; guessing one login is throttled
 * (5 attempts, then a lock window that doubles, SIGN_IN_LOCKED with its end), on a controlled clock,
 * under a burst of parallel guesses, and across two server processes on one database, with each
 * failure logged as a security event.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { DEMO_PASSWORD, demoMember } from '../../seeds';
import { openDatabase, type Orm } from '../../src/db/orm';
import { parseDatabaseUrl } from '../../src/config';
import { AuthService } from '../../src/modules/auth/auth.service';
import { hashPassword, needsRehash, PASSWORD_PARAMS, verifyPassword } from '../../src/modules/auth/password';
import {
  FAILURE_MEMORY_MS,
  FREE_ATTEMPTS,
  lockWindowMs,
  loginKey,
  MAX_LOCK_MS,
} from '../../src/modules/auth/sign-in-throttle';
import { SignInThrottle } from '../../src/modules/auth/sign-in-throttle.entity';
import { TokenService } from '../../src/modules/auth/token';
import { Member } from '../../src/modules/member/member.entity';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';
import { buildServer, logLines, spawnServer, type ServerProcess } from '../support/production';

/** The part of a signIn answer these tests read. */
type SignInData = { signIn: { token: string | null; userErrors: { code: string }[]; lockedUntil?: string | null } };

// scrypt at N=2^17 and process starts take seconds each on a busy machine: room beyond the default 30 s.
const SLOW = { timeout: 180_000 };

const SIGN_IN =
  'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token lockedUntil userErrors { code field message } } }';
interface SignInAnswer {
  signIn: { token: string | null; lockedUntil: string | null; userErrors: { code: string; message: string }[] };
}

/** A hash as the code before this change made it: scrypt N=2^14. */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return ['scrypt', 16384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const storedHash = async (loginName: string) =>
  (await server.orm.em.fork().findOneOrFail(Member, { loginName }, { populate: ['passwordHash'] })).passwordHash;

describe('password hashes', SLOW, () => {
  it('are made at N=2^17, r=8, p=1 and verify', async () => {
    const hash = await hashPassword('Correct horse 1');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(PASSWORD_PARAMS).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(await verifyPassword('Correct horse 1', hash)).toBe(true);
    expect(await verifyPassword('Correct horse 2', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('made at the old parameters still verify, and ask to be upgraded', async () => {
    const old = legacyHash('Correct horse 1');
    expect(await verifyPassword('Correct horse 1', old)).toBe(true);
    expect(await verifyPassword('nope', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('with absurd parameters are refused, not computed', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });

  it('an old hash is upgraded on the next successful sign-in, not on a failed one', async () => {
    const old = legacyHash(DEMO_PASSWORD);
    await server.orm.em.fork().nativeUpdate(Member, { loginName: 'dist-am2' }, { passwordHash: old });
    const wrong = await server.execute<SignInAnswer, unknown>(SIGN_IN, {
      input: { loginName: 'dist-am2', password: 'wrong' },
    });
    expect(wrong.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(await storedHash('dist-am2')).toBe(old);

    const right = await server.execute<SignInAnswer, unknown>(SIGN_IN, {
      input: { loginName: 'dist-am2', password: DEMO_PASSWORD },
    });
    expect(right.data?.signIn.token).toBeTruthy();
    const upgraded = await storedHash('dist-am2');
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(DEMO_PASSWORD, upgraded)).toBe(true);
    // And signs in with the new hash, leaving it as it is.
    const again = await server.execute<SignInAnswer, unknown>(SIGN_IN, {
      input: { loginName: 'dist-am2', password: DEMO_PASSWORD },
    });
    expect(again.data?.signIn.token).toBeTruthy();
    expect(await storedHash('dist-am2')).toBe(upgraded);
  });
});

describe('the sign-in throttle on a controlled clock', SLOW, () => {
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  let auth: AuthService;
  beforeAll(() => {
    auth = new AuthService(new TokenService(randomBytes(32).toString('hex'), 3600), () => clock);
  });
  const attempt = (loginName: string, password: string) => auth.signIn(server.orm.em.fork(), loginName, password);
  const codeOf = (r: Awaited<ReturnType<typeof attempt>>) => (r.ok ? 'OK' : r.code);

  it('lock windows double from 30 s and stop at 15 min', () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50].map(lockWindowMs)).toEqual([
      0,
      0,
      30_000,
      60_000,
      120_000,
      240_000,
      480_000,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
    ]);
    expect(MAX_LOCK_MS).toBe(900_000);
  });

  it('5 failures, then locked (even for the right password), then a doubled window; a success resets', async () => {
    const login = 'dist-ops';
    const codes: string[] = [];
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      codes.push(codeOf(await attempt(login, `guess-${i}`)));
      clock += 1000;
    }
    expect(codes).toEqual(Array(FREE_ATTEMPTS).fill('INVALID_CREDENTIALS'));
    const fifth = clock - 1000;

    const locked = await attempt(login, DEMO_PASSWORD);
    expect(locked).toEqual({
      ok: false,
      code: 'SIGN_IN_LOCKED',
      lockedUntil: new Date(fifth + 30_000),
      message: `Too many failed sign-ins for this login: try again after ${new Date(fifth + 30_000).toISOString()}.`,
    });
    clock = fifth + 29_999;
    expect(codeOf(await attempt(login, DEMO_PASSWORD))).toBe('SIGN_IN_LOCKED');

    // The window ends: one more check, which fails and locks for 60 s.
    clock = fifth + 30_000;
    expect(codeOf(await attempt(login, 'guess-6'))).toBe('INVALID_CREDENTIALS');
    const sixth = clock;
    clock += 59_999;
    const stillLocked = await attempt(login, DEMO_PASSWORD);
    expect(stillLocked.ok === false && stillLocked.code === 'SIGN_IN_LOCKED' && stillLocked.lockedUntil).toEqual(
      new Date(sixth + 60_000),
    );

    // Right password after the window: signed in, and the count starts over.
    clock = sixth + 60_000;
    expect(codeOf(await attempt(login, DEMO_PASSWORD))).toBe('OK');
    expect(await server.orm.em.fork().count(SignInThrottle, { loginKey: login })).toBe(0);
    for (let i = 0; i < FREE_ATTEMPTS - 1; i++)
      expect(codeOf(await attempt(login, 'again'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt(login, DEMO_PASSWORD))).toBe('OK');
  });

  it('forgets failures after a day without attempts', async () => {
    const login = 'dist-ams';
    for (let i = 0; i < FREE_ATTEMPTS - 1; i++) expect(codeOf(await attempt(login, 'x'))).toBe('INVALID_CREDENTIALS');
    clock += FAILURE_MEMORY_MS + 1;
    for (let i = 0; i < FREE_ATTEMPTS - 1; i++) expect(codeOf(await attempt(login, 'x'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt(login, DEMO_PASSWORD))).toBe('OK');
  });

  it('throttles unknown logins alike, so a lock tells nothing; very long names share a hashed key', async () => {
    const unknown = 'nobody-here-at-all';
    const codes: string[] = [];
    for (let i = 0; i <= FREE_ATTEMPTS; i++) codes.push(codeOf(await attempt(unknown, 'x')));
    expect(codes).toEqual([...Array(FREE_ATTEMPTS).fill('INVALID_CREDENTIALS'), 'SIGN_IN_LOCKED']);
    expect(loginKey('a'.repeat(64))).toBe('a'.repeat(64));
    expect(loginKey('a'.repeat(65))).toMatch(/^#[0-9a-f]{64}$/);
  });
});

describe('a burst of parallel guesses', SLOW, () => {
  it('20 wrong passwords at once check at most 5; the rest answer SIGN_IN_LOCKED with lockedUntil', async () => {
    const login = 'reseller-am';
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.execute<SignInAnswer, unknown>(SIGN_IN, { input: { loginName: login, password: `burst-${i}` } }),
      ),
    );
    const codes = answers.map((a) => a.data?.signIn.userErrors[0]?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === 'SIGN_IN_LOCKED')).toHaveLength(20 - FREE_ATTEMPTS);
    const locked = answers.find((a) => a.data?.signIn.userErrors[0]?.code === 'SIGN_IN_LOCKED')!;
    expect(Date.parse(locked.data!.signIn.lockedUntil!)).toBeGreaterThan(Date.now());
    expect(locked.data!.signIn.userErrors[0].message).toContain(locked.data!.signIn.lockedUntil);
    const row = await server.orm.em.fork().findOneOrFail(SignInThrottle, { loginKey: login });
    expect(row.attempts).toBe(FREE_ATTEMPTS);
    // The right password is refused too while the lock holds.
    const right = await server.execute<SignInAnswer, unknown>(SIGN_IN, {
      input: { loginName: login, password: DEMO_PASSWORD },
    });
    expect(right.data?.signIn.userErrors.map((e) => e.code)).toEqual(['SIGN_IN_LOCKED']);
  });
});

describe('two server processes on one database', SLOW, () => {
  let db: ScratchDatabase;
  let orm: Orm;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    db = await cloneTemplate(inject('templateDatabase'));
    const entry = await buildServer();
    [a, b] = await Promise.all([
      spawnServer(entry, { DATABASE_URL: db.url }),
      spawnServer(entry, { DATABASE_URL: db.url }),
    ]);
    orm = await openDatabase(parseDatabaseUrl(db.url), { migrate: false });
  });
  afterAll(async () => {
    a?.kill('SIGKILL');
    b?.kill('SIGKILL');
    await orm?.close(true);
    await db?.drop();
  });

  it('share the count: 20 parallel guesses through both check at most 5, each failure logged', async () => {
    const login = 'sp-am';
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).gql<SignInData>(SIGN_IN, { input: { loginName: login, password: `two-${i}` } }),
      ),
    );
    const codes = answers.map((r) => r.body?.data?.signIn.userErrors[0]?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === 'SIGN_IN_LOCKED')).toHaveLength(20 - FREE_ATTEMPTS);

    // The right password on either instance is refused while the lock holds.
    for (const proc of [a, b]) {
      const right = await proc.gql<SignInData>(SIGN_IN, { input: { loginName: login, password: DEMO_PASSWORD } });
      expect(right.body?.data?.signIn.userErrors.map((e: { code: string }) => e.code)).toEqual(['SIGN_IN_LOCKED']);
    }

    // Security events: one per refused sign-in, across both logs, with the member and no password.
    // Logs are written asynchronously (pino): an answer can arrive before its log line, so wait for
    // the lines (a bounded wait; a missing line still fails).
    const securityEvents = () =>
      [...logLines(a.output()), ...logLines(b.output())].filter((l) => l.event === 'security');
    const locked = 20 - FREE_ATTEMPTS + 2;
    await vi.waitFor(
      () => {
        const kinds = securityEvents().map((l) => l.kind);
        expect(kinds.filter((k) => k === 'sign-in-locked')).toHaveLength(locked);
        expect(kinds.filter((k) => k === 'sign-in-failed')).toHaveLength(FREE_ATTEMPTS);
      },
      { timeout: 10_000, interval: 50 },
    );
    const events = securityEvents();
    const failed = events.filter((l) => l.kind === 'sign-in-failed');
    expect(failed).toHaveLength(FREE_ATTEMPTS);
    for (const e of failed)
      expect(e).toMatchObject({
        level: 'warn',
        reason: 'wrong password',
        loginName: login,
        memberId: demoMember(login).id,
        requestId: expect.any(String),
      });
    expect(events.filter((l) => l.kind === 'sign-in-locked')).toHaveLength(locked);
    const logs = a.output() + b.output();
    for (let i = 0; i < 20; i++) expect(logs).not.toContain(`two-${i}`);
    expect(logs).not.toContain(DEMO_PASSWORD);

    // Once the lock has run out (moved here instead of waiting), a success on one resets it for both.
    await orm.em.fork().nativeUpdate(SignInThrottle, { loginKey: login }, { lockedUntilMs: Date.now() - 1 });
    const ok = await a.gql<SignInData>(SIGN_IN, { input: { loginName: login, password: DEMO_PASSWORD } });
    expect(ok.body?.data?.signIn.token).toBeTruthy();
    expect(await orm.em.fork().count(SignInThrottle, { loginKey: login })).toBe(0);
    const wrongOnB = await b.gql<SignInData>(SIGN_IN, { input: { loginName: login, password: 'once more' } });
    expect(wrongOnB.body?.data?.signIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });
});
