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
