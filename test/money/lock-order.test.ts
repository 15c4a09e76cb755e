/**
 * Found by the concurrent money model (model.property.test.ts) on PostgreSQL: two money mutations
 * that lock the same rows in opposite orders deadlock, and PostgreSQL aborts one of them, which
 * answers INTERNAL_SERVER_ERROR (money stays consistent: the victim rolls back). Each case fires
 * such pairs at once; every answer must be a normal payload (success or a user error), the
 * invariants must hold and the balances must add up. On SQLite (one writer at a time) it passes
 * trivially; the cases matter on PostgreSQL.
 *
 * - payOrder with a coupon (order → coupon → customer row) against switchAssociationType of the
 *   same customer, or the customer's approval of its partner's unbind request (answerUnbindRequest:
 *   customer row → its coupons).
 * - allocateFundsToReseller (distributor account → reseller account) against
 *   reclaimFundsFromReseller (reseller account → distributor account).
 * - allocateFunds (partner account → customer row, before the fix) against reclaimFunds of the
 *   same customer (customer row → partner account).
 */
import { beforeAll, expect, it } from 'vitest';
import {
  ModelAllocateFundsDocument,
  ModelAllocateFundsToResellerDocument,
  ModelIssueCouponsDocument,
  ModelPayOrderDocument,
  ModelReclaimCouponsDocument,
  ModelReclaimFundsDocument,
  ModelReclaimFundsFromResellerDocument,
  ModelSwitchAssociationTypeDocument,
} from '../generated/graphql';
import { partnerAsksUnbind } from '../support/association';
import { checkInvariants } from '../../seeds';
import { useTestServer } from '../support/server';
import { customerCode } from '../support/customers';
import { DIST, RESELLER1 } from '../support/demo';
import { cash, sql } from '../support/rows';
import { DAY, sleep } from '../support/time';
import { gid } from '../support/ids';
import { fromGlobalId } from '../../src/common/global-id';

const TIMEOUT = 180_000;

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };

/**
 * The unbind side of a race: the partner asks now (nothing is locked but the customer row), and the
 * returned function is the customer's approval (customer row → coupons → quotas), with its code.
 */
async function approvalOf(login: string, customerId: string): Promise<() => Promise<Answer>> {
  const id = fromGlobalId(customerId)!.id;
  const [row] = await sql(server, 'select account_name from sub_customer where id = ?', [id]);
  const accountName = String(row.account_name);
  const asked = await partnerAsksUnbind(server, await server.signIn(login), id);
  expect(asked.userErrors).toEqual([]);
  const verificationCode = await customerCode(server, accountName, 'ANSWER_UNBIND_REQUEST');
  const token = await server.signIn(accountName, undefined, 'CUSTOMER');
  return () =>
    server.execute(
      'mutation ($input: AnswerUnbindRequestInput!) { answerUnbindRequest(input: $input) { userErrors { code } } }',
      { input: { eventId: asked.event!.id, approve: true, verificationCode } },
      token,
    );
}

/** Every other customer of the setup is unbound by its own approval; the rest are switched. */
async function approvalsOfOddOnes(setup: { login: string; customerId: string }[]) {
  const approvals: ((() => Promise<Answer>) | null)[] = [];
  for (const [i, s] of setup.entries()) approvals.push(i % 2 === 0 ? null : await approvalOf(s.login, s.customerId));
  return approvals;
}

const topErrors = (answers: { errors?: { extensions?: Record<string, unknown> }[] }[]) =>
  answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code);

it(
  'payOrder with a coupon and a switch or unbind of the same customer, at once: no deadlock, each answers normally',
  async () => {
    const setup: { login: string; customerId: string; orderId: string; couponId: string }[] = [];
    for (const [partnerId, login] of [
      [DIST, 'dist-admin'],
      [RESELLER1, 'reseller-admin'],
    ] as const) {
      const token = await server.signIn(login);
      // RESALE customers that nothing blocks, each with a pending order and a granted authorization.
      const rows = await sql(
        server,
        `select c.id customer, min(o.id) orderid from sub_customer c join customer_order o on o.customer_id = c.id and o.status = 6 and o.partner_id = c.partner_id
          where c.partner_id = ? and c.association_type = 2 and c.debt_amount = 0 and c.is_frozen = 0 and c.unbound_at is null
          group by c.id order by c.id`,
        [partnerId],
      );
      // Not blocked by the 3-month rule: no change or unbind request in the last 100 days.
      const recent = new Set(
        (
          await sql(
            server,
            `select customer_id, created_at, handled_at from association_event where partner_id = ? and event_type <> 'ASSOCIATE'`,
            [partnerId],
          )
        )
          .filter(
            (e) =>
              Math.max(
                new Date(e.created_at as string | number | Date).getTime(),
                e.handled_at == null ? 0 : new Date(e.handled_at as string | number | Date).getTime(),
              ) >
              Date.now() - 100 * DAY,
          )
          .map((e) => Number(e.customer_id)),
      );
      const granted = new Map<number, string>();
      for (const a of await sql(
        server,
        `select customer_id, status from order_authorization where partner_id = ? order by granted_at, id`,
        [partnerId],
      ))
        granted.set(Number(a.customer_id), String(a.status));
      const [quota] = await sql(
        server,
        `select id from coupon_quota where partner_id = ? and kind = 'VOUCHER' and status = 0 and designated_customer_ids = ? order by id limit 1`,
        [partnerId, '[]'],
      );
      for (const p of rows.filter(
        (r) => granted.get(Number(r.customer)) === 'GRANTED' && !recent.has(Number(r.customer)),
      )) {
        // Enough money for the order and a 1.00 coupon to pay part of it with.
        const customerId = gid('SubCustomer', Number(p.customer));
        const [order] = await sql(server, 'select official_amount from customer_order where id = ?', [p.orderid]);
        const allocated = await server.execute(
          ModelAllocateFundsDocument,
          { input: { allocations: [{ customerId, amount: (Number(order.official_amount) / 100).toFixed(2) }] } },
          token,
        );
        if (allocated.data?.allocateFunds.failed.length !== 0) continue;
        const issued = await server.execute(
          ModelIssueCouponsDocument,
          {
            input: {
              quotaId: gid('CouponQuota', Number(quota.id)),
              customerIds: [customerId],
              faceValue: '1.00',
            },
          },
          token,
        );
        expect(issued.data!.issueCoupons.failed).toEqual([]);
        setup.push({
          login,
          customerId,
          orderId: gid('Order', Number(p.orderid)),
          couponId: issued.data!.issueCoupons.succeeded[0].coupon.id,
        });
      }
    }
    expect(setup.length).toBeGreaterThanOrEqual(4);

    const tokens: Record<string, string> = {
      'dist-admin': await server.signIn('dist-admin'),
      'reseller-admin': await server.signIn('reseller-admin'),
    };
    const approvals = await approvalsOfOddOnes(setup);
    // The change starts a little after the payment (0–7 ms), so that some pairs meet mid-way.
    const answers = await Promise.all(
      setup.flatMap((s, i): Promise<Answer>[] => [
        server.execute(
          ModelPayOrderDocument,
          { input: { orderId: s.orderId, couponIds: [s.couponId], discountTypes: [] } },
          tokens[s.login],
        ),
        sleep(i % 8).then(
          (): Promise<Answer> =>
            approvals[i]?.() ??
            server.execute(
              ModelSwitchAssociationTypeDocument,
              { input: { customerId: s.customerId, toType: 'ADVISORY' } },
              tokens[s.login],
            ),
        ),
      ]),
    );
    expect(topErrors(answers)).toEqual([]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'allocateFundsToReseller and reclaimFundsFromReseller at once: no deadlock, the balances add up',
  async () => {
    const before = { dist: await cash(server, DIST), reseller: await cash(server, RESELLER1) };
    const resellerId = gid('Partner', RESELLER1);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? server.execute(ModelAllocateFundsToResellerDocument, { input: { resellerId, amount: '1.00' } }, admin)
          : server.execute(ModelReclaimFundsFromResellerDocument, { input: { resellerId, amount: '1.00' } }, admin),
      ),
    );
    expect(topErrors(answers)).toEqual([]);
    const moved = answers.reduce((sum, a, i) => {
      const d = a.data as Record<string, { adjustRecord: unknown } | undefined> | null | undefined;
      const payload = d?.allocateFundsToReseller ?? d?.reclaimFundsFromReseller;
      return sum + (payload?.adjustRecord ? (i % 2 === 0 ? 100 : -100) : 0);
    }, 0);
    expect({ dist: await cash(server, DIST), reseller: await cash(server, RESELLER1) }).toEqual({
      dist: before.dist - moved,
      reseller: before.reseller + moved,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'allocateFunds and reclaimFunds of the same customers at once: no deadlock, the balances add up',
  async () => {
    const customers = await sql(
      server,
      `select c.id from sub_customer c where c.partner_id = ? and c.association_type = 2 and c.unbound_at is null and c.balance >= 1000 order by c.id desc limit 5`,
      [DIST],
    );
    const before = await cash(server, DIST);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const customerId = gid('SubCustomer', Number(customers[i % customers.length].id));
        return i % 2 === 0
          ? server.execute(
              ModelAllocateFundsDocument,
              { input: { allocations: [{ customerId, amount: '1.00' }] } },
              admin,
            )
          : server.execute(ModelReclaimFundsDocument, { input: { customerId, amount: '1.00' } }, admin);
      }),
    );
    expect(topErrors(answers)).toEqual([]);
    const moved = answers.reduce((sum, a, i) => {
      const d = a.data as
        | { allocateFunds?: { succeeded: unknown[] }; reclaimFunds?: { adjustRecord: unknown } }
        | null
        | undefined;
      return (
        sum + (i % 2 === 0 ? (d?.allocateFunds?.succeeded.length ?? 0) * 100 : d?.reclaimFunds?.adjustRecord ? -100 : 0)
      );
    }, 0);
    expect(await cash(server, DIST)).toBe(before - moved);
    expect(await checkInvariants(server.orm)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'reclaimCoupons of the same coupons in opposite orders, at once: no deadlock, each coupon reclaimed once',
  async () => {
    // Fresh coupons from two quotas of the distributor on RESALE customers.
    const customers = await sql(
      server,
      `select id from sub_customer where partner_id = ? and association_type = 2 and unbound_at is null order by id limit 4`,
      [DIST],
    );
    const quotas = await sql(
      server,
      `select id from coupon_quota where partner_id = ? and parent_quota_id is null and status = 0 and designated_customer_ids = ? order by id limit 2`,
      [DIST, '[]'],
    );
    const coupons: string[] = [];
    for (const q of quotas) {
      for (const c of customers.slice(0, q.id === quotas[0].id ? 4 : 3)) {
        const res = await server.execute(
          ModelIssueCouponsDocument,
          {
            input: {
              quotaId: gid('CouponQuota', Number(q.id)),
              customerIds: [gid('SubCustomer', Number(c.id))],
              faceValue: '1.00',
            },
          },
          admin,
        );
        if (res.data?.issueCoupons.succeeded.length) coupons.push(res.data.issueCoupons.succeeded[0].coupon.id);
      }
    }
    expect(coupons.length).toBeGreaterThanOrEqual(4);
    // Batches over overlapping coupons, half of them reversed and interleaving the two quotas.
    const batches = Array.from({ length: 12 }, (_, i) => {
      const list =
        i % 3 === 0
          ? [...coupons]
          : i % 3 === 1
            ? [...coupons].reverse()
            : coupons.filter((_, j) => j % 2 === i % 2).concat(coupons.filter((_, j) => j % 2 !== i % 2));
      return list;
    });
    const answers = await Promise.all(
      batches.map((couponIds) => server.execute(ModelReclaimCouponsDocument, { input: { couponIds } }, admin)),
    );
    expect(topErrors(answers)).toEqual([]);
    const reclaimed = answers.flatMap((a, i) =>
      (a.data?.reclaimCoupons.succeeded ?? []).map((s) => batches[i][s.index]),
    );
    expect(reclaimed.sort()).toEqual([...coupons].sort());
    expect(await checkInvariants(server.orm)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'reclaimCoupons of a customer’s coupons and a switch or unbind of that customer, at once: no deadlock',
  async () => {
    // The reclaim locks the coupon and then writes its record, whose foreign key check needs a share
    // lock on the customer row; the unbind or switch holds that row and then locks the coupons.
    const setup: { login: string; customerId: string; coupons: string[] }[] = [];
    for (const [partnerId, login] of [
      [DIST, 'dist-admin'],
      [RESELLER1, 'reseller-admin'],
    ] as const) {
      const token = await server.signIn(login);
      const rows = await sql(
        server,
        `select c.id from sub_customer c where c.partner_id = ? and c.association_type = 2 and c.debt_amount = 0 and c.is_frozen = 0 and c.unbound_at is null order by c.id desc`,
        [partnerId],
      );
      const recent = new Set(
        (
          await sql(
            server,
            `select customer_id, created_at, handled_at from association_event where partner_id = ? and event_type <> 'ASSOCIATE'`,
            [partnerId],
          )
        )
          .filter(
            (e) =>
              Math.max(
                new Date(e.created_at as string | number | Date).getTime(),
                e.handled_at == null ? 0 : new Date(e.handled_at as string | number | Date).getTime(),
              ) >
              Date.now() - 100 * DAY,
          )
          .map((e) => Number(e.customer_id)),
      );
      const [quota] = await sql(
        server,
        `select id from coupon_quota where partner_id = ? and kind = 'VOUCHER' and status = 0 and designated_customer_ids = ? order by id limit 1`,
        [partnerId, '[]'],
      );
      for (const row of rows.filter((r) => !recent.has(Number(r.id))).slice(0, 8)) {
        const customerId = gid('SubCustomer', Number(row.id));
        const coupons: string[] = [];
        for (let i = 0; i < 2; i++) {
          const issued = await server.execute(
            ModelIssueCouponsDocument,
            {
              input: {
                quotaId: gid('CouponQuota', Number(quota.id)),
                customerIds: [customerId],
                faceValue: '1.00',
              },
            },
            token,
          );
          coupons.push(...(issued.data?.issueCoupons.succeeded ?? []).map((s) => s.coupon.id));
        }
        setup.push({ login, customerId, coupons });
      }
    }
    expect(setup.length).toBeGreaterThanOrEqual(6);
    const tokens: Record<string, string> = {
      'dist-admin': await server.signIn('dist-admin'),
      'reseller-admin': await server.signIn('reseller-admin'),
    };
    const approvals = await approvalsOfOddOnes(setup);
    const answers = await Promise.all(
      setup.flatMap((s, i): Promise<Answer>[] => [
        server.execute(ModelReclaimCouponsDocument, { input: { couponIds: s.coupons } }, tokens[s.login]),
        sleep(i % 6).then(
          (): Promise<Answer> =>
            approvals[i]?.() ??
            server.execute(
              ModelSwitchAssociationTypeDocument,
              { input: { customerId: s.customerId, toType: 'ADVISORY' } },
              tokens[s.login],
            ),
        ),
      ]),
    );
    expect(topErrors(answers)).toEqual([]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  },
  TIMEOUT,
);
