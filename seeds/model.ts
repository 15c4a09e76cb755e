/** Shared shapes and helpers of the seeders. Dates are numbers (ms since epoch) until written. */
import { RechargePayment, RemittanceClaim, Withdrawal } from '../src/modules/partner-account/partner-account.entity';
import type { MikroORM } from '@mikro-orm/core';
import { Partner, PartnerAccount } from '../src/modules/partner/partner.entity';
import { Member, MemberInvitation, MemberRole } from '../src/modules/member/member.entity';
import { MemberQualification, SpecialistApplication } from '../src/modules/qualification/qualification.entity';
import { PartnerNews } from '../src/modules/news/news.entity';
import { PartnerCompany } from '../src/modules/partner-info/partner-company.entity';
import { Role } from '../src/modules/role/role.entity';
import { SubCustomer } from '../src/modules/customer/customer.entity';
import { CustomerDiscount } from '../src/modules/customer/customer-discount.entity';
import { AssociationEvent, OrderAuthorization } from '../src/modules/association/association.entity';
import { AccountChangeRecord, AdjustRecord } from '../src/modules/funds/funds.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../src/modules/coupon/coupon.entity';
import { Order, OrderLineItem, Resource } from '../src/modules/order/order.entity';
import { ConsumptionRecord } from '../src/modules/consumption/consumption.entity';
import { CloudAccount } from '../src/modules/cloud-account/cloud-account.entity';
import { CloudOperator } from '../src/modules/operator/operator.entity';
import { Notification } from '../src/modules/notification/notification.entity';
import { AccessKey } from '../src/modules/access-key/access-key.entity';
import {
  CustomerInvitation,
  CustomerInvitationAcceptance,
} from '../src/modules/customer-invitation/customer-invitation.entity';
import { IncentiveRecord, IncentiveTransition } from '../src/modules/incentive/incentive.entity';
import { CloudStoreOrder } from '../src/modules/cloud-store/cloud-store.entity';
import { Invoice, InvoiceItem } from '../src/modules/invoice/invoice.entity';
import { PriceCatalogueEntry } from '../src/modules/price-catalogue/price-catalogue.entity';
import { PaymentAgreement } from '../src/modules/payment-agreement/payment-agreement.entity';
import type { PartnerIdentity, PartnerStatus } from '../src/modules/partner/partner.enums';
import type { CouponKind, QuotaStatus } from '../src/modules/coupon/coupon.enums';
import type { TradeType } from '../src/modules/funds/funds.enums';
import type { DemoPartnerKey } from './demo-data';
import { tableSpec, type TableSpec } from './bulk';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Same day-of-month n months later (overflowing days roll into the next month). */
export function addMonths(ms: number, n: number): number {
  const d = new Date(ms);
  return Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + n,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** YYYY-MM of the UTC month. */
export function billCycleOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** yyMMdd, as the platform's ids embed dates. */
export function yymmdd(ms: number): string {
  return new Date(ms).toISOString().slice(2, 10).replace(/-/g, '');
}

export function yymmddhhmm(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(2, 10).replace(/-/g, '') + iso.slice(11, 16).replace(':', '');
}

export function b36(n: number, width: number): string {
  return n.toString(36).toUpperCase().padStart(width, '0');
}

/** Rounds fen up to a whole multiple of `step` fen. */
export function roundUp(fen: number, step: number): number {
  return Math.max(step, Math.ceil(fen / step) * step);
}

/** Cash ledger event of a partner, resolved into account change records at the end. */
export interface LedgerEvent {
  t: number;
  amount: number;
  type: TradeType;
  tradeId: string;
  seq: number;
}

export interface QuotaPlan {
  id: number;
  quotaId: string;
  partnerId: number;
  kind: CouponKind;
  quotaValue: number;
  /** Unissued balance, tracked while coupons are issued. */
  available: number;
  status: QuotaStatus;
  effective: number;
  expire: number;
  /** No coupon is issued from the quota after this. */
  issueUntil: number;
  cloudServiceTypes: string[];
  productIds: string[];
  /** Designated-customer whitelist (customerId values), filled while customers are generated. */
  designated: string[] | null;
  designatedMax: number;
  parent: QuotaPlan | null;
  createdAt: number;
  /** For a sub-quota the distributor takes back: when. */
  reclaimAt: number | null;
  weight: number;
}

export interface MemberPlan {
  id: number;
  partnerId: number;
  loginName: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  roleKeys: string[];
  supervisorLogin?: string;
  cancelled: boolean;
  createdAt: number;
  demo: boolean;
}

export interface PartnerPlan {
  id: number;
  key: DemoPartnerKey | null;
  name: string;
  identity: PartnerIdentity;
  status: PartnerStatus;
  parent: PartnerPlan | null;
  resellers: PartnerPlan[];
  createdAt: number;
  verificationEnabled: boolean;
  /** The partner's own low-balance alert (设置余额预警), fen. */
  balanceAlertThreshold: number | null;
  /** Customers under this balance show in the dashboard's balance alerts, fen. */
  customerBalanceAlertThreshold: number | null;
  customers: number;
  slug: string;
  members: MemberPlan[];
  roleIds: Map<string, number>;
  adminId: number;
  couponOperators: number[];
  /** Account-manager assignment: [memberId or null, weight]. */
  managers: [number | null, number][];
  quotas: QuotaPlan[];
  events: LedgerEvent[];
  /** Final cash balance, known after the ledgers are resolved. */
  cash: number;
  /** Opening grants of the credit, bonus and deposit accounts (fen). */
  grants: { credit: number; bonus: number; deposit: number };
  /** Order payments from the credit account (negative), written to its ledger after the customers. */
  creditEvents: LedgerEvent[];
  /** Final credit balance, known after the ledgers are resolved. */
  credit: number;
}

/** The column lists of every table the seeders fill, in foreign-key order. */
export function buildSpecs(orm: MikroORM) {
  const specs = {
    cloudAccount: tableSpec(orm, CloudAccount, [
      'id',
      'accountName',
      'email',
      'mobile',
      'international',
      'isPartner',
      'reportedByCloud',
      'governmentSubsidy',
      'createdAt',
      'passwordHash',
      'realNameEnterprise',
      'realNameVerifiedAt',
    ]),
    cloudOperator: tableSpec(orm, CloudOperator, [
      'id',
      'loginName',
      'displayName',
      'duty',
      'passwordHash',
      'email',
      'createdAt',
      'disabledAt',
    ]),
    partner: tableSpec(orm, Partner, [
      'id',
      'name',
      'identity',
      'status',
      'parent',
      'verificationEnabled',
      'balanceAlertThreshold',
      'customerBalanceAlertThreshold',
      'contractingEntity',
      'incentiveAutoApply',
      'createdAt',
    ]),
    partnerAccount: tableSpec(orm, PartnerAccount, [
      'id',
      'partner',
      'accountType',
      'amount',
      'designatedAmount',
      'version',
    ]),
    role: tableSpec(orm, Role, ['id', 'partner', 'name', 'presetKey', 'description', 'permissionCodes', 'createdAt']),
    member: tableSpec(orm, Member, [
      'id',
      'partner',
      'loginName',
      'displayName',
      'email',
      'mobile',
      'passwordHash',
      'status',
      'supervisor',
      'createdAt',
    ]),
    memberRole: tableSpec(orm, MemberRole, ['id', 'member', 'role']),
    memberInvitation: tableSpec(orm, MemberInvitation, [
      'id',
      'partner',
      'channel',
      'target',
      'roleIds',
      'status',
      'invitedBy',
      'createdAt',
      'expiresAt',
      'token',
      'acceptedMember',
      'acceptedAt',
    ]),
    memberQualification: tableSpec(orm, MemberQualification, [
      'id',
      'member',
      'kind',
      'title',
      'organisation',
      'startedOn',
      'endedOn',
      'description',
      'createdAt',
      'updatedAt',
    ]),
    accessKey: tableSpec(
      orm,
      AccessKey,
      [
        'id',
        'member',
        'partner',
        'accessKeyId',
        'secretCiphertext',
        'description',
        'createdAt',
        'lastUsedAt',
        'revokedAt',
      ],
      ['createdAt', 'lastUsedAt', 'revokedAt'],
    ),
    partnerNews: tableSpec(orm, PartnerNews, ['id', 'title', 'summary', 'body', 'publishedAt']),
    partnerCompany: tableSpec(orm, PartnerCompany, [
      'id',
      'partner',
      'legalName',
      'creditCode',
      'registeredAddress',
      'legalRepresentative',
      'industry',
      'contactPhone',
      'website',
      'realNameStatus',
      'realNameType',
      'realNameName',
      'certificateNumber',
      'realNameVerifiedAt',
      'realNameRejectionReason',
    ]),
    specialistApplication: tableSpec(orm, SpecialistApplication, [
      'id',
      'partner',
      'member',
      'appliedBy',
      'resume',
      'status',
      'createdAt',
      'assessedAt',
      'assessedBy',
      'assessment',
    ]),
    couponQuota: tableSpec(orm, CouponQuota, [
      'id',
      'partner',
      'quotaId',
      'kind',
      'quotaValue',
      'balance',
      'status',
      'effectiveTime',
      'expireTime',
      'cloudServiceTypes',
      'productIds',
      'designatedCustomerIds',
      'parentQuota',
      'createdAt',
      'version',
    ]),
    subCustomer: tableSpec(orm, SubCustomer, [
      'id',
      'partner',
      'customerId',
      'accountName',
      'name',
      'associatedOn',
      'associationType',
      'label',
      'telephone',
      'countryCode',
      'email',
      'verifiedStatus',
      'customerType',
      'isFrozen',
      'customerLevel',
      'accountManager',
      'xaccountId',
      'xaccountType',
      'balance',
      'debtAmount',
      'version',
    ]),
    customerDiscount: tableSpec(orm, CustomerDiscount, [
      'id',
      'partner',
      'customer',
      'discountType',
      'serviceTypeCode',
      'rateBasisPoints',
      'effectiveTime',
      'expireTime',
    ]),
    associationEvent: tableSpec(
      orm,
      AssociationEvent,
      [
        'id',
        'partner',
        'customer',
        'eventType',
        'initiator',
        'status',
        'reason',
        'fromType',
        'toType',
        'createdAt',
        'handledAt',
        'handledBy',
        'expiresAt',
      ],
      ['handledAt', 'expiresAt'],
    ),
    orderAuthorization: tableSpec(
      orm,
      OrderAuthorization,
      ['id', 'partner', 'customer', 'status', 'grantedAt', 'revokedAt'],
      ['revokedAt'],
    ),
    order: tableSpec(
      orm,
      Order,
      [
        'id',
        'partner',
        'customer',
        'orderId',
        'status',
        'orderType',
        'sourceType',
        'serviceTypeCode',
        'officialAmount',
        'amountAfterDiscount',
        'discounts',
        'couponAmount',
        'cashCouponAmount',
        'creditAmount',
        'createTime',
        'paymentTime',
        'pendingPaymentEndTime',
        'version',
      ],
      ['paymentTime', 'pendingPaymentEndTime'],
    ),
    orderLineItem: tableSpec(
      orm,
      OrderLineItem,
      [
        'id',
        'order',
        'productId',
        'serviceTypeCode',
        'productSpecDesc',
        'periodType',
        'periodNum',
        'subscriptionNum',
        'amount',
        'effectiveTime',
        'expireTime',
      ],
      ['effectiveTime', 'expireTime'],
    ),
    resource: tableSpec(orm, Resource, [
      'id',
      'partner',
      'customer',
      'order',
      'resourceId',
      'name',
      'regionCode',
      'serviceTypeCode',
      'resourceTypeCode',
      'isMainResource',
      'parentResource',
      'productCode',
      'status',
      'effectiveTime',
      'expireTime',
      'expirePolicy',
      'autoRenewTimes',
    ]),
    coupon: tableSpec(orm, Coupon, [
      'id',
      'partner',
      'couponId',
      'kind',
      'quota',
      'customer',
      'status',
      'faceValue',
      'balance',
      'effectiveTime',
      'expireTime',
      'memo',
      'usedOnOrder',
      'issuedAt',
      'version',
    ]),
    couponRecord: tableSpec(orm, CouponRecord, [
      'id',
      'partner',
      'coupon',
      'customer',
      'operationType',
      'amount',
      'operator',
      'time',
      'result',
      'memo',
      'order',
    ]),
    adjustRecord: tableSpec(orm, AdjustRecord, [
      'id',
      'partner',
      'customer',
      'reseller',
      'operationType',
      'amount',
      'transId',
      'operator',
      'operationTime',
      'memo',
    ]),
    accountChangeRecord: tableSpec(orm, AccountChangeRecord, [
      'id',
      'partner',
      'ownerType',
      'customer',
      'accountType',
      'tradeType',
      'amount',
      'balanceAfter',
      'tradeId',
      'tradeTime',
    ]),
    consumptionRecord: tableSpec(orm, ConsumptionRecord, [
      'id',
      'partner',
      'customer',
      'billCycle',
      'serviceTypeCode',
      'resourceId',
      'chargingMode',
      'billDetailType',
      'tradeTime',
      'officialAmount',
      'paymentAmount',
      'cashAmount',
      'couponAmount',
      'debtAmount',
      'accountManager',
    ]),
    quotaRecord: tableSpec(orm, QuotaRecord, [
      'id',
      'partner',
      'quota',
      'parentQuota',
      'operationType',
      'amount',
      'operator',
      'reseller',
      'time',
      'result',
      'remark',
    ]),
    notification: tableSpec(
      orm,
      Notification,
      ['id', 'member', 'cloudAccount', 'kind', 'title', 'body', 'subject', 'createdAt', 'readAt'],
      ['createdAt', 'readAt'],
    ),
    customerInvitation: tableSpec(orm, CustomerInvitation, [
      'id',
      'partner',
      'token',
      'associationType',
      'createdBy',
      'createdAt',
      'expiresAt',
      'cancelledAt',
    ]),
    customerInvitationAcceptance: tableSpec(orm, CustomerInvitationAcceptance, [
      'id',
      'invitation',
      'customer',
      'acceptedAt',
    ]),
    incentiveRecord: tableSpec(orm, IncentiveRecord, [
      'id',
      'partner',
      'incentiveType',
      'period',
      'amount',
      'stage',
      'rejectionReason',
      'opportunityAccount',
      'opportunityVerifiedAt',
      'invoiceNumber',
      'createdAt',
      'appliedAt',
      'invoicedAt',
      'paidAt',
      'stageChangedAt',
      'version',
    ]),
    incentiveTransition: tableSpec(orm, IncentiveTransition, [
      'id',
      'record',
      'action',
      'fromStage',
      'toStage',
      'actorKind',
      'actor',
      'reason',
      'at',
    ]),
    cloudStoreOrder: tableSpec(
      orm,
      CloudStoreOrder,
      [
        'id',
        'partner',
        'customer',
        'orderNo',
        'providerName',
        'productName',
        'amount',
        'status',
        'placedAt',
        'paidAt',
        'curated',
        'listPrice',
        'resalePrice',
        'liveInvoiceId',
      ],
      ['paidAt'],
    ),
    invoice: tableSpec(
      orm,
      Invoice,
      [
        'id',
        'partner',
        'kind',
        'invoiceNo',
        'providerName',
        'billCycle',
        'titleType',
        'titleName',
        'taxId',
        'invoiceType',
        'medium',
        'amount',
        'courierFee',
        'courierPaidBy',
        'recipientName',
        'recipientPhone',
        'mailingAddress',
        'status',
        'statusReason',
        'trackingNo',
        'returnReason',
        'returnCourierPaidBy',
        'requestedBy',
        'requestedAt',
        'statusChangedAt',
      ],
      ['requestedAt', 'statusChangedAt'],
    ),
    invoiceItem: tableSpec(orm, InvoiceItem, ['id', 'invoice', 'order', 'amount']),
    priceCatalogue: tableSpec(orm, PriceCatalogueEntry, [
      'id',
      'productCode',
      'serviceTypeCode',
      'resourceTypeCode',
      'productSpecDesc',
      'regionCode',
      'periodType',
      'listPriceFen',
    ]),
    paymentAgreement: tableSpec(
      orm,
      PaymentAgreement,
      [
        'id',
        'partner',
        'customer',
        'agreementType',
        'status',
        'perOrderLimit',
        'monthlyLimit',
        'usedMonth',
        'usedAmount',
        'createdAt',
        'createdBy',
        'expiresAt',
        'answeredAt',
        'terminatedAt',
        'terminatedBy',
        'reason',
        'version',
      ],
      ['createdAt', 'expiresAt', 'answeredAt', 'terminatedAt'],
    ),
    rechargePayment: tableSpec(orm, RechargePayment, [
      'id',
      'partner',
      'amount',
      'status',
      'paymentReference',
      'providerReference',
      'createdBy',
      'createdAt',
      'expiresAt',
      'settledAt',
      'settledBy',
    ]),
    remittanceClaim: tableSpec(orm, RemittanceClaim, [
      'id',
      'partner',
      'amount',
      'payerName',
      'bankReference',
      'remittedOn',
      'memo',
      'status',
      'reason',
      'tradeId',
      'submittedBy',
      'createdAt',
      'handledAt',
      'handledBy',
    ]),
    withdrawal: tableSpec(orm, Withdrawal, [
      'id',
      'partner',
      'account',
      'amount',
      'bankName',
      'accountName',
      'accountNumber',
      'status',
      'tradeId',
      'reason',
      'payoutReference',
      'requestedBy',
      'createdAt',
      'handledAt',
      'handledBy',
    ]),
  } satisfies Record<string, TableSpec>;
  return specs;
}

export type Specs = ReturnType<typeof buildSpecs>;
export type TableKey = keyof Specs;
