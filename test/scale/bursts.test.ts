import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CouponMutIssueCouponsBriefDocument } from '../generated/graphql';
import { checkInvariants } from '../../seeds';
import { startTestServer, useTestServer, withEnv, type GraphQLResponse } from '../support/server';
import { Coupon, CouponQuota } from '../../src/modules/coupon/coupon.entity';
import { CouponKind, QuotaStatus } from '../../src/modules/coupon/coupon.enums';
import { IdempotencyRecord } from '../../src/modules/idempotency/idempotency.entity';
import { gid } from '../support/ids';
import { DIST } from '../support/demo';
import { resaleCustomers } from '../support/rows';

/**
 * Bursts refused cleanly (README, Bursts; src/http/admission.ts), through HTTP on SQLite and
 * PostgreSQL: 300 concurrent reads and money writes against a server that admits 4 requests at once
 * and lets the others wait 1 s. Every answer is 200 or 503 SERVER_BUSY with Retry-After, the
 * database holds exactly the writes answered as done, and the refused writes, sent again with
 * their idempotency keys, complete.
 */
/** Measured 18 s (SQLite) to 47 s (PostgreSQL) on 2 cores shared with other suites; room for a busier machine. */
const BURST_TIMEOUT = 120_000;
const BUDGET_MS = 1000;

const server = useTestServer({}, { DB_ACQUIRE_TIMEOUT_MS: String(BUDGET_MS), MAX_IN_FLIGHT_REQUESTS: '4' });
let distAdmin: string;
beforeAll(async () => {
  distAdmin = await server.signIn('dist-admin');
});

const READ = 'query BurstRead { viewer { member { loginName } partner { name } } }';

/** The busy refusal as clients see it: 503, Retry-After in seconds, one SERVER_BUSY error, no data. */
function expectBusy(res: GraphQLResponse<unknown>, reason: string): void {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('1');
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code: 'SERVER_BUSY', reason, retryAfterSeconds: 1 });
}

async function voucherQuota(): Promise<CouponQuota> {
  const rows = await server
    .em()
    .find(
      CouponQuota,
      { partner: DIST, kind: CouponKind.VOUCHER, status: QuotaStatus.NORMAL, parentQuota: null },
      { orderBy: { id: 'asc' } },
    );
  return rows.find((q) => q.designatedCustomerIds.length === 0)!;
}

/** graphql_busy_refusals_total{reason} as /metrics reports it. */
async function busyRefusals(reason: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`graphql_busy_refusals_total{reason="${reason}"}`));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('a burst of 300 concurrent requests', () => {
  it(
    'answers 200 or 503 SERVER_BUSY + Retry-After, never 500; loses no write; the refused writes complete on retry',
    async () => {
      const quota = await voucherQuota();
      const customers = await resaleCustomers(server, DIST, 5);
      const tag = `burst-${randomUUID()}`;
      const writeInput = (i: number) => ({
        quotaId: gid('CouponQuota', quota.id),
        customerIds: [gid('SubCustomer', customers[i % customers.length].id)],
        faceValue: '0.01',
        memo: tag,
        idempotencyKey: `${tag}-${i}`,
      });
      const balanceBefore = quota.balance;
      const refusedBefore = await busyRefusals('wait-budget');

      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          i % 2 === 0
            ? server.execute(CouponMutIssueCouponsBriefDocument, { input: writeInput(i) }, distAdmin)
            : server.execute(READ, {}, distAdmin),
        ),
      );
      const elapsed = Date.now() - started;

      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200, 503]));
      const refused = answers.map((a, i) => ({ a, i })).filter(({ a }) => a.status === 503);
      for (const { a } of refused) expectBusy(a, 'wait-budget');
      const done = answers.map((a, i) => ({ a, i })).filter(({ a }) => a.status === 200);
      for (const { a } of done) expect(a.errors).toBeUndefined();
      const writesDone = done.filter(({ i }) => i % 2 === 0);
      for (const { a } of writesDone) {
        const payload = (a.data as { issueCoupons: { succeeded: unknown[]; failed: unknown[] } }).issueCoupons;
        expect([payload.succeeded.length, payload.failed.length]).toEqual([1, 0]);
      }
      const writesRefused = refused.filter(({ i }) => i % 2 === 0).map(({ i }) => i);
      expect(writesDone.length).toBeGreaterThan(0);
      expect(writesRefused.length).toBeGreaterThan(0);
      expect(await busyRefusals('wait-budget')).toBe(refusedBefore + refused.length);

      // No lost write, no half-done one: the database holds exactly the writes answered as done.
      const coupons = () => server.em().count(Coupon, { memo: tag });
      const keys = () => server.em().count(IdempotencyRecord, { key: { $like: `${tag}-%` } });
      const balance = async () => (await server.em().findOneOrFail(CouponQuota, quota.id)).balance;
      expect(await coupons()).toBe(writesDone.length);
      expect(await keys()).toBe(writesDone.length);
      expect(await balance()).toBe(balanceBefore - writesDone.length);

      // The refused writes, sent again with their keys once the burst is over, complete; a done one replays.
      // Four at a time: as many as the server admits, so none waits in line.
      const retries = [...writesRefused, writesDone[0].i];
      for (let at = 0; at < retries.length; at += 4) {
        const again = await Promise.all(
          retries
            .slice(at, at + 4)
            .map((i) => server.execute(CouponMutIssueCouponsBriefDocument, { input: writeInput(i) }, distAdmin)),
        );
        for (const a of again) expect([a.status, a.data?.issueCoupons.succeeded.length]).toEqual([200, 1]);
      }
      expect(await coupons()).toBe(150);
      expect(await keys()).toBe(150);
      expect(await balance()).toBe(balanceBefore - 150);
      expect(await checkInvariants(server.orm)).toEqual([]);
      console.log(
        `burst of 300 in ${elapsed} ms: ${done.length} answered (${writesDone.length} writes), ${refused.length} refused 503 (${writesRefused.length} writes, completed on retry)`,
      );
    },
    BURST_TIMEOUT,
  );
});

describe('a request that finds the database closed (shutdown)', () => {
  it(
    'answers 503 SERVER_BUSY + Retry-After, signed in (context creation) or not (a resolver), not 500',
    async () => {
      const stopping = await withEnv({ DB_ACQUIRE_TIMEOUT_MS: '1000' }, () => startTestServer());
      try {
        const token = await stopping.signIn('dist-admin');
        expect((await stopping.execute(READ, {}, token)).status).toBe(200);
        // What index.ts does after the drain, while a late request still arrives: the pool is gone.
        await stopping.orm.close(true);
        expectBusy(await stopping.execute(READ, {}, token), 'pool-closed');
        const anonymous = await stopping.execute(
          'mutation { signIn(input: { loginName: "dist-admin", password: "x" }) { token } }',
        );
        expectBusy(anonymous, 'pool-closed');
      } finally {
        await stopping.close();
      }
    },
    BURST_TIMEOUT,
  );
});
