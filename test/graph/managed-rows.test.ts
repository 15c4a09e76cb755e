/**
 * Managed entities from cached statements (src/common/managed-rows.ts): what `em.find` gives, from a
 * statement built once per shape, with joined relations managed too and changes flushed.
 */
import { wrap } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { findManaged } from '../../src/common/managed-rows';
import { cachedShapes } from '../../src/common/sql-shape';
import { Member, MemberRole } from '../../src/modules/member/member.entity';
import { demoMember } from '../../seeds';
import { useTestServer } from '../support/server';

const server = useTestServer();

describe('findManaged', () => {
  it('answers as em.find does, the root and its joined relation managed, from one statement built once', async () => {
    const admin = demoMember('dist-admin');
    const where = { loginName: admin.loginName };
    const viaFind = await server.em().findOneOrFail(Member, where, { populate: ['partner'] });
    const em = server.em();
    const before = cachedShapes(em).cached;
    const [member] = await findManaged(em, Member, where, [{ property: 'partner', alias: 'p' }]);
    expect(cachedShapes(em).cached).toBe(before + 1);
    // Every column alike (the populated partner is compared below: toObject serializes it fully only after a populate).
    const columns = (m: Member) => ({ ...wrap(m).toObject(), partner: m.partner.id });
    expect(columns(member)).toEqual(columns(viaFind));
    // Both managed by this entity manager: the reference resolves to the partner read in the same row.
    expect(em.getUnitOfWork().getById(Member.name, member.id)).toBe(member);
    const partner = member.partner.getEntity();
    expect(em.getUnitOfWork().getById('Partner', partner.id)).toBe(partner);
    expect(partner.name).toBe(viaFind.partner.getEntity().name);
    // The same shape again: no new statement text.
    await findManaged(server.em(), Member, { loginName: demoMember('dist-am').loginName }, [
      { property: 'partner', alias: 'p' },
    ]);
    expect(cachedShapes(em).cached).toBe(before + 1);
  });

  it('keeps order and limit, and a change to a found entity is flushed', async () => {
    const em = server.em();
    const [member] = await findManaged(em, Member, { id: { $gt: 0 } }, [], { orderBy: { id: 'desc' }, limit: 1 });
    const newest = await server.em().findOneOrFail(Member, { id: { $gt: 0 } }, { orderBy: { id: 'desc' } });
    expect(member.id).toBe(newest.id);
    const name = member.displayName;
    member.displayName = `${name} (renamed)`;
    await em.flush();
    expect((await server.em().findOneOrFail(Member, member.id)).displayName).toBe(`${name} (renamed)`);
    member.displayName = name;
    await em.flush();
    const links = await findManaged(server.em(), MemberRole, { member: member.id }, [{ property: 'role', alias: 'r' }]);
    for (const link of links) expect(link.role.getEntity().id).toBe(link.role.id);
  });

  it('refuses a join on a property that is not a relation', async () => {
    await expect(findManaged(server.em(), Member, { id: 1 }, [{ property: 'loginName', alias: 'x' }])).rejects.toThrow(
      /Member.loginName is not a relation/,
    );
  });
});
