import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';

@ObjectType('CouponQuotaConnection', { simpleResolvers: true, description: 'A page of coupon quotas, newest first.' })
export class CouponQuotaConnection extends ConnectionType(CouponQuota, 'CouponQuota', 'coupon quota') {}

@ObjectType('CouponConnection', { simpleResolvers: true, description: 'A page of coupons, newest first.' })
export class CouponConnection extends ConnectionType(Coupon, 'Coupon', 'coupon') {}

@ObjectType('CouponRecordConnection', { simpleResolvers: true, description: 'A page of coupon records, newest first.' })
export class CouponRecordConnection extends ConnectionType(CouponRecord, 'CouponRecord', 'coupon record') {}

@ObjectType('QuotaRecordConnection', { simpleResolvers: true, description: 'A page of quota records, newest first.' })
export class QuotaRecordConnection extends ConnectionType(QuotaRecord, 'QuotaRecord', 'quota record') {}
