/**
 * Customer invitations, the partner's side (issue 12, item 3; seed 001 邀请链接 / 二维码): a member
 * with customer:create creates a link and QR code, lists its partner's invitations with their status
 * and acceptances, and cancels one. Through HTTP on the seeded database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { InviteCancelDocument, InviteCreateDocument, InviteListDocument } from '../generated/graphql';
import { DEMO_CUSTOMER_LOGINS, demoPartner } from '../../seeds';
import { loadConfig } from '../../src/config';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { CustomerInvitation } from '../../src/modules/customer-invitation/customer-invitation.entity';
import { errorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-ops', 'dist-am', 'frozen-reseller-admin', 'other-dist-admin']);
const customers = useTokens(server, [DEMO_CUSTOMER_LOGINS.free], 'CUSTOMER');
const operators = useTokens(server, ['ops-admin'], 'OPERATOR');

const DAY = 24 * 3600 * 1000;
const invitations = () => server.em().count(CustomerInvitation, {});
const audits = () => server.em().count(AuditLog, {});

let baseUrl: string;
beforeAll(() => {
  baseUrl = loadConfig({ NODE_ENV: 'test' }).publicBaseUrl;
});

describe('createCustomerInvitation', () => {
  it('creates a link with an unguessable token, a PNG and an SVG QR code, default expiry 7 days', async () => {
    const before = Date.now();
    const res = await server.execute(
      InviteCreateDocument,
      { input: { associationType: 'RESALE' } },
      members['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const { invitation, userErrors } = res.data!.createCustomerInvitation;
    expect(userErrors).toEqual([]);
    expect(invitation).toMatchObject({
      associationType: 'RESALE',
      status: 'ACTIVE',
      cancelledAt: null,
      acceptedCount: 0,
    });
    expect(invitation!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation!.link).toBe(`${baseUrl}/customer-invitation?token=${invitation!.token}`);
    const lifetime = Date.parse(invitation!.expiresAt) - Date.parse(invitation!.createdAt);
    expect(lifetime).toBe(7 * DAY);
    expect(Date.parse(invitation!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    const png = Buffer.from(invitation!.qrCode.pngBase64, 'base64');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // the PNG signature
    expect(png.readUInt32BE(16)).toBe(320); // IHDR width
    expect(invitation!.qrCode.svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    // The audit names the invitation, never the token (the link's secret).
    const [row] = await sql<{ action: string; after: string }>(
      server,
      "select action, after from audit_log where action = 'createCustomerInvitation' and target = ?",
      [invitation!.id],
    );
    expect(row.action).toBe('createCustomerInvitation');
    expect(JSON.stringify(row.after)).not.toContain(invitation!.token);
    // Two links never share a token.
    const second = await server.execute(
      InviteCreateDocument,
      { input: { associationType: 'RESALE' } },
      members['dist-admin'],
    );
    expect(second.data!.createCustomerInvitation.invitation!.token).not.toBe(invitation!.token);
  });

  it('takes 1–90 days; anything else is INVALID_INVITATION_EXPIRY with nothing created', async () => {
    const ok = await server.execute(
      InviteCreateDocument,
      { input: { associationType: 'ADVISORY', expiresInDays: 90 } },
      members['dist-admin'],
    );
    const inv = ok.data!.createCustomerInvitation.invitation!;
    expect(Date.parse(inv.expiresAt) - Date.parse(inv.createdAt)).toBe(90 * DAY);
    const [count, audit] = [await invitations(), await audits()];
    for (const days of [0, 91, -3]) {
      const res = await server.execute(
        InviteCreateDocument,
        { input: { associationType: 'ADVISORY', expiresInDays: days } },
        members['dist-admin'],
      );
      expect(res.data!.createCustomerInvitation).toMatchObject({
        invitation: null,
        userErrors: [{ code: 'INVALID_INVITATION_EXPIRY', field: 'input.expiresInDays' }],
      });
    }
    expect([await invitations(), await audits()]).toEqual([count, audit]);
  });

  it('a frozen partner cannot invite (PARTNER_FROZEN); nothing is created', async () => {
    const count = await invitations();
    const res = await server.execute(
      InviteCreateDocument,
      { input: { associationType: 'ADVISORY' } },
      members['frozen-reseller-admin'],
    );
    expect(res.data!.createCustomerInvitation.userErrors.map((e) => e.code)).toEqual(['PARTNER_FROZEN']);
    expect(await invitations()).toBe(count);
  });

  it('replays the first answer for a retried idempotency key, and refuses the key with another input', async () => {
    const input = { associationType: 'ADVISORY' as const, expiresInDays: 3, idempotencyKey: `invite-${Date.now()}` };
    const first = await server.execute(InviteCreateDocument, { input }, members['dist-admin']);
    const count = await invitations();
    const retry = await server.execute(InviteCreateDocument, { input }, members['dist-admin']);
    expect(retry.data!.createCustomerInvitation.invitation!.id).toBe(
      first.data!.createCustomerInvitation.invitation!.id,
    );
    expect(await invitations()).toBe(count);
    const other = await server.execute(
      InviteCreateDocument,
      { input: { ...input, expiresInDays: 4 } },
      members['dist-admin'],
    );
    expect(other.data!.createCustomerInvitation.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await invitations()).toBe(count);
  });

  it('needs customer:create: an account manager, a custom role without it, a customer and an operator are FORBIDDEN', async () => {
    const count = await invitations();
    for (const token of [
      members['dist-am'],
      members['dist-ops'],
      customers[DEMO_CUSTOMER_LOGINS.free],
      operators['ops-admin'],
    ]) {
      const res = await server.execute(InviteCreateDocument, { input: { associationType: 'ADVISORY' } }, token);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await invitations()).toBe(count);
  });
});

describe('Partner.customerInvitations', () => {
  it('lists the own partner’s invitations newest first, the seeded ones in every status, with acceptances', async () => {
    const res = await server.execute(InviteListDocument, { first: 100 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const list = res.data!.viewer.partner.customerInvitations!;
    const statuses = new Set(list.nodes.map((n) => n.status));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'CANCELLED', 'EXPIRED']);
    expect(list.nodes.some((n) => n.acceptedCount > 0)).toBe(true);
    expect(list.totalCount).toBe(list.nodes.length);
    // Keyset order: newest (highest id) first.
    const pks = (
      await sql<{ id: number }>(server, 'select id from customer_invitation where partner_id = ? order by id desc', [
        demoPartner('dist').id,
      ])
    ).map((r) => gid('CustomerInvitation', r.id));
    expect(list.nodes.map((n) => n.id)).toEqual(pks);
    for (const status of ['ACTIVE', 'CANCELLED', 'EXPIRED'] as const) {
      const filtered = await server.execute(
        InviteListDocument,
        { first: 100, filter: { status } },
        members['dist-admin'],
      );
      const nodes = filtered.data!.viewer.partner.customerInvitations!.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.status === status)).toBe(true);
    }
  });

  it('shows nothing of another partner’s invitations, and runs the same statements for 1 and 100 rows', async () => {
    const other = await server.execute(InviteListDocument, { first: 100 }, members['other-dist-admin']);
    const theirs = other.data!.viewer.partner.customerInvitations!.nodes;
    expect(theirs.length).toBeGreaterThan(0);
    const ours = await sql<{ token: string }>(server, 'select token from customer_invitation where partner_id <> ?', [
      demoPartner('other-dist').id,
    ]);
    const text = JSON.stringify(other.data);
    for (const { token } of ours) expect(text).not.toContain(token);
    const small = await server.execute(InviteListDocument, { first: 1 }, members['dist-admin']);
    const large = await server.execute(InviteListDocument, { first: 100 }, members['dist-admin']);
    expect(large.data!.viewer.partner.customerInvitations!.nodes.length).toBeGreaterThan(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('is FORBIDDEN without customer:create', async () => {
    const res = await server.execute(InviteListDocument, { first: 10 }, members['dist-am']);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('cancelCustomerInvitation', () => {
  it('cancels an ACTIVE invitation once; a cancelled or expired one is refused with its own code', async () => {
    const created = await server.execute(
      InviteCreateDocument,
      { input: { associationType: 'ADVISORY' } },
      members['dist-admin'],
    );
    const id = created.data!.createCustomerInvitation.invitation!.id;
    const res = await server.execute(InviteCancelDocument, { input: { invitationId: id } }, members['dist-admin']);
    expect(res.data!.cancelCustomerInvitation.userErrors).toEqual([]);
    expect(res.data!.cancelCustomerInvitation.invitation).toMatchObject({ id, status: 'CANCELLED' });
    expect(res.data!.cancelCustomerInvitation.invitation!.cancelledAt).not.toBeNull();
    const again = await server.execute(InviteCancelDocument, { input: { invitationId: id } }, members['dist-admin']);
    expect(again.data!.cancelCustomerInvitation).toMatchObject({
      invitation: null,
      userErrors: [{ code: 'CUSTOMER_INVITATION_CANCELLED', field: 'input.invitationId' }],
    });
    const expired = await server.execute(
      InviteListDocument,
      { first: 1, filter: { status: 'EXPIRED' } },
      members['dist-admin'],
    );
    const expiredId = expired.data!.viewer.partner.customerInvitations!.nodes[0].id;
    const before = await sql(server, 'select * from customer_invitation order by id');
    const late = await server.execute(
      InviteCancelDocument,
      { input: { invitationId: expiredId } },
      members['dist-admin'],
    );
    expect(late.data!.cancelCustomerInvitation.userErrors.map((e) => e.code)).toEqual(['CUSTOMER_INVITATION_EXPIRED']);
    expect(await sql(server, 'select * from customer_invitation order by id')).toEqual(before);
  });

  it('another partner’s invitation answers exactly like one that does not exist, and stays as it is', async () => {
    const [foreign] = await sql<{ id: number }>(
      server,
      'select id from customer_invitation where partner_id = ? order by id',
      [demoPartner('other-dist').id],
    );
    const [{ max }] = await sql<{ max: number }>(server, 'select max(id) as max from customer_invitation');
    const before = await sql(server, 'select * from customer_invitation order by id');
    const answer = async (id: number) =>
      JSON.stringify(
        (
          await server.execute(
            InviteCancelDocument,
            { input: { invitationId: gid('CustomerInvitation', id) } },
            members['dist-admin'],
          )
        ).data,
      );
    expect(await answer(foreign.id)).toBe(await answer(Number(max) + 1000));
    expect(await answer(foreign.id)).toContain('CUSTOMER_INVITATION_NOT_FOUND');
    expect(await sql(server, 'select * from customer_invitation order by id')).toEqual(before);
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('defaults to localhost on the port outside production and drops a trailing slash', () => {
    expect(loadConfig({ NODE_ENV: 'development', PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(
      loadConfig({ NODE_ENV: 'development', PUBLIC_BASE_URL: 'https://partner.example.com/cn/' }).publicBaseUrl,
    ).toBe('https://partner.example.com/cn');
    expect(() => loadConfig({ NODE_ENV: 'development', PUBLIC_BASE_URL: 'ftp://x.example' })).toThrow(
      /PUBLIC_BASE_URL/,
    );
  });
});
