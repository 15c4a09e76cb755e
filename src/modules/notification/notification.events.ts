/**
 * The events that raise notifications, one function each, called inside the transaction of the
 * change they report. Wired today: orderAuthorizationChanged (grant/revokeOrderAuthorization) and
 * unbindRequestAnswered to the customer (handleUnbindRequest). The others are ready for the
 * workflows that raise them (customer sign-in, unbind expiry, balance alert, invitations).
 */
import type { EntityManager } from '@mikro-orm/core';
import { toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { NotificationKind } from './notification.enums';
import type { Recipient } from './notification.recipient';
import { addressed, customerRecipient, membersWithPermission, notify } from './notification.service';

/** The customer an event is about: its primary key and account name. */
export interface AboutCustomer {
  partnerId: number;
  customerId: number;
  accountName: string;
}

const customerSubject = (c: AboutCustomer) => toGlobalId('SubCustomer', c.customerId);

/** The customer granted or cancelled 代下单授权: to the partner's members who manage its orders (in their row scope). */
export async function orderAuthorizationChanged(
  tx: EntityManager,
  about: AboutCustomer & { granted: boolean },
): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'order:manage', { aboutCustomer: about.customerId });
  const what = about.granted ? 'granted' : 'cancelled';
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.ORDER_AUTHORIZATION_CHANGED,
      title: `${about.accountName} ${what} order-on-behalf authorization (代下单授权)`,
      body: about.granted
        ? `Customer ${about.accountName} authorized your partner to place and pay its yearly/monthly orders on its behalf.`
        : `Customer ${about.accountName} cancelled its order-on-behalf authorization: orders can no longer be placed on its behalf.`,
      subject: customerSubject(about),
    }),
  );
}

/** The partner answered the customer's unbind request: to the customer (its cloud account), also by SMS or e-mail. */
export async function unbindRequestAnsweredToCustomer(
  tx: EntityManager,
  about: AboutCustomer & { partnerName: string; approved: boolean; eventId: number },
): Promise<void> {
  const customer = await customerRecipient(tx, about.customerId);
  if (!customer) return;
  await notify(tx, [
    {
      recipient: customer,
      kind: NotificationKind.UNBIND_REQUEST_ANSWERED,
      title: `Your unbind request was ${about.approved ? 'approved' : 'rejected'} (解绑申请${about.approved ? '已同意' : '已驳回'})`,
      body: about.approved
        ? `${about.partnerName} approved your request: your account ${about.accountName} is no longer associated with it.`
        : `${about.partnerName} rejected your request: your account ${about.accountName} stays associated with it.`,
      subject: toGlobalId('AssociationEvent', about.eventId),
    },
  ]);
}

/** The partner asked to unbind (解除关联申请): to the customer, also by SMS or e-mail. */
export async function partnerUnbindRequested(
  tx: EntityManager,
  about: AboutCustomer & { partnerName: string; eventId: number; expiresAt: Date },
): Promise<void> {
  const customer = await customerRecipient(tx, about.customerId);
  if (!customer) return;
  await notify(tx, [
    {
      recipient: customer,
      kind: NotificationKind.PARTNER_UNBIND_REQUESTED,
      title: `${about.partnerName} asked to end your association (解除关联申请)`,
      body: `${about.partnerName} asked to unbind your account ${about.accountName}. Approve or reject it with answerUnbindRequest before ${about.expiresAt.toISOString()}; unanswered, it lapses and nothing changes.`,
      subject: toGlobalId('AssociationEvent', about.eventId),
    },
  ]);
}

/** The customer answered the partner's unbind application: to the partner's members who handle associations. */
export async function unbindRequestAnsweredToPartner(
  tx: EntityManager,
  about: AboutCustomer & { approved: boolean; eventId: number },
): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'customer:association', {
    aboutCustomer: about.customerId,
  });
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.UNBIND_REQUEST_ANSWERED,
      title: `${about.accountName} ${about.approved ? 'approved' : 'rejected'} your unbind application`,
      body: about.approved
        ? `Customer ${about.accountName} approved the unbind: its coupons and balance were reclaimed and the association ended.`
        : `Customer ${about.accountName} rejected the unbind: the association stays.`,
      subject: toGlobalId('AssociationEvent', about.eventId),
    }),
  );
}

/** A customer asked to unbind (客户申请解绑): to the partner's members who may answer it, also by SMS or e-mail. */
export async function customerUnbindRequested(
  tx: EntityManager,
  about: AboutCustomer & { eventId: number; reason: string | null },
): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'customer:association', {
    aboutCustomer: about.customerId,
  });
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.CUSTOMER_UNBIND_REQUESTED,
      title: `${about.accountName} asked to end its association (客户申请解绑)`,
      body: `Customer ${about.accountName} asked to unbind${about.reason ? `: ${about.reason}` : ''}. Answer it with handleUnbindRequest.`,
      subject: toGlobalId('AssociationEvent', about.eventId),
    }),
  );
}

/** An unbind request lapsed unanswered: to both sides (the partner's association handlers and the customer). */
export async function unbindRequestExpired(
  tx: EntityManager,
  about: AboutCustomer & { eventId: number },
): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'customer:association', {
    aboutCustomer: about.customerId,
  });
  const customer = await customerRecipient(tx, about.customerId);
  const recipients: Recipient[] = customer ? [...members, customer] : members;
  await notify(
    tx,
    addressed(recipients, {
      kind: NotificationKind.UNBIND_REQUEST_EXPIRED,
      title: `The unbind request of ${about.accountName} expired`,
      body: `The unbind request of ${about.accountName} was not answered in time and lapsed; the association stays.`,
      subject: toGlobalId('AssociationEvent', about.eventId),
    }),
  );
}

/** The partner's balance fell below its alert threshold (余额预警): to the members who may see the balance. */
export async function balanceAlert(
  tx: EntityManager,
  about: { partnerId: number; balanceFen: number; thresholdFen: number },
): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'account:view-balance');
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.BALANCE_ALERT,
      title: `Balance below ${formatFen(about.thresholdFen)} CNY (余额预警)`,
      body: `Your partner's cash balance is ${formatFen(about.balanceFen)} CNY, below the alert threshold of ${formatFen(about.thresholdFen)} CNY.`,
      subject: toGlobalId('Partner', about.partnerId),
    }),
  );
}

/** A customer accepted the partner's invitation: to the members who may see customer details. */
export async function invitationAccepted(tx: EntityManager, about: AboutCustomer): Promise<void> {
  const members = await membersWithPermission(tx, about.partnerId, 'customer:detail');
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.INVITATION_ACCEPTED,
      title: `${about.accountName} accepted your invitation`,
      body: `Customer ${about.accountName} accepted your invitation and is now associated with your partner.`,
      subject: customerSubject(about),
    }),
  );
}
