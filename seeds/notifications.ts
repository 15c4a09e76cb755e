/**
 * Demo notifications (消息中心): for every demo member who can sign in, one notification of each
 * kind, the older half already read, so Member.notifications, unreadOnly and the unread badge all
 * have something to show. Deterministic: times count back from the reference date.
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
};

/** One notification row as the seeder writes it. */
export interface NotificationRow extends Record<string, unknown> {
  member: number;
  cloudAccount: null;
  kind: NotificationKind;
  title: string;
  body: string;
  subject: string | null;
  createdAt: number;
  readAt: number | null;
}

/** Kinds only customers receive (a member never gets them). */
const CUSTOMER_ONLY_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.PARTNER_UNBIND_REQUESTED]);

/** The demo notifications of one member: each member kind once, a day apart, the three oldest read. */
export function demoNotifications(memberId: number, partnerId: number, ref: number): NotificationRow[] {
  const kinds = Object.values(NotificationKind).filter((kind) => !CUSTOMER_ONLY_KINDS.has(kind));
  return kinds.map((kind, i) => {
    const createdAt = ref - (kinds.length - i) * 24 * HOUR - memberId * 60_000;
    return {
      member: memberId,
      cloudAccount: null,
      kind,
      ...DEMO_TEXT[kind],
      subject: kind === NotificationKind.BALANCE_ALERT ? toGlobalId('Partner', partnerId) : null,
      createdAt,
      readAt: i < kinds.length / 2 ? createdAt + 2 * HOUR : null,
    };
  });
}
