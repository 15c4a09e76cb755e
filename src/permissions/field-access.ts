/**
 * WHO MAY READ OR CALL WHAT: every field of every object type of the graph, in one table, enforced by
 * graphql-shield (shield.ts, fallbackRule deny); test/permissions/shield-coverage.test.ts fails for any
 * field missing here and prints the whole field → rule listing. Reading guide:
 * - `data`: plain data of an object whose parent field was already guarded; not wrapped.
 * - `can(code)`: the member's roles must hold the permission code.
 * - `onPartner({...})` / `onCustomer({...})`: by the viewer's relation to the parent object, each with its permission.
 * - Row scopes (which rows exist for a member at all) are applied by the services: permissions/scopes.ts.
 */
import type { PermissionCode } from './catalogue';
import { TYPE_READ_PERMISSION } from './type-read-permission';
import { FINANCE_DATA_TYPES } from './finance-data-types';
import { SELF_SERVICE, SELF_SERVICE_DATA_TYPES } from './self-service-data-types';
import * as PROGRAM from './program-data-types';
import { withShowcase } from './showcase-data-types';
import * as LEADS from './lead-data-types';
import * as marketing from './marketing-data-types';
import { PartnerIdentity } from './identities';
import {
  can,
  customerOnly,
  data,
  membersAndCustomers,
  operatorCan,
  issuerOnly,
  onCustomer,
  onDashboard,
  onMember,
  onPartner,
  publicAccess,
  signedIn,
  type Access,
} from './access';

/** A field returning objects of `type`, guarded by that type's read permission. */
const reads = (type: keyof typeof TYPE_READ_PERMISSION): Access => {
  const code = TYPE_READ_PERMISSION[type];
  return code ? can(code) : signedIn;
};

export { TYPE_READ_PERMISSION };

const fullCustomer = (code: PermissionCode = 'customer:detail') => onCustomer({ FULL: code });

export const FIELD_ACCESS: Record<string, Record<string, Access>> = withShowcase({
  ...FINANCE_DATA_TYPES,
  ...SELF_SERVICE_DATA_TYPES,
  ...PROGRAM.PROGRAM_DATA_TYPES,
  ...marketing.MARKETING_DATA_TYPES,
  ...LEADS.LEAD_DATA_TYPES,
  Query: {
    ...SELF_SERVICE.queries,
    viewer: signedIn,
    customerViewer: customerOnly,
    operatorViewer: operatorCan(),
    node: { kind: 'node' },
    nodes: { kind: 'node' },
    checkCustomerRegistration: can('customer:create'),
    invoiceQuote: can('invoice:manage'),
    // The cloud's list prices: the same for every partner, read by any member.
    priceCatalogue: signedIn,
    // A quote shows the customer's discounts and what an order would charge: those who order for it.
    quotePrice: can('order:manage'),
    quoteRenewal: can('order:manage'),
  },
  Mutation: {
    ...SELF_SERVICE.mutations,
    signIn: publicAccess,
    checkCustomerRegistration: can('customer:create'),
    createRole: can('org:role-manage'),
    updateRole: can('org:role-manage'),
    deleteRole: can('org:role-manage'),
    assignMemberRoles: can('org:member-manage'),
    inviteMember: can('org:member-manage'),
    cancelInvitation: can('org:member-manage'),
    cancelMemberAssociation: can('org:member-manage'),
    assignAccountManager: can('customer:assign-manager'),
    requestVerificationCode: membersAndCustomers,
    updatePartnerSettings: can('account:balance-alert'),
    allocateFunds: can('funds:allocate'),
    reclaimFunds: can('funds:reclaim'),
    allocateFundsToReseller: can('reseller:funds', [PartnerIdentity.DISTRIBUTOR]),
    reclaimFundsFromReseller: can('reseller:funds', [PartnerIdentity.DISTRIBUTOR]),
    issueCoupons: can('coupon:issue'),
    reclaimCoupons: can('coupon:reclaim'),
    issueSubQuota: can('reseller:quota', [PartnerIdentity.DISTRIBUTOR]),
    reclaimSubQuota: can('reseller:quota', [PartnerIdentity.DISTRIBUTOR]),
    createCustomer: can('customer:create'),
    sendCustomerRegistrationCode: can('customer:create'),
    unbindCustomer: can('customer:association'),
    switchAssociationType: can('customer:association'),
    handleUnbindRequest: can('customer:association'),
    // The customer's side of the association workflows (its own association only).
    grantOrderAuthorization: customerOnly,
    revokeOrderAuthorization: customerOnly,
    answerUnbindRequest: customerOnly,
    requestUnbind: customerOnly,
    // Any member manages its own access keys (AK/SK for signed requests); never another member's.
    createAccessKey: signedIn,
    revokeAccessKey: signedIn,
    payOrder: can('order:manage'),
    cancelOrder: can('order:manage'),
    renewResources: can('order:manage'),
    unsubscribeResources: can('order:manage'),
    setAutoRenew: can('order:manage'),
    // Inviting a customer acquires it, as createCustomer does (not customer:association: that one
    // ends or changes associations, ADMIN only); accepting is the customer's own act.
    createCustomerInvitation: can('customer:create'),
    cancelCustomerInvitation: can('customer:create'),
    acceptCustomerInvitation: customerOnly,
    // Incentives (激励): the partner applies and invoices; the cloud's operators move the rest.
    applyIncentives: can('incentive:apply'),
    setIncentiveAutoApply: can('incentive:apply'),
    invoiceIncentive: can('incentive:invoice'),
    processIncentive: operatorCan('ops:incentive'),
    ...LEADS.LEAD_MUTATIONS,
    ...marketing.MARKETING_MUTATIONS,
    // Every member marks its own notifications (row scope: ids of others answer NOTIFICATION_NOT_FOUND).
    markNotificationsRead: membersAndCustomers,
    requestInvoice: can('invoice:manage'),
    returnInvoice: can('invoice:manage'),
    // The cloud's side of the invoice workflow: any partner's invoice, by its operators only.
    moveInvoice: operatorCan('ops:invoice'),
    // 代付管理: the partner proposes; the customer answers as itself; either side ends it (members
    // need funds:payment-agreement, checked in the service since customers call it too).
    createPaymentAgreement: can('funds:payment-agreement'),
    acceptPaymentAgreement: customerOnly,
    rejectPaymentAgreement: customerOnly,
    terminatePaymentAgreement: membersAndCustomers,
    // Partner account operations: the partner's side (default permissions of every role) and the cloud's.
    createRecharge: can('account:recharge'),
    submitRemittanceClaim: can('account:recharge'),
    cancelRemittanceClaim: can('account:recharge'),
    requestWithdrawal: can('account:withdraw'),
    settleRechargePayment: operatorCan('ops:remittance'),
    confirmRemittanceClaim: operatorCan('ops:remittance'),
    rejectRemittanceClaim: operatorCan('ops:remittance'),
    payWithdrawal: operatorCan('ops:withdrawal'),
    rejectWithdrawal: operatorCan('ops:withdrawal'),
    ...PROGRAM.PROGRAM_MUTATIONS,
  },
  // Live events of the signed-in member itself (its own notifications only, by row scope).
  Subscription: {
    notificationReceived: membersAndCustomers,
  },
  SignInPayload: { '*': publicAccess },
  // What a mutation changed, for the caller it already admitted; the objects' own fields keep their rules.
  RolePayload: { '*': data },
  DeleteRolePayload: { '*': data },
  MemberPayload: { '*': data },
  InvitationPayload: { '*': data },
  AssignAccountManagerPayload: { '*': data },
  RequestVerificationCodePayload: { '*': data },
  UpdatePartnerSettingsPayload: { '*': data },
  AllocateFundsPayload: { '*': data },
  FundAllocationResult: { '*': data },
  FundMovementPayload: { '*': data },
  IssueCouponsPayload: { '*': data },
  IssuedCoupon: { '*': data },
  ReclaimCouponsPayload: { '*': data },
  ReclaimedCoupon: { '*': data },
  SubQuotaPayload: { '*': data },
  IssuedSubQuota: { '*': data },
  CustomerRegistrationCheckPayload: { '*': data },
  CreateCustomerPayload: { '*': data },
  SendCustomerRegistrationCodePayload: { '*': data },
  CustomerDiscount: { '*': data },
  // Reached through Partner.paymentAgreements, SubCustomer.paymentAgreement (funds:payment-agreement)
  // or the customer's own CustomerViewer.paymentAgreements; its customer only for members.
  PaymentAgreement: { '*': data, customer: can('customer:list') },
  AssociationChangePayload: { '*': data },
  OrderAuthorizationPayload: { '*': data },
  CustomerUnbindPayload: { '*': data },
  PayOrderPayload: { '*': data },
  CancelOrderPayload: { '*': data },
  RenewResourcesPayload: { '*': data },
  UnsubscribeResourcesPayload: { '*': data },
  SetAutoRenewPayload: { '*': data },
  ResourceOrderResult: { '*': data },
  ResourceResult: { '*': data },
  CreateAccessKeyPayload: { '*': data },
  RevokeAccessKeyPayload: { '*': data },
  CustomerInvitationPayload: { '*': data },
  AcceptCustomerInvitationPayload: { '*': data },
  AccessKey: { '*': data },
  MarkNotificationsReadPayload: { '*': data },
  UserError: { '*': publicAccess },
  Viewer: { '*': data },
  // The customer's and the operator's entry points: their services give them their own rows only.
  CustomerViewer: { '*': data },
  CustomerAccount: { '*': data },
  CustomerAssociation: { '*': data },
  OperatorViewer: {
    '*': data,
    partners: operatorCan('ops:partner-read'),
    invoices: operatorCan('ops:invoice'),
    rechargePayments: operatorCan('ops:remittance'),
    remittanceClaims: operatorCan('ops:remittance'),
    withdrawals: operatorCan('ops:withdrawal'),
    incentives: operatorCan('ops:incentive'),
    ...LEADS.LEAD_OPERATOR_FIELDS,
    ...PROGRAM.PROGRAM_OPERATOR_FIELDS,
    ...SELF_SERVICE.operatorFields,
  },
  CloudOperator: { '*': data },

  Partner: {
    id: data,
    name: data, // the only field a cloud reseller sees of its parent distributor
    identity: onPartner({ SELF: null, RESELLER: 'reseller:list', OPERATOR: 'ops:partner-read' }),
    status: onPartner({ SELF: null, RESELLER: 'reseller:list', OPERATOR: 'ops:partner-read' }),
    createdAt: onPartner({ SELF: null, RESELLER: 'reseller:list', OPERATOR: 'ops:partner-read' }),
    verificationEnabled: onPartner({ SELF: null }),
    balanceAlertThreshold: onPartner({ SELF: null }),
    balance: onPartner({ SELF: 'account:view-balance', RESELLER: 'reseller:funds' }),
    accounts: onPartner({ SELF: 'account:view-balance', RESELLER: 'reseller:funds' }),
    customerBalanceAlertThreshold: onPartner({ SELF: null }),
    parent: onPartner({ SELF: null }),
    resellers: onPartner({ SELF: 'reseller:list' }),
    customers: onPartner({ SELF: 'customer:list', RESELLER: 'reseller:list' }),
    couponQuotas: onPartner({ SELF: 'coupon:quota-view', RESELLER: 'reseller:quota' }),
    coupons: onPartner({ SELF: 'coupon:records' }),
    couponRecords: onPartner({ SELF: 'coupon:records' }),
    quotaRecords: onPartner({ SELF: 'coupon:records' }),
    adjustRecords: onPartner({ SELF: 'funds:records' }),
    accountChangeRecords: onPartner({ SELF: 'funds:records' }),
    orders: onPartner({ SELF: 'order:view' }),
    resources: onPartner({ SELF: 'order:view' }),
    consumptionRecords: onPartner({ SELF: 'customer:consumption' }),
    members: onPartner({ SELF: 'org:member-view' }),
    invitations: onPartner({ SELF: 'org:member-view' }),
    roles: onPartner({ SELF: 'org:member-view' }),
    associationEvents: onPartner({ SELF: 'customer:detail' }),
    customerInvitations: onPartner({ SELF: 'customer:create' }),
    incentiveAutoApply: onPartner({ SELF: 'incentive:view' }),
    incentives: onPartner({ SELF: 'incentive:view' }),
    incentiveInvoicingList: onPartner({ SELF: 'incentive:view' }),
    incentiveStatistics: onPartner({ SELF: 'incentive:statistics' }),
    ...PROGRAM.PROGRAM_PARTNER_FIELDS,
    cloudStoreOrders: onPartner({ SELF: 'cloud-store:view' }),
    ...marketing.MARKETING_PARTNER_FIELDS,
    invoices: onPartner({ SELF: 'invoice:view' }),
    paymentAgreements: onPartner({ SELF: 'funds:payment-agreement' }),
    dashboard: onPartner({ SELF: 'dashboard:view', RESELLER: 'reseller:list' }),
    // 业绩 per reseller: the distributor itself or an operator; never a reseller (PARENT) nor for a reseller (RESELLER).
    resellerPerformance: onPartner({ SELF: 'dashboard:view', OPERATOR: 'ops:partner-read' }),
    contractingEntity: onPartner({ SELF: null, OPERATOR: 'ops:partner-read' }),
    rechargePayments: onPartner({ SELF: 'account:recharge', OPERATOR: 'ops:remittance' }),
    remittanceClaims: onPartner({ SELF: 'account:recharge', OPERATOR: 'ops:remittance' }),
    withdrawals: onPartner({ SELF: 'account:withdraw', OPERATOR: 'ops:withdrawal' }),
    ...LEADS.LEAD_PARTNER_FIELDS,
    ...SELF_SERVICE.partnerFields,
  },
  // The reseller's own fields keep their Partner rules (RESELLER / OPERATOR relations).
  // A distributor reads a reseller's consumption aggregates; the rest only for its own partner.
  Dashboard: {
    '*': data,
    couponUsage: onDashboard({ SELF: 'coupon:records' }),
    balanceAlerts: onDashboard({ SELF: 'customer:detail' }),
    expiringPendingOrders: onDashboard({ SELF: 'order:view' }),
    consumptionByAccountManager: onDashboard({ SELF: 'customer:consumption' }),
    // The partner's own incentives, as Partner.incentiveStatistics: never a reseller's.
    incentivesByPeriod: onDashboard({ SELF: 'incentive:statistics' }),
  },
  MonthlyConsumption: { '*': data },
  ServiceTypeConsumption: { '*': data },
  CustomerConsumption: { '*': data },
  MonthlyCount: { '*': data },
  CouponUsage: { '*': data },
  BalanceAlert: { '*': data },
  AccountManagerConsumption: { '*': data },
  IncentivePeriodSummary: { '*': data },
  IncentiveTally: { '*': data },
  PartnerBalance: { '*': data },
  PartnerAccounts: { '*': data },

  SubCustomer: {
    // Basic info: what a distributor sees of its resellers' customers.
    id: data,
    accountName: data,
    name: data,
    associatedOn: data,
    associationType: data,
    partner: data,
    // Everything else only for customers seen in full.
    customerId: fullCustomer(),
    label: fullCustomer(),
    telephone: fullCustomer(),
    countryCode: fullCustomer(),
    email: fullCustomer(),
    verifiedStatus: fullCustomer(),
    customerType: fullCustomer(),
    isFrozen: fullCustomer(),
    customerLevel: fullCustomer(),
    xaccountId: fullCustomer(),
    xaccountType: fullCustomer(),
    unboundAt: fullCustomer(),
    balance: fullCustomer(),
    balanceUnavailableReason: fullCustomer(),
    discounts: fullCustomer(),
    paymentAgreement: fullCustomer('funds:payment-agreement'),
    accountManager: fullCustomer(),
    associationEvents: fullCustomer(),
    coupons: fullCustomer('coupon:records'),
    orders: fullCustomer('order:view'),
    resources: fullCustomer('order:view'),
    orderAuthorization: fullCustomer('order:view'),
    consumptionRecords: fullCustomer('customer:consumption'),
    accountChangeRecords: fullCustomer('funds:records'),
  },
  CustomerBalance: { '*': data },
  AssociationEvent: { '*': data },

  CouponQuota: { '*': data },
  Coupon: {
    '*': data,
    memo: issuerOnly,
    customer: reads('SubCustomer'),
    usedOnOrder: reads('Order'),
    quota: reads('CouponQuota'),
    records: reads('CouponRecord'),
  },
  CouponRecord: { '*': data, customer: reads('SubCustomer'), order: reads('Order') },
  QuotaRecord: { '*': data },

  Order: { '*': data, customer: reads('SubCustomer') },
  OrderAmountInfo: { '*': data },
  OrderDiscount: { '*': data },
  OrderLineItem: { '*': data },
  Resource: { '*': data, customer: reads('SubCustomer') },
  OrderAuthorization: { '*': data, customer: reads('SubCustomer') },
  ConsumptionRecord: { '*': data, customer: reads('SubCustomer') },

  AdjustRecord: { '*': data },
  // Reached through Partner lists (SELF or OPERATOR), node(id:) (own partner) or an operator's queue.
  RechargePayment: { '*': data },
  RemittanceClaim: { '*': data },
  Withdrawal: { '*': data },
  AccountChangeRecord: { '*': data, customer: reads('SubCustomer') },

  // Anyone may see who operated or manages something (name, login); a colleague's contact data,
  // roles and reporting lines need org:member-view. Your own are always yours to see.
  Member: {
    '*': data,
    email: onMember({ SELF: null, COLLEAGUE: 'org:member-view' }),
    mobile: onMember({ SELF: null, COLLEAGUE: 'org:member-view' }),
    roles: onMember({ SELF: null, COLLEAGUE: 'org:member-view' }),
    supervisor: onMember({ SELF: null, COLLEAGUE: 'org:member-view' }),
    supervisedManagers: onMember({ SELF: null, COLLEAGUE: 'org:member-view' }),
    // A member's notifications are its own: a colleague never reads them, whatever its roles.
    notifications: onMember({ SELF: null }),
    unreadNotificationCount: onMember({ SELF: null }),
    ...SELF_SERVICE.memberFields,
  },
  MemberInvitation: { '*': data, acceptToken: can('org:member-manage') },
  CustomerInvitation: { '*': data },
  InvitationQrCode: { '*': data },
  Role: { '*': data },
  Permission: { '*': data },
  PermissionTreeNode: { '*': data },
  PermissionTreePoint: { '*': data },
  Notification: { '*': data },
  // Reached through Partner.incentives (own partner, incentive:view) or OperatorViewer.incentives.
  IncentiveRecord: { '*': data },
  IncentiveTransition: { '*': data },
  IncentiveNextStep: { '*': data },
  PceEligibility: { '*': data },
  IncentiveStatistics: { '*': data },
  IncentiveStageTotal: { '*': data },
  IncentivePeriodTotal: { '*': data },
  IncentiveInvoicingList: { '*': data },
  IncentiveInvoicingItem: { '*': data },
  Invoice: { '*': data },
  Money: { '*': data },
  PageInfo: { '*': data },
});

/** Connection and edge types carry whatever their parent field allowed. */
export function isPagingType(typeName: string): boolean {
  return /(Connection|Edge)$/.test(typeName);
}
