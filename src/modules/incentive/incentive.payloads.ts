import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors';
import { MutationPayload } from '../../common/payload';
import { Partner } from '../partner/partner.entity';
import { IncentiveRecord } from './incentive.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of applyIncentives.' })
export class ApplyIncentivesPayload extends MutationPayload {
  @Field(() => [IncentiveRecord], { description: 'The records applied for, now 申请处理中, in input order.' })
  succeeded!: IncentiveRecord[];

  @Field(() => [UserError], { description: 'Records refused, each with field "input.ids[i]"; they did not change.' })
  failed!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of invoiceIncentive and processIncentive.' })
export class IncentivePayload extends MutationPayload {
  @Field(() => IncentiveRecord, {
    nullable: true,
    description: 'The record in its new stage; null when refused, and then nothing changed.',
  })
  incentive!: IncentiveRecord | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of setIncentiveAutoApply.' })
export class SetIncentiveAutoApplyPayload extends MutationPayload {
  @Field(() => Partner, { nullable: true, description: 'Your partner, with incentiveAutoApply as now set.' })
  partner!: Partner | null;
}
