import { Field, ID, InputType } from 'type-graphql';

@InputType('AssignAccountManagerInput', { description: 'Customers and the account manager (客户经理) to give them.' })
export class AssignAccountManagerInput {
  @Field(() => [ID], {
    description:
      'Customers (SubCustomer ids), 1–100, no repeats (BAD_USER_INPUT otherwise). Each must be a customer of your own partner within your row scope; any other fails with CUSTOMER_NOT_FOUND in `failed` (field `input.customerIds[i]`), the same for unknown ids.',
  })
  customerIds!: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      'The account manager (a Member id): an active member of your partner holding the account manager role, and for an account manager supervisor one it supervises (NOT_AN_ACCOUNT_MANAGER otherwise: nothing changes). null or omitted: unassign the customers.',
  })
  accountManagerId?: string | null;
}
