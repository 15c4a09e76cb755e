import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OrderAuthorizationInput } from './association.mutation-inputs';
import { OrderAuthorizationPayload } from './association.payloads';
import { grantOrderAuthorization, revokeOrderAuthorization } from './customer-authorization.service';

const SIMULATION =
  'Simulates the customer’s own action in the customer console (this graph has no customer sign-in), for demos and tests: callable by an administrator (customer:association) on your own customers; the audit log names the member.';

@Resolver()
export class CustomerAuthorizationMutationResolver {
  @Mutation(() => OrderAuthorizationPayload, {
    description: `代下单授权: the customer grants your partner order-on-behalf authorization (a new GRANTED authorization; nothing changes when the latest is already GRANTED). Refused for an unbound customer (CUSTOMER_NOT_ASSOCIATED). ${SIMULATION}`,
  })
  grantOrderAuthorization(
    @Arg('input', () => OrderAuthorizationInput, { description: 'The customer that grants the authorization.' })
    input: OrderAuthorizationInput,
    @Ctx() ctx: Context,
  ) {
    return grantOrderAuthorization(ctx, input);
  }

  @Mutation(() => OrderAuthorizationPayload, {
    description: `取消授权: the customer revokes your order-on-behalf authorization (REVOKED with revokedAt); AUTHORIZATION_NOT_GRANTED when none is GRANTED. ${SIMULATION}`,
  })
  revokeOrderAuthorization(
    @Arg('input', () => OrderAuthorizationInput, { description: 'The customer that revokes the authorization.' })
    input: OrderAuthorizationInput,
    @Ctx() ctx: Context,
  ) {
    return revokeOrderAuthorization(ctx, input);
  }
}
