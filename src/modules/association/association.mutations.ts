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
    description: `解除关联: end the association with one of your customers now (COMPLETED UNBIND event). In the same transaction every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 3), its balance returns to you (BEUNBIND adjust record) and its order-on-behalf authorization is revoked. The customer row stays under your partner for its history with unboundAt set: it leaves customer lists and its account manager, and no money moves to or from it any more. ${RULES}`,
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
    description: `切换关联类型: switch a customer between ADVISORY and RESALE (COMPLETED SWITCH_TYPE event; ALREADY_THIS_TYPE when unchanged). Away from RESALE, every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 8) and its balance returns to you (BEUNBIND) in the same transaction. ${RULES}`,
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
      "同意 / 驳回: answer a customer's PENDING unbind request (EVENT_NOT_FOUND, EVENT_NOT_PENDING). Approving (APPROVED) has the effects of unbindCustomer and is refused like it for debt, freeze, INACTIVE coupons and a non-NORMAL partner (the 3-month rule limits new requests, not answers); rejecting (REJECTED) changes nothing else. The reason is appended to the customer's. Administrators only; needs a verification code when verification is on; idempotent with a key.",
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
