import { describe, expect, it } from 'vitest';
import { CloudStoreOrdersDocument } from '../generated/graphql';
import { CloudStoreOrderStatus } from '../../src/modules/cloud-store/cloud-store.enums';
import { CloudStoreOrder } from '../../src/modules/cloud-store/cloud-store.entity';
import { uninvoicedCloudStoreOrders } from '../../src/modules/cloud-store/cloud-store.service';
import { formatFen } from '../../src/common/money';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes } from '../support/graphql';
import { pk } from '../support/ids';
import { DIST, SP } from '../support/demo';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'sp-admin']);

describe('Partner.cloudStoreOrders (云商店订单)', () => {
  it('lists the partner’s own orders, newest first, as stored: every status, curated ones with their price difference', async () => {
    const res = await server.execute(CloudStoreOrdersDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const page = res.data!.viewer.partner.cloudStoreOrders!;
    const rows = await server.em().find(CloudStoreOrder, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(page.totalCount).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(page.nodes.map((n) => pk(n.id))).toEqual(rows.map((r) => r.id));
    for (const [i, node] of page.nodes.entries()) {
      const row = rows[i];
      expect(node.amount).toEqual({ amount: formatFen(row.amount), currency: 'CNY' });
      expect(node.status).toBe(row.status);
      expect(node.paidAt == null).toBe(row.status === CloudStoreOrderStatus.IN_ARREARS);
      if (row.curated) {
        expect(node.earning!.amount).toBe(formatFen(row.resalePrice! - row.listPrice!));
        expect(row.resalePrice! - row.listPrice!).toBeGreaterThan(0);
      } else expect([node.earning, node.listPrice, node.resalePrice]).toEqual([null, null, null]);
    }
    expect(new Set(page.nodes.map((n) => n.status))).toEqual(new Set(Object.values(CloudStoreOrderStatus)));
    expect(page.nodes.some((n) => n.curated)).toBe(true);
    expect(page.nodes.some((n) => Number(n.amount.amount) < 100)).toBe(true);
    expect(page.nodes.some((n) => n.customer != null)).toBe(true);
    expect(page.nodes.some((n) => n.customer == null)).toBe(true);
  });

  it('filters by status, curated, invoiced and provider; the totals add up', async () => {
    const all = await server.execute(CloudStoreOrdersDocument, { first: 100 }, tokens['sp-admin']);
    const total = all.data!.viewer.partner.cloudStoreOrders!.totalCount;
    let sum = 0;
    for (const status of Object.values(CloudStoreOrderStatus)) {
      const res = await server.execute(
        CloudStoreOrdersDocument,
        { first: 100, filter: { status } },
        tokens['sp-admin'],
      );
      const nodes = res.data!.viewer.partner.cloudStoreOrders!.nodes;
      expect(nodes.every((n) => n.status === status)).toBe(true);
      sum += nodes.length;
    }
    expect(sum).toBe(total);
    const curated = await server.execute(
      CloudStoreOrdersDocument,
      { first: 100, filter: { curated: true } },
      tokens['sp-admin'],
    );
    expect(curated.data!.viewer.partner.cloudStoreOrders!.nodes.every((n) => n.curated && n.earning)).toBe(true);
    const open = await server.execute(
      CloudStoreOrdersDocument,
      { first: 100, filter: { invoiced: false } },
      tokens['sp-admin'],
    );
    expect(open.data!.viewer.partner.cloudStoreOrders!.nodes.every((n) => !n.invoiced)).toBe(true);
    const provider = all.data!.viewer.partner.cloudStoreOrders!.nodes[0].providerName;
    const byProvider = await server.execute(
      CloudStoreOrdersDocument,
      { first: 100, filter: { providerNameContains: provider.slice(0, 2) } },
      tokens['sp-admin'],
    );
    expect(
      byProvider.data!.viewer.partner.cloudStoreOrders!.nodes.every((n) =>
        n.providerName.includes(provider.slice(0, 2)),
      ),
    ).toBe(true);
  });

  it('needs cloud-store:view: an account manager is FORBIDDEN', async () => {
    const res = await server.execute(CloudStoreOrdersDocument, { first: 5 }, tokens['dist-am']);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('counts the PAID orders placed in a window that no live invoice covers (uninvoicedCloudStoreOrders)', async () => {
    const em = server.em();
    const from = new Date(0);
    const to = new Date(Date.now() + 86_400_000);
    const expected = await em.count(CloudStoreOrder, {
      partner: SP,
      status: CloudStoreOrderStatus.PAID,
      liveInvoiceId: null,
    });
    expect(await uninvoicedCloudStoreOrders(em, SP, from, to)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(await uninvoicedCloudStoreOrders(em, SP, to, new Date(to.getTime() + 1))).toBe(0);
  });

  it('runs the same number of SQL statements for 2 and 12 orders', async () => {
    const small = await server.execute(CloudStoreOrdersDocument, { first: 2 }, tokens['dist-admin']);
    const large = await server.execute(CloudStoreOrdersDocument, { first: 12 }, tokens['dist-admin']);
    expect(large.data!.viewer.partner.cloudStoreOrders!.nodes).toHaveLength(12);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
