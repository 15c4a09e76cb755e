import type { Context } from '../../context';
import { registerNodeType } from '../../common/node-registry';
import { findByIds } from '../../common/paging';
import { requireViewer } from '../../permissions/viewer';
import { ProgramMembership } from './program.entity';

/** Memberships of the viewer's own partner by primary key (node(id:)). */
export function membershipById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ProgramMembership | null>('membershipById', '', (ids) =>
    findByIds(ctx.em, ProgramMembership, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('ProgramMembership', (ctx, ids) => membershipById(ctx).loadMany(ids));
