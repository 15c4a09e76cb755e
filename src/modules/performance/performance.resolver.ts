import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { forbidden } from '../../common/errors';
import { Partner } from '../partner/partner.entity';
import { performanceRange, type ResellerPerformancePage, resellerPerformance } from './performance.service';
import { ResellerPerformanceConnection } from './performance.types';

@Resolver(() => Partner)
export class PartnerPerformanceResolver {
  @FieldResolver(() => ResellerPerformanceConnection, {
    description:
      "业绩 per reseller: for a distributor, each of its cloud resellers with its performance over a range of months, read from the monthly roll-up in one statement per page, and the total over all of them. For your own partner with dashboard:view, or a cloud operator with ops:partner-read; a reseller cannot read its siblings', nor an account manager or supervisor (their figures cover their own customers only). Empty for a partner without resellers. (design) The range is whole UTC months, at most 36, not in the future; default the last 6 up to the current month.",
  })
  resellerPerformance(
    @Root() partner: Partner,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('from', () => String, { nullable: true, description: 'First month (YYYY-MM).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month (YYYY-MM), not in the future.' })
    to: string | null,
  ): Promise<ResellerPerformancePage> {
    // (design) An account manager's (or supervisor's) figures cover its customers only; resellers' are not among them.
    if (ctx.viewer && ctx.viewer.customerScope !== 'ALL')
      throw forbidden("Reseller performance is not within an account manager's customers.");
    return resellerPerformance(ctx, partner, performanceRange(ctx.now, from, to), args);
  }
}
