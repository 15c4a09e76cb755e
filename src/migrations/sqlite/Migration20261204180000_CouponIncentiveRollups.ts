import { Migration } from '@mikro-orm/migrations';

/**
 * 运营看板 roll-ups of coupon use and incentives: coupon_month (modules/coupon/coupon-rollup.ts) per
 * issuing partner, issue month, customer and kind, and coupon_kind_month the same without the
 * customer; incentive_month (modules/incentive/incentive-rollup.ts) per partner, reconciliation
 * period, incentive type and stage. Filled by `npm run db:rollups`.
 */
export class Migration20261204180000_CouponIncentiveRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table coupon_month (partner_id integer not null, month integer not null, customer_id integer not null, kind varchar(16) not null, issued integer not null default 0, face_value bigint not null default 0, used integer not null default 0, reclaimed integer not null default 0, expired integer not null default 0, primary key (partner_id, month, customer_id, kind));',
    );
    // The same without the customer: what a view of every customer reads (a few rows per month).
    this.addSql(
      'create table coupon_kind_month (partner_id integer not null, month integer not null, kind varchar(16) not null, issued integer not null default 0, face_value bigint not null default 0, used integer not null default 0, reclaimed integer not null default 0, expired integer not null default 0, primary key (partner_id, month, kind));',
    );
    this.addSql(
      'create table incentive_month (partner_id integer not null, period integer not null, incentive_type varchar(32) not null, stage varchar(32) not null, records integer not null default 0, amount bigint not null default 0, primary key (partner_id, period, incentive_type, stage));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists coupon_month;');
    this.addSql('drop table if exists coupon_kind_month;');
    this.addSql('drop table if exists incentive_month;');
  }
}
