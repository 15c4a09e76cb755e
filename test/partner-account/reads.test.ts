/**
 * Reading the partner account operations: the seeded showcase in every status, the partner's own
 * lists with filters, the operators' queues across partners, and the statement count of each list
 * (two page sizes, the same statements).
 */
import { describe, expect, it } from 'vitest';
import {
  AcctOperatorPartnersDocument,
  AcctOperatorQueuesDocument,
  AcctPartnerListsDocument,
} from '../generated/graphql';
import { DIST, SP } from '../support/demo';
import { firstErrorCode } from '../support/graphql';
import { gid } from '../support/ids';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am']);
const operators = useTokens(server, ['ops-finance', 'ops-eco', 'ops-admin'], 'OPERATOR');

describe('the seeded partner account operations', () => {
  it('show the distributor its recharges, claims and withdrawals in every status, newest first', async () => {
    const res = await server.execute(AcctPartnerListsDocument, { first: 50 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const partner = res.data!.viewer.partner!;
    expect(partner.contractingEntity).toBe('华为云计算技术有限公司');
    const statuses = (nodes: { status: string }[]) => [...new Set(nodes.map((n) => n.status))].sort();
    expect(statuses(partner.rechargePayments!.nodes)).toEqual(['EXPIRED', 'FAILED', 'PENDING', 'SUCCEEDED']);
    expect(statuses(partner.remittanceClaims!.nodes)).toEqual(['CANCELLED', 'CONFIRMED', 'PENDING', 'REJECTED']);
    expect(statuses(partner.withdrawals!.nodes)).toEqual(['PAID', 'PENDING', 'REJECTED']);
    expect(new Set(partner.withdrawals!.nodes.map((n) => n.account))).toEqual(new Set(['CASH', 'BONUS']));
    const ids = partner.withdrawals!.nodes.map((n) => n.id);
    expect(partner.withdrawals!.totalCount).toBe(ids.length);
    expect(partner.remittanceClaims!.nodes.find((n) => n.status === 'REJECTED')!.reason).toBeTruthy();
    expect(partner.remittanceClaims!.nodes.find((n) => n.status === 'CONFIRMED')!.tradeId).toMatch(/^RM/);
  });

  it('filter by status and account; every member holds the default permissions account:recharge and account:withdraw', async () => {
    const res = await server.execute(
      AcctPartnerListsDocument,
      {
        first: 50,
        rechargeFilter: { status: 'SUCCEEDED' },
        claimFilter: { status: 'PENDING' },
        withdrawalFilter: { account: 'BONUS', status: 'REJECTED' },
      },
      members['dist-am'],
    );
    expect(res.errors).toBeUndefined();
    const partner = res.data!.viewer.partner!;
    expect(partner.rechargePayments!.nodes.map((n) => n.status)).toEqual(['SUCCEEDED']);
    expect(partner.remittanceClaims!.nodes.map((n) => n.status)).toEqual(['PENDING']);
    expect(partner.withdrawals!.nodes.map((n) => [n.account, n.status])).toEqual([['BONUS', 'REJECTED']]);
  });

  it("an operator's queues cross partners (filterable by partner); ops without the duty's point are FORBIDDEN", async () => {
    const res = await server.execute(
      AcctOperatorQueuesDocument,
      { first: 100, claimFilter: { status: 'PENDING' }, withdrawalFilter: { status: 'PENDING' } },
      operators['ops-finance'],
    );
    expect(res.errors).toBeUndefined();
    const queues = res.data!.operatorViewer;
    const partners = (nodes: { partner?: { id: string } | null }[]) => new Set(nodes.map((n) => n.partner?.id));
    expect(partners(queues.withdrawals!.nodes)).toEqual(new Set([gid('Partner', DIST), gid('Partner', SP)]));
    expect(queues.remittanceClaims!.nodes.every((n) => n.status === 'PENDING')).toBe(true);
    const one = await server.execute(
      AcctOperatorQueuesDocument,
      { first: 100, withdrawalFilter: { partnerId: gid('Partner', SP) } },
      operators['ops-finance'],
    );
    expect(partners(one.data!.operatorViewer.withdrawals!.nodes)).toEqual(new Set([gid('Partner', SP)]));
    for (const token of [operators['ops-eco'], operators['ops-admin'], members['dist-admin']]) {
      expect(firstErrorCode(await server.execute(AcctOperatorQueuesDocument, { first: 5 }, token))).toBe('FORBIDDEN');
    }
  });

  it("an operator reads any partner's lists through operatorViewer.partners in one statement per level", async () => {
    const small = await server.execute(AcctOperatorPartnersDocument, { first: 2 }, operators['ops-finance']);
    const large = await server.execute(AcctOperatorPartnersDocument, { first: 40 }, operators['ops-finance']);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const nodes = large.data!.operatorViewer.partners!.nodes;
    expect(nodes.length).toBeGreaterThan(2);
    const dist = nodes.find((p) => p.id === gid('Partner', DIST));
    expect(dist?.withdrawals?.totalCount).toBeGreaterThanOrEqual(6);
    expect(dist?.contractingEntity).toBe('华为云计算技术有限公司');
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('statements per list', () => {
  it("the partner's three lists run the same statements at 1 and 50 items", async () => {
    const one = await server.execute(AcctPartnerListsDocument, { first: 1 }, members['dist-admin']);
    const many = await server.execute(AcctPartnerListsDocument, { first: 50 }, members['dist-admin']);
    expect(one.data!.viewer.partner!.withdrawals!.nodes).toHaveLength(1);
    expect(many.data!.viewer.partner!.withdrawals!.nodes.length).toBeGreaterThan(1);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it("the operators' queues run the same statements at 1 and 100 items", async () => {
    const one = await server.execute(AcctOperatorQueuesDocument, { first: 1 }, operators['ops-finance']);
    const many = await server.execute(AcctOperatorQueuesDocument, { first: 100 }, operators['ops-finance']);
    expect(many.data!.operatorViewer.withdrawals!.nodes.length).toBeGreaterThan(1);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});
