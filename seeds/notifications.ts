/**
 * Demo notifications (消息中心): for every demo member who can sign in, one notification of each
 * kind, the older half already read, so Member.notifications, unreadOnly and the unread badge all
 * have something to show; for the demo customer yunfan-tech, each kind a customer receives
 * (CustomerViewer.notifications). Deterministic: times count back from the reference date.
 */
import { NotificationKind } from '../src/modules/notification/notification.enums';
import { toGlobalId } from '../src/common/global-id';

const HOUR = 3_600_000;

/** Title and body of each kind in the demo. */
const DEMO_TEXT: Record<NotificationKind, { title: string; body: string }> = {
  UNBIND_REQUEST_ANSWERED: {
    title: 'yunfan-tech rejected your unbind application',
    body: 'Customer yunfan-tech rejected the unbind: the association stays.',
  },
  PARTNER_UNBIND_REQUESTED: {
    title: 'Your partner asked to end your association (解除关联申请)',
    body: 'Your partner asked to unbind your account; answer it with answerUnbindRequest within 7 days.',
  },
  CUSTOMER_UNBIND_REQUESTED: {
    title: 'tianyi-logistics asked to end its association (客户申请解绑)',
    body: 'Customer tianyi-logistics asked to unbind: 更换服务商. Answer it with handleUnbindRequest.',
  },
  UNBIND_REQUEST_EXPIRED: {
    title: 'The unbind request of northwind-analytics expired',
    body: 'The unbind request of northwind-analytics was not answered in time and lapsed; the association stays.',
  },
  BALANCE_ALERT: {
    title: 'Balance below 10000.00 CNY (余额预警)',
    body: "Your partner's cash balance is 8650.00 CNY, below the alert threshold of 10000.00 CNY.",
  },
  INVITATION_ACCEPTED: {
    title: 'qingyun-newco accepted your invitation',
    body: 'Customer qingyun-newco accepted your invitation and is now associated with your partner.',
  },
  ORDER_AUTHORIZATION_CHANGED: {
    title: 'xinghe-edu cancelled order-on-behalf authorization (代下单授权)',
    body: 'Customer xinghe-edu cancelled its order-on-behalf authorization: orders can no longer be placed on its behalf.',
  },
  RECHARGE_SETTLED: {
    title: 'Recharge of 5000.00 CNY completed (充值成功)',
    body: 'Your online recharge of 5000.00 CNY was credited to the cash account.',
  },
  REMITTANCE_HANDLED: {
    title: 'Remittance claim confirmed (汇款认领)',
    body: 'Your remittance of 20000.00 CNY (ref ICBC-20261120-001) was confirmed and credited.',
  },
  WITHDRAWAL_HANDLED: {
    title: 'Withdrawal paid (提现)',
    body: 'Your withdrawal of 3000.00 CNY was paid to the account ending 6789.',
  },
  PAYMENT_AGREEMENT_CHANGED: {
    title: 'yunfan-tech accepted payment on behalf (代付)',
    body: 'Customer yunfan-tech accepted the payment-on-behalf agreement: its orders are now charged to your partner.',
  },
  INVOICE_STATUS: {
    title: 'Invoice issued (发票已开具)',
    body: 'Your VAT invoice for cloud-store orders, 1200.00 CNY, was issued.',
  },
  INCENTIVE_STATUS: {
    title: 'Incentive awaiting your invoice (待伙伴开票)',
    body: 'The incentive of period 2026-10 passed invoice review: issue your invoice to the cloud.',
  },
  LEAD_DISPATCHED: {
    title: 'New lead dispatched (线索派发)',
    body: 'The cloud dispatched a lead from 上海 to your partner: assign it to an account manager.',
  },
  LEAD_ASSIGNED: {
    title: 'A lead was assigned to you',
    body: 'Lead 上海某制造企业 上云咨询 was assigned to you: follow it up.',
  },
  OPPORTUNITY_STATUS: {
    title: 'Opportunity verified (验证通过)',
    body: 'The opportunity you shared with the cloud passed verification.',
  },
  MARKETING_TASK_ASSIGNED: {
    title: 'New renewal task (大单续订任务)',
    body: 'A big-deal renewal task was assigned to you: handle it before the resources expire.',
  },
  PROGRAM_APPLICATION_HANDLED: {
    title: 'Distribution program application approved',
    body: 'Your application to the distribution program was approved.',
  },
  RESELLER_INVITED: {
    title: 'Invitation to associate as a cloud reseller',
    body: 'A distributor invited your partner to associate as its cloud reseller; the link is valid for 24 hours.',
  },
  SPECIALIST_ASSESSED: {
    title: 'Project specialist assessment passed',
    body: 'Your application as a service-partner project specialist passed the assessment.',
  },
};

/** One notification row as the seeder writes it: to a member or to a customer's cloud account. */
export interface NotificationRow extends Record<string, unknown> {
  member: number | null;
  cloudAccount: number | null;
  kind: NotificationKind;
  title: string;
  body: string;
  subject: string | null;
  createdAt: number;
  readAt: number | null;
}

/** Kinds only customers receive (a member never gets them). */
const CUSTOMER_ONLY_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.PARTNER_UNBIND_REQUESTED]);

/** The member kinds (a customer-only kind never reaches a member). */
const MEMBER_KINDS = Object.values(NotificationKind).filter((kind) => !CUSTOMER_ONLY_KINDS.has(kind));

/** One member notification of `kind`, its demo text, read two hours after it was made (or unread). */
function memberNotification(
  memberId: number,
  partnerId: number,
  kind: NotificationKind,
  createdAt: number,
  read: boolean,
): NotificationRow {
  return {
    member: memberId,
    cloudAccount: null,
    kind,
    ...DEMO_TEXT[kind],
    subject: kind === NotificationKind.BALANCE_ALERT ? toGlobalId('Partner', partnerId) : null,
    createdAt,
    readAt: read ? createdAt + 2 * HOUR : null,
  };
}

/** The demo notifications of one member: each member kind once, a day apart, the three oldest read. */
export function demoNotifications(memberId: number, partnerId: number, ref: number): NotificationRow[] {
  const kinds = MEMBER_KINDS;
  return kinds.map((kind, i) =>
    memberNotification(
      memberId,
      partnerId,
      kind,
      ref - (kinds.length - i) * 24 * HOUR - memberId * 60_000,
      i < kinds.length / 2,
    ),
  );
}

/**
 * `count` older notifications of one member (the kinds in turn, a day apart, before the demo ones;
 * every fourth unread), so a notification list reads a full page (large scale; bench/operations).
 */
export function olderNotifications(memberId: number, partnerId: number, ref: number, count: number): NotificationRow[] {
  const kinds = MEMBER_KINDS;
  return Array.from({ length: count }, (_, i) =>
    memberNotification(
      memberId,
      partnerId,
      kinds[i % kinds.length],
      ref - (kinds.length + 1 + i) * 24 * HOUR - memberId * 60_000,
      i % 4 !== 0,
    ),
  );
}

/**
 * What a customer hears (notification.events.ts), as the demo customer's history: its partner asked to
 * unbind and the request lapsed unanswered (both read), and its own unbind request was rejected
 * (unread). All of them more than three months old, so none is still open (DEMO_CUSTOMERS).
 */
const CUSTOMER_TEXT: [NotificationKind, string, string, number, boolean][] = [
  [
    NotificationKind.PARTNER_UNBIND_REQUESTED,
    'Your partner asked to end your association (解除关联申请)',
    'Your partner asked to unbind your account. Approve or reject it with answerUnbindRequest within 7 days; unanswered, it lapses and nothing changes.',
    160,
    true,
  ],
  [
    NotificationKind.UNBIND_REQUEST_EXPIRED,
    'The unbind request of yunfan-tech expired',
    'The unbind request of yunfan-tech was not answered in time and lapsed; the association stays.',
    153,
    true,
  ],
  [
    NotificationKind.UNBIND_REQUEST_ANSWERED,
    'Your unbind request was rejected (解绑申请已驳回)',
    'Your partner rejected your request: your account yunfan-tech stays associated with it.',
    110,
    false,
  ],
];

/** The demo customer's notifications (to its cloud account), oldest first. */
export function customerNotifications(cloudAccountId: number, ref: number): NotificationRow[] {
  return CUSTOMER_TEXT.map(([kind, title, body, daysAgo, read]) => {
    const createdAt = ref - daysAgo * 24 * HOUR + 10 * HOUR;
    return {
      member: null,
      cloudAccount: cloudAccountId,
      kind,
      title,
      body,
      subject: null,
      createdAt,
      readAt: read ? createdAt + 2 * HOUR : null,
    };
  });
}
