import { describe, expect, it } from 'vitest';
import { ConsumptionListDocument, CustomerConsumptionDocument } from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';
import { demoMember } from '../../seeds/demo-data';
import { ConsumptionRecord } from '../../src/modules/consumption/consumption.entity';
import { BillDetailType, ChargingMode } from '../../src/modules/consumption/consumption.enums';
import { queryableBillCycles } from '../../src/modules/consumption/consumption.service';
import { DIST, OTHER_DIST } from '../support/demo';
import { billCycle, iso } from '../support/time';
import { errorCodes } from '../support/graphql';
import { cny, yuan } from '../support/money';
import { gid } from '../support/ids';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'dist-ams', 'other-dist-admin']);
const DIST_AM = demoMember('dist-am').id;

describe('consumption records', () => {
  /** The queryable bill cycle with the most records of the distributor. */
  async function busiestBillCycle(): Promise<string> {
    const { oldest, newest } = queryableBillCycles(new Date());
    const rows = await server
      .em()
      .find(ConsumptionRecord, { partner: DIST, billCycle: { $gte: oldest, $lte: newest } }, { fields: ['billCycle'] });
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.billCycle, (counts.get(r.billCycle) ?? 0) + 1);
    const [cycle] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return cycle;
  }

  it('lists the records of one bill cycle with all amounts', async () => {
    const billCycle = await busiestBillCycle();
    const res = await server.execute(
      ConsumptionListDocument,
      { first: 100, filter: { billCycle } },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const fork = server.em();
    const rows = await fork.find(
      ConsumptionRecord,
      { partner: DIST, billCycle },
      { orderBy: { id: 'desc' }, limit: 100 },
    );
    const total = await fork.count(ConsumptionRecord, { partner: DIST, billCycle });
    expect(rows.length).toBeGreaterThan(0);
    const page = res.data!.viewer.partner.consumptionRecords;
    expect(page!.totalCount).toBe(total);
    const money = (fen: number) => ({ amount: yuan(fen) });
    expect(page!.nodes).toEqual(
      rows.map((r) => ({
        id: gid('ConsumptionRecord', r.id),
        billCycle: r.billCycle,
        serviceTypeCode: r.serviceTypeCode,
        resourceId: r.resourceId ?? null,
        chargingMode: ChargingMode[r.chargingMode],
        billDetailType: BillDetailType[r.billDetailType],
        tradeTime: iso(r.tradeTime),
        customer: { id: gid('SubCustomer', r.customer.id) },
        accountManager: r.accountManager ? { id: gid('Member', r.accountManager.id) } : null,
        officialAmount: cny(r.officialAmount),
        paymentAmount: money(r.paymentAmount),
        cashAmount: money(r.cashAmount),
        couponAmount: money(r.couponAmount),
        debtAmount: money(r.debtAmount),
      })),
    );
  });

  it('filters by customer, service type, charging mode and account manager; scopes an account manager', async () => {
    const billCycle = await busiestBillCycle();
    const fork = server.em();
    const [sample] = await fork.find(
      ConsumptionRecord,
      { partner: DIST, billCycle, accountManager: { $ne: null } },
      { limit: 1 },
    );
    const res = await server.execute(
      ConsumptionListDocument,
      {
        first: 100,
        filter: {
          billCycle,
          customerId: gid('SubCustomer', sample.customer.id),
          serviceTypeCode: sample.serviceTypeCode,
          chargingMode: ChargingMode[sample.chargingMode] as never,
          accountManagerId: gid('Member', sample.accountManager!.id),
        },
      },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const expected = await fork.find(
      ConsumptionRecord,
      {
        partner: DIST,
        billCycle,
        customer: sample.customer.id,
        serviceTypeCode: sample.serviceTypeCode,
        chargingMode: sample.chargingMode,
        accountManager: sample.accountManager!.id,
      },
      { orderBy: { id: 'desc' } },
    );
    expect(res.data!.viewer.partner.consumptionRecords!.nodes.map((r) => r.id)).toEqual(
      expected.map((r) => gid('ConsumptionRecord', r.id)),
    );

    const am = await server.execute(ConsumptionListDocument, { first: 100, filter: { billCycle } }, tokens['dist-am']);
    expect(am.errors).toBeUndefined();
    const amRows = await fork.find(
      ConsumptionRecord,
      { partner: DIST, billCycle, customer: { accountManager: DIST_AM } },
      { orderBy: { id: 'desc' }, limit: 100 },
    );
    expect(am.data!.viewer.partner.consumptionRecords!.nodes.map((r) => r.id)).toEqual(
      amRows.map((r) => gid('ConsumptionRecord', r.id)),
    );
  });

  it('makes a supervisor name one account manager at a time', async () => {
    const billCycle = await busiestBillCycle();
    const without = await server.execute(
      ConsumptionListDocument,
      { first: 5, filter: { billCycle } },
      tokens['dist-ams'],
    );
    expect(errorCodes(without)).toEqual(['BAD_USER_INPUT']);
    const withManager = await server.execute(
      ConsumptionListDocument,
      { first: 100, filter: { billCycle, accountManagerId: gid('Member', DIST_AM) } },
      tokens['dist-ams'],
    );
    expect(withManager.errors).toBeUndefined();
    expect(
      withManager.data!.viewer.partner.consumptionRecords!.nodes.every(
        (r) => r.accountManager?.id === gid('Member', DIST_AM),
      ),
    ).toBe(true);
  });

  it('refuses a malformed bill cycle, a future one and one older than 18 months with BAD_USER_INPUT', async () => {
    const month = (offset: number) => billCycle(-offset); // this month + offset
    for (const billCycle of ['2026-13', '202601', 'last month', month(1), month(-18)]) {
      const res = await server.execute(
        ConsumptionListDocument,
        { first: 5, filter: { billCycle } },
        tokens['dist-admin'],
      );
      expect(errorCodes(res), billCycle).toEqual(['BAD_USER_INPUT']);
      expect(res.data!.viewer.partner.consumptionRecords).toBeNull();
    }
    for (const billCycle of [month(0), month(-17)]) {
      const res = await server.execute(
        ConsumptionListDocument,
        { first: 5, filter: { billCycle } },
        tokens['dist-admin'],
      );
      expect(res.errors, billCycle).toBeUndefined();
    }
    const nested = await server.execute(
      CustomerConsumptionDocument,
      { first: 2, billCycle: month(1) },
      tokens['dist-admin'],
    );
    expect(errorCodes(nested)).toContain('BAD_USER_INPUT');
  });

  it('answers each customer its own records of the bill cycle, batched', async () => {
    const billCycle = await busiestBillCycle();
    const res = await server.execute(CustomerConsumptionDocument, { first: 100, billCycle }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const customers = res.data!.viewer.partner.customers!.nodes;
    const fork = server.em();
    const ids = customers.map((c) => Number(Buffer.from(c.id, 'base64url').toString().split(':')[1]));
    const rows = await fork.find(
      ConsumptionRecord,
      { partner: DIST, billCycle, customer: { $in: ids } },
      { orderBy: { id: 'desc' } },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const [index, customer] of customers.entries()) {
      const own = rows.filter((r) => r.customer.id === ids[index]);
      expect(customer.consumptionRecords!.totalCount).toBe(own.length);
      expect(customer.consumptionRecords!.nodes.map((r) => r.id)).toEqual(
        own.slice(0, 100).map((r) => gid('ConsumptionRecord', r.id)),
      );
    }
    const other = await server.execute(
      ConsumptionListDocument,
      { first: 100, filter: { billCycle } },
      tokens['other-dist-admin'],
    );
    expect(other.errors).toBeUndefined();
    const otherTotal = await fork.count(ConsumptionRecord, { partner: OTHER_DIST, billCycle });
    expect(other.data!.viewer.partner.consumptionRecords!.totalCount).toBe(otherTotal);
  });
});
