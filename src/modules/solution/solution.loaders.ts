import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { Solution } from './solution.entity';

/** Solutions of the viewer's own partner by primary key. */
export function solutionById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Solution | null>('solutionById', '', (ids) =>
    findByIds(ctx.em, Solution, ids, { partner: viewer.partner.id }),
  );
}

/** The partner of each solution (already admitted): one statement for a page. */
export function solutionPartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('solutionPartnerById', '', (ids) =>
    findByIds(ctx.em, Partner, ids, {}),
  );
}

registerNodeType('Solution', (ctx, ids) => solutionById(ctx).loadMany(ids));
