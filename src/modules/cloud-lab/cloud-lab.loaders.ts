import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { CloudLab, CloudLabApplication, CloudLabUsage } from './cloud-lab.entity';

/** Applications of the viewer's own partner by primary key. */
export function labApplicationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, CloudLabApplication | null>('labApplicationById', '', (ids) =>
    findByIds(ctx.em, CloudLabApplication, ids, { partner: viewer.partner.id }),
  );
}

/** Labs of the catalogue (the same for everyone) by primary key. */
export function labById(ctx: Context) {
  return ctx.loaders.get<number, CloudLab | null>('labById', '', (ids) => findByIds(ctx.em, CloudLab, ids, {}));
}

/** The applicant of each application (the application was already admitted). */
export function labApplicantById(ctx: Context) {
  return ctx.loaders.get<number, Member | null>('labApplicantById', '', (ids) => findByIds(ctx.em, Member, ids, {}));
}

/** The partner of each application (an operator's queue shows its name). */
export function labPartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('labPartnerById', '', (ids) => findByIds(ctx.em, Partner, ids, {}));
}

/** The sessions of each application, oldest first: one statement for a whole page. */
export function usageByApplicationId(ctx: Context) {
  return ctx.loaders.get<number, CloudLabUsage[]>('usageByApplicationId', '', async (ids) => {
    const rows = await ctx.em.find(
      CloudLabUsage,
      { application: { $in: [...ids] } },
      { orderBy: { startedAt: 'asc', id: 'asc' } },
    );
    return ids.map((id) => rows.filter((r) => r.application.id === id));
  });
}

registerNodeType('CloudLabApplication', (ctx, ids) => labApplicationById(ctx).loadMany(ids));
registerNodeType('CloudLab', (ctx, ids) => labById(ctx).loadMany(ids));
