/**
 * Scheduled maintenance (issue 16, item 2): a week of simulated time on an injected clock, two
 * runners on one database (two ORM instances: on one SQLite file, or on one PostgreSQL database
 * when DATABASE_URL is postgres), every job's effect at the first run after its deadline and not
 * before, never the same job on both runners at once, metrics per job, a failing job, a lease left
 * by a dead runner, and the runner started and stopped by the server process.
 */
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toGlobalId } from '../../src/common/global-id';
import { type AppConfig, loadConfig } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';
import { RateLimitBucket } from '../../src/db/rate-limit.entity';
import { SignedRequestReplay } from '../../src/modules/access-key/access-key.entity';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { SignInThrottle } from '../../src/modules/auth/sign-in-throttle.entity';
import { Coupon, CouponRecord } from '../../src/modules/coupon/coupon.entity';
import { CouponOperationType, CouponStatus, OperationResult } from '../../src/modules/coupon/coupon.enums';
import { IdempotencyRecord } from '../../src/modules/idempotency/idempotency.entity';
import { MemberInvitation } from '../../src/modules/member/member.entity';
import { InvitationChannel, InvitationStatus } from '../../src/modules/member/member.enums';
import { VerificationCode } from '../../src/modules/verification/verification.entity';
import { MAINTENANCE_JOBS, type MaintenanceJob } from '../../src/maintenance/jobs';
import { MaintenanceLease } from '../../src/maintenance/maintenance-lease.entity';
import { MaintenanceMetrics } from '../../src/maintenance/metrics';
import { MaintenanceRunner } from '../../src/maintenance/runner';
import { cloneTemplate, type ScratchDatabase } from '../support/database';
import { buildServer, logLines, spawnServer, TEST_METRICS_TOKEN } from '../support/production';

// scrypt at N=2^17 and process starts take seconds each on a busy machine: room beyond the default 30 s.
const SLOW = { timeout: 180_000 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const INTERVAL = 2 * HOUR;

let db: ScratchDatabase;
let ormA: Orm;
let ormB: Orm;
let config: AppConfig;
beforeAll(async () => {
  db = await cloneTemplate(inject('templateDatabase'));
  config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url });
  ormA = await openDatabase(config.database);
  ormB = await openDatabase(config.database, { migrate: false });
});
afterAll(async () => {
  await ormA?.close(true);
  await ormB?.close(true);
  await db?.drop();
});

/** Yields to the event loop a few times: a job "in progress" across other runners' statements (not a sleep). */
const yieldALittle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('a week of simulated time, two runners on one database', () => {
  const start = Math.floor(Date.now() / HOUR) * HOUR;
  let now = start;
  const active = new Map<string, number>();
  const maxActive = new Map<string, number>();
  const runs = { A: new Map<string, number>(), B: new Map<string, number>() };
  const watched = (who: 'A' | 'B'): MaintenanceJob[] =>
    MAINTENANCE_JOBS.map((job) => ({
      ...job,
      async run(ctx) {
        const n = (active.get(job.name) ?? 0) + 1;
        active.set(job.name, n);
        maxActive.set(job.name, Math.max(maxActive.get(job.name) ?? 0, n));
        runs[who].set(job.name, (runs[who].get(job.name) ?? 0) + 1);
        try {
          await yieldALittle();
          return await job.run(ctx);
        } finally {
          active.set(job.name, (active.get(job.name) ?? 1) - 1);
        }
      },
    }));
  const registryA = new Registry();
  const registryB = new Registry();
  let runnerA: MaintenanceRunner;
  let runnerB: MaintenanceRunner;

  /** The steps (hours after start) at which runs happen: the first tick, then every INTERVAL. */
  const runSteps = Array.from({ length: 7 * 24 }, (_, i) => i + 1).filter((k) => (k - 1) % (INTERVAL / HOUR) === 0);
  /** The first run step at which `due(now)` holds. */
  const firstRunWhen = (due: (at: number) => boolean) => runSteps.find((k) => due(start + k * HOUR)) ?? null;

  const em = () => ormA.em.fork();
  const fixtures = {
    idempotencyOld: 0,
    idempotencyNew: 0,
    invitationSoon: 0,
    invitationLater: 0,
    verificationUsed: 0,
    verificationLater: 0,
    couponSoon: 0,
  };
  let usableBefore: { id: number; balance: number; expireTime: Date }[] = [];
  let pendingBefore: { id: number; expiresAt: Date }[] = [];
  const changedAt: Record<string, number | null> = {};

  beforeAll(async () => {
    runnerA = new MaintenanceRunner(ormA, {
      config,
      jobs: watched('A'),
      intervalMs: INTERVAL,
      now: () => now,
      metrics: new MaintenanceMetrics(registryA),
      holder: 'runner-A',
      batchSize: 7,
    });
    runnerB = new MaintenanceRunner(ormB, {
      config,
      jobs: watched('B'),
      intervalMs: INTERVAL,
      now: () => now,
      metrics: new MaintenanceMetrics(registryB),
      holder: 'runner-B',
      batchSize: 7,
    });

    const e = em();
    const idem = (key: string, createdAt: number) =>
      e.insert(IdempotencyRecord, {
        partner: 1,
        key,
        operation: 'allocateFunds',
        requestHash: 'h'.repeat(64),
        response: { ok: true },
        createdAt: new Date(createdAt),
      });
    fixtures.idempotencyOld = (await idem('week-old', start - 6.5 * DAY)) as number;
    fixtures.idempotencyNew = (await idem('week-new', start)) as number;
    for (let i = 0; i < 20; i++) await idem(`week-bulk-${i}`, start - 8 * DAY - i * MINUTE);

    await e.insert(RateLimitBucket, { bucketKey: 'ip:week-idle', tokens: 3, updatedAtMs: start, granted: true });
    await e.insert(RateLimitBucket, { bucketKey: 'member:week-busy', tokens: 3, updatedAtMs: start, granted: true });

    const replay = (expiresAt: number) =>
      e.insert(SignedRequestReplay, {
        signature: randomBytes(32).toString('hex'),
        accessKeyId: 'AK-week',
        expiresAt: new Date(expiresAt),
      });
    await replay(start + 15 * MINUTE);
    await replay(start + 3 * DAY);

    const code = (createdAt: number, usedAt: number | null) =>
      e.insert(VerificationCode, {
        member: 1,
        purpose: 'ALLOCATE_FUNDS',
        codeHash: 'c'.repeat(64),
        createdAt: new Date(createdAt),
        expiresAt: new Date(createdAt + 5 * MINUTE),
        usedAt: usedAt == null ? null : new Date(usedAt),
        failedAttempts: 0,
      });
    fixtures.verificationUsed = (await code(start - 10 * MINUTE, start - 9 * MINUTE)) as number;
    fixtures.verificationLater = (await code(start + 3 * DAY, null)) as number;

    await e.insert(SignInThrottle, {
      loginKey: 'week-guesser',
      attempts: 3,
      lockedUntilMs: null,
      lastAttemptMs: start,
    });

    const invite = (expiresAt: number) =>
      e.insert(MemberInvitation, {
        partner: 1,
        channel: InvitationChannel.MOBILE,
        target: `0086-1390000${Math.floor(Math.random() * 9000 + 1000)}`,
        roleIds: [],
        status: InvitationStatus.PENDING,
        invitedBy: 1,
        createdAt: new Date(start - DAY),
        expiresAt: new Date(expiresAt),
      });
    fixtures.invitationSoon = (await invite(start + 2 * DAY + 30 * MINUTE)) as number;
    fixtures.invitationLater = (await invite(start + 30 * DAY)) as number;

    // Seeded USABLE coupons made to expire: one on day 4 (watched), two already past, one on day 6.
    const far = await e.find(
      Coupon,
      { status: CouponStatus.USABLE, expireTime: { $gt: new Date(start + 30 * DAY) }, balance: { $gt: 0 } },
      { orderBy: { id: 'asc' }, limit: 4 },
    );
    expect(far).toHaveLength(4);
    fixtures.couponSoon = far[0].id;
    const expiries = [start + 4 * DAY + 30 * MINUTE, start - 2 * HOUR, start - DAY, start + 6 * DAY];
    for (const [i, coupon] of far.entries())
      await e.nativeUpdate(Coupon, { id: coupon.id }, { expireTime: new Date(expiries[i]) });

    usableBefore = (await em().find(Coupon, { status: CouponStatus.USABLE })).map((c) => ({
      id: c.id,
      balance: c.balance,
      expireTime: c.expireTime,
    }));
    pendingBefore = (await em().find(MemberInvitation, { status: InvitationStatus.PENDING })).map((i) => ({
      id: i.id,
      expiresAt: i.expiresAt,
    }));
    expect(usableBefore.some((c) => c.expireTime.getTime() <= start + 7 * DAY)).toBe(true);

    // The week: every hour both runners tick at once; "traffic" keeps one bucket busy.
    const probes: Record<string, () => Promise<boolean>> = {
      idempotencyOld: async () => (await em().count(IdempotencyRecord, { id: fixtures.idempotencyOld })) === 0,
      idempotencyNew: async () => (await em().count(IdempotencyRecord, { id: fixtures.idempotencyNew })) === 0,
      idleBucket: async () => (await em().count(RateLimitBucket, { bucketKey: 'ip:week-idle' })) === 0,
      busyBucket: async () => (await em().count(RateLimitBucket, { bucketKey: 'member:week-busy' })) === 0,
      replaySoon: async () =>
        (await em().count(SignedRequestReplay, { expiresAt: new Date(start + 15 * MINUTE) })) === 0,
      replayLater: async () => (await em().count(SignedRequestReplay, { expiresAt: new Date(start + 3 * DAY) })) === 0,
      verificationUsed: async () => (await em().count(VerificationCode, { id: fixtures.verificationUsed })) === 0,
      verificationLater: async () => (await em().count(VerificationCode, { id: fixtures.verificationLater })) === 0,
      throttle: async () => (await em().count(SignInThrottle, { loginKey: 'week-guesser' })) === 0,
      invitationSoon: async () =>
        (await em().findOneOrFail(MemberInvitation, fixtures.invitationSoon)).status === InvitationStatus.EXPIRED,
      invitationLater: async () =>
        (await em().findOneOrFail(MemberInvitation, fixtures.invitationLater)).status !== InvitationStatus.PENDING,
      couponSoon: async () => (await em().findOneOrFail(Coupon, fixtures.couponSoon)).status === CouponStatus.EXPIRED,
    };
    for (const name of Object.keys(probes)) changedAt[name] = null;
    for (let k = 1; k <= 7 * 24; k++) {
      now = start + k * HOUR;
      await em().nativeUpdate(RateLimitBucket, { bucketKey: 'member:week-busy' }, { updatedAtMs: now - MINUTE });
      await Promise.all([runnerA.tick(), runnerB.tick()]);
      for (const [name, probe] of Object.entries(probes))
        if (changedAt[name] === null && (await probe())) changedAt[name] = k;
    }
  }, 600_000);

  it('never runs one job on both runners at once, and each job once per interval in all', () => {
    for (const job of MAINTENANCE_JOBS) {
      expect(maxActive.get(job.name), job.name).toBe(1);
      expect((runs.A.get(job.name) ?? 0) + (runs.B.get(job.name) ?? 0), job.name).toBe(runSteps.length);
    }
    expect(runSteps.length).toBe(84);
  });

  it('prunes each kind of row at the first run after it is past its retention, not before', () => {
    const at = (ms: number) => (t: number) => t > ms;
    expect(changedAt).toEqual({
      // Retention 7 days: a record 6.5 days old goes at the first run after half a day; today's stays.
      idempotencyOld: firstRunWhen(at(start + 0.5 * DAY)),
      idempotencyNew: null,
      // A bucket idle for an hour (it is full again by then) goes; one used every hour stays.
      idleBucket: firstRunWhen(at(start + HOUR)),
      busyBucket: null,
      // Replay entries: one signature window after their date left the window.
      replaySoon: firstRunWhen(at(start + 30 * MINUTE)),
      replayLater: firstRunWhen(at(start + 3 * DAY + 15 * MINUTE)),
      // A used code at once; an unused one once expired (5 minutes).
      verificationUsed: 1,
      verificationLater: firstRunWhen((t) => t >= start + 3 * DAY + 5 * MINUTE),
      // Throttle rows a day after the last attempt.
      throttle: firstRunWhen(at(start + DAY)),
      invitationSoon: firstRunWhen((t) => t >= start + 2 * DAY + 30 * MINUTE),
      invitationLater: null,
      couponSoon: firstRunWhen((t) => t >= start + 4 * DAY + 30 * MINUTE),
    });
    expect([changedAt.idempotencyOld, changedAt.idleBucket, changedAt.invitationSoon, changedAt.couponSoon]).toEqual([
      13, 3, 49, 97,
    ]);
  });

  it('leaves nothing past its time at the end of the week, and nothing else touched', async () => {
    const end = new Date(now);
    const e = em();
    expect(await e.count(IdempotencyRecord, { key: { $like: 'week-bulk-%' } })).toBe(0);
    expect(await e.count(Coupon, { status: CouponStatus.USABLE, expireTime: { $lte: end } })).toBe(0);
    expect(await e.count(MemberInvitation, { status: InvitationStatus.PENDING, expiresAt: { $lte: end } })).toBe(0);
    // Coupons still valid and invitations still pending stay as they were.
    const stillUsable = usableBefore.filter((c) => c.expireTime.getTime() > now).map((c) => c.id);
    expect(stillUsable.length).toBeGreaterThan(0);
    expect(await e.count(Coupon, { id: { $in: stillUsable }, status: CouponStatus.USABLE })).toBe(stillUsable.length);
    const stillPending = pendingBefore.filter((i) => i.expiresAt.getTime() > now).map((i) => i.id);
    expect(await e.count(MemberInvitation, { id: { $in: stillPending }, status: InvitationStatus.PENDING })).toBe(
      stillPending.length,
    );
  });

  it('expires coupons with one EXPIRY_RECLAIM record each for the lapsed balance, balances and quotas untouched', async () => {
    const expired = usableBefore.filter((c) => c.expireTime.getTime() <= now);
    expect(expired.length).toBeGreaterThanOrEqual(4);
    const e = em();
    const coupons = await e.find(Coupon, { id: { $in: expired.map((c) => c.id) } });
    const records = await e.find(CouponRecord, {
      coupon: { $in: expired.map((c) => c.id) },
      operationType: CouponOperationType.EXPIRY_RECLAIM,
    });
    for (const before of expired) {
      const coupon = coupons.find((c) => c.id === before.id)!;
      expect([coupon.status, coupon.balance]).toEqual([CouponStatus.EXPIRED, before.balance]);
      const own = records.filter((r) => r.coupon.id === before.id);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({
        amount: before.balance,
        result: OperationResult.SUCCESS,
        operator: null,
        memo: null,
      });
      expect(own[0].customer.id).toBe(coupon.customer.id);
      expect(own[0].partner.id).toBe(coupon.partner.id);
      expect(own[0].time.getTime()).toBeGreaterThanOrEqual(before.expireTime.getTime());
      expect(own[0].time.getTime()).toBeLessThan(Math.max(before.expireTime.getTime(), start) + INTERVAL + HOUR);
    }
  });

  it('writes an audit row for each expired invitation', async () => {
    const rows = await em().find(AuditLog, { action: 'expireInvitation' });
    const expired = pendingBefore.filter((i) => i.expiresAt.getTime() <= now).map((i) => i.id);
    expect(rows.map((r) => r.target).sort()).toEqual(expired.map((id) => toGlobalId('MemberInvitation', id)).sort());
    for (const row of rows) {
      expect(row).toMatchObject({ memberId: null, before: { status: 'PENDING' }, after: { status: 'EXPIRED' } });
      expect(row.requestId).toMatch(/^maintenance:expire-invitations:runner-[AB]$/);
    }
  });

  it('counts runs, rows and durations per job on the instance that ran them, and keeps the last run on the lease row', async () => {
    const textA = await registryA.metrics();
    const textB = await registryB.metrics();
    const value = (text: string, metric: string, job: string) =>
      Number(new RegExp(`^${metric}\\{job="${job}"\\} (\\d+(?:\\.\\d+)?)`, 'm').exec(text)?.[1] ?? 0);
    for (const job of MAINTENANCE_JOBS) {
      expect(value(textA, 'maintenance_job_runs_total', job.name)).toBe(runs.A.get(job.name) ?? 0);
      expect(value(textB, 'maintenance_job_runs_total', job.name)).toBe(runs.B.get(job.name) ?? 0);
      expect(
        value(textA, 'maintenance_job_duration_seconds_count', job.name) +
          value(textB, 'maintenance_job_duration_seconds_count', job.name),
      ).toBe(runSteps.length);
      expect(
        value(textA, 'maintenance_job_failures_total', job.name) +
          value(textB, 'maintenance_job_failures_total', job.name),
      ).toBe(0);
    }
    expect(
      value(textA, 'maintenance_job_rows_total', 'prune-idempotency-records') +
        value(textB, 'maintenance_job_rows_total', 'prune-idempotency-records'),
    ).toBeGreaterThanOrEqual(21);
    const leases = await em().find(MaintenanceLease, {}, { orderBy: { job: 'asc' } });
    expect(leases.map((l) => l.job)).toEqual(MAINTENANCE_JOBS.map((j) => j.name).sort());
    const lastRun = start + runSteps[runSteps.length - 1] * HOUR;
    for (const lease of leases) {
      expect(lease).toMatchObject({ holder: null, leaseUntilMs: 0, nextRunAtMs: lastRun + INTERVAL, lastError: null });
      expect(lease.lastHolder).toMatch(/^runner-[AB]$/);
    }
  });
});

describe('the lease', () => {
  let now = Date.UTC(2030, 0, 1);
  const gated = (name: string, gate: Promise<void>, started: () => void): MaintenanceJob => ({
    name,
    description: 'waits for the test',
    async run() {
      started();
      await gate;
      return 1;
    },
  });
  const runner = (orm: Orm, jobs: MaintenanceJob[], holder: string, registry?: Registry) =>
    new MaintenanceRunner(orm, {
      config,
      jobs,
      intervalMs: HOUR,
      leaseMs: 10 * MINUTE,
      now: () => now,
      holder,
      metrics: registry ? new MaintenanceMetrics(registry) : null,
    });

  it('keeps a job on one runner while it runs; the other skips it, and finds it not due afterwards', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let startedA!: () => void;
    const runningA = new Promise<void>((resolve) => (startedA = resolve));
    let ranOnB = 0;
    const a = runner(ormA, [gated('gate-test', gate, startedA)], 'gate-A');
    const b = runner(ormB, [gated('gate-test', Promise.resolve(), () => ranOnB++)], 'gate-B');

    const tickA = a.tick();
    await runningA;
    expect(await b.tick()).toEqual([{ job: 'gate-test', ran: false }]);
    open();
    expect(await tickA).toEqual([{ job: 'gate-test', ran: true, ok: true, rows: 1 }]);
    expect(await b.tick()).toEqual([{ job: 'gate-test', ran: false }]);
    now += HOUR - 1;
    expect(await b.tick()).toEqual([{ job: 'gate-test', ran: false }]);
    now += 1;
    expect(await b.tick()).toEqual([{ job: 'gate-test', ran: true, ok: true, rows: 1 }]);
    expect(ranOnB).toBe(1);
  });

  it('outlives a runner that died holding it only until it runs out; the dead runner cannot free it late', async () => {
    const b = runner(ormB, [gated('dead-test', Promise.resolve(), () => undefined)], 'live-B');
    await b.tick(); // creates the lease row and runs once
    now += HOUR;
    await ormA.em
      .fork()
      .nativeUpdate(MaintenanceLease, { job: 'dead-test' }, { holder: 'dead-A', leaseUntilMs: now + 10 * MINUTE });
    expect(await b.tick()).toEqual([{ job: 'dead-test', ran: false }]);
    now += 10 * MINUTE;
    expect(await b.tick()).toEqual([{ job: 'dead-test', ran: true, ok: true, rows: 1 }]);
    const lease = await ormA.em.fork().findOneOrFail(MaintenanceLease, { job: 'dead-test' });
    expect([lease.holder, lease.lastHolder, lease.nextRunAtMs]).toEqual([null, 'live-B', now + HOUR]);
  });

  it('a failing job is counted and logged, frees its lease, keeps its error, and runs again next interval', async () => {
    const registry = new Registry();
    let calls = 0;
    const failing: MaintenanceJob = {
      name: 'failing-test',
      description: 'fails once',
      async run() {
        calls++;
        if (calls === 1) throw new Error('disk on fire');
        return 2;
      },
    };
    const a = runner(ormA, [failing], 'fail-A', registry);
    expect(await a.tick()).toEqual([{ job: 'failing-test', ran: true, ok: false, error: 'disk on fire' }]);
    let lease = await ormA.em.fork().findOneOrFail(MaintenanceLease, { job: 'failing-test' });
    expect([lease.holder, lease.leaseUntilMs, lease.lastError, lease.nextRunAtMs]).toEqual([
      null,
      0,
      'disk on fire',
      now + HOUR,
    ]);
    const text = await registry.metrics();
    expect(text).toMatch(/^maintenance_job_failures_total\{job="failing-test"\} 1$/m);
    expect(text).toMatch(/^maintenance_job_runs_total\{job="failing-test"\} 1$/m);
    now += HOUR;
    expect(await a.tick()).toEqual([{ job: 'failing-test', ran: true, ok: true, rows: 2 }]);
    lease = await ormA.em.fork().findOneOrFail(MaintenanceLease, { job: 'failing-test' });
    expect([lease.lastError, lease.lastRows]).toEqual([null, 2]);
  });
});

describe('the server process', SLOW, () => {
  it('starts the runner with its interval, shows its metrics, and stops it on SIGTERM before exiting', async () => {
    const scratch = await cloneTemplate(inject('templateDatabase'));
    const entry = await buildServer();
    const proc = await spawnServer(entry, { DATABASE_URL: scratch.url, MAINTENANCE_INTERVAL_SECONDS: '600' });
    try {
      const metrics = await proc.raw('/metrics', { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
      for (const name of [
        'maintenance_job_runs_total',
        'maintenance_job_failures_total',
        'maintenance_job_rows_total',
        'maintenance_job_duration_seconds',
      ])
        expect(metrics.text).toContain(`# HELP ${name}`);
      proc.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      const lines = logLines(proc.output()).map((l) => l.msg);
      const started = logLines(proc.output()).find((l) => l.msg === 'maintenance runner started');
      expect(started).toMatchObject({ intervalMs: 600_000, jobs: MAINTENANCE_JOBS.map((j) => j.name) });
      expect(lines.indexOf('maintenance runner stopped')).toBeGreaterThan(lines.indexOf('maintenance runner started'));
      expect(lines.indexOf('stopped')).toBeGreaterThan(lines.indexOf('maintenance runner stopped'));
    } finally {
      proc.kill('SIGKILL');
      await scratch.drop();
    }
  });

  it('MAINTENANCE=false runs no runner', async () => {
    const scratch = await cloneTemplate(inject('templateDatabase'));
    const proc = await spawnServer(await buildServer(), { DATABASE_URL: scratch.url, MAINTENANCE: 'false' });
    try {
      proc.kill('SIGTERM');
      expect(await proc.exited, proc.output()).toBe(0);
      expect(logLines(proc.output()).some((l) => String(l.msg).startsWith('maintenance'))).toBe(false);
    } finally {
      proc.kill('SIGKILL');
      await scratch.drop();
    }
  });
});
