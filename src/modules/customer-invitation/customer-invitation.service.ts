import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, idempotent } from '../idempotency/idempotency.service';
import { PartnerStatus } from '../partner/partner.enums';
import { CustomerInvitation } from './customer-invitation.entity';
import { CustomerInvitationStatus } from './customer-invitation.enums';
import type {
  CancelCustomerInvitationInput,
  CreateCustomerInvitationInput,
} from './customer-invitation.mutation-inputs';
import type { CustomerInvitationPayload } from './customer-invitation.payloads';
import { expiryOf, invitationRefusal, newInvitationToken } from './customer-invitation.rules';
import type { CustomerInvitationFilter } from './customer-invitation.types';

const refused = refusal<CustomerInvitationPayload>({ invitation: null });

/**
 * 创建客户邀请: a new link with an unguessable token, for the viewer's own partner. A FROZEN partner
 * cannot acquire customers (PARTNER_FROZEN); a RESTRICTED one may (as createCustomer).
 */
export async function createCustomerInvitation(
  ctx: Context,
  input: CreateCustomerInvitationInput,
): Promise<CustomerInvitationPayload> {
  const viewer = requireViewer(ctx);
  idempotencyKeyOf(ctx, input.idempotencyKey); // A malformed key is refused before the fields are checked.
  const now = new Date();
  const expiresAt = expiryOf(input.expiresInDays, now);
  if (expiresAt instanceof UserError) return refused(expiresAt);
  if (viewer.partner.status === PartnerStatus.FROZEN)
    return refused(new UserError('PARTNER_FROZEN', 'Your partner is frozen (冻结): it cannot invite customers.', null));
  return idempotent(ctx, {
    operation: 'createCustomerInvitation',
    input,
    refused,
    execute: async (tx) => {
      const invitation = tx.create(CustomerInvitation, {
        partner: viewer.partner.id,
        token: newInvitationToken(),
        associationType: input.associationType,
        createdBy: viewer.member.id,
        createdAt: now,
        expiresAt,
        cancelledAt: null,
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'createCustomerInvitation',
        target: invitation.globalId,
        before: null,
        // The token is a bearer secret of the link: the audit names the invitation, not the token.
        after: { associationType: invitation.associationType, expiresAt: invitation.expiresAt.toISOString() },
      });
      return success<CustomerInvitationPayload>({ invitation });
    },
  });
}

/** 取消邀请: an ACTIVE invitation of the viewer's partner stops working at once; acceptances already made stay. */
export async function cancelCustomerInvitation(
  ctx: Context,
  input: CancelCustomerInvitationInput,
): Promise<CustomerInvitationPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.invitationId, 'CustomerInvitation', 'input.invitationId');
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    // Conditional: an invitation cancelled or expired meanwhile is left as it is, and refused below.
    const changed = await tx.nativeUpdate(
      CustomerInvitation,
      { id, partner: viewer.partner.id, cancelledAt: null, expiresAt: { $gt: now } },
      { cancelledAt: now },
    );
    const invitation = await tx.findOne(CustomerInvitation, { id, partner: viewer.partner.id }, { refresh: true });
    if (!changed) return refused(invitationRefusal(invitation, now, 'input.invitationId')!);
    await recordAudit(tx, ctx, {
      action: 'cancelCustomerInvitation',
      target: input.invitationId,
      before: { status: CustomerInvitationStatus.ACTIVE },
      after: { status: CustomerInvitationStatus.CANCELLED },
    });
    return success<CustomerInvitationPayload>({ invitation });
  });
}

function statusCondition(status: CustomerInvitationStatus, now: Date): FilterQuery<CustomerInvitation> {
  switch (status) {
    case CustomerInvitationStatus.CANCELLED:
      return { cancelledAt: { $ne: null } };
    case CustomerInvitationStatus.EXPIRED:
      return { cancelledAt: null, expiresAt: { $lte: now } };
    default:
      return { cancelledAt: null, expiresAt: { $gt: now } };
  }
}

/** Partner.customerInvitations: the viewer's own partner's invitations, newest first. */
export function listCustomerInvitations(
  ctx: Context,
  partnerId: number,
  filter: CustomerInvitationFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'customerInvitations');
  const conditions: FilterQuery<CustomerInvitation>[] = [{ partner: partnerId }];
  if (filter?.status != null) conditions.push(statusCondition(filter.status, ctx.now));
  return findPage(ctx.em, CustomerInvitation, { $and: conditions }, page);
}
