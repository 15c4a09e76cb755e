import { Field, ID, InputType } from 'type-graphql';
import { PartnerAccountType } from '../partner/partner.entity';
import { AdjustOperationType, LedgerOwner, TradeType } from './funds.enums';

@InputType({ description: 'Filters for adjust records (调账记录). All given filters must match.' })
export class AdjustRecordFilter {
  @Field(() => AdjustOperationType, { nullable: true, description: 'Only movements of this kind.' })
  operationType?: AdjustOperationType | null;

  @Field(() => ID, { nullable: true, description: 'Only movements with this sub-customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only movements with this cloud reseller (a Partner id).' })
  resellerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Operation time on or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Operation time on or before this time.' })
  to?: Date | null;
}

@InputType({ description: 'Filters for account change records (收支明细). All given filters must match.' })
export class AccountChangeRecordFilter {
  @Field(() => LedgerOwner, {
    nullable: true,
    description: "Only the partner's own ledger (PARTNER) or only its customers' ledgers (CUSTOMER).",
  })
  ownerType?: LedgerOwner | null;

  @Field(() => ID, { nullable: true, description: 'Only changes about this sub-customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => TradeType, { nullable: true, description: 'Only changes of this kind.' })
  tradeType?: TradeType | null;

  @Field(() => PartnerAccountType, {
    nullable: true,
    description: "Only changes of this account (customers' balances are CASH), e.g. CREDIT for your credit account.",
  })
  accountType?: PartnerAccountType | null;

  @Field(() => Date, { nullable: true, description: 'Trade time on or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Trade time on or before this time.' })
  to?: Date | null;
}
