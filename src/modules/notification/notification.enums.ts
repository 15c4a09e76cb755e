import { registerEnumType } from 'type-graphql';

/**
 * What a notification is about. To add a kind (the finance and growth work adds INCENTIVE_STATUS,
 * INVOICE_STATUS, LEAD_STATUS): one value here and one row in NOTIFICATION_KINDS below; the
 * compiler refuses a kind without its row.
 */
export enum NotificationKind {
  UNBIND_REQUEST_ANSWERED = 'UNBIND_REQUEST_ANSWERED',
  PARTNER_UNBIND_REQUESTED = 'PARTNER_UNBIND_REQUESTED',
  CUSTOMER_UNBIND_REQUESTED = 'CUSTOMER_UNBIND_REQUESTED',
  UNBIND_REQUEST_EXPIRED = 'UNBIND_REQUEST_EXPIRED',
  BALANCE_ALERT = 'BALANCE_ALERT',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  ORDER_AUTHORIZATION_CHANGED = 'ORDER_AUTHORIZATION_CHANGED',
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
};

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about. More kinds will be added: clients should show unknown kinds generically.',
  valuesConfig: Object.fromEntries(
    Object.entries(NOTIFICATION_KINDS).map(([kind, spec]) => [kind, { description: spec.description }]),
  ),
});
