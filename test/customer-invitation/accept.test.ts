/**
 * Customer invitations, the customer's side (issue 12, item 3; seed 001 申请关联合作伙伴): a member
 * creates a link, a customer signed in with its cloud account accepts it through HTTP and becomes
 * the partner's sub-customer; every case the seed lists is refused with its own code and nothing
 * changes; two concurrent acceptances of one account associate it once. SQLite and PostgreSQL.
 */
import { customerAnswers } from '../support/association';
import { describe, expect, it } from 'vitest';
import {
  AssocUnbindCustomerDocument,
  InviteAcceptDocument,
  InviteCreateDocument,
  InviteCustomerViewerDocument,
  InviteListDocument,
} from '../generated/graphql';
import { DEMO_CUSTOMER_LOGINS, demoPartner } from '../../seeds';
import { errorCodes } from '../support/graphql';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'sp-admin']);
const CUSTOMERS = [
  DEMO_CUSTOMER_LOGINS.free, // qingyun-newco
  'litware-labs',
  'globex-intl',
  'initech-partner',
  'umbrella-reported',
  'xinan-edu-subsidy',
  'yunfan-tech',
  'woodgrove-finance',
] as const;
const customers = useTokens(server, CUSTOMERS, 'CUSTOMER');
const operators = useTokens(server, ['ops-admin'], 'OPERATOR');

const TABLES = [
  'sub_customer',
  'association_event',
  'customer_invitation_acceptance',
  'audit_log',
  'customer_invitation',
];
async function snapshot() {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) out[table] = await sql(server, `select * from ${table} order by id`);
  return out;
}

async function invite(login: 'dist-admin' | 'sp-admin', associationType: 'ADVISORY' | 'RESALE') {
  const res = await server.execute(InviteCreateDocument, { input: { associationType } }, members[login]);
  const invitation = res.data!.createCustomerInvitation.invitation!;
  return invitation;
}

const accept = (token: string, customer: string) =>
  server.execute(InviteAcceptDocument, { input: { token } }, customers[customer]);

describe('acceptCustomerInvitation', () => {
  it('a free cloud account accepts: a RESALE sub-customer of the partner, an ASSOCIATE event by the customer, counted once', async () => {
    const invitation = await invite('dist-admin', 'RESALE');
    const res = await accept(invitation.token, DEMO_CUSTOMER_LOGINS.free);
    expect(res.errors).toBeUndefined();
    const { association, userErrors } = res.data!.acceptCustomerInvitation;
    expect(userErrors).toEqual([]);
    expect(association).toMatchObject({
      partnerName: demoPartner('dist').name,
      associationType: 'RESALE',
      endedAt: null,
      balance: { amount: '0.00' },
    });
    // The customer's own view shows the new association from its next request on.
    const viewer = await server.execute(InviteCustomerViewerDocument, {}, customers[DEMO_CUSTOMER_LOGINS.free]);
    expect(viewer.data!.customerViewer.association).toEqual({
      id: association!.id,
      partnerName: demoPartner('dist').name,
      associationType: 'RESALE',
      endedAt: null,
    });
    expect(viewer.data!.customerViewer.associationEvents.nodes).toEqual([
      { eventType: 'ASSOCIATE', initiator: 'CUSTOMER', status: 'COMPLETED', toType: 'RESALE' },
    ]);
    // The partner sees it: the row, the acceptance count, the audit row (no member acted).
    const [row] = await sql<{
      partner_id: number;
      association_type: number;
      xaccount_type: string;
      unbound_at: unknown;
    }>(
      server,
      'select partner_id, association_type, xaccount_type, unbound_at from sub_customer where account_name = ?',
      [DEMO_CUSTOMER_LOGINS.free],
    );
    expect(row).toMatchObject({
      partner_id: demoPartner('dist').id,
      xaccount_type: 'customer-invitation',
      unbound_at: null,
    });
    const list = await server.execute(InviteListDocument, { first: 100 }, members['dist-admin']);
    const listed = list.data!.viewer.partner.customerInvitations!.nodes.find((n) => n.id === invitation.id);
    expect(listed).toMatchObject({ status: 'ACTIVE', acceptedCount: 1 });
    const [audit] = await sql<{ member_id: unknown; partner_id: number }>(
      server,
      "select member_id, partner_id from audit_log where action = 'acceptCustomerInvitation' and target = ?",
      [association!.id],
    );
    expect(audit).toMatchObject({ member_id: null, partner_id: demoPartner('dist').id });
  });

  it('refuses each case of the seed with its own code, changing nothing', async () => {
    const active = await invite('dist-admin', 'ADVISORY');
    const seeded = async (status: 'CANCELLED' | 'EXPIRED') => {
      const res = await server.execute(InviteListDocument, { first: 1, filter: { status } }, members['dist-admin']);
      return res.data!.viewer.partner.customerInvitations!.nodes[0].token;
    };
    const [frozen] = await sql<{ token: string }>(
      server,
      'select token from customer_invitation where partner_id = ?',
      [demoPartner('frozen-reseller').id],
    );
    const cases: [string, string, string][] = [
      ['an unknown token', 'A'.repeat(43), 'CUSTOMER_INVITATION_NOT_FOUND'],
      ['a malformed token', 'not a token', 'CUSTOMER_INVITATION_NOT_FOUND'],
      ['a cancelled invitation', await seeded('CANCELLED'), 'CUSTOMER_INVITATION_CANCELLED'],
      ['an expired invitation', await seeded('EXPIRED'), 'CUSTOMER_INVITATION_EXPIRED'],
      ['a frozen partner’s invitation', frozen.token, 'PARTNER_FROZEN'],
    ];
    const before = await snapshot();
    for (const [what, token, code] of cases) {
      const res = await accept(token, 'litware-labs');
      expect(res.data!.acceptCustomerInvitation, what).toMatchObject({ association: null, userErrors: [{ code }] });
    }
    const accounts: [string, string][] = [
      ['globex-intl', 'ACCOUNT_INTERNATIONAL'],
      ['initech-partner', 'ACCOUNT_IS_PARTNER'],
      ['umbrella-reported', 'ACCOUNT_REPORTED_BY_CLOUD'],
      ['xinan-edu-subsidy', 'ACCOUNT_GOVERNMENT_SUBSIDY'],
      ['yunfan-tech', 'ALREADY_ASSOCIATED_WITH_PARTNER'],
      ['woodgrove-finance', 'ACCOUNT_ASSOCIATED_ELSEWHERE'],
    ];
    for (const [login, code] of accounts) {
      const res = await accept(active.token, login);
      expect(res.data!.acceptCustomerInvitation, login).toMatchObject({ association: null, userErrors: [{ code }] });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('is the customer’s own act: members and operators are FORBIDDEN', async () => {
    const invitation = await invite('dist-admin', 'ADVISORY');
    const before = await snapshot();
    for (const token of [members['dist-admin'], operators['ops-admin']]) {
      const res = await server.execute(InviteAcceptDocument, { input: { token: invitation.token } }, token);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await server.execute(InviteAcceptDocument, { input: { token: invitation.token } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('an account once unbound associates again: a new row, the old one keeps its history', async () => {
    const login = DEMO_CUSTOMER_LOGINS.free; // associated with the distributor by the first test
    const first = await server.execute(InviteCustomerViewerDocument, {}, customers[login]);
    const firstId = first.data!.customerViewer.association!.id;
    const unbound = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: firstId, reason: 'moves to a solution provider' } },
      members['dist-admin'],
    );
    expect(unbound.data!.unbindCustomer.userErrors).toEqual([]);
    // The partner's unbind is a request: the customer approves it, then the association has ended.
    const approved = await customerAnswers(server, login, {
      eventId: unbound.data!.unbindCustomer.event!.id,
      approve: true,
      verificationCode: 'fresh',
    });
    expect(approved.userErrors).toEqual([]);
    const sp = await invite('sp-admin', 'ADVISORY');
    const res = await accept(sp.token, login);
    expect(res.data!.acceptCustomerInvitation.userErrors).toEqual([]);
    expect(res.data!.acceptCustomerInvitation.association).toMatchObject({
      partnerName: demoPartner('sp').name,
      associationType: 'ADVISORY',
    });
    const rows = await sql<{ partner_id: number; customer_id: string; unbound_at: unknown }>(
      server,
      'select partner_id, customer_id, unbound_at from sub_customer where account_name = ? order by id',
      [login],
    );
    expect(rows.map((r) => [r.partner_id, r.unbound_at == null])).toEqual([
      [demoPartner('dist').id, false],
      [demoPartner('sp').id, true],
    ]);
    expect(rows[1].customer_id).toBe(rows[0].customer_id); // the same cloud account id
    const viewer = await server.execute(InviteCustomerViewerDocument, {}, customers[login]);
    expect(viewer.data!.customerViewer.association).toMatchObject({
      partnerName: demoPartner('sp').name,
      endedAt: null,
    });
  });

  it('two partners’ invitations accepted concurrently by one account associate it exactly once', async () => {
    const login = 'litware-labs';
    const dist = await invite('dist-admin', 'RESALE');
    const sp = await invite('sp-admin', 'ADVISORY');
    const tokens = [dist.token, sp.token, dist.token, sp.token, dist.token, sp.token];
    const answers = await Promise.all(tokens.map((token) => accept(token, login)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const won = answers.filter((a) => a.data!.acceptCustomerInvitation.association != null);
    expect(won).toHaveLength(1);
    const winner = won[0].data!.acceptCustomerInvitation.association!.partnerName;
    const refusals = answers
      .filter((a) => a.data!.acceptCustomerInvitation.association == null)
      .map((a) => a.data!.acceptCustomerInvitation.userErrors.map((e) => e.code).join());
    expect(new Set(refusals)).toEqual(new Set(['ALREADY_ASSOCIATED_WITH_PARTNER', 'ACCOUNT_ASSOCIATED_ELSEWHERE']));
    const rows = await sql<{ id: number }>(server, 'select id from sub_customer where account_name = ?', [login]);
    expect(rows).toHaveLength(1);
    const [{ n }] = await sql<{ n: number }>(
      server,
      'select count(*) as n from customer_invitation_acceptance where customer_id = ?',
      [rows[0].id],
    );
    expect(Number(n)).toBe(1);
    const viewer = await server.execute(InviteCustomerViewerDocument, {}, customers[login]);
    expect(viewer.data!.customerViewer.association!.partnerName).toBe(winner);
  });
});
