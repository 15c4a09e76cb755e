import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { ViewerInfo } from '../auth/auth.types';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { Opportunity, RepresentativeOffice } from './opportunity.entity';
import {
  listOpportunities,
  listOpportunitiesForOperator,
  representativeOffices,
  reviewOpportunity,
  shareOpportunity,
} from './opportunity.service';
import {
  OpportunityConnection,
  OpportunityFilter,
  OpportunityPayload,
  ReviewOpportunityInput,
  ShareOpportunityInput,
} from './opportunity.types';

const FILTER_DOC = { nullable: true, description: 'Filters; all given ones must match.' };

/** Opportunities of the member's own partner by primary key (node(id:), idempotent replays). */
function opportunityById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Opportunity | null>('opportunityById', '', (ids) =>
    findByIds(ctx.em, Opportunity, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('Opportunity', (ctx, ids) => opportunityById(ctx).loadMany(ids));

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @FieldResolver(() => RepresentativeOffice, {
    nullable: true,
    description: 'The office (and its PSM) a new customer’s opportunity was routed to; null for an existing customer.',
  })
  async office(@Root() o: Opportunity, @Ctx() ctx: Context): Promise<RepresentativeOffice | null> {
    if (!o.office) return null;
    const offices = ctx.loaders.get<number, RepresentativeOffice | null>('officeById', '', (ids) =>
      findByIds(ctx.em, RepresentativeOffice, ids),
    );
    return offices.load(o.office.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The customer’s cloud account name; null if none was named.',
  })
  async cloudAccountName(@Root() o: Opportunity, @Ctx() ctx: Context): Promise<string | null> {
    if (!o.cloudAccount) return null;
    const accounts = ctx.loaders.get<number, CloudAccount | null>('opportunityAccountById', '', (ids) =>
      findByIds(ctx.em, CloudAccount, ids),
    );
    return (await accounts.load(o.cloudAccount.id))?.accountName ?? null;
  }
}

@Resolver(() => Partner)
export class PartnerOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    description: '共享给华为 (PO): the opportunities your partner shared with the cloud, newest first.',
  })
  opportunities(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OpportunityFilter, FILTER_DOC) filter: OpportunityFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOpportunities(ctx, partner.id, filter, args);
  }
}

@Resolver(() => ViewerInfo)
export class ViewerRepresentativeOfficesResolver {
  @FieldResolver(() => [RepresentativeOffice], {
    description:
      '代表处: the cloud’s representative offices by region (the regions shareOpportunity accepts), by region.',
  })
  representativeOffices(@Ctx() ctx: Context): Promise<RepresentativeOffice[]> {
    return representativeOffices(ctx);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    description: 'Every partner’s shared opportunities, newest first (ops:lead): the verification work list.',
  })
  opportunities(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OpportunityFilter, FILTER_DOC) filter: OpportunityFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOpportunitiesForOperator(ctx, filter, args);
  }
}

@Resolver()
export class OpportunityMutationResolver {
  @Mutation(() => OpportunityPayload, {
    description:
      '共享给华为 (PO): share an opportunity without choosing a representative office (SUBMITTED). The system decides whether the customer is new to the cloud (Opportunity.newCustomer) and routes a new customer to the PSM of its region’s office. Refused, with nothing changed: OPPORTUNITY_CUSTOMER_NAME_INVALID, OPPORTUNITY_DESCRIPTION_TOO_LONG, OPPORTUNITY_REGION_UNKNOWN, OPPORTUNITY_ACCOUNT_NOT_FOUND. Idempotent with its key. Needs opportunity:share.',
  })
  shareOpportunity(
    @Arg('input', () => ShareOpportunityInput, { description: 'The opportunity.' }) input: ShareOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return shareOpportunity(ctx, input);
  }

  @Mutation(() => OpportunityPayload, {
    description:
      'Cloud operators only (ops:lead): one verification step (start, 验证通过, 验证不通过 with a reason) under the opportunity’s row lock; the member who shared it is told (OPPORTUNITY_STATUS). Refused, with nothing changed: OPPORTUNITY_NOT_FOUND, OPPORTUNITY_STATUS_INVALID, OPPORTUNITY_REASON_REQUIRED. FORBIDDEN for members and customers.',
  })
  reviewOpportunity(
    @Arg('input', () => ReviewOpportunityInput, { description: 'The opportunity and the step.' })
    input: ReviewOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return reviewOpportunity(ctx, input);
  }
}
