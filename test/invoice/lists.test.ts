import { describe, expect, it } from 'vitest';
import { InvoiceListDocument, InvoiceOperatorListDocument } from '../generated/graphql';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { InvoiceStatus } from '../../src/modules/invoice/invoice.enums';
import { useTestServer, useTokens } from '../support/server';
import { pk } from '../support/ids';
import { DIST } from '../support/demo';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'sp-admin']);
const operators = useTokens(server, ['ops-finance'], 'OPERATOR');

describe('Partner.invoices and OperatorViewer.invoices (发票管理)', () => {
  it('lists the seeded invoices of the partner in every status, both kinds, with both courier rules', async () => {
    const res = await server.execute(InvoiceListDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const page = res.data!.viewer.partner.invoices!;
    const rows = await server.em().find(Invoice, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(page.nodes.map((n) => pk(n.id))).toEqual(rows.map((r) => r.id));
    expect(page.totalCount).toBe(rows.length);
    expect(new Set(page.nodes.map((n) => n.status))).toEqual(new Set(Object.values(InvoiceStatus)));
    expect(new Set(page.nodes.map((n) => n.kind))).toEqual(new Set(['CLOUD_STORE', 'CLOUD']));
    const small = page.nodes.find(
      (n) => n.medium === 'PAPER' && Number(n.amount.amount) < 100 && n.kind === 'CLOUD_STORE',
    );
    expect(small).toMatchObject({ courierPaidBy: 'PARTNER', courierFee: { amount: '12.00' } });
    const returned = page.nodes.find((n) => n.status === 'RETURN_REQUESTED' && n.medium === 'PAPER');
    expect(returned).toMatchObject({ returnCourierPaidBy: 'CUSTOMER' });
    expect(page.nodes.find((n) => n.status === 'REJECTED')!.statusReason).toBeTruthy();
    for (const n of page.nodes) {
      if (n.kind === 'CLOUD') expect([n.orders, n.billCycle && n.providerName]).toEqual([[], null]);
      else expect(n.orders).toHaveLength(1);
      // A live invoice's order shows as invoiced; REJECTED and RETURNED ones left theirs free.
      const live = !['REJECTED', 'RETURNED'].includes(n.status);
      if (n.kind === 'CLOUD_STORE') expect(n.orders[0].invoiced).toBe(live);
    }
  });

  it('filters by status, kind and medium', async () => {
    for (const filter of [{ status: 'RECEIVED' }, { kind: 'CLOUD' }, { medium: 'PAPER' }] as const) {
      const res = await server.execute(InvoiceListDocument, { first: 100, filter }, tokens['sp-admin']);
      const nodes = res.data!.viewer.partner.invoices!.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) expect(n).toMatchObject(filter);
    }
  });

  it('gives the operator every partner’s invoices', async () => {
    const res = await server.execute(InvoiceOperatorListDocument, { first: 100 }, operators['ops-finance']);
    const partners = new Set(res.data!.operatorViewer.invoices!.nodes.map((n) => n.partner.name));
    expect(partners.size).toBeGreaterThan(2);
    expect(res.data!.operatorViewer.invoices!.totalCount).toBe(await server.em().count(Invoice, {}));
  });

  it('runs the same number of SQL statements for 2 and 10 invoices (orders and partners batched)', async () => {
    const small = await server.execute(InvoiceListDocument, { first: 2 }, tokens['dist-admin']);
    const large = await server.execute(InvoiceListDocument, { first: 10 }, tokens['dist-admin']);
    expect(large.data!.viewer.partner.invoices!.nodes).toHaveLength(10);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const opSmall = await server.execute(InvoiceOperatorListDocument, { first: 2 }, operators['ops-finance']);
    const opLarge = await server.execute(InvoiceOperatorListDocument, { first: 20 }, operators['ops-finance']);
    expect(opLarge.sqlStatements).toBe(opSmall.sqlStatements);
  });
});
