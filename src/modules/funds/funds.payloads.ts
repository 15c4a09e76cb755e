import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { UserError } from '../../common/errors';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { AdjustRecord } from './funds.entity';

@ObjectType({ simpleResolvers: true, description: 'One allocation that took effect.' })
export class FundAllocationResult {
  @Field(() => Int, { description: 'Index of the allocation in input.allocations.' })
  index!: number;

  @Field(() => SubCustomer, { description: 'The customer, with its new balance.' })
  customer!: SubCustomer;

  @Field(() => AdjustRecord, { description: 'The adjust record (调账记录) written.' })
  adjustRecord!: AdjustRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of allocateFunds: succeeded and failed allocations side by side.',
})
export class AllocateFundsPayload extends MutationPayload {
  @Field(() => [FundAllocationResult], { description: 'Allocations that took effect.' })
  succeeded!: FundAllocationResult[];

  @Field(() => [UserError], { description: 'Allocations that were refused, each with field "input.allocations[i]…".' })
  failed!: UserError[];

  @Field(() => Partner, { nullable: true, description: 'Your partner, with its new balance.' })
  partner!: Partner | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a single fund movement.' })
export class FundMovementPayload extends MutationPayload {
  @Field(() => AdjustRecord, { nullable: true, description: 'The adjust record written; null when refused.' })
  adjustRecord!: AdjustRecord | null;

  @Field(() => SubCustomer, { nullable: true, description: 'The customer, with its new balance (customer movements).' })
  customer!: SubCustomer | null;

  @Field(() => Partner, { nullable: true, description: 'The reseller, with its new balance (reseller movements).' })
  reseller!: Partner | null;

  @Field(() => Partner, { nullable: true, description: 'Your partner, with its new balance.' })
  partner!: Partner | null;

  /** reclaimFunds of the whole balance (全额提现): the coupons whose balance went back to their quotas (FundMovementPayload.reclaimedCoupons). */
  reclaimedCouponIds?: number[];
}
