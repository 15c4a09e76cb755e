import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgAssociationEventsDocument,
  OrgCustomerAssociationEventsDocument,
  OrgResellerCustomerAssociationEventsDocument,
} from '../generated/graphql';
import { demoMember } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { Member } from '../../src/modules/member/member.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import { DIST } from '../support/demo';
import { iso } from '../support/time';
import { gid, pk } from '../support/ids';
import { errorCodes } from '../support/graphql';

const server = useTestServer();
let adminToken: string;
beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

const ASSOCIATION_TYPE_NAME: Record<number, string> = {
  [AssociationType.ADVISORY]: 'ADVISORY',
  [AssociationType.RESALE]: 'RESALE',
};

async function expectedEvents(where: Record<string, unknown>, limit = 100) {
  const db = server.em();
  const rows = await db.find(AssociationEvent, { partner: DIST, ...where }, { orderBy: { id: 'desc' }, limit });
  const customers = new Map(
    (await db.find(SubCustomer, { id: { $in: rows.map((r) => r.customer.id) } })).map((c) => [c.id, c]),
  );
  const members = new Map((await db.find(Member, { partner: DIST })).map((m) => [m.id, m]));
  return rows.map((e) => ({
    id: gid('AssociationEvent', e.id),
    eventType: e.eventType,
    initiator: e.initiator,
    status: e.status,
    reason: e.reason ?? null,
    fromType: e.fromType != null ? ASSOCIATION_TYPE_NAME[e.fromType] : null,
    toType: e.toType != null ? ASSOCIATION_TYPE_NAME[e.toType] : null,
    createdAt: iso(e.createdAt),
    handledAt: iso(e.handledAt),
    customer: { id: gid('SubCustomer', e.customer.id), accountName: customers.get(e.customer.id)!.accountName },
    handledBy: e.handledBy
      ? { id: gid('Member', e.handledBy.id), loginName: members.get(e.handledBy.id)!.loginName }
      : null,
  }));
}

describe('association events', () => {
  it("Partner.associationEvents lists the partner's events as in the database, and filters", async () => {
    const res = await server.execute(OrgAssociationEventsDocument, { first: 100 }, adminToken);
    expect(res.errors).toBeUndefined();
    const expected = await expectedEvents({});
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!.viewer.partner.associationEvents!.nodes).toEqual(expected);
    expect(res.data!.viewer.partner.associationEvents!.totalCount).toBe(
      await server.em().count(AssociationEvent, { partner: DIST }),
    );

    const pending = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { status: 'PENDING', initiator: 'CUSTOMER' } },
      adminToken,
    );
    expect(pending.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ status: 'PENDING', initiator: 'CUSTOMER' }),
    );

    const unbinds = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { eventType: 'UNBIND' } },
      adminToken,
    );
    expect(unbinds.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ eventType: 'UNBIND' }),
    );

    const customerId = expected[0].customer.id;
    const ofCustomer = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { customerId } },
      adminToken,
    );
    expect(ofCustomer.data!.viewer.partner.associationEvents!.nodes).toEqual(
      expected.filter((e) => e.customer.id === customerId),
    );
  });

  it('an account manager sees only the events of the customers assigned to them', async () => {
    const res = await server.execute(OrgAssociationEventsDocument, { first: 100 }, await server.signIn('dist-am'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ customer: { accountManager: demoMember('dist-am').id } }),
    );
  });

  it('SubCustomer.associationEvents is batched: the same statements for 5 or 60 customers, rows as in the database', async () => {
    const small = await server.execute(OrgCustomerAssociationEventsDocument, { first: 5, eventsFirst: 2 }, adminToken);
    const large = await server.execute(
      OrgCustomerAssociationEventsDocument,
      { first: 60, eventsFirst: 20 },
      adminToken,
    );
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const customers = large.data!.viewer.partner.customers!.nodes;
    expect(customers.length).toBeGreaterThan(5);
    expect(customers.some((c) => c.associationEvents!.nodes.length > 0)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer (member, roles, resellers) + customers + events page + events count + event customers + handlers
    expect(small.sqlStatements).toBeLessThanOrEqual(9);
    const db = server.em();
    for (const c of customers) {
      const id = pk(c.id);
      const expected = await expectedEvents({ customer: id }, 20);
      expect(c.associationEvents!.nodes).toEqual(expected);
      expect(c.associationEvents!.totalCount).toBe(await db.count(AssociationEvent, { partner: DIST, customer: id }));
    }
  });

  it("a reseller's customer's events are refused to the distributor", async () => {
    const res = await server.execute(OrgResellerCustomerAssociationEventsDocument, {}, adminToken);
    expect(errorCodes(res)).toContain('FORBIDDEN');
  });
});
