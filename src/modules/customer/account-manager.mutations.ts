import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { assignAccountManager } from './account-manager.service';
import { AssignAccountManagerInput } from './account-manager.mutation-inputs';
import { AssignAccountManagerPayload } from './account-manager.payloads';

/** 分配客户经理. Needs customer:assign-manager (see permissions/field-access.ts). */
@Resolver()
export class AccountManagerMutationResolver {
  @Mutation(() => AssignAccountManagerPayload, {
    description:
      'Assigns an account manager (客户经理) to up to 100 of your customers, or unassigns them with accountManagerId null. The manager sees the customers from its next request on. Partial success: changed customers in `customers`, the others in `failed`. Needs customer:assign-manager. Audited per changed customer.',
  })
  assignAccountManager(
    @Arg('input', () => AssignAccountManagerInput, {
      description: 'Up to 100 customers and the account manager to assign (null unassigns).',
    })
    input: AssignAccountManagerInput,
    @Ctx() ctx: Context,
  ): Promise<AssignAccountManagerPayload> {
    return assignAccountManager(ctx, input);
  }
}
