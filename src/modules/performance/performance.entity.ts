import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MoneyColumn } from '../../common/node';
import { Partner } from '../partner/partner.entity';

/**
 * 业绩月表: one row per partner and calendar month (UTC) with the partner's performance measures,
 * maintained in the transaction that records each fact (performance/rollup.ts: `addPerformance`),
 * rebuilt from the raw rows by `npm run db:rollups` (src/maintenance/performance-rollups.ts), and checked against them
 * (`rollupDifferences`). Written only with raw SQL upserts; the entity describes the table for the
 * ORM's schema tools.
 */
@Entity({ tableName: 'partner_performance_month' })
export class PartnerPerformanceMonth {
  @ManyToOne(() => Partner, { ref: true, primary: true })
  partner!: Ref<Partner>;

  /** The calendar month as YYYYMM (202612), in UTC. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  month!: number;

  /** Amount after discount of the orders paid in the month (coupons included), fen. */
  @MoneyColumn()
  paidAmount: number = 0;

  /** How many orders were paid in the month. */
  @Property({ type: 'integer', default: 0 })
  paidOrders: number = 0;

  /** Refunds of the UNSUBSCRIBE orders completed in the month, fen. */
  @MoneyColumn()
  refundAmount: number = 0;

  /** Coupon amounts spent on orders paid in the month (the USE coupon records), fen. */
  @MoneyColumn()
  couponAmount: number = 0;

  /** What customers paid for the month's consumption (consumption records of the bill cycle), fen. */
  @MoneyColumn()
  consumptionAmount: number = 0;

  /** Customers newly associated with the partner in the month. */
  @Property({ type: 'integer', default: 0 })
  newCustomers: number = 0;

  /** Cloud-store orders placed through the partner's exclusive-offer links (专属优惠), paid in the month, fen. */
  @MoneyColumn()
  offerAmount: number = 0;

  /** How many of those orders. */
  @Property({ type: 'integer', default: 0 })
  offerOrders: number = 0;
}
