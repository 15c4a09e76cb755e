import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { findPage } from '../../common/paging';
import { assertPartnerRelation, ownCustomerRowsFilter } from '../../permissions/scopes';
import { idOfType } from '../../common/global-id';
import { AssociationEvent } from './association.entity';
import type { AssociationEventFilter } from './association.inputs';

function eventConditions(filter: AssociationEventFilter | null | undefined): FilterQuery<AssociationEvent>[] {
  if (!filter) return [];
  const conditions: FilterQuery<AssociationEvent>[] = [];
  if (filter.eventType != null) conditions.push({ eventType: filter.eventType });
  if (filter.status != null) conditions.push({ status: filter.status });
  if (filter.initiator != null) conditions.push({ initiator: filter.initiator });
  if (filter.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  return conditions;
}

/** 关联关系操作记录 of the viewer's own partner, newest first, limited to the viewer's customer scope. */
export async function listAssociationEvents(
  ctx: Context,
  partnerId: number,
  filter: AssociationEventFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'associationEvents');
  const where = {
    $and: [ownCustomerRowsFilter<AssociationEvent>(viewer), ...eventConditions(filter)],
  };
  return findPage(ctx.em, AssociationEvent, where, page);
}
