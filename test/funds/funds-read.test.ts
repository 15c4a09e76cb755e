import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  FundsAccountChangeRecordsDocument,
  FundsAdjustRecordsDocument,
  FundsCustomerLedgersDocument,
  FundsNodeDocument,
  type AccountChangeRecordFilter,
  type AdjustRecordFilter,
} from '../generated/graphql';
import { useTestServer } from '../support/server';
import { Member } from '../../src/modules/member/member.entity';
import { Partner, PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AccountChangeRecord, AdjustRecord } from '../../src/modules/funds/funds.entity';
import { AdjustOperationType, LedgerOwner } from '../../src/modules/funds/funds.enums';
import { gid, pk } from '../support/ids';
import { DIST } from '../support/demo';
import { cny } from '../support/money';
import { iso } from '../support/time';

const server = useTestServer();
let adminToken: string;
beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

type Page<N> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: N[] };

/** Every page of a top-level list, 100 at a time. */
async function allPages<R, V extends { first?: number | null; after?: string | null }, N>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  token: string,
  pick: (data: R) => Page<N>,
): Promise<{ nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const res = await server.execute(document, { ...variables, first: 100, after }, token);
    expect(res.errors).toBeUndefined();
    const page = pick(res.data!);
    nodes.push(...page.nodes);
    totalCount = page.totalCount;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return { nodes, totalCount };
}

async function expectedAdjustRecords(where: Record<string, unknown>) {
  const db = server.em();
  const rows = await db.find(AdjustRecord, { partner: DIST, ...where }, { orderBy: { id: 'desc' } });
  const customers = new Map(
    (await db.find(SubCustomer, { id: { $in: rows.flatMap((r) => (r.customer ? [r.customer.id] : [])) } })).map((c) => [
      c.id,
      c,
    ]),
  );
  const partners = new Map((await db.find(Partner, {})).map((p) => [p.id, p]));
  const members = new Map((await db.find(Member, { partner: DIST })).map((m) => [m.id, m]));
  return rows.map((r) => ({
    id: gid('AdjustRecord', r.id),
    operationType: r.operationType,
    amount: cny(r.amount),
    transId: r.transId,
    operationTime: iso(r.operationTime),
    memo: r.memo ?? null,
    counterparty: r.customer
      ? {
          __typename: 'SubCustomer',
          id: gid('SubCustomer', r.customer.id),
          accountName: customers.get(r.customer.id)!.accountName,
        }
      : { __typename: 'Partner', id: gid('Partner', r.reseller!.id), name: partners.get(r.reseller!.id)!.name },
    operator: r.operator
      ? { id: gid('Member', r.operator.id), loginName: members.get(r.operator.id)!.loginName }
      : null,
  }));
}

const changeView = (r: AccountChangeRecord) => ({
  id: gid('AccountChangeRecord', r.id),
  ownerType: r.ownerType,
  accountType: PartnerAccountType[r.accountType],
  tradeType: r.tradeType,
  amount: cny(r.amount),
  balanceAfter: cny(r.balanceAfter),
  tradeId: r.tradeId,
  tradeTime: iso(r.tradeTime),
  customer: r.customer ? { id: gid('SubCustomer', r.customer.id) } : null,
});

async function expectedAccountChanges(where: Record<string, unknown>, limit?: number) {
  const rows = await server
    .em()
    .find(AccountChangeRecord, { partner: DIST, ...where }, { orderBy: { id: 'desc' }, limit });
  return rows.map(changeView);
}

const adjustList = (token: string, filter?: AdjustRecordFilter) =>
  allPages(FundsAdjustRecordsDocument, { filter }, token, (d) => d.viewer.partner.adjustRecords!);
const changeList = (token: string, filter?: AccountChangeRecordFilter) =>
  allPages(FundsAccountChangeRecordsDocument, { filter }, token, (d) => d.viewer.partner.accountChangeRecords!);

describe('Partner.adjustRecords', () => {
  it("lists the partner's adjust records with both kinds of counterparty resolved, as in the database", async () => {
    const { nodes, totalCount } = await adjustList(adminToken);
    const expected = await expectedAdjustRecords({});
    expect(nodes).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    const kinds = new Set(nodes.map((n) => n.counterparty?.__typename));
    expect(kinds).toEqual(new Set(['SubCustomer', 'Partner']));
  });

  it('filters by operation type, customer, reseller and time range', async () => {
    const all = await expectedAdjustRecords({});
    const beadjust = await adjustList(adminToken, { operationType: 'BEADJUST' });
    expect(beadjust.nodes).toEqual(await expectedAdjustRecords({ operationType: AdjustOperationType.BEADJUST }));

    const withCustomer = all.find((r) => r.counterparty.__typename === 'SubCustomer')!;
    const byCustomer = await adjustList(adminToken, { customerId: withCustomer.counterparty.id });
    expect(byCustomer.nodes).toEqual(all.filter((r) => r.counterparty.id === withCustomer.counterparty.id));

    const withReseller = all.find((r) => r.counterparty.__typename === 'Partner')!;
    const byReseller = await adjustList(adminToken, { resellerId: withReseller.counterparty.id });
    expect(byReseller.nodes).toEqual(all.filter((r) => r.counterparty.id === withReseller.counterparty.id));
    expect(byReseller.nodes.length).toBeGreaterThan(0);

    const times = all.map((r) => r.operationTime).sort();
    const from = times[Math.floor(times.length / 4)];
    const to = times[Math.floor((times.length * 3) / 4)];
    const ranged = await adjustList(adminToken, { from, to });
    expect(ranged.nodes).toEqual(all.filter((r) => r.operationTime >= from && r.operationTime <= to));

    const reversed = await server.execute(
      FundsAdjustRecordsDocument,
      { first: 5, filter: { from: to, to: from } },
      adminToken,
    );
    if (from !== to) expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const wrongId = await server.execute(
      FundsAdjustRecordsDocument,
      { first: 5, filter: { customerId: gid('Member', 1) } },
      adminToken,
    );
    expect(wrongId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an account manager (no funds:records) is refused the adjust records: FORBIDDEN', async () => {
    const res = await server.execute(FundsAdjustRecordsDocument, {}, await server.signIn('dist-am'));
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0].message).toMatch(/funds:records/);
  });
});

describe('Partner.accountChangeRecords', () => {
  it("lists the partner's own ledger and its customers' ledgers, as in the database", async () => {
    const { nodes, totalCount } = await changeList(adminToken);
    const expected = await expectedAccountChanges({});
    expect(nodes).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(new Set(nodes.map((n) => n.ownerType))).toEqual(new Set(['PARTNER', 'CUSTOMER']));
    // The partner's own cash ledger adds up to its newest balance.
    const own = await server
      .em()
      .find(
        AccountChangeRecord,
        { partner: DIST, ownerType: LedgerOwner.PARTNER, accountType: PartnerAccountType.CASH },
        { orderBy: { id: 'asc' } },
      );
    expect(own.reduce((sum, r) => sum + r.amount, 0)).toBe(own[own.length - 1].balanceAfter);
  });

  it('filters by owner type, customer, trade type and time range', async () => {
    const partnerOnly = await changeList(adminToken, { ownerType: 'PARTNER' });
    expect(partnerOnly.nodes).toEqual(await expectedAccountChanges({ ownerType: LedgerOwner.PARTNER }));

    const all = await expectedAccountChanges({});
    const withCustomer = all.find((r) => r.customer != null)!;
    const byCustomer = await changeList(adminToken, { customerId: withCustomer.customer!.id, ownerType: 'CUSTOMER' });
    expect(byCustomer.nodes).toEqual(
      all.filter((r) => r.customer?.id === withCustomer.customer!.id && r.ownerType === 'CUSTOMER'),
    );

    const tradeType = all[0].tradeType;
    const byType = await changeList(adminToken, { tradeType });
    expect(byType.nodes).toEqual(all.filter((r) => r.tradeType === tradeType));

    const deposit = await changeList(adminToken, { accountType: 'DEPOSIT' });
    expect(deposit.nodes.length).toBeGreaterThan(0);
    expect(deposit.nodes).toEqual(all.filter((r) => r.accountType === 'DEPOSIT'));

    const times = all.map((r) => r.tradeTime).sort();
    const from = times[Math.floor(times.length / 3)];
    const ranged = await changeList(adminToken, { from });
    expect(ranged.nodes).toEqual(all.filter((r) => r.tradeTime >= from));
  });

  it('an account manager (no funds:records) is refused the ledgers: FORBIDDEN', async () => {
    const res = await server.execute(FundsAccountChangeRecordsDocument, {}, await server.signIn('dist-am'));
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('SubCustomer.accountChangeRecords', () => {
  it('is batched: the same statements for 3 or 60 customers and any ledger page size; rows as in the database', async () => {
    const small = await server.execute(
      FundsCustomerLedgersDocument,
      { first: 3, ledgerFirst: 2, filter: { associationType: 'RESALE' } },
      adminToken,
    );
    const large = await server.execute(
      FundsCustomerLedgersDocument,
      { first: 60, ledgerFirst: 25, filter: { associationType: 'RESALE' } },
      adminToken,
    );
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const customers = large.data!.viewer.partner.customers!.nodes;
    expect(customers.length).toBeGreaterThan(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer (member, roles, resellers) + customers + ledger page + ledger count + ledger customers
    expect(small.sqlStatements).toBeLessThanOrEqual(8);
    const db = server.em();
    for (const c of customers) {
      const id = pk(c.id);
      const rows = await db.find(
        AccountChangeRecord,
        { partner: DIST, ownerType: LedgerOwner.CUSTOMER, customer: id },
        { orderBy: { id: 'desc' } },
      );
      expect(c.accountChangeRecords!.nodes).toEqual(rows.slice(0, 25).map(changeView));
      expect(c.accountChangeRecords!.totalCount).toBe(rows.length);
      expect(c.accountChangeRecords!.pageInfo.hasNextPage).toBe(rows.length > 25);
      // The newest change of a customer's ledger leaves its current balance.
      if (rows.length > 0) expect(c.accountChangeRecords!.nodes[0].balanceAfter.amount).toBe(c.balance!.amount.amount);
    }
    expect(customers.some((c) => c.accountChangeRecords!.nodes.length > 0)).toBe(true);
  });
});

describe('node(id:) for fund records', () => {
  it("resolves the partner's own records; another partner's answer NOT_FOUND", async () => {
    const db = server.em();
    const ownAdjust = await db.findOneOrFail(AdjustRecord, { partner: DIST });
    const ownChange = await db.findOneOrFail(AccountChangeRecord, { partner: DIST });
    const own = await server.execute(FundsNodeDocument, { id: gid('AdjustRecord', ownAdjust.id) }, adminToken);
    expect(own.data!.node).toEqual({
      __typename: 'AdjustRecord',
      id: gid('AdjustRecord', ownAdjust.id),
      transId: ownAdjust.transId,
    });
    const ownCh = await server.execute(FundsNodeDocument, { id: gid('AccountChangeRecord', ownChange.id) }, adminToken);
    expect(ownCh.data!.node).toEqual({
      __typename: 'AccountChangeRecord',
      id: gid('AccountChangeRecord', ownChange.id),
      tradeId: ownChange.tradeId,
    });

    const foreignAdjust = await db.findOneOrFail(AdjustRecord, { partner: { $ne: DIST } });
    const foreignChange = await db.findOneOrFail(AccountChangeRecord, { partner: { $ne: DIST } });
    for (const id of [gid('AdjustRecord', foreignAdjust.id), gid('AccountChangeRecord', foreignChange.id)]) {
      const res = await server.execute(FundsNodeDocument, { id }, adminToken);
      expect(res.data?.node ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
  });
});
