import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, type ConnectionResult, toConnection, toPageRequest } from '../../common/connection';
import { findPage } from '../../common/paging';
import { money } from '../../common/money';
import { toGlobalId } from '../../common/global-id';
import { requireCustomer } from '../../permissions/viewer';
import { AssociationType } from '../customer/customer.enums';
import { Order, Resource } from '../order/order.entity';
import { Coupon } from '../coupon/coupon.entity';
import { AssociationEvent, OrderAuthorization } from '../association/association.entity';
import type { CustomerAssociation, CustomerViewer } from './customer-viewer.types';
import type { SubCustomer } from '../customer/customer.entity';

/** An association as its customer sees it: the partner's name and the customer's own figures. */
export function associationView(customer: SubCustomer, partnerName: string): CustomerAssociation {
  const resale = customer.associationType === AssociationType.RESALE;
  return {
    id: customer.globalId,
    partnerName,
    associationType: customer.associationType,
    associatedOn: customer.associatedOn,
    endedAt: customer.unboundAt ?? null,
    balance: resale ? money(customer.balance) : null,
    debt: resale ? money(customer.debtAmount) : null,
  };
}

/** The signed-in customer as Query.customerViewer shows it: no statement beyond authentication. */
export function customerViewer(ctx: Context): CustomerViewer {
  const { account, customer } = requireCustomer(ctx);
  return {
    account: {
      id: toGlobalId('CloudAccount', account.id),
      accountName: account.accountName,
      email: account.email ?? null,
      mobile: account.mobile ?? null,
    },
    association: customer ? associationView(customer, customer.partner.getEntity().name) : null,
  };
}

type OwnRow = Order | Resource | Coupon | AssociationEvent;

/**
 * A page of the customer's own rows of one kind (those pointing at its association), newest first:
 * one statement, plus a COUNT only if totalCount is asked for. Empty without an association.
 */
export function ownRows<T extends OwnRow>(
  ctx: Context,
  entity: new () => T,
  args: ConnectionArgs,
  where: (customerId: number) => FilterQuery<T>,
): Promise<ConnectionResult<T>> {
  const { customer } = requireCustomer(ctx);
  const page = toPageRequest(args);
  if (!customer) return Promise.resolve(toConnection<T>([], page, async () => 0));
  return findPage(ctx.em, entity, where(customer.id), page);
}

/** The customer's latest order-on-behalf authorization to its partner, or null. */
export async function ownOrderAuthorization(ctx: Context): Promise<OrderAuthorization | null> {
  const { customer } = requireCustomer(ctx);
  if (!customer) return null;
  return ctx.em.findOne(
    OrderAuthorization,
    { customer: customer.id, partner: customer.partner.id },
    { orderBy: { id: 'desc' } },
  );
}
