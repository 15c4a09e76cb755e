/**
 * The finance workflows' notifications (issue 13), each raised inside the transaction of the change
 * it reports: a recharge settled, a remittance claim or a withdrawal handled by an operator, to the
 * member who started it; an invoice moved by an operator, to the member who requested it; a
 * payment agreement answered or ended, and an incentive moved by an operator, to the partner's
 * members holding the permission of that workflow.
 */
import type { EntityManager } from '@mikro-orm/core';
import { toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { NotificationKind } from './notification.enums';
import { addressed, membersWithPermission, notify } from './notification.service';
import { toMember } from './notification.recipient';

const cny = (fen: number) => `${formatFen(fen)} CNY`;

/** 充值 completed or failed (settleRechargePayment): to the member who started it. */
export async function rechargeSettled(
  tx: EntityManager,
  event: { memberId: number; paymentId: number; amount: number; succeeded: boolean },
): Promise<void> {
  await notify(tx, [
    {
      recipient: toMember(event.memberId),
      kind: NotificationKind.RECHARGE_SETTLED,
      title: event.succeeded
        ? `Recharge of ${cny(event.amount)} completed (充值成功)`
        : `Recharge of ${cny(event.amount)} failed (充值失败)`,
      body: event.succeeded
        ? `Your online recharge of ${cny(event.amount)} was credited to the cash account.`
        : `Your online recharge of ${cny(event.amount)} failed at the payment provider; nothing was credited.`,
      subject: toGlobalId('RechargePayment', event.paymentId),
    },
  ]);
}

/** 汇款认领 confirmed or rejected by an operator: to the member who submitted the claim. */
export async function remittanceHandled(
  tx: EntityManager,
  event: { memberId: number; claimId: number; amount: number; bankReference: string; reason: string | null },
): Promise<void> {
  const confirmed = event.reason == null;
  await notify(tx, [
    {
      recipient: toMember(event.memberId),
      kind: NotificationKind.REMITTANCE_HANDLED,
      title: `Remittance claim ${confirmed ? 'confirmed' : 'rejected'} (汇款认领${confirmed ? '成功' : '被驳回'})`,
      body: confirmed
        ? `Your remittance of ${cny(event.amount)} (ref ${event.bankReference}) was confirmed and credited to the cash account.`
        : `Your remittance claim of ${cny(event.amount)} (ref ${event.bankReference}) was rejected: ${event.reason}`,
      subject: toGlobalId('RemittanceClaim', event.claimId),
    },
  ]);
}

/** 提现 paid or rejected by an operator: to the member who requested it (also by SMS or e-mail). */
export async function withdrawalHandled(
  tx: EntityManager,
  event: { memberId: number; withdrawalId: number; amount: number; reason: string | null },
): Promise<void> {
  const paid = event.reason == null;
  await notify(tx, [
    {
      recipient: toMember(event.memberId),
      kind: NotificationKind.WITHDRAWAL_HANDLED,
      title: `Withdrawal ${paid ? 'paid' : 'rejected'} (提现${paid ? '已打款' : '被驳回'})`,
      body: paid
        ? `Your withdrawal of ${cny(event.amount)} was paid out.`
        : `Your withdrawal of ${cny(event.amount)} was rejected and returned to its account: ${event.reason}`,
      subject: toGlobalId('Withdrawal', event.withdrawalId),
    },
  ]);
}

/** An operator moved an invoice (moveInvoice): to the member who requested it, when one did. */
export async function invoiceMoved(
  tx: EntityManager,
  event: { memberId: number | null; invoiceId: number; invoiceNo: string; status: string; reason: string | null },
): Promise<void> {
  if (event.memberId == null) return;
  await notify(tx, [
    {
      recipient: toMember(event.memberId),
      kind: NotificationKind.INVOICE_STATUS,
      title: `Invoice ${event.invoiceNo} is ${event.status} (发票状态变更)`,
      body: `The cloud moved your invoice ${event.invoiceNo} to ${event.status}${event.reason ? `: ${event.reason}` : '.'}`,
      subject: toGlobalId('Invoice', event.invoiceId),
    },
  ]);
}

/** 代付 accepted, rejected or terminated: to the partner's members with funds:payment-agreement. */
export async function paymentAgreementChanged(
  tx: EntityManager,
  event: { partnerId: number; agreementId: number; customerId: number; status: string; reason: string | null },
): Promise<void> {
  const members = await membersWithPermission(tx, event.partnerId, 'funds:payment-agreement');
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.PAYMENT_AGREEMENT_CHANGED,
      title: `Payment-on-behalf agreement ${event.status} (代付协议)`,
      body: `The payment-on-behalf agreement with your customer is now ${event.status}${event.reason ? `: ${event.reason}` : '.'}`,
      subject: toGlobalId('PaymentAgreement', event.agreementId),
    }),
  );
}

/** An operator moved an incentive record (processIncentive): to the partner's members with incentive:apply. */
export async function incentiveMoved(
  tx: EntityManager,
  event: { partnerId: number; recordId: number; period: string; stage: string; reason: string | null },
): Promise<void> {
  const members = await membersWithPermission(tx, event.partnerId, 'incentive:apply');
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.INCENTIVE_STATUS,
      title: `Incentive of period ${event.period} is ${event.stage} (激励状态变更)`,
      body: `The cloud moved your incentive of period ${event.period} to ${event.stage}${event.reason ? `: ${event.reason}` : '.'}`,
      subject: toGlobalId('IncentiveRecord', event.recordId),
    }),
  );
}
