/**
 * 价格目录 (design): the list prices quotes price from. Reference data, the same at every seed and
 * size: every specification of every product the demo data sells, in every region it uses, per
 * MONTH (its monthly price) and per YEAR (10 months, as renewals count a year). One product sold
 * only per month in two regions makes the catalogue's gaps visible (PERIOD_NOT_OFFERED, UNKNOWN_REGION).
 */
import { PeriodType } from '../src/modules/order/order.enums';
import type { Row } from './bulk';
import { PRODUCTS, REGIONS } from './vocabulary';

/** A year's list price in months (design; the same rule as order.pricing's renewals). */
const MONTHS_PER_YEAR_PRICE = 10;

/** Sold per month only, in two regions (design). */
export const MONTHLY_ONLY_PRODUCT = {
  productCode: 'OFFI000000000000000001',
  serviceTypeCode: 'hws.service.type.cdn',
  resourceTypeCode: 'hws.resource.type.cdn.package',
  productSpecDesc: 'CDN 流量包 | 1 TB | 中国大陆',
  regions: ['cn-north-4', 'cn-east-3'],
  monthly: 12_600,
} as const;

/** The catalogue's rows without ids, in a fixed order. */
export function priceCatalogueRows(): Row[] {
  const rows: Row[] = [];
  for (const product of PRODUCTS)
    for (const spec of product.specs)
      for (const region of REGIONS)
        for (const periodType of [PeriodType.MONTH, PeriodType.YEAR])
          rows.push({
            productCode: spec.productId,
            serviceTypeCode: product.serviceTypeCode,
            resourceTypeCode: product.resourceTypeCode,
            productSpecDesc: spec.desc,
            regionCode: region,
            periodType,
            listPriceFen: periodType === PeriodType.YEAR ? spec.monthly * MONTHS_PER_YEAR_PRICE : spec.monthly,
          });
  const { regions, monthly, ...cdn } = MONTHLY_ONLY_PRODUCT;
  for (const region of regions)
    rows.push({ ...cdn, regionCode: region, periodType: PeriodType.MONTH, listPriceFen: monthly });
  rows.push(...dependentRows());
  return rows;
}

/** Where a dependent product is sold per month only (design): its renewal by the year is RENEWAL_NOT_IN_CATALOGUE. */
export const MONTHLY_ONLY_DEPENDENT = { namePrefix: 'eip', region: 'ap-southeast-1' } as const;

/**
 * The dependents' own products (system disks, EIPs, database storage), which renewals price with
 * their main resource (seed 002), in every region and period but one gap: an EIP abroad per month only.
 */
function dependentRows(): Row[] {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const dep of PRODUCTS.flatMap((p) => p.dependents)) {
    if (seen.has(dep.spec.productId)) continue;
    seen.add(dep.spec.productId);
    for (const region of REGIONS)
      for (const periodType of [PeriodType.MONTH, PeriodType.YEAR]) {
        const gap =
          dep.namePrefix === MONTHLY_ONLY_DEPENDENT.namePrefix &&
          region === MONTHLY_ONLY_DEPENDENT.region &&
          periodType === PeriodType.YEAR;
        if (gap) continue;
        rows.push({
          productCode: dep.spec.productId,
          serviceTypeCode: dep.serviceTypeCode,
          resourceTypeCode: dep.resourceTypeCode,
          productSpecDesc: dep.spec.desc,
          regionCode: region,
          periodType,
          listPriceFen: periodType === PeriodType.YEAR ? dep.spec.monthly * MONTHS_PER_YEAR_PRICE : dep.spec.monthly,
        });
      }
  }
  return rows;
}
