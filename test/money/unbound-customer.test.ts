/**
 * Found by the money model (model.property.test.ts): once a RESALE customer is unbound, money and
 * coupon operations on it must be refused with a clear user error (CUSTOMER_NOT_ASSOCIATED) and
 * move nothing; allocateFunds answered INTERNAL_SERVER_ERROR (the partner was debited, then the
 * customer's credit was refused: "credit refused after debit") and issueCoupons answered
 * NOT_RESALE_CUSTOMER, which says the customer is ADVISORY.
 */
import { beforeAll, expect, it } from 'vitest';
import { ModelAllocateFundsDocument, ModelIssueCouponsDocument, ModelReclaimFundsDocument } from '../generated/graphql';
import { customerAnswers, partnerAsksUnbind } from '../support/association';
import { checkInvariants } from '../../seeds';
import { useTestServer } from '../support/server';
import { DIST } from '../support/demo';
import { cash, sql } from '../support/rows';
import { gid } from '../support/ids';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const counts = async () =>
  (
    await sql(
      server,
      'select (select count(*) from adjust_record) a, (select count(*) from account_change_record) l, (select count(*) from coupon) c',
    )
  )[0];

it('refuses allocateFunds, issueCoupons and reclaimFunds on an unbound customer with CUSTOMER_NOT_ASSOCIATED, moving nothing', async () => {
  // A RESALE customer of the distributor that no association rule blocks (no debt, not frozen, no change or request for a year).
  const [customer] = await sql(
    server,
    `select c.id from sub_customer c where c.partner_id = ? and c.association_type = 2 and c.debt_amount = 0 and c.is_frozen = 0 and c.unbound_at is null
       and not exists (select 1 from association_event e where e.customer_id = c.id and e.event_type <> 'ASSOCIATE')
       and not exists (select 1 from coupon cp where cp.customer_id = c.id and cp.status = 1) order by c.id limit 1`,
    [DIST],
  );
  const customerId = gid('SubCustomer', Number(customer.id));
  const [quota] = await sql(
    server,
    `select id from coupon_quota where partner_id = ? and parent_quota_id is null and kind = 'VOUCHER' and status = 0 and designated_customer_ids = ? order by id limit 1`,
    [DIST, '[]'],
  );

  // Unbound as the seeds describe it: the partner asks, the customer approves.
  const asked = await partnerAsksUnbind(server, admin, Number(customer.id));
  expect(asked.userErrors).toEqual([]);
  const [{ account_name: accountName }] = await sql(server, 'select account_name from sub_customer where id = ?', [
    customer.id,
  ]);
  const approved = await customerAnswers(server, String(accountName), {
    eventId: asked.event!.id,
    approve: true,
    verificationCode: 'fresh',
  });
  expect(approved.userErrors).toEqual([]);
  const cashBefore = await cash(server, DIST);
  const countsBefore = await counts();

  const allocated = await server.execute(
    ModelAllocateFundsDocument,
    { input: { allocations: [{ customerId, amount: '1.00' }] } },
    admin,
  );
  expect(allocated.errors).toBeUndefined();
  expect(allocated.data!.allocateFunds.succeeded).toEqual([]);
  expect(allocated.data!.allocateFunds.failed.map((e) => [e.code, e.field])).toEqual([
    ['CUSTOMER_NOT_ASSOCIATED', 'input.allocations[0].customerId'],
  ]);

  const issued = await server.execute(
    ModelIssueCouponsDocument,
    { input: { quotaId: gid('CouponQuota', Number(quota.id)), customerIds: [customerId], faceValue: '1.00' } },
    admin,
  );
  expect(issued.errors).toBeUndefined();
  expect(issued.data!.issueCoupons.succeeded).toEqual([]);
  expect(issued.data!.issueCoupons.failed.map((e) => [e.code, e.field])).toEqual([
    ['CUSTOMER_NOT_ASSOCIATED', 'input.customerIds[0]'],
  ]);

  const reclaimed = await server.execute(ModelReclaimFundsDocument, { input: { customerId, amount: '1.00' } }, admin);
  expect(reclaimed.errors).toBeUndefined();
  expect(reclaimed.data!.reclaimFunds.userErrors.map((e) => e.code)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);

  expect(await cash(server, DIST)).toBe(cashBefore);
  expect(await counts()).toEqual(countsBefore);
  expect(await checkInvariants(server.orm)).toEqual([]);
});
