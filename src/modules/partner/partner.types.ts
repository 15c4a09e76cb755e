import { Field, ObjectType } from 'type-graphql';
import { Money } from '../../common/money';

@ObjectType({ simpleResolvers: true, description: "A partner's cash account." })
export class PartnerBalance {
  @Field(() => Money, { description: 'Balance of the cash account.' })
  amount!: Money;

  @Field(() => Money, { description: '专款专用: earmarked part of the balance that cannot be allocated.' })
  designatedAmount!: Money;

  @Field(() => Money, { description: 'What can be allocated to customers or resellers: amount − designatedAmount.' })
  allocatable!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A partner's accounts (账户) as the partner center lists them. A balance payment of an order spends the customer's balance (cash) first, then the partner's credit.",
})
export class PartnerAccounts {
  @Field(() => PartnerBalance, { description: '现金账户: the cash account (recharges, allocations, reclaims).' })
  cash!: PartnerBalance;

  @Field(() => Money, {
    description: "信用账户: credit left that the cloud grants; pays what a customer's balance leaves of an order.",
  })
  credit!: Money;

  @Field(() => Money, { description: '奖励账户: bonus money granted by the cloud.' })
  bonus!: Money;

  @Field(() => Money, { description: '押金账户: the deposit kept with the cloud (0 when the partner keeps none).' })
  deposit!: Money;
}
