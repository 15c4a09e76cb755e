/**
 * 伙伴成员接受伙伴邀请, 修改账号信息 and the password change, through HTTP: the partner admin
 * invites, the invited person (anonymous) accepts with the token, the new member edits its account
 * and changes its password (old password, then a code); the tokens issued before stop working.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgMutInviteMemberDocument,
  SelfAcceptDocument,
  SelfChangePasswordDocument,
  SelfInvitationTokenDocument,
  SelfMeDocument,
  SelfRequestCodeDocument,
  SelfUpdateAccountDocument,
} from '../generated/graphql';
import { PresetRole } from '../../src/modules/role/role.enums';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { DIST } from '../support/demo';
import { auditOf, countRows, lastMessageTo, roleOf, sql } from '../support/rows';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const codes = (payload: { userErrors: { code: string; field?: string | null }[] }) =>
  payload.userErrors.map((e) => [e.code, e.field ?? null]);

/** The seeded invitation of the demo distributor with this status, its token read through the API as the admin. */
async function seededToken(status: string): Promise<string> {
  const [row] = await sql<{ id: number }>(
    server,
    'select id from member_invitation where partner_id = ? and status = ? order by id limit 1',
    [DIST, status],
  );
  const res = await server.execute(SelfInvitationTokenDocument, { id: gid('MemberInvitation', row.id) }, admin);
  const node = res.data?.node;
  if (!node || !('acceptToken' in node) || !node.acceptToken) throw new Error(`no token: ${JSON.stringify(res)}`);
  return node.acceptToken;
}

async function tables() {
  const conn = server.em().getConnection();
  return {
    members: await countRows(server, 'member'),
    memberRoles: await countRows(server, 'member_role'),
    invitations: await conn.execute('select id, status, accepted_at from member_invitation order by id'),
  };
}

const accept = (token: string, loginName = 'new_member_01', password = 'Str0ng-pass!') =>
  server.execute(SelfAcceptDocument, { input: { token, loginName, displayName: '新成员 Li', password } });

describe('acceptMemberInvitation', () => {
  it('refuses wrong, expired, cancelled and used tokens, each with its own code, changing nothing', async () => {
    const before = await tables();
    const cases: [string, string][] = [
      ['A'.repeat(43), 'MEMBER_INVITATION_NOT_FOUND'],
      ['not-a-token', 'MEMBER_INVITATION_NOT_FOUND'],
      [await seededToken('EXPIRED'), 'MEMBER_INVITATION_EXPIRED'],
      [await seededToken('CANCELLED'), 'MEMBER_INVITATION_CANCELLED'],
      [await seededToken('ACCEPTED'), 'MEMBER_INVITATION_USED'],
    ];
    for (const [token, code] of cases) {
      const res = await accept(token);
      expect(res.errors).toBeUndefined();
      expect(codes(res.data!.acceptMemberInvitation), code).toEqual([[code, 'input.token']]);
      expect(res.data!.acceptMemberInvitation.token).toBeNull();
    }
    expect(await tables()).toEqual(before);
  });

  it('refuses bad sign-in data: login name shape, taken login name, weak password, display name', async () => {
    const token = await seededToken('PENDING');
    const before = await tables();
    expect(codes((await accept(token, '1bad')).data!.acceptMemberInvitation)).toEqual([
      ['INVALID_ACCOUNT_NAME', 'input.loginName'],
    ]);
    expect(codes((await accept(token, 'dist-admin')).data!.acceptMemberInvitation)).toEqual([
      ['LOGIN_NAME_TAKEN', 'input.loginName'],
    ]);
    expect(codes((await accept(token, 'new_member_01', 'password')).data!.acceptMemberInvitation)).toEqual([
      ['PASSWORD_TOO_WEAK', 'input.password'],
    ]);
    const blank = await server.execute(SelfAcceptDocument, {
      input: { token, loginName: 'new_member_01', displayName: '  ', password: 'Str0ng-pass!' },
    });
    expect(codes(blank.data!.acceptMemberInvitation)).toEqual([['DISPLAY_NAME_INVALID', 'input.displayName']]);
    expect(await tables()).toEqual(before);
  });

  it('walks invite → accept → signed in with the invitation roles; a second acceptance is MEMBER_INVITATION_USED', async () => {
    const role = await roleOf(server, DIST, { presetKey: PresetRole.SA_SPECIALIST });
    const invited = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: 'MOBILE' as never, target: '0086-13900000077', roleIds: [gid('Role', role.id)] } },
      admin,
    );
    const invitationId = invited.data!.inviteMember.invitation!.id;
    const read = await server.execute(SelfInvitationTokenDocument, { id: invitationId }, admin);
    const token = (read.data!.node as { acceptToken: string }).acceptToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const res = await accept(token, 'li_newcomer');
    expect(res.data!.acceptMemberInvitation.userErrors).toEqual([]);
    expect(res.data!.acceptMemberInvitation.loginName).toBe('li_newcomer');
    const me = await server.execute(SelfMeDocument, {}, res.data!.acceptMemberInvitation.token!);
    expect(me.data!.viewer.member).toMatchObject({
      loginName: 'li_newcomer',
      displayName: '新成员 Li',
      mobile: '0086-13900000077',
      email: null,
    });
    expect(me.data!.viewer.member.roles!.map((r) => r.name)).toEqual([role.name]);
    // The password signs in too.
    expect(await server.signIn('li_newcomer', 'Str0ng-pass!')).toBeTruthy();

    const after = await server.execute(SelfInvitationTokenDocument, { id: invitationId }, admin);
    expect(after.data!.node).toMatchObject({ status: 'ACCEPTED' });
    expect((after.data!.node as { acceptedAt: string | null }).acceptedAt).not.toBeNull();
    expect(await auditOf(server, 'acceptMemberInvitation', invitationId)).toHaveLength(1);

    const again = await accept(token, 'li_newcomer2');
    expect(codes(again.data!.acceptMemberInvitation)).toEqual([['MEMBER_INVITATION_USED', 'input.token']]);
  });

  it('an ACCOUNT_NAME invitation is accepted only with the invited account name', async () => {
    const role = await roleOf(server, DIST, { presetKey: PresetRole.SA_SPECIALIST });
    const invited = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: 'ACCOUNT_NAME' as never, target: 'zhao_expert', roleIds: [gid('Role', role.id)] } },
      admin,
    );
    const read = await server.execute(
      SelfInvitationTokenDocument,
      { id: invited.data!.inviteMember.invitation!.id },
      admin,
    );
    const token = (read.data!.node as { acceptToken: string }).acceptToken;
    expect(codes((await accept(token, 'someone_else')).data!.acceptMemberInvitation)).toEqual([
      ['INVITATION_TARGET_MISMATCH', 'input.loginName'],
    ]);
    expect((await accept(token, 'zhao_expert')).data!.acceptMemberInvitation.userErrors).toEqual([]);
  });

  it('the accept token is the inviting admin’s to read, not a colleague’s without org:member-manage', async () => {
    const [row] = await sql<{ id: number }>(
      server,
      "select id from member_invitation where status = 'PENDING' and partner_id = ?",
      [DIST],
    );
    const res = await server.execute(
      SelfInvitationTokenDocument,
      { id: gid('MemberInvitation', row.id) },
      await server.signIn('dist-ams'),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('updateMyAccount and changeMyPassword (a fresh member, so demo sign-ins stay valid)', () => {
  let token: string;
  const mobile = '0086-13900000088';
  beforeAll(async () => {
    const role = await roleOf(server, DIST, { presetKey: PresetRole.SA_SPECIALIST });
    const invited = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: 'MOBILE' as never, target: mobile, roleIds: [gid('Role', role.id)] } },
      admin,
    );
    const read = await server.execute(
      SelfInvitationTokenDocument,
      { id: invited.data!.inviteMember.invitation!.id },
      admin,
    );
    const res = await accept((read.data!.node as { acceptToken: string }).acceptToken, 'pw_changer');
    token = res.data!.acceptMemberInvitation.token!;
  });

  it('edits its own display name and email; refuses bad values and clearing the last contact', async () => {
    const ok = await server.execute(
      SelfUpdateAccountDocument,
      { input: { displayName: ' 王 新 ', email: 'Wang.New@Example.cn' } },
      token,
    );
    expect(ok.data!.updateMyAccount.userErrors).toEqual([]);
    expect(ok.data!.updateMyAccount.member).toMatchObject({
      displayName: '王 新',
      email: 'wang.new@example.cn',
      mobile,
    });
    const bad = await server.execute(SelfUpdateAccountDocument, { input: { email: 'nope' } }, token);
    expect(codes(bad.data!.updateMyAccount)).toEqual([['INVALID_EMAIL', 'input.email']]);
    const badMobile = await server.execute(SelfUpdateAccountDocument, { input: { mobile: '123' } }, token);
    expect(codes(badMobile.data!.updateMyAccount)).toEqual([['INVALID_MOBILE', 'input.mobile']]);
    const none = await server.execute(SelfUpdateAccountDocument, { input: { email: null, mobile: null } }, token);
    expect(codes(none.data!.updateMyAccount)).toEqual([['CONTACT_REQUIRED', 'input.mobile']]);
    const me = await server.execute(SelfMeDocument, {}, token);
    expect(me.data!.viewer.member).toMatchObject({ displayName: '王 新', email: 'wang.new@example.cn', mobile });
  });

  it('changes the password after the old password and a code; older tokens stop working', async () => {
    const input = { oldPassword: 'Str0ng-pass!', newPassword: 'N3w-secret#' };
    const wrong = await server.execute(
      SelfChangePasswordDocument,
      { input: { ...input, oldPassword: 'Wrong-pass1' } },
      token,
    );
    expect(codes(wrong.data!.changeMyPassword)).toEqual([['WRONG_PASSWORD', 'input.oldPassword']]);
    const noCode = await server.execute(SelfChangePasswordDocument, { input }, token);
    expect(codes(noCode.data!.changeMyPassword)).toEqual([['VERIFICATION_REQUIRED', 'input.verificationCode']]);
    const weak = await server.execute(SelfChangePasswordDocument, { input: { ...input, newPassword: 'short' } }, token);
    expect(codes(weak.data!.changeMyPassword)).toEqual([['PASSWORD_TOO_WEAK', 'input.newPassword']]);
    const same = await server.execute(
      SelfChangePasswordDocument,
      { input: { ...input, newPassword: input.oldPassword } },
      token,
    );
    expect(codes(same.data!.changeMyPassword)).toEqual([['PASSWORD_UNCHANGED', 'input.newPassword']]);

    const sent = await server.execute(
      SelfRequestCodeDocument,
      { input: { operation: 'CHANGE_PASSWORD' as never } },
      token,
    );
    expect(sent.data!.requestVerificationCode.userErrors).toEqual([]);
    const message = await lastMessageTo(server, mobile);
    const code = /code for CHANGE_PASSWORD is (\d{6})/.exec(message!.body)![1];
    const badCode = await server.execute(
      SelfChangePasswordDocument,
      { input: { ...input, verificationCode: code === '000000' ? '111111' : '000000' } },
      token,
    );
    expect(codes(badCode.data!.changeMyPassword)).toEqual([['VERIFICATION_CODE_INVALID', 'input.verificationCode']]);
    // Still the old password and the old token after every refusal.
    expect((await server.execute(SelfMeDocument, {}, token)).data?.viewer.member.loginName).toBe('pw_changer');

    const done = await server.execute(
      SelfChangePasswordDocument,
      { input: { ...input, verificationCode: code } },
      token,
    );
    expect(done.data!.changeMyPassword.userErrors).toEqual([]);
    const fresh = done.data!.changeMyPassword.token!;
    const old = await server.execute(SelfMeDocument, {}, token);
    expect(old.status).toBe(401);
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.execute(SelfMeDocument, {}, fresh)).data?.viewer.member.loginName).toBe('pw_changer');
    const audit = await sql<{ before: string; after: string }>(
      server,
      "select before, after from audit_log where action = 'changeMyPassword'",
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/N3w-secret|scrypt/);
  });
});
