import type { SqlEntityManager as EntityManager } from '@mikro-orm/knex';
import { findManaged } from '../../common/managed-rows';
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
  // Cached statements with MikroORM's mapping (common/managed-rows.ts): read on every request of a customer.
  const [account] = await findManaged(em, CloudAccount, { id: cloudAccountId });
  if (!account) return null;
  const [customer] = await findManaged(
    em,
    SubCustomer,
    { accountName: account.accountName },
    [{ property: 'partner', alias: 'p' }],
    { orderBy: { id: 'desc' }, limit: 1 },
  );
  return { kind: 'CUSTOMER', account, customer: customer ?? null };
}

/** An enabled operator and its duty's permission points: one statement per request. */
export async function loadOperatorActor(em: EntityManager, operatorId: number): Promise<OperatorActor | null> {
  const [operator] = await findManaged(em, CloudOperator, { id: operatorId, disabledAt: null });
  if (!operator) return null;
  return { kind: 'OPERATOR', operator, permissions: operatorPermissions(operator.duty) };
}
