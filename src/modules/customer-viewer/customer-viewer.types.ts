import { Field, ID, ObjectType } from 'type-graphql';
import { Money } from '../../common/money';
import { AssociationType } from '../customer/customer.enums';

@ObjectType('CustomerAccount', { simpleResolvers: true, description: "The signed-in customer's cloud account." })
export class CustomerAccount {
  @Field(() => ID, { description: 'Opaque global id of the cloud account.' })
  id!: string;

  @Field(() => String, { description: 'Login name of the cloud account (what the customer signs in with).' })
  accountName!: string;

  @Field(() => String, { nullable: true, description: 'E-mail of the account (verification codes, notifications).' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile of the account, e.g. 0086-13900000001.' })
  mobile!: string | null;
}

@ObjectType('CustomerAssociation', {
  simpleResolvers: true,
  description: "The signed-in customer's association with its partner, as the customer sees it.",
})
export class CustomerAssociation {
  @Field(() => ID, { description: 'Opaque global id of the association (the SubCustomer id the partner sees).' })
  id!: string;

  @Field(() => String, { description: "The partner's name (the only thing of the partner a customer sees)." })
  partnerName!: string;

  @Field(() => AssociationType, { description: 'ADVISORY (顾问销售) or RESALE (代售).' })
  associationType!: AssociationType;

  @Field(() => Date, { description: 'When the association began.' })
  associatedOn!: Date;

  @Field(() => Date, { nullable: true, description: 'When the association ended (解绑); null while it lasts.' })
  endedAt!: Date | null;

  @Field(() => Money, {
    nullable: true,
    description:
      "Available balance the partner allocated (RESALE only; null for ADVISORY, where the customer's own cloud balance applies).",
  })
  balance!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Debt (RESALE only; null for ADVISORY).' })
  debt!: Money | null;
}

@ObjectType('CustomerViewer', {
  description:
    "The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals.",
})
export class CustomerViewer {
  @Field(() => CustomerAccount, { description: 'The cloud account signed in.' })
  account!: CustomerAccount;

  @Field(() => CustomerAssociation, {
    nullable: true,
    description:
      'The association with a partner (the latest, ended or not: endedAt tells); null when the account was never associated.',
  })
  association!: CustomerAssociation | null;
}
