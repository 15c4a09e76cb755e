import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { badInput, UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { distinctIds, refusal, success } from '../../common/mutation-kit';
import { itemError } from '../../common/payload';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { ownCustomerFilter } from '../../permissions/scopes';
import { recordAudit } from '../audit/audit.service';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { PresetRole } from '../role/role.enums';
import { lockOrganisation } from '../partner/partner.guards';
import { SubCustomer } from './customer.entity';
import { moveCustomers } from '../performance/consumption-rollup';

/** Customers per assignAccountManager call. */
export const MAX_CUSTOMERS_PER_ASSIGNMENT = 100;

export interface AssignAccountManagerResult {
  customers: SubCustomer[];
  failed: UserError[];
  userErrors: UserError[];
}

/** Why `managerId` cannot take customers from the viewer (one answer for unknown, foreign, cancelled, non-manager). */
async function managerRefusal(tx: SqlEntityManager, viewer: Viewer, managerId: number): Promise<UserError | null> {
  const partnerId = viewer.partner.id;
  const manager = await tx.findOne(
    Member,
    { id: managerId, partner: partnerId, status: MemberStatus.ACTIVE },
    { refresh: true },
  );
  const holdsRole = manager
    ? await tx.count(MemberRole, {
        member: managerId,
        role: { partner: partnerId, presetKey: PresetRole.ACCOUNT_MANAGER },
      })
    : 0;
  // One answer for unknown, foreign, cancelled and non-manager members: ids cannot be probed.
  if (!manager || holdsRole === 0)
    return new UserError(
      'NOT_AN_ACCOUNT_MANAGER',
      'accountManagerId must be an active member of your partner holding the account manager (客户经理) role.',
      'input.accountManagerId',
    );
  if (viewer.customerScope === 'SUPERVISED' && !viewer.accountManagerIds.includes(managerId))
    return new UserError(
      'NOT_AN_ACCOUNT_MANAGER',
      'As an account manager supervisor you may assign customers only to the account managers you supervise.',
      'input.accountManagerId',
    );
  return null;
}

/** Sets the manager of the customers that do not have it yet, in one statement, audited per customer. */
async function reassign(
  tx: SqlEntityManager,
  ctx: Context,
  visible: Map<number, SubCustomer>,
  ids: number[],
  managerId: number | null,
): Promise<number[]> {
  const partnerId = requireViewer(ctx).partner.id;
  const changed = ids.filter((id) => visible.has(id) && (visible.get(id)!.accountManager?.id ?? null) !== managerId);
  if (!changed.length) return changed;
  // One statement; money columns are untouched (balances move by conditional updates elsewhere).
  // The dashboard roll-ups split by the current manager: the customers' rows move with them.
  await moveCustomers(tx, changed, () =>
    tx.nativeUpdate(SubCustomer, { id: { $in: changed }, partner: partnerId }, { accountManager: managerId }),
  );
  const managerGid = managerId != null ? toGlobalId('Member', managerId) : null;
  await recordAudit(
    tx,
    ctx,
    changed.map((id) => {
      const before = visible.get(id)!.accountManager?.id;
      return {
        action: 'assignAccountManager',
        target: toGlobalId('SubCustomer', id),
        before: { accountManagerId: before != null ? toGlobalId('Member', before) : null },
        after: { accountManagerId: managerGid },
      };
    }),
  );
  return changed;
}

/**
 * assignAccountManager: sets (or clears, with null) the account manager of up to 100 customers.
 * The manager must be an ACTIVE member of the viewer's partner holding the ACCOUNT_MANAGER role
 * (for a supervisor: one of the managers it supervises). Customers outside the viewer's row scope,
 * of other partners or unknown all fail alike with CUSTOMER_NOT_FOUND; the others succeed.
 * Malformed lists (size, id type, repeats) are BAD_USER_INPUT.
 */
export async function assignAccountManager(
  ctx: Context,
  input: { customerIds: string[]; accountManagerId?: string | null },
): Promise<AssignAccountManagerResult> {
  const viewer = requireViewer(ctx);
  const n = input.customerIds.length;
  if (n < 1 || n > MAX_CUSTOMERS_PER_ASSIGNMENT) {
    throw badInput(
      `input.customerIds lists ${n} customers; give 1–${MAX_CUSTOMERS_PER_ASSIGNMENT}.`,
      'input.customerIds',
    );
  }
  const ids = distinctIds(input.customerIds, { field: 'input.customerIds', type: 'SubCustomer', singular: 'customer' });
  const managerId =
    input.accountManagerId != null ? idOfType(input.accountManagerId, 'Member', 'input.accountManagerId') : null;

  return ctx.em.transactional(async (tx) => {
    await lockOrganisation(tx, viewer.partner.id);
    const refusedManager = managerId != null ? await managerRefusal(tx, viewer, managerId) : null;
    if (refusedManager) return refused(refusedManager);
    const where = { $and: [ownCustomerFilter(viewer), { id: { $in: ids } }] };
    const visible = new Map((await tx.find(SubCustomer, where, { refresh: true })).map((c) => [c.id, c]));
    const failed = ids.flatMap((id, i) =>
      visible.has(id)
        ? []
        : [itemError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', `input.customerIds[${i}]`)],
    );
    const changed = await reassign(tx, ctx, visible, ids, managerId);
    const fresh = changed.length
      ? new Map((await tx.find(SubCustomer, { id: { $in: changed } }, { refresh: true })).map((c) => [c.id, c]))
      : new Map<number, SubCustomer>();
    const customers = ids.filter((id) => visible.has(id)).map((id) => fresh.get(id) ?? visible.get(id)!);
    return success<AssignAccountManagerResult>({ customers, failed });
  });
}

const refused = refusal<AssignAccountManagerResult>({ customers: [], failed: [] });
