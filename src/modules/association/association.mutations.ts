import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  HandleUnbindRequestInput,
  SwitchAssociationTypeInput,
  UnbindCustomerInput,
} from './association.mutation-inputs';
import { AssociationChangePayload } from './association.payloads';
import { handleUnbindRequest, switchAssociationType, unbindCustomer } from './association-operations.service';

const RULES =
  'Administrators only. One unbind or switch per customer per 3 months (ASSOCIATION_CHANGE_TOO_SOON); not within 3 months of the customer asking to unbind (UNBIND_TOO_SOON); not while the customer has debt (CUSTOMER_IN_DEBT) or is frozen (CUSTOMER_FROZEN); not for a FROZEN or RESTRICTED partner (PARTNER_FROZEN, PARTNER_RESTRICTED). Needs a verification code when verification is on; idempotent with a key.';

@Resolver()
export class AssociationMutationResolver {
  @Mutation(() => AssociationChangePayload, {
    description: `解除关联: ask one of your customers to end the association: a PENDING UNBIND request (initiator PARTNER, expiresAt 7 days later) that the customer approves or rejects (answerUnbindRequest, with its own verification code); nothing moves now. On the customer's approval, in one transaction, every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 3), its balance returns to you (BEUNBIND adjust record), its order-on-behalf authorization is revoked and the association ends (unboundAt: the customer row stays under your partner for its history, leaves customer lists and its account manager). Unanswered for 7 days the request becomes EXPIRED and nothing changes. UNBIND_REQUEST_PENDING while an unbind request of either side waits. ${RULES}`,
  })
  unbindCustomer(
    @Arg('input', () => UnbindCustomerInput, {
      description: 'The customer to unbind, an optional reason, idempotency key and verification code.',
    })
    input: UnbindCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return unbindCustomer(ctx, input);
  }

  @Mutation(() => AssociationChangePayload, {
    description: `切换关联类型: switch a customer between ADVISORY and RESALE (COMPLETED SWITCH_TYPE event; ALREADY_THIS_TYPE when unchanged; UNBIND_REQUEST_PENDING while an unbind request waits for an answer). Away from RESALE, every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 8) and its balance returns to you (BEUNBIND) in the same transaction. ${RULES}`,
  })
  switchAssociationType(
    @Arg('input', () => SwitchAssociationTypeInput, {
      description:
        'The customer, the association type to switch it to, an optional reason, idempotency key and verification code.',
    })
    input: SwitchAssociationTypeInput,
    @Ctx() ctx: Context,
  ) {
    return switchAssociationType(ctx, input);
  }

  @Mutation(() => AssociationChangePayload, {
    description:
      "同意 / 驳回: answer a customer's PENDING unbind request (requestUnbind) within its 7 days (EVENT_NOT_FOUND, EVENT_NOT_PENDING, UNBIND_REQUEST_EXPIRED). Approving (APPROVED) ends the association at once, with the effects of a customer's approval of unbindCustomer (coupons reclaimed, balance returned, authorization revoked), and is refused for debt, freeze and a non-NORMAL partner (the 3-month rule limits new requests, not answers); rejecting (REJECTED) changes nothing else. The reason is appended to the customer's. Administrators only; needs a verification code when verification is on; idempotent with a key.",
  })
  handleUnbindRequest(
    @Arg('input', () => HandleUnbindRequestInput, {
      description:
        'The pending unbind request (association event), approve or reject, an optional reason, idempotency key and verification code.',
    })
    input: HandleUnbindRequestInput,
    @Ctx() ctx: Context,
  ) {
    return handleUnbindRequest(ctx, input);
  }
}
