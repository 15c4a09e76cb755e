/**
 * Inviting and associating cloud resellers (邀请关联云经销商, seeds 003/004): the distributor asks for
 * a code on its master account's mobile or mail, sends a 24-hour link by e-mail (RESELLER_INVITED to
 * the invited partner's members), and the solution provider whose program expired accepts it and
 * becomes the distributor's cloud reseller (解决方案提供商计划过期 → 转云经销商). Through the API as
 * each party; every refusal its own code, nothing changed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoMember } from '../../seeds/demo-data';
import { DIST, SP } from '../support/demo';
import { type Membership, RESELLER_INVITATIONS_QUERY, programMutation } from '../support/programs';
import { countRows, lastMessageTo, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';
import { atTime } from '../support/time';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'sp-admin', 'reseller2-admin', 'reseller-admin']);

const seededToken = (n: number) => createHash('sha256').update(`seeded-reseller-invitation:${n}`).digest('base64url');
const SP_EMAIL = demoMember('sp-admin').email;

/** The code the master account (dist-admin, the distributor's first administrator) received. */
let shift = 0;
async function masterCode(): Promise<string> {
  // One code a minute per member: each request runs a minute after the one before (test clock).
  shift += 61_000;
  const sent = await atTime(new Date(Date.now() + shift), () =>
    programMutation(server, 'requestResellerInvitationCode', null, members['dist-admin']),
  );
  expect(sent.codes).toEqual([]);
  const master = demoMember('dist-admin');
  const message = await lastMessageTo(server, master.mobile);
  return /is (\d{6})\./.exec(message?.body ?? '')![1];
}

/** The token of the latest link e-mailed to `email`. */
async function linkTokenSentTo(email: string): Promise<string> {
  const [row] = await sql<{ body: string }>(
    server,
    "select body from outbox_message where destination = ? and purpose = 'RESELLER_INVITATION' order by id desc",
    [email],
  );
  return decodeURIComponent(/token=([^ ]+) /.exec(row.body)![1]);
}

async function invite(email: string): Promise<{ id: string; token: string }> {
  const verificationCode = await masterCode();
  const res = await programMutation(server, 'inviteReseller', { email, verificationCode }, members['dist-admin']);
  expect(res.codes).toEqual([]);
  return { id: (res.payload!.invitation as { id: string }).id, token: await linkTokenSentTo(email) };
}

const accept = (token: string, login: string, idempotencyKey?: string) =>
  programMutation(server, 'acceptResellerInvitation', { token, idempotencyKey }, members[login]);

describe('the distributor’s invitations', () => {
  it('lists every seeded status; a cloud reseller and an account manager cannot invite', async () => {
    const res = await server.execute<
      { viewer: { partner: { resellerInvitations: { nodes: { status: string }[] } } } },
      unknown
    >(RESELLER_INVITATIONS_QUERY, { first: 20 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.resellerInvitations.nodes.map((n) => n.status).sort()).toEqual([
      'ACCEPTED',
      'CANCELLED',
      'EXPIRED',
      'PENDING',
    ]);
    for (const login of ['reseller-admin', 'dist-am']) {
      const denied = await programMutation(server, 'inviteReseller', { email: SP_EMAIL }, members[login]);
      expect(denied.errors, login).toEqual(['FORBIDDEN']);
      const code = await programMutation(server, 'requestResellerInvitationCode', null, members[login]);
      expect(code.errors, login).toEqual(['FORBIDDEN']);
    }
  });

  it('needs the master account’s code and a valid address; refusals send nothing', async () => {
    const before = await countRows(server, 'reseller_invitation');
    const notices = await countRows(server, 'notification');
    const bad = await programMutation(
      server,
      'inviteReseller',
      { email: 'nope', verificationCode: '000000' },
      members['dist-admin'],
    );
    expect(bad.codes).toEqual(['INVALID_EMAIL']);
    const none = await programMutation(server, 'inviteReseller', { email: SP_EMAIL }, members['dist-admin']);
    expect(none.codes).toEqual(['VERIFICATION_REQUIRED']);
    const code = await masterCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const invalid = await programMutation(
      server,
      'inviteReseller',
      { email: SP_EMAIL, verificationCode: wrong },
      members['dist-admin'],
    );
    expect(invalid.codes).toEqual(['VERIFICATION_CODE_INVALID']);
    expect(await countRows(server, 'reseller_invitation')).toBe(before);
    expect(await countRows(server, 'notification')).toBe(notices);
  });

  it('cancels a pending invitation once; an expired one answers RESELLER_INVITATION_EXPIRED', async () => {
    const ids = await server.execute<
      { viewer: { partner: { resellerInvitations: { nodes: { id: string; status: string }[] } } } },
      unknown
    >(RESELLER_INVITATIONS_QUERY, { first: 20 }, members['dist-admin']);
    const byStatus = (s: string) => ids.data!.viewer.partner.resellerInvitations.nodes.find((n) => n.status === s)!.id;
    // The pending link went to another address: not the solution provider's to accept.
    expect((await accept(seededToken(4), 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_NOT_FOR_YOU']);
    const cancelled = await programMutation(
      server,
      'cancelResellerInvitation',
      { invitationId: byStatus('PENDING') },
      members['dist-admin'],
    );
    expect(cancelled.payload!.invitation).toMatchObject({ status: 'CANCELLED' });
    const twice = await programMutation(
      server,
      'cancelResellerInvitation',
      { invitationId: byStatus('CANCELLED') },
      members['dist-admin'],
    );
    expect(twice.codes).toEqual(['RESELLER_INVITATION_CLOSED']);
    const late = await programMutation(
      server,
      'cancelResellerInvitation',
      { invitationId: byStatus('EXPIRED') },
      members['dist-admin'],
    );
    expect(late.codes).toEqual(['RESELLER_INVITATION_EXPIRED']);
  });
});

describe('accepting (转云经销商)', () => {
  it('refuses unknown, cancelled and expired links, and partners the link was not sent to', async () => {
    expect((await accept('not-a-token', 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_NOT_FOUND']);
    expect((await accept('A'.repeat(43), 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_NOT_FOUND']);
    expect((await accept(seededToken(2), 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_CLOSED']);
    expect((await accept(seededToken(3), 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_EXPIRED']);
  });

  it('refuses a partner that is not a solution provider', async () => {
    const reseller2 = demoMember('reseller2-admin').email;
    const { token } = await invite(reseller2);
    const identity = await accept(token, 'reseller2-admin');
    expect(identity.codes).toEqual(['RESELLER_INVITEE_IDENTITY']);
  });

  it('walks invite → e-mail and RESELLER_INVITED → accept: the solution provider becomes the distributor’s reseller', async () => {
    const { id, token } = await invite(SP_EMAIL);
    const listed = await server.execute<
      {
        viewer: { partner: { resellerInvitations: { nodes: { id: string; createdAt: string; expiresAt: string }[] } } };
      },
      unknown
    >(RESELLER_INVITATIONS_QUERY, { first: 1 }, members['dist-admin']);
    const sent = listed.data!.viewer.partner.resellerInvitations.nodes[0];
    expect(sent.id).toBe(id);
    expect(Date.parse(sent.expiresAt) - Date.parse(sent.createdAt)).toBe(24 * 3600 * 1000);
    const [notice] = await sql<{ subject: string }>(
      server,
      "select subject from notification where member_id = ? and kind = 'RESELLER_INVITED' order by id desc",
      [demoMember('sp-admin').id],
    );
    expect(notice.subject).toBe(id);

    const accepted = await accept(token, 'sp-admin', 'switch-1');
    expect(accepted.codes).toEqual([]);
    expect(accepted.payload!.invitation).toMatchObject({
      status: 'ACCEPTED',
      invitedPartner: { name: expect.any(String) },
    });
    expect(accepted.payload!.membership).toMatchObject({ kind: 'DISTRIBUTION_RESELLER', status: 'ACTIVE' });
    const [partner] = await sql<{ identity: string; parent_id: number }>(
      server,
      'select identity, parent_id from partner where id = ?',
      [SP],
    );
    expect(partner).toEqual({ identity: 'CLOUD_RESELLER', parent_id: DIST });
    const replay = await accept(token, 'sp-admin', 'switch-1');
    expect(replay.payload!.membership).toEqual(accepted.payload!.membership);
    expect((await accept(token, 'sp-admin')).codes).toEqual(['RESELLER_INVITATION_CLOSED']);

    // The distributor now sees it among its resellers.
    const resellers = await server.execute<
      { viewer: { partner: { resellers: { nodes: { id: string }[] } } } },
      unknown
    >('{ viewer { partner { resellers(first: 100) { nodes { id } } } } }', {}, members['dist-admin']);
    expect(resellers.data!.viewer.partner.resellers.nodes.map((n) => n.id)).toContain(
      `${(accepted.payload!.invitation as { invitedPartner: { id: string } }).invitedPartner.id}`,
    );
    const memberships = await server.execute<
      { viewer: { partner: { programMemberships: { nodes: Membership[] } } } },
      unknown
    >(
      '{ viewer { partner { programMemberships(first: 20) { nodes { kind status } } } } }',
      {},
      await server.signIn('sp-admin'),
    );
    expect(
      memberships.data!.viewer.partner.programMemberships.nodes.map((m) => `${m.kind}:${m.status}`).sort(),
    ).toEqual(['DISTRIBUTION_RESELLER:ACTIVE', 'SOFTWARE_PATH:ACTIVE', 'SOLUTION_PROVIDER:EXPIRED']);
  });
});
