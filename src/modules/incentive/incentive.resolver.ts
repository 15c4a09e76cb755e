import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { IncentiveRecord, IncentiveTransition } from './incentive.entity';
import { incentivePartnerById, transitionsByIncentiveId } from './incentive.loaders';
import { pceEligibilityOf } from './incentive.pce';
import { TRANSITIONS } from './incentive.stages';
import {
  incentiveInvoicingList,
  incentiveStatistics,
  listIncentives,
  listIncentivesForOperator,
} from './incentive.service';
import {
  IncentiveFilter,
  IncentiveInvoicingList,
  IncentiveNextStep,
  IncentiveRecordConnection,
  IncentiveStatistics,
  PceEligibility,
} from './incentive.types';

const FILTER_DOC = { nullable: true, description: 'Filters; all given ones must match.' };

@Resolver(() => IncentiveRecord)
export class IncentiveRecordResolver {
  @FieldResolver(() => Partner, { description: 'The partner the incentive is owed to.' })
  async partner(@Root() record: IncentiveRecord, @Ctx() ctx: Context): Promise<Partner | null> {
    return incentivePartnerById(ctx).load(record.partner.id);
  }

  @FieldResolver(() => Money, { description: 'The incentive amount (CNY).' })
  amount(@Root() record: IncentiveRecord): Money {
    return money(record.amount);
  }

  @FieldResolver(() => [IncentiveTransition], {
    description: 'Every transition taken, oldest first: from, to, who (partner, operator, system), why and when.',
  })
  transitions(@Root() record: IncentiveRecord, @Ctx() ctx: Context): Promise<IncentiveTransition[]> {
    return transitionsByIncentiveId(ctx).load(record.id);
  }

  @FieldResolver(() => [IncentiveNextStep], {
    description:
      'The transitions open from the current stage and who takes each (the stage table); empty for PAID and CLOSED.',
  })
  nextSteps(@Root() record: IncentiveRecord): IncentiveNextStep[] {
    return TRANSITIONS.filter((t) => t.from === record.stage).map((t) => ({
      action: t.action,
      toStage: t.to,
      takenBy: [...t.by],
      needsReason: t.needsReason ?? false,
    }));
  }

  @FieldResolver(() => PceEligibility, {
    nullable: true,
    description:
      'PCE_OPPORTUNITY only (null for other types): whether the opportunity’s customer qualifies, computed now and explained (PceEligibility.reasons).',
  })
  pceEligibility(@Root() record: IncentiveRecord, @Ctx() ctx: Context): Promise<PceEligibility | null> {
    return pceEligibilityOf(ctx, record);
  }
}

@Resolver(() => Partner)
export class PartnerIncentivesResolver {
  @FieldResolver(() => Boolean, {
    description:
      '设置自动申请发放激励: whether the system applies your records waiting for an application (待提交申请) for you (setIncentiveAutoApply).',
  })
  incentiveAutoApply(@Root() partner: Partner): boolean {
    return partner.incentiveAutoApply;
  }

  @FieldResolver(() => IncentiveRecordConnection, {
    description:
      '激励申请记录: your partner’s incentive records, newest first; search by reconciliation period (对账期次), stage or type.',
  })
  incentives(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => IncentiveFilter, FILTER_DOC) filter: IncentiveFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listIncentives(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => IncentiveInvoicingList, {
    description: '查看开票清单: what to invoice to the cloud for one reconciliation period, per record (printable).',
  })
  incentiveInvoicingList(
    @Root() partner: Partner,
    @Arg('period', () => String, { description: 'The reconciliation period, `YYYYMM`.' }) period: string,
    @Ctx() ctx: Context,
  ) {
    return incentiveInvoicingList(ctx, partner.id, period);
  }

  @FieldResolver(() => IncentiveStatistics, {
    description: '查看激励统计信息: totals per stage and per reconciliation period, in one aggregate query.',
  })
  incentiveStatistics(
    @Root() partner: Partner,
    @Arg('periodFrom', () => String, { nullable: true, description: 'First period counted, `YYYYMM`; default: all.' })
    periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true, description: 'Last period counted, `YYYYMM`; default: all.' })
    periodTo: string | null,
    @Ctx() ctx: Context,
  ) {
    return incentiveStatistics(ctx, partner.id, periodFrom ?? null, periodTo ?? null);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorIncentivesResolver {
  @FieldResolver(() => IncentiveRecordConnection, {
    description:
      'Every partner’s incentive records, newest first (needs ops:incentive): the operators’ work list for co-signing, payment orders, invoices and payments.',
  })
  incentives(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => IncentiveFilter, FILTER_DOC) filter: IncentiveFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listIncentivesForOperator(ctx, filter, args);
  }
}
