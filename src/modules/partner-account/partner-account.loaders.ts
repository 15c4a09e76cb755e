/**
 * Reads of the partner account operations. A partner's lists (Partner.rechargePayments, …) are
 * batched per request: one statement per level whatever the number of partners (an operator's
 * OperatorViewer.partners page), plus one GROUP BY when totalCount is asked. Members read their own
 * partner's rows (the shield admits SELF only); operators every partner's.
 */
import type { Dictionary, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, pageKey, toPageRequest } from '../../common/connection';
import { forbidden } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { registerNodeType } from '../../common/node-registry';
import { connectionFromBatch, countByParent, findByIds, findPage, findPagesByParent } from '../../common/paging';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { partnerById } from '../partner/partner.loaders';
import { RechargePayment, RemittanceClaim, Withdrawal } from './partner-account.entity';

type Item = RechargePayment | RemittanceClaim | Withdrawal;

/** The filters every list takes: a status, for withdrawals an account, for operators a partner. */
export interface ItemFilter {
  status?: string | null;
  account?: string | null;
  partnerId?: string | null;
}

/** A where over the columns every item has (partner, status, account). */
// FilterQuery<T> cannot check property names while T is a type parameter; every T here has them.
const whereOf = <T>(where: Dictionary): FilterQuery<T> => where as FilterQuery<T>;

/** The where of a filter (partnerId is the operators' and handled by them). */
function conditionsOf(filter: ItemFilter | null | undefined): Dictionary {
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.account ? { account: filter.account } : {}),
  };
}

/** The partner's list of `entity` rows: one page per partner, batched across partners. */
export function listOfPartner<T extends Item>(
  ctx: Context,
  entity: EntityName<T>,
  partnerId: number,
  filter: ItemFilter | null | undefined,
  args: ConnectionArgs,
) {
  // The shield admits a member only for its own partner (SELF); this guards any other path.
  if (ctx.viewer && ctx.viewer.partner.id !== partnerId) throw forbidden('These records are your own partner’s only.');
  if (!ctx.viewer) requireOperator(ctx);
  const page = toPageRequest(args);
  const where = whereOf<T>(conditionsOf(filter));
  const name = typeof entity === 'function' ? entity.name : String(entity);
  const variant = `${pageKey(page)}|${JSON.stringify(where)}`;
  const pages = ctx.loaders.get<number, T[]>(`${name}PageByPartnerId`, variant, async (ids) => {
    const byPartner = await findPagesByParent(ctx.em, entity, 'partner', ids, where, page);
    return ids.map((id) => byPartner.get(id) ?? []);
  });
  const counts = ctx.loaders.get<number, number>(`${name}CountByPartnerId`, JSON.stringify(where), async (ids) => {
    const byPartner = await countByParent(ctx.em, entity, 'partner', ids, where);
    return ids.map((id) => byPartner.get(id) ?? 0);
  });
  return pages.load(partnerId).then((rows) => connectionFromBatch(rows, page, () => counts.load(partnerId)));
}

/** An operator's list across partners (e.g. every PENDING claim), newest first. */
export function listForOperator<T extends Item>(
  ctx: Context,
  entity: EntityName<T>,
  filter: ItemFilter | null | undefined,
  args: ConnectionArgs,
) {
  requireOperator(ctx);
  const partner = filter?.partnerId ? { partner: idOfType(filter.partnerId, 'Partner', 'filter.partnerId') } : {};
  const where = whereOf<T>({ ...conditionsOf(filter), ...partner });
  return findPage(ctx.em, entity, where, toPageRequest(args));
}

/** Rows of the viewer's own partner by primary key (node(id:) and replays). */
function ownById<T extends Item>(ctx: Context, entity: EntityName<T>, name: string) {
  const viewer = requireViewer(ctx);
  const own = whereOf<T>({ partner: viewer.partner.id });
  return ctx.loaders.get<number, T | null>(name, '', (ids) => findByIds(ctx.em, entity, ids, own));
}

export const rechargePaymentById = (ctx: Context) => ownById(ctx, RechargePayment, 'rechargePaymentById');
export const remittanceClaimById = (ctx: Context) => ownById(ctx, RemittanceClaim, 'remittanceClaimById');
export const withdrawalById = (ctx: Context) => ownById(ctx, Withdrawal, 'withdrawalById');

/** The partner of an item: a member's own (partnerById), any partner for an operator. */
export function itemPartnerById(ctx: Context) {
  if (ctx.viewer) return partnerById(ctx);
  requireOperator(ctx);
  return ctx.loaders.get<number, Partner | null>('anyPartnerById', '', (ids) => findByIds(ctx.em, Partner, ids));
}

registerNodeType('RechargePayment', (ctx, ids) => rechargePaymentById(ctx).loadMany(ids));
registerNodeType('RemittanceClaim', (ctx, ids) => remittanceClaimById(ctx).loadMany(ids));
registerNodeType('Withdrawal', (ctx, ids) => withdrawalById(ctx).loadMany(ids));
