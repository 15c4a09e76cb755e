import { Field, ID, InputType } from 'type-graphql';
import { OperatorIncentiveAction } from './incentive.enums';

const IDEMPOTENCY_KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves a record twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: '申请发放激励: the incentive records to apply for.' })
export class ApplyIncentivesInput {
  @Field(() => [ID], {
    description: 'IncentiveRecord ids of your partner, each waiting for an application (待提交申请); 1–100.',
  })
  ids!: string[];

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '设置自动申请发放激励: turn automatic application on or off.' })
export class SetIncentiveAutoApplyInput {
  @Field(() => Boolean, {
    description:
      'True: the system applies every record of your partner waiting for an application (待提交申请) on its next run (maintenance job auto-apply-incentives, each run), now and in future periods. False: you apply yourself.',
  })
  enabled!: boolean;
}

@InputType({ description: '为激励开票: the invoice your partner issued to the cloud for one incentive.' })
export class InvoiceIncentiveInput {
  @Field(() => ID, { description: 'An IncentiveRecord id of your partner, waiting for your invoice (待伙伴开票).' })
  id!: string;

  @Field(() => String, { description: 'The invoice number (发票号码): 8–32 letters, digits or hyphens.' })
  invoiceNumber!: string;

  @Field(() => String, {
    description:
      '(design) The invoiced amount, a decimal string in CNY; it must equal the incentive amount (INVOICE_AMOUNT_MISMATCH).',
  })
  amount!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An operator’s step on one incentive record (ops:incentive).' })
export class ProcessIncentiveInput {
  @Field(() => ID, { description: 'The IncentiveRecord id (any partner’s).' })
  id!: string;

  @Field(() => OperatorIncentiveAction, {
    description: 'The transition to take; it must start from the record’s stage.',
  })
  action!: OperatorIncentiveAction;

  @Field(() => String, {
    nullable: true,
    description:
      'Why: required for REJECT_COSIGN, CLOSE and FAIL_PAYMENT_ORDER (it becomes the rejectionReason the partner reads), optional otherwise; at most 500 characters.',
  })
  reason?: string | null;
}
