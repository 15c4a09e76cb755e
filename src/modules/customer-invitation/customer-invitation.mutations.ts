import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { acceptCustomerInvitation } from './customer-invitation-accept.service';
import {
  AcceptCustomerInvitationInput,
  CancelCustomerInvitationInput,
  CreateCustomerInvitationInput,
} from './customer-invitation.mutation-inputs';
import { AcceptCustomerInvitationPayload, CustomerInvitationPayload } from './customer-invitation.payloads';
import { cancelCustomerInvitation, createCustomerInvitation } from './customer-invitation.service';

@Resolver()
export class CustomerInvitationMutationResolver {
  @Mutation(() => CustomerInvitationPayload, {
    description:
      '创建客户邀请: a new invitation link and QR code for your partner, with an association type and an expiry (default 7 days, 1–90). Any number of customers may accept it until it expires or you cancel it. Refusals: INVALID_INVITATION_EXPIRY, PARTNER_FROZEN. Idempotent with its key. Needs customer:create.',
  })
  createCustomerInvitation(
    @Arg('input', () => CreateCustomerInvitationInput, {
      description: 'Association type, expiry and idempotency key.',
    })
    input: CreateCustomerInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return createCustomerInvitation(ctx, input);
  }

  @Mutation(() => CustomerInvitationPayload, {
    description:
      '取消邀请: an ACTIVE invitation of your partner stops working at once (CANCELLED); customers who already accepted it stay associated. Refusals: CUSTOMER_INVITATION_NOT_FOUND, CUSTOMER_INVITATION_CANCELLED, CUSTOMER_INVITATION_EXPIRED. Needs customer:create.',
  })
  cancelCustomerInvitation(
    @Arg('input', () => CancelCustomerInvitationInput, { description: 'The invitation to cancel.' })
    input: CancelCustomerInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return cancelCustomerInvitation(ctx, input);
  }

  @Mutation(() => AcceptCustomerInvitationPayload, {
    description:
      "接受邀请 (customers only: sign in with input.as CUSTOMER): associate your cloud account with the invitation's partner, with the invitation's association type (an ASSOCIATE event, initiator CUSTOMER). Refused, with nothing changed: CUSTOMER_INVITATION_NOT_FOUND, CUSTOMER_INVITATION_CANCELLED, CUSTOMER_INVITATION_EXPIRED, PARTNER_FROZEN (the inviting partner), ACCOUNT_INTERNATIONAL, ACCOUNT_IS_PARTNER, ACCOUNT_REPORTED_BY_CLOUD, ACCOUNT_GOVERNMENT_SUBSIDY, ALREADY_ASSOCIATED_WITH_PARTNER, ACCOUNT_ASSOCIATED_ELSEWHERE (also when a concurrent acceptance associated the account first). FORBIDDEN for members and operators.",
  })
  acceptCustomerInvitation(
    @Arg('input', () => AcceptCustomerInvitationInput, { description: 'The token of the invitation link.' })
    input: AcceptCustomerInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return acceptCustomerInvitation(ctx, input);
  }
}
