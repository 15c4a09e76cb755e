import type { EntityManager } from '@mikro-orm/core';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { SubCustomer } from '../customer/customer.entity';
import { CloudOperator } from '../operator/operator.entity';
import { operatorPermissions } from '../../permissions/operator-duties';
import type { CustomerActor, OperatorActor } from '../../permissions/viewer';

/**
 * A customer's account and its association (the sub-customer row of its account name, ended or
 * not: the customer keeps seeing its history), with the partner: two statements per request.
 */
export async function loadCustomerActor(em: EntityManager, cloudAccountId: number): Promise<CustomerActor | null> {
  const account = await em.findOne(CloudAccount, { id: cloudAccountId });
  if (!account) return null;
  const customer = await em.findOne(
    SubCustomer,
    { accountName: account.accountName },
    { populate: ['partner'], orderBy: { id: 'desc' } },
  );
  return { kind: 'CUSTOMER', account, customer };
}

/** An enabled operator and its duty's permission points: one statement per request. */
export async function loadOperatorActor(em: EntityManager, operatorId: number): Promise<OperatorActor | null> {
  const operator = await em.findOne(CloudOperator, { id: operatorId, disabledAt: null });
  if (!operator) return null;
  return { kind: 'OPERATOR', operator, permissions: operatorPermissions(operator.duty) };
}
