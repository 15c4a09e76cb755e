import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { RevokeOrderAuthorizationInput } from './association.mutation-inputs';
import { OrderAuthorizationPayload } from './association.payloads';
import { AnswerUnbindRequestInput, CustomerUnbindPayload, RequestUnbindInput } from './unbind-requests.inputs';
import { grantOrderAuthorization, revokeOrderAuthorization } from './customer-authorization.service';
import { answerUnbindRequest, requestUnbind } from './unbind-requests.service';

const CUSTOMER_ONLY = 'For a signed-in customer (signIn as: CUSTOMER); FORBIDDEN for members and operators.';

/** The customer's side of the association workflows. */
@Resolver()
export class CustomerAssociationMutationResolver {
  @Mutation(() => OrderAuthorizationPayload, {
    description: `代下单授权: you grant your partner order-on-behalf authorization (a new GRANTED authorization; nothing changes when the latest is already GRANTED). CUSTOMER_NOT_ASSOCIATED without an association. ${CUSTOMER_ONLY}`,
  })
  grantOrderAuthorization(@Ctx() ctx: Context) {
    return grantOrderAuthorization(ctx);
  }

  @Mutation(() => OrderAuthorizationPayload, {
    description: `取消授权: you cancel your partner's order-on-behalf authorization, with a reason and a verification code (REVOKED with revokedAt); AUTHORIZATION_NOT_GRANTED when none is GRANTED. ${CUSTOMER_ONLY}`,
  })
  revokeOrderAuthorization(
    @Arg('input', () => RevokeOrderAuthorizationInput, { description: 'Reason and verification code.' })
    input: RevokeOrderAuthorizationInput,
    @Ctx() ctx: Context,
  ) {
    return revokeOrderAuthorization(ctx, input);
  }

  @Mutation(() => CustomerUnbindPayload, {
    description: `同意 / 驳回 your partner's unbind request (解除关联申请) within its 7 days, with a verification code. Approving ends the association now: the partner's coupons go back to it and your balance (RESALE) returns to it. EVENT_NOT_PENDING when already answered, UNBIND_REQUEST_EXPIRED when late, CUSTOMER_IN_DEBT / CUSTOMER_FROZEN block an approval. Retrying is safe: a second answer changes nothing. ${CUSTOMER_ONLY}`,
  })
  answerUnbindRequest(
    @Arg('input', () => AnswerUnbindRequestInput, { description: 'The request, the answer and a verification code.' })
    input: AnswerUnbindRequestInput,
    @Ctx() ctx: Context,
  ) {
    return answerUnbindRequest(ctx, input);
  }

  @Mutation(() => CustomerUnbindPayload, {
    description: `You ask your partner to end the association: a PENDING unbind request it answers (handleUnbindRequest) within 7 days, or it expires. UNBIND_REQUEST_PENDING while one waits; the 3-month rule applies (UNBIND_TOO_SOON). ${CUSTOMER_ONLY}`,
  })
  requestUnbind(
    @Arg('input', () => RequestUnbindInput, { description: 'Reason and verification code.' }) input: RequestUnbindInput,
    @Ctx() ctx: Context,
  ) {
    return requestUnbind(ctx, input);
  }
}
