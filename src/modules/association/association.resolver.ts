import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs, toPageRequest } from '../../common/connection';
import { notFound } from '../../common/errors';
import { connectionFromBatch } from '../../common/paging';
import { assertCustomerInFull } from '../../permissions/scopes';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { Partner } from '../partner/partner.entity';
import { AssociationEvent } from './association.entity';
import { AssociationEventFilter } from './association.inputs';
import { associationEventCountByCustomerId, associationEventsByCustomerId } from './association.loaders';
import { listAssociationEvents } from './association.service';
import { AssociationEventConnection } from './association.types';

@Resolver(() => AssociationEvent)
export class AssociationEventResolver {
  @FieldResolver(() => SubCustomer, {
    nullable: true,
    description:
      'The customer the event is about. Null (with NOT_FOUND in errors) when the customer is no longer in your reach, e.g. it moved to another partner; the rest of the event and of the list still arrives.',
  })
  async customer(@Root() event: AssociationEvent, @Ctx() ctx: Context): Promise<SubCustomer | null> {
    const customer = await customerById(ctx).load(event.customer.id);
    // Events are listed only for customers in the viewer's scope; this guards data that breaks that.
    if (!customer) throw notFound('SubCustomer');
    return customer;
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description:
      'The member who approved, rejected or carried out the event; null while pending or when done by the system or the customer.',
  })
  handledBy(@Root() event: AssociationEvent, @Ctx() ctx: Context): Promise<Member | null> | null {
    return event.handledBy ? memberById(ctx).load(event.handledBy.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerAssociationResolver {
  @FieldResolver(() => AssociationEventConnection, {
    description:
      "关联关系操作记录: associate, switch-type and unbind events of your own partner's customers, newest first (status PENDING: customers' unbind requests waiting for you).",
  })
  associationEvents(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AssociationEventFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: AssociationEventFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listAssociationEvents(ctx, partner.id, filter, args);
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerAssociationResolver {
  @FieldResolver(() => AssociationEventConnection, {
    description:
      "The customer's association events with your partner, newest first. Not visible for a cloud reseller's customer.",
  })
  async associationEvents(@Root() customer: SubCustomer, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    assertCustomerInFull(requireViewer(ctx), customer, 'associationEvents');
    const page = toPageRequest(args);
    const rows = await associationEventsByCustomerId(ctx, page).load(customer.id);
    return connectionFromBatch(rows, page, () => associationEventCountByCustomerId(ctx).load(customer.id));
  }
}
