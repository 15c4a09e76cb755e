/**
 * The permission a member needs to read objects of each type (field-access.ts guards every field
 * returning that type with it). Kept apart so field-access.ts stays within its length.
 */
import type { PermissionCode } from './catalogue';
import * as LEADS from './lead-data-types';
import * as marketing from './marketing-data-types';
import * as PROGRAM from './program-data-types';
import { SELF_SERVICE } from './self-service-data-types';
import { SHOWCASE_TYPE_READ } from './showcase-data-types';

/** The permission a member needs to read objects of a type, on any path (lists, relations, node(id:)). */
export const TYPE_READ_PERMISSION: Record<string, PermissionCode | null> = {
  Partner: null,
  SubCustomer: 'customer:list',
  AssociationEvent: 'customer:detail',
  Coupon: 'coupon:records',
  CouponRecord: 'coupon:records',
  CouponQuota: 'coupon:quota-view',
  QuotaRecord: 'coupon:records',
  Order: 'order:view',
  Resource: 'order:view',
  OrderAuthorization: 'order:view',
  ConsumptionRecord: 'customer:consumption',
  AdjustRecord: 'funds:records',
  AccountChangeRecord: 'funds:records',
  Member: 'org:member-view',
  MemberInvitation: 'org:member-view',
  Role: 'org:member-view',
  CustomerInvitation: 'customer:create',
  RechargePayment: 'account:recharge',
  RemittanceClaim: 'account:recharge',
  Withdrawal: 'account:withdraw',
  IncentiveRecord: 'incentive:view',
  ...PROGRAM.PROGRAM_TYPE_READ,
  // Only its recipient finds a notification (row scope in modules/notification); no permission on top.
  Notification: null,
  CloudStoreOrder: 'cloud-store:view',
  Invoice: 'invoice:view',
  ...LEADS.LEAD_TYPE_READS,
  ...marketing.MARKETING_READ_PERMISSIONS,
  ...SHOWCASE_TYPE_READ,
  ...SELF_SERVICE.typeRead,
};
