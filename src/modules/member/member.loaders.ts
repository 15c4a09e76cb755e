import type { Context } from '../../context';
import { requireViewer } from '../../context';
import { findByIds, type SqlEntityManager } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { Member } from './member.entity';

/** Members of the viewer's own partner by primary key. */
export function memberById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Member | null>('memberById', '', (ids) =>
    findByIds(ctx.em as SqlEntityManager, Member, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('Member', (ctx, ids) => memberById(ctx).loadMany(ids) as Promise<(Member | null)[]>);
