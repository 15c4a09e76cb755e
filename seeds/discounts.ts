/**
 * Customer discounts (折扣信息, seed 000): the rates a customer enjoys with its partner. Drawn from
 * a stream of their own (derived from the customer's cloud account id), so adding them changed no
 * other seeded row.
 */
import { CustomerDiscountType } from '../src/modules/customer/customer-discount.entity';
import type { Row } from './bulk';
import type { DemoCustomer } from './demo-data';
import { DAY } from './model';
import { hash32, Rng } from './random';
import { PRODUCTS } from './vocabulary';

const SERVICES = [...new Set(PRODUCTS.map((p) => p.serviceTypeCode))];
const RATES = [9500, 9200, 9000, 8800, 8500, 8000, 7500];

export interface DiscountOwner {
  customerRowId: number;
  partnerId: number;
  /** The cloud account id (32 hex): the stream's seed. */
  customerId: string;
  associatedOn: number;
  showcase: DemoCustomer | undefined;
  ref: number;
}

/**
 * A showcase customer has one of each kind and state: an every-service partner discount without
 * end, a commercial discount on one service until next year, one that starts next month and an
 * expired promotion. About 40 % of the others have one to three.
 */
export function customerDiscounts(o: DiscountOwner): Row[] {
  const rng = new Rng(hash32(`discount:${o.customerId}`));
  const row = (type: CustomerDiscountType, service: string | null, start: number, end: number | null): Row => ({
    partner: o.partnerId,
    customer: o.customerRowId,
    discountType: type,
    serviceTypeCode: service,
    rateBasisPoints: rng.pick(RATES),
    effectiveTime: start,
    expireTime: end,
  });
  const since = Math.max(o.associatedOn, o.ref - 500 * DAY);
  if (o.showcase)
    return [
      row(CustomerDiscountType.PARTNER_DISCOUNT, null, since, null),
      row(CustomerDiscountType.COMMERCIAL_DISCOUNT, SERVICES[0], since + 10 * DAY, o.ref + 300 * DAY),
      row(CustomerDiscountType.COMMERCIAL_DISCOUNT, SERVICES[1], o.ref + 30 * DAY, o.ref + 395 * DAY),
      row(CustomerDiscountType.PROMOTION, SERVICES[2], since, Math.min(since + 60 * DAY, o.ref - DAY)),
    ];
  if (!rng.chance(0.4)) return [];
  return Array.from({ length: rng.int(1, 3) }, () => {
    const type = rng.pick(Object.values(CustomerDiscountType));
    const service = type === CustomerDiscountType.PARTNER_DISCOUNT && rng.chance(0.5) ? null : rng.pick(SERVICES);
    const start = since + rng.int(0, Math.max(0, Math.floor((o.ref - since) / DAY))) * DAY;
    const end = rng.chance(0.3) ? null : start + rng.int(30, 540) * DAY;
    return row(type, service, start, end);
  });
}
