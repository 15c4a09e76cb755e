import { registerEnumType } from 'type-graphql';

/**
 * What a notification is about. To add a kind: one value here, one row in NOTIFICATION_KINDS below
 * (the compiler refuses a kind without its row), its demo text in seeds/notifications.ts and a
 * migration widening the column's check (SQLite rebuilds the table: Migration20261204150000_NotificationKinds).
 */
export enum NotificationKind {
  UNBIND_REQUEST_ANSWERED = 'UNBIND_REQUEST_ANSWERED',
  PARTNER_UNBIND_REQUESTED = 'PARTNER_UNBIND_REQUESTED',
  CUSTOMER_UNBIND_REQUESTED = 'CUSTOMER_UNBIND_REQUESTED',
  UNBIND_REQUEST_EXPIRED = 'UNBIND_REQUEST_EXPIRED',
  BALANCE_ALERT = 'BALANCE_ALERT',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  ORDER_AUTHORIZATION_CHANGED = 'ORDER_AUTHORIZATION_CHANGED',
  RECHARGE_SETTLED = 'RECHARGE_SETTLED',
  REMITTANCE_HANDLED = 'REMITTANCE_HANDLED',
  WITHDRAWAL_HANDLED = 'WITHDRAWAL_HANDLED',
  PAYMENT_AGREEMENT_CHANGED = 'PAYMENT_AGREEMENT_CHANGED',
  INVOICE_STATUS = 'INVOICE_STATUS',
  INCENTIVE_STATUS = 'INCENTIVE_STATUS',
  LEAD_DISPATCHED = 'LEAD_DISPATCHED',
  LEAD_ASSIGNED = 'LEAD_ASSIGNED',
  OPPORTUNITY_STATUS = 'OPPORTUNITY_STATUS',
  MARKETING_TASK_ASSIGNED = 'MARKETING_TASK_ASSIGNED',
  PROGRAM_APPLICATION_HANDLED = 'PROGRAM_APPLICATION_HANDLED',
  RESELLER_INVITED = 'RESELLER_INVITED',
  SPECIALIST_ASSESSED = 'SPECIALIST_ASSESSED',
}

export interface NotificationKindSpec {
  /** The enum value's description in the schema. */
  description: string;
  /** Also sent by e-mail or SMS (through the outbox) to the recipient's address, not only in-app. */
  external: boolean;
}

/** Every kind: its description and whether it also leaves by e-mail or SMS. */
export const NOTIFICATION_KINDS: Record<NotificationKind, NotificationKindSpec> = {
  UNBIND_REQUEST_ANSWERED: {
    description:
      'An unbind request was approved or rejected: to the customer when its partner answered, to the partner when its customer answered. Also sent by SMS or e-mail.',
    external: true,
  },
  PARTNER_UNBIND_REQUESTED: {
    description:
      'Your partner asked to end the association (解除关联申请): to the customer, who answers it with answerUnbindRequest within 7 days. Also sent by SMS or e-mail.',
    external: true,
  },
  CUSTOMER_UNBIND_REQUESTED: {
    description:
      "A customer asked to end its association (客户申请解绑): to the partner's members who may handle it. Also sent by SMS or e-mail.",
    external: true,
  },
  UNBIND_REQUEST_EXPIRED: {
    description: 'An unbind request was not answered in time and lapsed: to both sides. Also sent by SMS or e-mail.',
    external: true,
  },
  BALANCE_ALERT: {
    description: 'A balance fell below its alert threshold (余额预警). Also sent by SMS or e-mail.',
    external: true,
  },
  INVITATION_ACCEPTED: {
    description: "A customer accepted the partner's invitation and is now associated.",
    external: false,
  },
  ORDER_AUTHORIZATION_CHANGED: {
    description: 'A customer granted or cancelled its order-on-behalf authorization (代下单授权).',
    external: false,
  },
  RECHARGE_SETTLED: {
    description: 'An online recharge (充值) completed or failed: to the member who started it.',
    external: false,
  },
  REMITTANCE_HANDLED: {
    description: 'An operator confirmed or rejected a remittance claim (汇款认领): to the member who submitted it.',
    external: false,
  },
  WITHDRAWAL_HANDLED: {
    description:
      'An operator paid or rejected a withdrawal (提现 / 激励返点提现): to the member who requested it. Also sent by SMS or e-mail.',
    external: true,
  },
  PAYMENT_AGREEMENT_CHANGED: {
    description:
      "A customer accepted or rejected a payment-on-behalf agreement (代付), or it ended: to the partner's members who manage agreements.",
    external: false,
  },
  INVOICE_STATUS: {
    description: 'An operator moved an invoice (发票) to a new status: to the member who requested it.',
    external: false,
  },
  INCENTIVE_STATUS: {
    description:
      "An incentive record (激励) moved to a new stage: to the partner's members who may apply for incentives.",
    external: false,
  },
  LEAD_DISPATCHED: {
    description: "An operator dispatched a lead (线索派发) to the partner: to the partner's members who manage leads.",
    external: false,
  },
  LEAD_ASSIGNED: {
    description: 'A lead was assigned to an account manager: to that account manager.',
    external: false,
  },
  OPPORTUNITY_STATUS: {
    description:
      'An opportunity shared with the cloud (共享给华为) changed status, e.g. 验证通过: to the member who shared it.',
    external: false,
  },
  MARKETING_TASK_ASSIGNED: {
    description: 'A marketing task (营销任务) was assigned to an account manager: to that account manager.',
    external: false,
  },
  PROGRAM_APPLICATION_HANDLED: {
    description: 'An operator approved or rejected a program application (伙伴计划申请): to the member who applied.',
    external: false,
  },
  RESELLER_INVITED: {
    description:
      "A distributor invited the partner to associate as its cloud reseller: to the invited partner's admin. Also sent by SMS or e-mail.",
    external: true,
  },
  SPECIALIST_ASSESSED: {
    description: 'A project-specialist application (项目专员) was assessed: to the member who applied.',
    external: false,
  },
};

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about. More kinds will be added: clients should show unknown kinds generically.',
  valuesConfig: Object.fromEntries(
    Object.entries(NOTIFICATION_KINDS).map(([kind, spec]) => [kind, { description: spec.description }]),
  ),
});
