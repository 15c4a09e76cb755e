import type { Context } from '../../context';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { PaymentAgreement } from './payment-agreement.entity';
import { PaymentAgreementStatus } from './payment-agreement.enums';

/**
 * The current agreement of many customers with the viewer's partner, in one statement: the ACTIVE
 * one, else the pending one not past its time (at most one of each exists).
 */
export function currentAgreementByCustomerId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, PaymentAgreement | null>('currentAgreementByCustomerId', '', async (ids) => {
    const rows = await ctx.em.find(
      PaymentAgreement,
      {
        $and: [
          ownCustomerRowsFilter<PaymentAgreement>(viewer),
          { customer: { $in: [...ids] } },
          {
            $or: [
              { status: PaymentAgreementStatus.ACTIVE },
              { status: PaymentAgreementStatus.PENDING_CUSTOMER, expiresAt: { $gt: ctx.now } },
            ],
          },
        ],
      },
      { orderBy: { id: 'asc' } },
    );
    const rank = (a: PaymentAgreement) => (a.status === PaymentAgreementStatus.ACTIVE ? 0 : 1);
    return ids.map(
      (id) => rows.filter((r) => r.customer.id === id).sort((a, b) => rank(a) - rank(b) || b.id - a.id)[0] ?? null,
    );
  });
}
