import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Money, money } from '../../common/money';
import { PeriodType } from '../order/order.enums';

/**
 * 价格目录 (design): the list price of a yearly/monthly product in a region for one period unit
 * (a month or a year), in integer fen. Reference data of the cloud, seeded from the products the
 * demo data sells; no operation of this graph changes it. Quotes (询价) price from it.
 */
@Entity({ tableName: 'price_catalogue' })
@Unique({ properties: ['productCode', 'regionCode', 'periodType'] })
@Index({ properties: ['serviceTypeCode', 'regionCode'] })
@ObjectType('PriceCatalogueEntry', {
  description:
    '价格目录 (design): the list price of one yearly/monthly product in one region for one period unit (a month or a year), before any discount. A year costs 10 months (design, as renewals).',
})
export class PriceCatalogueEntry {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'listPrice';

  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'The product code (the productId order lines carry), e.g. OFFI…' })
  @Property({ length: 64 })
  productCode!: string;

  @Field(() => String, { description: 'Cloud service type code, e.g. hws.service.type.ec2.' })
  @Property({ length: 64 })
  serviceTypeCode!: string;

  @Field(() => String, { description: 'Resource type code of what the product creates, e.g. hws.resource.type.vm.' })
  @Property({ length: 64 })
  resourceTypeCode!: string;

  @Field(() => String, { description: 'Specification, e.g. "s6.large.2 | 2vCPUs | 4GiB | linux".' })
  @Property({ length: 200 })
  productSpecDesc!: string;

  @Field(() => String, { description: 'Region code, e.g. cn-north-4.' })
  @Property({ length: 32 })
  regionCode!: string;

  @Field(() => PeriodType, { description: 'The period unit the price is for: MONTH or YEAR.' })
  @Enum({ items: () => PeriodType })
  periodType!: PeriodType;

  /** List price in fen for one subscription and one period unit. */
  @Property()
  listPriceFen!: number;

  @Field(() => Money, {
    description: 'List price of one subscription for one period unit (official price, no discount).',
  })
  get listPrice(): Money {
    return money(this.listPriceFen);
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('PriceCatalogueEntry', this.id);
  }
}
