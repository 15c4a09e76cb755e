import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { requireCustomer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { addPerformance } from '../performance/rollup';
import { AssociationEvent } from '../association/association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from '../association/association.enums';
import type { CloudAccount } from '../cloud-account/cloud-account.entity';
import { SubCustomer } from '../customer/customer.entity';
import { CustomerLevel, CustomerType, FrozenState, VerifiedStatus } from '../customer/customer.enums';
import { associationView } from '../customer-viewer/customer-viewer.service';
import { PartnerStatus } from '../partner/partner.enums';
import { CustomerInvitation, CustomerInvitationAcceptance } from './customer-invitation.entity';
import type { AcceptCustomerInvitationInput } from './customer-invitation.mutation-inputs';
import { notifyInvitationAccepted } from './customer-invitation.notify';
import type { AcceptCustomerInvitationPayload } from './customer-invitation.payloads';
import {
  accountRefusal,
  associationRefusal,
  invitationNotFound,
  invitationRefusal,
  isTokenShaped,
} from './customer-invitation.rules';
import { addNewCustomer } from '../performance/consumption-rollup';

const refused = refusal<AcceptCustomerInvitationPayload>({ association: null });

/** What an invitation-made customer carries as the partner platform's own id (it has none yet). */
export const INVITATION_XACCOUNT_TYPE = 'customer-invitation';

/**
 * PostgreSQL: acceptances of one cloud account run one after the other until commit, so the second
 * sees the first's association and answers its code; the partial unique index on active
 * associations is the backstop. SQLite runs one transaction at a time already.
 */
async function lockAccount(tx: SqlEntityManager, accountName: string): Promise<void> {
  if (/sqlite/i.test(tx.getPlatform().constructor.name)) return;
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`association:account:${accountName.toLowerCase()}`]);
}

/** The account's latest association row (ended or not), or null. */
const latestAssociation = (em: SqlEntityManager, accountName: string) =>
  em.findOne(SubCustomer, { accountName }, { orderBy: { id: 'desc' }, refresh: true });

function partnerFrozen(invitation: CustomerInvitation): UserError | null {
  if (invitation.partner.getEntity().status !== PartnerStatus.FROZEN) return null;
  return new UserError(
    'PARTNER_FROZEN',
    'The inviting partner is frozen (冻结): it cannot acquire customers now.',
    'input.token',
  );
}

/** The new sub_customer row and its ASSOCIATE event (initiator CUSTOMER); answers its primary key. */
async function associate(
  tx: SqlEntityManager,
  invitation: CustomerInvitation,
  account: CloudAccount,
  previous: SubCustomer | null,
  now: Date,
): Promise<number> {
  const [countryCode, telephone] = account.mobile?.includes('-') ? account.mobile.split('-', 2) : [null, null];
  const partnerId = invitation.partner.id;
  const customerId = await tx.insert(SubCustomer, {
    partner: partnerId,
    // The cloud account id stays the account's across associations; a first association gets one.
    customerId: previous?.customerId ?? randomBytes(16).toString('hex'),
    accountName: account.accountName,
    name: previous?.name ?? null,
    associatedOn: now,
    associationType: invitation.associationType,
    label: null,
    telephone,
    countryCode,
    email: account.email ?? null,
    verifiedStatus: previous?.verifiedStatus ?? VerifiedStatus.NOT_VERIFIED,
    customerType: previous?.customerType ?? CustomerType.NONE,
    isFrozen: FrozenState.NOT_FROZEN,
    customerLevel: previous?.customerLevel ?? CustomerLevel.V0,
    accountManager: null,
    xaccountId: invitation.globalId,
    xaccountType: INVITATION_XACCOUNT_TYPE,
    balance: 0,
    debtAmount: 0,
    unboundAt: null,
    version: 1,
  });
  await tx.insert(AssociationEvent, {
    partner: partnerId,
    customer: customerId,
    eventType: AssociationEventType.ASSOCIATE,
    initiator: AssociationInitiator.CUSTOMER,
    status: AssociationEventStatus.COMPLETED,
    reason: null,
    fromType: null,
    toType: invitation.associationType,
    createdAt: now,
    handledAt: now,
    handledBy: null,
  });
  await tx.insert(CustomerInvitationAcceptance, { invitation: invitation.id, customer: customerId, acceptedAt: now });
  return customerId;
}

/** The audit row of an acceptance: the partner's log, no member (the customer acted). */
async function auditAcceptance(
  tx: SqlEntityManager,
  ctx: Context,
  invitation: CustomerInvitation,
  account: CloudAccount,
  customerId: number,
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: 'acceptCustomerInvitation',
    partnerId: invitation.partner.id,
    target: toGlobalId('SubCustomer', customerId),
    after: {
      invitation: invitation.globalId,
      cloudAccount: toGlobalId('CloudAccount', account.id),
      accountName: account.accountName,
      associationType: invitation.associationType,
    },
  });
}

async function accept(
  tx: SqlEntityManager,
  ctx: Context,
  account: CloudAccount,
  token: string,
): Promise<AcceptCustomerInvitationPayload> {
  const now = new Date();
  const invitation = await tx.findOne(CustomerInvitation, { token }, { populate: ['partner'], refresh: true });
  if (!invitation) return refused(invitationNotFound('input.token'));
  const problem =
    invitationRefusal(invitation, now, 'input.token') ?? partnerFrozen(invitation) ?? accountRefusal(account);
  if (problem) return refused(problem);
  await lockAccount(tx, account.accountName);
  const previous = await latestAssociation(tx, account.accountName);
  const active = previous && previous.unboundAt == null ? previous.partner.id : null;
  const taken = associationRefusal(active, invitation.partner.id);
  if (taken) return refused(taken);
  const customerId = await associate(tx, invitation, account, previous, now);
  await auditAcceptance(tx, ctx, invitation, account, customerId);
  await notifyInvitationAccepted(tx, {
    partnerId: invitation.partner.id,
    invitationId: invitation.id,
    customerId,
    accountName: account.accountName,
    acceptedAt: now,
  });
  await addPerformance(tx, invitation.partner.id, now, { newCustomers: 1 });
  await addNewCustomer(tx, customerId);
  const row = await tx.findOneOrFail(SubCustomer, customerId);
  return success<AcceptCustomerInvitationPayload>({
    association: associationView(row, invitation.partner.getEntity().name),
  });
}

/**
 * 接受邀请: the signed-in customer associates its cloud account with the invitation's partner, in
 * one transaction: a sub_customer row with the invitation's association type, an ASSOCIATE event
 * (initiator CUSTOMER), the acceptance and the partner's audit row. Each refusal has its own code
 * and changes nothing.
 */
export async function acceptCustomerInvitation(
  ctx: Context,
  input: AcceptCustomerInvitationInput,
): Promise<AcceptCustomerInvitationPayload> {
  const { account } = requireCustomer(ctx);
  const token = input.token.trim();
  if (!isTokenShaped(token)) return refused(invitationNotFound('input.token'));
  try {
    return await ctx.em.transactional((tx) => accept(tx, ctx, account, token));
  } catch (err) {
    // A concurrent acceptance of the same account won the partial unique index: answer as the check would.
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    const [latest, invitation] = await Promise.all([
      latestAssociation(ctx.em.fork(), account.accountName),
      ctx.em.fork().findOne(CustomerInvitation, { token }),
    ]);
    const taken =
      latest && invitation && latest.unboundAt == null
        ? associationRefusal(latest.partner.id, invitation.partner.id)
        : null;
    if (taken) return refused(taken);
    throw err;
  }
}
