import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError, badInput } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { itemError } from '../../common/payload';
import { ownCustomerFilter } from '../../permissions/scopes';
import { recordAudit } from '../audit/audit.service';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { PresetRole } from '../role/role.enums';
import { lockOrganisation } from '../partner/partner.guards';
import { SubCustomer } from './customer.entity';

/** Customers per assignAccountManager call. */
export const MAX_CUSTOMERS_PER_ASSIGNMENT = 100;

export interface AssignAccountManagerResult {
  customers: SubCustomer[];
  failed: UserError[];
  userErrors: UserError[];
}

/**
 * assignAccountManager: sets (or clears, with null) the account manager of up to 100 customers.
 * The manager must be an ACTIVE member of the viewer's partner holding the ACCOUNT_MANAGER role
 * (for a supervisor: one of the managers it supervises). Customers outside the viewer's row scope,
 * of other partners or unknown all fail alike with CUSTOMER_NOT_FOUND; the others succeed.
 */
export async function assignAccountManager(
  ctx: Context,
  input: { customerIds: string[]; accountManagerId?: string | null },
): Promise<AssignAccountManagerResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const n = input.customerIds.length;
  if (n < 1 || n > MAX_CUSTOMERS_PER_ASSIGNMENT) {
    throw badInput(
      `input.customerIds lists ${n} customers; give 1–${MAX_CUSTOMERS_PER_ASSIGNMENT}.`,
      'input.customerIds',
    );
  }
  const ids = input.customerIds.map((id, i) => idOfType(id, 'SubCustomer', `input.customerIds[${i}]`));
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0)
    throw badInput(`input.customerIds[${dup}] repeats a customer listed before.`, `input.customerIds[${dup}]`);
  const managerId =
    input.accountManagerId != null ? idOfType(input.accountManagerId, 'Member', 'input.accountManagerId') : null;

  return ctx.em.transactional(async (tx): Promise<AssignAccountManagerResult> => {
    await lockOrganisation(tx, partnerId);
    if (managerId != null) {
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
      if (!manager || holdsRole === 0) {
        return refused(
          new UserError(
            'NOT_AN_ACCOUNT_MANAGER',
            'accountManagerId must be an active member of your partner holding the account manager (客户经理) role.',
            'input.accountManagerId',
          ),
        );
      }
      if (viewer.customerScope === 'SUPERVISED' && !viewer.accountManagerIds.includes(managerId)) {
        return refused(
          new UserError(
            'NOT_AN_ACCOUNT_MANAGER',
            'As an account manager supervisor you may assign customers only to the account managers you supervise.',
            'input.accountManagerId',
          ),
        );
      }
    }
    const where = { $and: [ownCustomerFilter(viewer), { id: { $in: ids } }] } as FilterQuery<SubCustomer>;
    const visible = new Map((await tx.find(SubCustomer, where, { refresh: true })).map((c) => [c.id, c]));
    const failed: UserError[] = [];
    ids.forEach((id, i) => {
      if (!visible.has(id))
        failed.push(
          itemError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', `input.customerIds[${i}]`),
        );
    });
    const changed = ids.filter((id) => visible.has(id) && (visible.get(id)!.accountManager?.id ?? null) !== managerId);
    if (changed.length) {
      // One statement; money columns are untouched (balances move by conditional updates elsewhere).
      await tx.nativeUpdate(SubCustomer, { id: { $in: changed }, partner: partnerId }, { accountManager: managerId });
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
    }
    const fresh = changed.length
      ? new Map((await tx.find(SubCustomer, { id: { $in: changed } }, { refresh: true })).map((c) => [c.id, c]))
      : new Map<number, SubCustomer>();
    const customers = ids.filter((id) => visible.has(id)).map((id) => fresh.get(id) ?? visible.get(id)!);
    return { customers, failed, userErrors: [] };
  });
}

const refused = (error: UserError): AssignAccountManagerResult => ({ customers: [], failed: [], userErrors: [error] });
