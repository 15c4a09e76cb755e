import { beforeAll, describe, expect, it } from 'vitest';
import { OrgMutInviteMemberDocument } from '../generated/graphql';
import { demoMember } from '../../seeds/demo-data';
import { MemberInvitation } from '../../src/modules/member/member.entity';
import { InvitationChannel, InvitationStatus } from '../../src/modules/member/member.enums';
import { PresetRole } from '../../src/modules/role/role.enums';
import { MAX_INVITATIONS_PER_PARTNER_PER_DAY } from '../../src/permissions';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { SP } from '../support/demo';
import { roleOf } from '../support/rows';
import { atTime, chinaDayStart, DAY } from '../support/time';

const server = useTestServer();
let token: string;
let roleId: number;
beforeAll(async () => {
  token = await server.signIn('sp-admin');
  roleId = (await roleOf(server, SP, { presetKey: PresetRole.SA_SPECIALIST })).id;
});

const invite = (target: string) =>
  server.execute(
    OrgMutInviteMemberDocument,
    { input: { channel: 'EMAIL' as InvitationChannel, target, roleIds: [gid('Role', roleId)] } },
    token,
  );
const codes = (res: Awaited<ReturnType<typeof invite>>) => res.data!.inviteMember.userErrors.map((u) => u.code);

describe('the daily invitation limit counts the China day (Asia/Shanghai, UTC+8)', () => {
  it('resets at 16:00 UTC (00:00 in Beijing), not at 00:00 UTC', async () => {
    // The last Beijing midnight before now (in the past, so the signed-in token is valid then too).
    const midnight = chinaDayStart(new Date());
    expect(midnight.getUTCHours()).toBe(16);
    const before = server.em();
    const sentThatDay = await before.count(MemberInvitation, {
      partner: SP,
      createdAt: { $gte: new Date(midnight.getTime() - DAY), $lt: midnight },
    });
    // Fill the China day that ends at `midnight` up to one below the limit, an hour before it ends.
    const missing = MAX_INVITATIONS_PER_PARTNER_PER_DAY - 1 - sentThatDay;
    const at = new Date(midnight.getTime() - 3600 * 1000);
    await before.insertMany(
      MemberInvitation,
      Array.from({ length: missing }, (_, i) => ({
        partner: SP,
        channel: InvitationChannel.EMAIL,
        target: `filler${i}@zhisuan.example.cn`,
        roleIds: [roleId],
        status: InvitationStatus.CANCELLED,
        invitedBy: demoMember('sp-admin').id,
        createdAt: at,
        expiresAt: new Date(at.getTime() + 7 * DAY),
      })),
    );

    // 15:59:30 UTC: still the same China day; the 100th goes through, the 101st does not.
    await atTime(new Date(midnight.getTime() - 30_000), async () => {
      expect(codes(await invite('last-of-day@zhisuan.example.cn'))).toEqual([]);
      expect(codes(await invite('one-too-many@zhisuan.example.cn'))).toEqual(['INVITATION_DAILY_LIMIT']);
    });
    // 16:00:00 UTC is 00:00 in Beijing: a new day, though the UTC date is the same.
    await atTime(midnight, async () => {
      expect(codes(await invite('first-of-day@zhisuan.example.cn'))).toEqual([]);
    });
    const stored = await server
      .em()
      .find(
        MemberInvitation,
        { partner: SP, target: { $like: '%-of-day@zhisuan.example.cn' } },
        { orderBy: { id: 'asc' } },
      );
    expect(stored.map((i) => [i.target, i.createdAt.toISOString()])).toEqual([
      ['last-of-day@zhisuan.example.cn', new Date(midnight.getTime() - 30_000).toISOString()],
      ['first-of-day@zhisuan.example.cn', midnight.toISOString()],
    ]);
  });
});
