import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import type { Viewer } from '../../permissions/viewer';
import { requireViewer } from '../../permissions/viewer';
import { pageKey, type PageRequest } from '../../common/connection';
import { countByParent, findByIds, findPagesByParent } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';
import { LedgerOwner } from './funds.enums';

/** Adjust records of the viewer's own partner by primary key (customer rows limited to the viewer's customer scope). */
export function adjustRecordById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, AdjustRecord | null>('adjustRecordById', '', (ids) =>
    findByIds(ctx.em, AdjustRecord, ids, ownCustomerRowsFilter<AdjustRecord>(viewer)),
  );
}

/**
 * The account change rows the viewer may see: those kept by its own partner; a member whose customer
 * scope is not ALL (account manager, supervisor) sees only the ledgers of the customers in its scope.
 */
export function accountChangeScope(viewer: Viewer): FilterQuery<AccountChangeRecord> {
  const rows = ownCustomerRowsFilter<AccountChangeRecord>(viewer);
  return viewer.customerScope === 'ALL' ? rows : { $and: [rows, { ownerType: LedgerOwner.CUSTOMER }] };
}

/** Account change records of the viewer's own partner by primary key (same scope as the lists). */
export function accountChangeRecordById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, AccountChangeRecord | null>('accountChangeRecordById', '', (ids) =>
    findByIds(ctx.em, AccountChangeRecord, ids, accountChangeScope(viewer)),
  );
}

/**
 * One page of each customer's own ledger (收支明细 of the customer's account, kept by the viewer's
 * partner): one statement for all customers. Callers check the customer is visible in full first.
 */
export function accountChangesByCustomerId(ctx: Context, page: PageRequest) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, AccountChangeRecord[]>('accountChangesByCustomerId', pageKey(page), async (ids) => {
    const byCustomer = await findPagesByParent(
      ctx.em,
      AccountChangeRecord,
      'customer',
      ids,
      { partner: viewer.partner.id, ownerType: LedgerOwner.CUSTOMER },
      page,
    );
    return ids.map((id) => byCustomer.get(id) ?? []);
  });
}

/** Size of each customer's ledger: one GROUP BY statement for all customers. */
export function accountChangeCountByCustomerId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, number>('accountChangeCountByCustomerId', '', async (ids) => {
    const counts = await countByParent(ctx.em, AccountChangeRecord, 'customer', ids, {
      partner: viewer.partner.id,
      ownerType: LedgerOwner.CUSTOMER,
    });
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('AdjustRecord', (ctx, ids) => adjustRecordById(ctx).loadMany(ids));
registerNodeType('AccountChangeRecord', (ctx, ids) => accountChangeRecordById(ctx).loadMany(ids));
