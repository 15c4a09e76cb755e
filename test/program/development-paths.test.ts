/**
 * Development paths (发展路径, seed 001): the cloud's operator invites a partner by e-mail, the
 * partner's member accepts (joining the path) or declines, through the API as each party, on the
 * seeded database. Every refusal has its own code and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { SP } from '../support/demo';
import { gid } from '../support/ids';
import { type Membership, PROGRAMS_QUERY, programMutation } from '../support/programs';
import { countRows, lastMessageTo, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['sp-admin', 'sp-am', 'dist-admin']);
const operators = useTokens(server, ['ops-eco', 'ops-finance'], 'OPERATOR');

interface Invitation {
  id: string;
  kind: string;
  status: string;
  email: string;
}

async function programs(token: string) {
  const res = await server.execute<
    {
      viewer: {
        partner: {
          programMemberships: { nodes: Membership[] };
          programInvitations: { nodes: Invitation[] };
        };
      };
    },
    unknown
  >(PROGRAMS_QUERY, { first: 50 }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.viewer.partner;
}

const invitationIn = async (kind: string, status: string) =>
  (await programs(members['sp-admin'])).programInvitations.nodes.find((i) => i.kind === kind && i.status === status)!;

describe('the partner’s programs as seeded', () => {
  it('shows every membership and invitation status', async () => {
    const sp = await programs(members['sp-admin']);
    expect(sp.programMemberships.nodes.map((m) => `${m.kind}:${m.status}`).sort()).toEqual([
      'SOFTWARE_PATH:ACTIVE',
      'SOLUTION_PROVIDER:EXPIRED',
    ]);
    expect(sp.programInvitations.nodes.map((i) => `${i.kind}:${i.status}`).sort()).toEqual([
      'CONSULTING_SI_PATH:PENDING',
      'LEARNING_PATH:EXPIRED',
      'SERVICE_PARTNER_PATH:DECLINED',
    ]);
    const dist = await programs(members['dist-admin']);
    expect(dist.programMemberships.nodes.map((m) => `${m.kind}:${m.status}`).sort()).toEqual([
      'DISTRIBUTION_DISTRIBUTOR:ACTIVE',
      'LEARNING_PATH:ENDED',
      'SERVICE_PARTNER_PATH:ACTIVE',
    ]);
    expect(dist.programInvitations.nodes.map((i) => i.status)).toEqual(['ACCEPTED']);
  });

  it('an account manager without program:view is refused the lists', async () => {
    const res = await server.execute<unknown, unknown>(PROGRAMS_QUERY, { first: 5 }, members['sp-am']);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});

describe('inviting to a path (ops:program) and joining it', () => {
  const partnerId = gid('Partner', SP);

  it('refuses each bad invitation with its own code, nothing sent', async () => {
    const before = await countRows(server, 'program_invitation');
    const messages = await countRows(server, 'outbox_message');
    const cases: [Record<string, unknown>, string][] = [
      [{ partnerId, kind: 'DISTRIBUTION_DISTRIBUTOR', email: 'bd@zhisuan.example.cn' }, 'PROGRAM_NOT_A_PATH'],
      [{ partnerId, kind: 'LEARNING_PATH', email: 'not-an-address' }, 'INVALID_EMAIL'],
      [{ partnerId: gid('Partner', 99999), kind: 'LEARNING_PATH', email: 'a@b.cn' }, 'PROGRAM_PARTNER_NOT_FOUND'],
      [{ partnerId, kind: 'SOFTWARE_PATH', email: 'bd@zhisuan.example.cn' }, 'PROGRAM_ALREADY_JOINED'],
      [{ partnerId, kind: 'CONSULTING_SI_PATH', email: 'bd@zhisuan.example.cn' }, 'PROGRAM_INVITATION_PENDING'],
    ];
    for (const [input, code] of cases) {
      const { codes } = await programMutation(server, 'inviteToDevelopmentPath', input, operators['ops-eco']);
      expect(codes, code).toEqual([code]);
    }
    expect(await countRows(server, 'program_invitation')).toBe(before);
    expect(await countRows(server, 'outbox_message')).toBe(messages);
  });

  it('members and operators without ops:program cannot invite', async () => {
    const input = { partnerId, kind: 'LEARNING_PATH', email: 'bd@zhisuan.example.cn' };
    for (const token of [members['dist-admin'], operators['ops-finance']]) {
      const { errors } = await programMutation(server, 'inviteToDevelopmentPath', input, token);
      expect(errors).toEqual(['FORBIDDEN']);
    }
  });

  it('walks invite → e-mail → accept → membership; a second answer and an expired one are refused', async () => {
    const input = { partnerId, kind: 'LEARNING_PATH', email: 'BD@zhisuan.example.cn' };
    const sent = await programMutation(server, 'inviteToDevelopmentPath', input, operators['ops-eco']);
    expect(sent.codes).toEqual([]);
    const invitation = sent.payload!.invitation as Invitation & { expiresAt: string; createdAt: string };
    expect(invitation).toMatchObject({ kind: 'LEARNING_PATH', status: 'PENDING', email: 'bd@zhisuan.example.cn' });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBe(30);
    const mail = await lastMessageTo(server, 'bd@zhisuan.example.cn');
    expect(mail?.channel).toBe('EMAIL');
    expect(mail?.body).toContain(encodeURIComponent(invitation.id));
    expect(mail?.subject).toContain('学习与赋能伙伴发展路径');
    const [audit] = await sql<{ partner_id: number }>(
      server,
      "select partner_id from audit_log where action = 'inviteToDevelopmentPath'",
    );
    expect(audit.partner_id).toBe(SP);

    // Another partner's member does not find it; a member without program:join is refused.
    const other = await programMutation(
      server,
      'acceptProgramInvitation',
      { invitationId: invitation.id },
      members['dist-admin'],
    );
    expect(other.codes).toEqual(['PROGRAM_INVITATION_NOT_FOUND']);
    const am = await programMutation(
      server,
      'acceptProgramInvitation',
      { invitationId: invitation.id },
      members['sp-am'],
    );
    expect(am.errors).toEqual(['FORBIDDEN']);

    const accepted = await programMutation(
      server,
      'acceptProgramInvitation',
      { invitationId: invitation.id, idempotencyKey: 'join-learning-1' },
      members['sp-admin'],
    );
    expect(accepted.codes).toEqual([]);
    expect(accepted.payload!.invitation).toMatchObject({ status: 'ACCEPTED' });
    expect(accepted.payload!.membership).toMatchObject({ kind: 'LEARNING_PATH', status: 'ACTIVE', expiresAt: null });
    const [row] = await sql<{ joined_by_id: number }>(
      server,
      "select joined_by_id from program_membership where partner_id = ? and kind = 'LEARNING_PATH'",
      [SP],
    );
    expect(row.joined_by_id).toBeGreaterThan(0);

    // The same key replays the answer; a new key answers that it was answered already.
    const replay = await programMutation(
      server,
      'acceptProgramInvitation',
      { invitationId: invitation.id, idempotencyKey: 'join-learning-1' },
      members['sp-admin'],
    );
    expect(replay.payload!.membership).toEqual(accepted.payload!.membership);
    const memberships = await countRows(server, 'program_membership');
    const again = await programMutation(
      server,
      'declineProgramInvitation',
      { invitationId: invitation.id },
      members['sp-admin'],
    );
    expect(again.codes).toEqual(['PROGRAM_INVITATION_ANSWERED']);
    expect(await countRows(server, 'program_membership')).toBe(memberships);
  });

  it('declines a pending invitation; an expired one answers PROGRAM_INVITATION_EXPIRED', async () => {
    const pending = await invitationIn('CONSULTING_SI_PATH', 'PENDING');
    const declined = await programMutation(
      server,
      'declineProgramInvitation',
      { invitationId: pending.id },
      members['sp-admin'],
    );
    expect(declined.codes).toEqual([]);
    expect(declined.payload).toMatchObject({ invitation: { status: 'DECLINED' }, membership: null });

    const expired = await invitationIn('LEARNING_PATH', 'EXPIRED');
    const late = await programMutation(
      server,
      'acceptProgramInvitation',
      { invitationId: expired.id },
      members['sp-admin'],
    );
    expect(late.codes).toEqual(['PROGRAM_INVITATION_EXPIRED']);
  });
});
