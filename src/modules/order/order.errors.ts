import { UserError } from '../../common/errors';
import { formatFen } from '../../common/money';

/** A business refusal raised inside a savepoint, so everything done since it is rolled back. */
export class Refusal extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

export const orderNotFound = (field = 'input.orderId') =>
  new UserError('ORDER_NOT_FOUND', 'No order of your customers has that id.', field);

export const resourceNotFound = (field: string) =>
  new UserError('RESOURCE_NOT_FOUND', 'No resource of your customers has that id.', field);

export const authorizationRequired = (field: string) =>
  new UserError(
    'ORDER_AUTHORIZATION_REQUIRED',
    'The customer has not granted your partner order-on-behalf authorization (代下单授权), or has revoked it.',
    field,
  );

export const insufficientFunds = (field: string, needed: number, balance: number, credit: number) =>
  new UserError(
    'INSUFFICIENT_FUNDS',
    `The customer's balance (${formatFen(balance)}) and your partner's credit (${formatFen(credit)}) do not cover the ${formatFen(needed)} left to pay after coupons; allocate funds to the customer first. Nothing was changed.`,
    field,
  );

export const notResaleForPayment = (field: string) =>
  new UserError(
    'NOT_RESALE_CUSTOMER',
    'Only orders of RESALE (代售) customers can be paid on their behalf; an ADVISORY customer pays the cloud itself.',
    field,
  );

export const noLongerInUse = (field: string) =>
  new UserError('RESOURCE_NOT_IN_USE', 'The resource is no longer IN_USE.', field);

/** Sorts per-item errors by their field, numbers in order (input.resourceIds[2] before [10]). */
export const byField = (a: UserError, b: UserError) =>
  (a.field ?? '').localeCompare(b.field ?? '', undefined, { numeric: true });
