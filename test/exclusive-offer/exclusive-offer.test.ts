/**
 * Exclusive offers (专属优惠, issue 14 item 4; seed 001): partners in the cloud-store
 * customer-service-provider plan share a product link; a customer orders through it as itself and
 * the order is attributed to the partner: in its cloud-store orders and its performance roll-up
 * (offerAmount / offerOrders), in the same transaction. Partners outside the plan are refused.
 */
import { describe, expect, it } from 'vitest';
import {
  OfferOrdersDocument,
  OfferOverviewDocument,
  OfferPlaceOrderDocument,
  OfferShareDocument,
} from '../generated/graphql';
import { performanceRollupDifferences } from '../../src/maintenance/performance-rollups';
import { monthKey } from '../../src/modules/performance/rollup';
import { seededOfferToken } from '../../seeds/marketing';
import { DIST, RESELLER1, SP } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { pk } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'sp-admin', 'reseller-admin', 'restricted-reseller-admin']);

const share = (login: string, productCode: string, idempotencyKey?: string) =>
  server.execute(OfferShareDocument, { input: { productCode, idempotencyKey } }, members[login]);

/** An associated customer of the partner whose cloud account can sign in, and one associated elsewhere. */
async function customerOf(partnerId: number): Promise<{ id: number; accountName: string }> {
  const [row] = await sql<{ id: number; account_name: string }>(
    server,
    `select c.id, c.account_name from sub_customer c join cloud_account a on a.account_name = c.account_name
      where c.partner_id = ? and c.unbound_at is null order by c.id limit 1`,
    [partnerId],
  );
  return { id: Number(row.id), accountName: String(row.account_name) };
}

async function performance(partnerId: number) {
  const [row] = await sql<{ offer_amount: number; offer_orders: number }>(
    server,
    'select offer_amount, offer_orders from partner_performance_month where partner_id = ? and month = ?',
    [partnerId, monthKey(new Date())],
  );
  return { amount: Number(row?.offer_amount ?? 0), orders: Number(row?.offer_orders ?? 0) };
}

describe('sharing (专属优惠)', () => {
  it('shows the plan, the products and the seeded links of a partner in the plan', async () => {
    const res = await server.execute(OfferOverviewDocument, { first: 10 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const partner = res.data!.viewer.partner;
    expect(partner.inCloudStoreServicePlan).toBe(true);
    expect(partner.exclusiveOfferProducts!.length).toBeGreaterThan(0);
    const links = partner.exclusiveOfferLinks!.nodes;
    expect(links.map((l) => l.productCode).sort()).toEqual(['OFFER-CRM-PRO', 'OFFER-ERP-STD']);
    for (const l of links) {
      expect(l.token).toBe(seededOfferToken(DIST, l.productCode));
      expect(l.url).toContain(`offer=${l.token}`);
    }
    const reseller = await server.execute(OfferOverviewDocument, { first: 10 }, members['reseller-admin']);
    expect(reseller.data!.viewer.partner.inCloudStoreServicePlan).toBe(false);
    // It left the plan: the link it shared before is still listed (orders through it are refused).
    expect(reseller.data!.viewer.partner.exclusiveOfferLinks!.totalCount).toBe(1);
    // An account manager holds no exclusive-offer points.
    expect(errorCodes(await server.execute(OfferOverviewDocument, { first: 1 }, members['dist-am']))).toContain(
      'FORBIDDEN',
    );
  });

  it('shares one link per product (again: the same link), refuses partners outside the plan and unknown products', async () => {
    const before = await countRows(server, 'exclusive_offer_link');
    const first = await share('sp-admin', 'OFFER-OA', 'offer-share-1');
    const link = first.data!.shareExclusiveOffer.link!;
    expect(link).toMatchObject({ productCode: 'OFFER-OA', productName: '易企办 OA', price: { amount: '3600.00' } });
    expect(link.token).toMatch(/^[0-9a-f]{32}$/);
    const replay = await share('sp-admin', 'OFFER-OA', 'offer-share-1');
    expect(replay.data!.shareExclusiveOffer.link!.id).toBe(link.id);
    const again = await share('sp-admin', 'OFFER-OA');
    expect(again.data!.shareExclusiveOffer.link!.token).toBe(link.token);
    expect(await countRows(server, 'exclusive_offer_link')).toBe(before + 1);
    const audits = await sql(server, 'select action from audit_log where target = ?', [link.id]);
    expect(audits.map((a) => a.action)).toEqual(['shareExclusiveOffer']);

    const outside = await share('reseller-admin', 'OFFER-OA');
    expect(userErrorCodes(outside.data!.shareExclusiveOffer.userErrors)).toEqual(['EXCLUSIVE_OFFER_NOT_IN_PLAN']);
    const restricted = await share('restricted-reseller-admin', 'OFFER-OA');
    expect(userErrorCodes(restricted.data!.shareExclusiveOffer.userErrors)).toEqual(['EXCLUSIVE_OFFER_NOT_IN_PLAN']);
    const unknown = await share('dist-admin', 'NO-SUCH-PRODUCT');
    expect(userErrorCodes(unknown.data!.shareExclusiveOffer.userErrors)).toEqual(['EXCLUSIVE_OFFER_PRODUCT_NOT_FOUND']);
    expect(errorCodes(await share('dist-am', 'OFFER-OA'))).toContain('FORBIDDEN');
    expect(await countRows(server, 'exclusive_offer_link')).toBe(before + 1);
    expect(
      await sql(server, 'select product_code from exclusive_offer_link where partner_id = ?', [RESELLER1]),
    ).toEqual([{ product_code: 'OFFER-OA' }]);
  });
});

describe('ordering through a link (as the customer)', () => {
  it('attributes the order to the link’s partner: its orders, its performance, in one transaction', async () => {
    const token = seededOfferToken(DIST, 'OFFER-CRM-PRO');
    const own = await customerOf(DIST);
    const stranger = await customerOf(SP);
    const before = await performance(DIST);
    const seen = await server.execute(
      OfferOrdersDocument,
      { first: 100, filter: { viaExclusiveOffer: true } },
      members['dist-admin'],
    );
    const seeded = seen.data!.viewer.partner.cloudStoreOrders!;
    expect(seeded.totalCount).toBe(3);

    const mine = await server.execute(
      OfferPlaceOrderDocument,
      { input: { token } },
      await server.signIn(own.accountName, undefined, 'CUSTOMER'),
    );
    expect(mine.errors).toBeUndefined();
    const order = mine.data!.placeExclusiveOfferOrder.order!;
    expect(order).toMatchObject({ status: 'PAID', productName: '北极星 CRM 专业版', amount: { amount: '6800.00' } });
    const theirs = await server.execute(
      OfferPlaceOrderDocument,
      { input: { token } },
      await server.signIn(stranger.accountName, undefined, 'CUSTOMER'),
    );
    const strangerOrder = theirs.data!.placeExclusiveOfferOrder.order!;

    const after = await server.execute(
      OfferOrdersDocument,
      { first: 100, filter: { viaExclusiveOffer: true } },
      members['dist-admin'],
    );
    const nodes = after.data!.viewer.partner.cloudStoreOrders!.nodes;
    expect(nodes).toHaveLength(5);
    const placed = nodes.find((n) => n.id === order.id)!;
    expect(placed.exclusiveOfferLink!.productCode).toBe('OFFER-CRM-PRO');
    expect(pk(placed.customer!.id)).toBe(own.id);
    // Associated with another partner: the order is still this partner's, without a customer row.
    expect(nodes.find((n) => n.id === strangerOrder.id)!.customer).toBeNull();
    expect(await performance(DIST)).toEqual({ amount: before.amount + 2 * 680_000, orders: before.orders + 2 });
    expect(await performanceRollupDifferences(server.em())).toEqual([]);
    const others = await server.execute(
      OfferOrdersDocument,
      { first: 100, filter: { viaExclusiveOffer: false } },
      members['dist-admin'],
    );
    expect(others.data!.viewer.partner.cloudStoreOrders!.nodes.every((n) => n.exclusiveOfferLink === null)).toBe(true);
    // The SP never sees the distributor's link orders.
    const sp = await server.execute(OfferOrdersDocument, { first: 100 }, members['sp-admin']);
    expect(sp.data!.viewer.partner.cloudStoreOrders!.nodes.map((n) => n.id)).not.toContain(order.id);
  });

  it('refuses an unknown token with nothing written; members cannot order, customers cannot share', async () => {
    const customer = await customerOf(DIST);
    const asCustomer = await server.signIn(customer.accountName, undefined, 'CUSTOMER');
    const orders = await countRows(server, 'cloud_store_order');
    const rollups = await sql(server, 'select * from partner_performance_month order by partner_id, month');
    for (const token of ['0'.repeat(32), 'not-a-token']) {
      const res = await server.execute(OfferPlaceOrderDocument, { input: { token } }, asCustomer);
      expect(userErrorCodes(res.data!.placeExclusiveOfferOrder.userErrors)).toEqual(['EXCLUSIVE_OFFER_LINK_NOT_FOUND']);
    }
    // reseller1 left the plan (seeded): its link from before no longer places orders.
    const inactive = await server.execute(
      OfferPlaceOrderDocument,
      { input: { token: seededOfferToken(RESELLER1, 'OFFER-OA') } },
      asCustomer,
    );
    expect(userErrorCodes(inactive.data!.placeExclusiveOfferOrder.userErrors)).toEqual([
      'EXCLUSIVE_OFFER_LINK_INACTIVE',
    ]);
    const member = await server.execute(
      OfferPlaceOrderDocument,
      { input: { token: seededOfferToken(DIST, 'OFFER-CRM-PRO') } },
      members['dist-admin'],
    );
    expect(errorCodes(member)).toContain('FORBIDDEN');
    const customerShare = await server.execute(OfferShareDocument, { input: { productCode: 'OFFER-OA' } }, asCustomer);
    expect(errorCodes(customerShare)).toContain('FORBIDDEN');
    expect(await countRows(server, 'cloud_store_order')).toBe(orders);
    expect(await sql(server, 'select * from partner_performance_month order by partner_id, month')).toEqual(rollups);
  });
});
