import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { IncentiveRecord, IncentiveTransition } from './incentive.entity';

/** Incentive records of the viewer's own partner by primary key (node(id:), idempotent replays). */
export function incentiveById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, IncentiveRecord | null>('incentiveById', '', (ids) =>
    findByIds(ctx.em, IncentiveRecord, ids, { partner: viewer.partner.id }),
  );
}

/** The transitions of each record, oldest first: one statement for a whole page of records. */
export function transitionsByIncentiveId(ctx: Context) {
  return ctx.loaders.get<number, IncentiveTransition[]>('transitionsByIncentiveId', '', async (ids) => {
    const found = await ctx.em.find(
      IncentiveTransition,
      { record: { $in: [...ids] } },
      { orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    return ids.map((id) => found.filter((t) => t.record.id === id));
  });
}

/**
 * The partner of each record. The record was visible to the reader (its own partner's, or any to an
 * operator), so its partner is too; the Partner's own fields keep their rules.
 */
export function incentivePartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('incentivePartnerById', '', (ids) => findByIds(ctx.em, Partner, ids));
}

registerNodeType('IncentiveRecord', (ctx, ids) => incentiveById(ctx).loadMany(ids));
