import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Money } from '../../common/money';
import { IncentiveRecord } from './incentive.entity';
import { IncentiveAction, IncentiveActorKind, IncentiveStage, IncentiveType } from './incentive.enums';

@ObjectType('IncentiveRecordConnection', {
  simpleResolvers: true,
  description: 'A page of incentive records (激励申请记录), newest first.',
})
export class IncentiveRecordConnection extends ConnectionType(IncentiveRecord, 'IncentiveRecord', 'incentive record') {}

@InputType({ description: 'Filters of incentive records; all given ones must match.' })
export class IncentiveFilter {
  @Field(() => String, {
    nullable: true,
    description: '对账期次: only this reconciliation period, `YYYYMM` (BAD_USER_INPUT otherwise).',
  })
  period?: string | null;

  @Field(() => IncentiveStage, { nullable: true, description: 'Only records in this payout stage.' })
  stage?: IncentiveStage | null;

  @Field(() => IncentiveType, { nullable: true, description: 'Only incentives of this type.' })
  type?: IncentiveType | null;
}

@ObjectType('IncentiveStageTotal', { simpleResolvers: true, description: 'Records and amount in one payout stage.' })
export class IncentiveStageTotal {
  @Field(() => IncentiveStage, { description: 'The stage.' })
  stage!: IncentiveStage;

  @Field(() => String, { description: 'The stage as the partner center names it.' })
  stageName!: string;

  @Field(() => Int, { description: 'Records in the stage.' })
  count!: number;

  @Field(() => Money, { description: 'Their total amount.' })
  amount!: Money;
}

@ObjectType('IncentivePeriodTotal', {
  simpleResolvers: true,
  description: 'Incentives of one reconciliation period (对账期次).',
})
export class IncentivePeriodTotal {
  @Field(() => String, { description: 'The period, `YYYYMM`.' })
  period!: string;

  @Field(() => Int, { description: 'Records of the period.' })
  count!: number;

  @Field(() => Money, { description: 'Their total amount.' })
  amount!: Money;

  @Field(() => Money, { description: 'The part already paid (已付款).' })
  paidAmount!: Money;
}

@ObjectType('IncentiveStatistics', {
  simpleResolvers: true,
  description:
    '查看激励统计信息: totals of the partner’s incentives per stage and per reconciliation period, from one aggregate query. (design) Closed records count in their stage and in the totals.',
})
export class IncentiveStatistics {
  @Field(() => String, { nullable: true, description: 'First period counted (`YYYYMM`); null: from the first.' })
  periodFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last period counted (`YYYYMM`); null: up to the last.' })
  periodTo!: string | null;

  @Field(() => Int, { description: 'Records in the range.' })
  totalCount!: number;

  @Field(() => Money, { description: 'Their total amount.' })
  totalAmount!: Money;

  @Field(() => Money, { description: 'The part already paid to the bonus account (已付款).' })
  paidAmount!: Money;

  @Field(() => [IncentiveStageTotal], { description: 'One entry per stage, in workflow order (stages with none: 0).' })
  byStage!: IncentiveStageTotal[];

  @Field(() => [IncentivePeriodTotal], { description: 'One entry per period that has records, newest first.' })
  byPeriod!: IncentivePeriodTotal[];
}

@ObjectType('IncentiveInvoicingItem', { simpleResolvers: true, description: 'One line of the invoicing list.' })
export class IncentiveInvoicingItem {
  @Field(() => IncentiveRecord, { description: 'The incentive record.' })
  incentive!: IncentiveRecord;

  @Field(() => String, { description: '(design) 开票内容: what the invoice line says.' })
  content!: string;

  @Field(() => Money, { description: 'The amount to invoice (the incentive amount).' })
  amount!: Money;

  @Field(() => Boolean, { description: 'Whether the partner already invoiced it (invoiceNumber set).' })
  invoiced!: boolean;
}

@ObjectType('IncentiveInvoicingList', {
  simpleResolvers: true,
  description:
    '查看开票清单: what the partner invoices to the cloud for one reconciliation period, per record: the records from 待伙伴开票 on (to invoice, or invoiced). (design) Buyer and line text are fixed by the cloud; printable as is.',
})
export class IncentiveInvoicingList {
  @Field(() => String, { description: 'The period, `YYYYMM`.' })
  period!: string;

  @Field(() => String, { description: '(design) 购买方: the cloud entity the invoices are made out to.' })
  buyerName!: string;

  @Field(() => [IncentiveInvoicingItem], { description: 'One line per record, oldest first.' })
  items!: IncentiveInvoicingItem[];

  @Field(() => Money, { description: 'Total of the lines.' })
  totalAmount!: Money;

  @Field(() => Money, { description: 'Total still to invoice (lines not invoiced yet).' })
  toInvoiceAmount!: Money;
}

@ObjectType('PceEligibility', {
  simpleResolvers: true,
  description:
    'PCE机会点共享专项激励 eligibility (seed 002), computed when read and explained: the opportunity’s customer must be a new cloud customer (its account is the first account of its enterprise to pass enterprise real-name verification; a real-name change can change that), and the cash its enterprise’s accounts paid before the opportunity was verified must not exceed the cap.',
})
export class PceEligibility {
  @Field(() => Boolean, { description: 'Both rules hold.' })
  eligible!: boolean;

  @Field(() => Boolean, { description: 'The account is its enterprise’s first real-name-verified account.' })
  newCloudCustomer!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The enterprise (企业实名) of the account; null if not verified.',
  })
  enterprise!: string | null;

  @Field(() => Money, {
    description:
      'Cash the enterprise’s accounts paid before the opportunity was verified: paid orders’ amount after discounts, less coupons, cash coupons and the partner’s credit.',
  })
  cashPaidBeforeVerification!: Money;

  @Field(() => Money, { description: '(design) The cap (PCE_CASH_CAP_FEN, 10 000.00 CNY).' })
  cashCap!: Money;

  @Field(() => [String], {
    description: 'One sentence per rule: why it holds or fails (Chinese, as the partner center words it).',
  })
  reasons!: string[];
}

@ObjectType('IncentiveNextStep', {
  simpleResolvers: true,
  description:
    'A transition open from the record’s current stage (incentive.stages.ts): what, to where, and who takes it.',
})
export class IncentiveNextStep {
  @Field(() => IncentiveAction, { description: 'The named transition.' })
  action!: IncentiveAction;

  @Field(() => IncentiveStage, { description: 'The stage it leads to.' })
  toStage!: IncentiveStage;

  @Field(() => [IncentiveActorKind], {
    description:
      'Who may take it: PARTNER (a member with incentive:apply or incentive:invoice), OPERATOR (ops:incentive), SYSTEM (the auto-apply job).',
  })
  takenBy!: IncentiveActorKind[];

  @Field(() => Boolean, { description: 'Whether it needs a reason (it becomes the rejection reason).' })
  needsReason!: boolean;
}
