import { AuthResolver, ViewerPermissionTreeResolver } from './modules/auth/auth.resolver';
import { NodeResolver } from './modules/auth/node.resolver';
import { PartnerResolver } from './modules/partner/partner.resolver';
import { PartnerCustomersResolver, SubCustomerResolver } from './modules/customer/customer.resolver';
import { SubCustomerDiscountResolver } from './modules/customer/customer-discount.resolver';
import {
  CouponQuotaResolver,
  CouponRecordResolver,
  CouponResolver,
  FundMovementCouponsResolver,
  PartnerCouponsResolver,
  QuotaRecordResolver,
  SubCustomerCouponsResolver,
} from './modules/coupon/coupon.resolver';
import {
  CouponOrderResolver,
  CouponRecordOrderResolver,
  OrderAuthorizationResolver,
  OrderLineItemResolver,
  OrderResolver,
  PartnerOrdersResolver,
  ResourceResolver,
  SubCustomerOrdersResolver,
} from './modules/order/order.resolver';
import {
  ConsumptionRecordResolver,
  PartnerConsumptionResolver,
  SubCustomerConsumptionResolver,
} from './modules/consumption/consumption.resolver';
import { MemberInvitationResolver, MemberResolver, PartnerMembersResolver } from './modules/member/member.resolver';
import { PartnerRolesResolver, RoleResolver } from './modules/role/role.resolver';
import {
  AccountChangeRecordResolver,
  AdjustRecordResolver,
  PartnerFundsResolver,
  SubCustomerFundsResolver,
} from './modules/funds/funds.resolver';
import {
  AssociationEventResolver,
  PartnerAssociationResolver,
  SubCustomerAssociationResolver,
} from './modules/association/association.resolver';
import { RoleMutationResolver } from './modules/role/role.mutations';
import { MemberMutationResolver } from './modules/member/member.mutations';
import { MemberSelfMutationResolver } from './modules/member-self/member-self.mutations';
import { NewsResolver } from './modules/news/news.resolver';
import { PartnerCompanyResolver } from './modules/partner-info/partner-company.resolver';
import { QualificationMutationResolver } from './modules/qualification/qualification.mutations';
import {
  MemberQualificationResolver,
  OperatorSpecialistResolver,
  SpecialistApplicationResolver,
} from './modules/qualification/qualification.resolver';
import { AccountManagerMutationResolver } from './modules/customer/account-manager.mutations';
import { FundsMutationResolver } from './modules/funds/funds.mutations';
import { VerificationResolver } from './modules/verification/verification.resolver';
import { PartnerSettingsResolver } from './modules/partner/partner.mutations';
import { CouponMutationResolver } from './modules/coupon/coupon.mutations';
import { RegistrationResolver } from './modules/registration/registration.mutations';
import { AssociationMutationResolver } from './modules/association/association.mutations';
import { CustomerAssociationMutationResolver } from './modules/association/customer-authorization.mutations';
import { AccessKeyResolver, ViewerAccessKeysResolver } from './modules/access-key/access-key.resolver';
import { OrderMutationResolver } from './modules/order/order.mutations';
import { DashboardResolver, PartnerDashboardResolver } from './modules/dashboard/dashboard.resolver';
import { PartnerPerformanceResolver } from './modules/performance/performance.resolver';
import { CustomerViewerResolver } from './modules/customer-viewer/customer-viewer.resolver';
import { OperatorViewerResolver } from './modules/operator/operator.resolver';
import { CustomerNotificationsResolver } from './modules/customer-viewer/customer-viewer-notifications.resolver';
import {
  MemberNotificationsResolver,
  NotificationMutationResolver,
  NotificationSubscriptionResolver,
} from './modules/notification/notification.resolver';
import {
  CustomerInvitationResolver,
  PartnerCustomerInvitationsResolver,
} from './modules/customer-invitation/customer-invitation.resolver';
import { CustomerInvitationMutationResolver } from './modules/customer-invitation/customer-invitation.mutations';
import { PriceCatalogueResolver } from './modules/price-catalogue/price-catalogue.resolver';
import {
  PartnerPaymentAgreementsResolver,
  PaymentAgreementMutationResolver,
  PaymentAgreementResolver,
  SubCustomerPaymentAgreementResolver,
} from './modules/payment-agreement/payment-agreement.resolver';
import { CustomerViewerPaymentAgreementsResolver } from './modules/customer-viewer/customer-viewer-payment-agreements.resolver';
import { IncentiveMutationResolver } from './modules/incentive/incentive.mutations';
import {
  IncentiveRecordResolver,
  OperatorIncentivesResolver,
  PartnerIncentivesResolver,
} from './modules/incentive/incentive.resolver';
import { PROGRAM_RESOLVERS } from './modules/program/program.resolvers';

/** Every resolver class of the graph; modules add theirs here. */ import {
  CloudStoreOrderResolver,
  PartnerCloudStoreOrdersResolver,
} from './modules/cloud-store/cloud-store.resolver';
import {
  InvoiceQuoteResolver,
  InvoiceResolver,
  OperatorInvoicesResolver,
  PartnerInvoicesResolver,
} from './modules/invoice/invoice.resolver';
import { InvoiceMutationResolver } from './modules/invoice/invoice.mutations';
import {
  OperatorAccountOperationsResolver,
  PartnerAccountOperationsResolver,
  RechargePaymentResolver,
  RemittanceClaimResolver,
  WithdrawalResolver,
} from './modules/partner-account/partner-account.resolver';
import { PartnerAccountMutationResolver } from './modules/partner-account/partner-account.mutations';
import {
  LeadCallRequestResolver,
  LeadFollowUpResolver,
  LeadResolver,
  OperatorLeadsResolver,
  PartnerLeadsResolver,
} from './modules/lead/lead.resolver';
import { LeadMutationResolver } from './modules/lead/lead.mutations';
import {
  OperatorOpportunitiesResolver,
  OpportunityMutationResolver,
  OpportunityResolver,
  PartnerOpportunitiesResolver,
  ViewerRepresentativeOfficesResolver,
} from './modules/opportunity/opportunity.resolver';
import { MarketingTaskResolver, PartnerMarketingTasksResolver } from './modules/marketing-task/marketing-task.resolver';
import { MarketingTaskMutationResolver } from './modules/marketing-task/marketing-task.mutations';
import {
  CloudStoreOrderOfferResolver,
  ExclusiveOfferLinkResolver,
  PartnerExclusiveOfferResolver,
} from './modules/exclusive-offer/exclusive-offer.resolver';
import { ExclusiveOfferMutationResolver } from './modules/exclusive-offer/exclusive-offer.mutations';
import { SHOWCASE_RESOLVERS } from './showcase-resolvers';

export const RESOLVERS = [
  AuthResolver,
  NodeResolver,
  PartnerResolver,
  PartnerCustomersResolver,
  SubCustomerResolver,
  SubCustomerDiscountResolver,
  CouponQuotaResolver,
  CouponResolver,
  CouponRecordResolver,
  QuotaRecordResolver,
  PartnerCouponsResolver,
  SubCustomerCouponsResolver,
  FundMovementCouponsResolver,
  CouponOrderResolver,
  CouponRecordOrderResolver,
  PartnerOrdersResolver,
  SubCustomerOrdersResolver,
  OrderResolver,
  OrderLineItemResolver,
  ResourceResolver,
  OrderAuthorizationResolver,
  PartnerConsumptionResolver,
  SubCustomerConsumptionResolver,
  ConsumptionRecordResolver,
  MemberResolver,
  MemberInvitationResolver,
  PartnerMembersResolver,
  RoleResolver,
  PartnerRolesResolver,
  ViewerPermissionTreeResolver,
  AdjustRecordResolver,
  AccountChangeRecordResolver,
  PartnerFundsResolver,
  SubCustomerFundsResolver,
  AssociationEventResolver,
  PartnerAssociationResolver,
  SubCustomerAssociationResolver,
  FundsMutationResolver,
  VerificationResolver,
  PartnerSettingsResolver,
  RoleMutationResolver,
  MemberMutationResolver,
  MemberSelfMutationResolver,
  QualificationMutationResolver,
  MemberQualificationResolver,
  SpecialistApplicationResolver,
  OperatorSpecialistResolver,
  NewsResolver,
  PartnerCompanyResolver,
  AccountManagerMutationResolver,
  CouponMutationResolver,
  RegistrationResolver,
  AssociationMutationResolver,
  CustomerAssociationMutationResolver,
  OrderMutationResolver,
  AccessKeyResolver,
  ViewerAccessKeysResolver,
  PartnerDashboardResolver,
  PartnerPerformanceResolver,
  DashboardResolver,
  CustomerViewerResolver,
  CustomerNotificationsResolver,
  OperatorViewerResolver,
  MemberNotificationsResolver,
  NotificationMutationResolver,
  NotificationSubscriptionResolver,
  CustomerInvitationResolver,
  PartnerCustomerInvitationsResolver,
  CustomerInvitationMutationResolver,
  IncentiveRecordResolver,
  PartnerIncentivesResolver,
  OperatorIncentivesResolver,
  IncentiveMutationResolver,
  CloudStoreOrderResolver,
  PartnerCloudStoreOrdersResolver,
  InvoiceResolver,
  PartnerInvoicesResolver,
  OperatorInvoicesResolver,
  InvoiceQuoteResolver,
  InvoiceMutationResolver,
  PriceCatalogueResolver,
  PaymentAgreementResolver,
  PartnerPaymentAgreementsResolver,
  SubCustomerPaymentAgreementResolver,
  CustomerViewerPaymentAgreementsResolver,
  PaymentAgreementMutationResolver,
  RechargePaymentResolver,
  RemittanceClaimResolver,
  WithdrawalResolver,
  PartnerAccountOperationsResolver,
  OperatorAccountOperationsResolver,
  PartnerAccountMutationResolver,
  LeadResolver,
  LeadFollowUpResolver,
  LeadCallRequestResolver,
  PartnerLeadsResolver,
  OperatorLeadsResolver,
  LeadMutationResolver,
  OpportunityResolver,
  PartnerOpportunitiesResolver,
  ViewerRepresentativeOfficesResolver,
  OperatorOpportunitiesResolver,
  OpportunityMutationResolver,
  MarketingTaskResolver,
  PartnerMarketingTasksResolver,
  MarketingTaskMutationResolver,
  ExclusiveOfferLinkResolver,
  CloudStoreOrderOfferResolver,
  PartnerExclusiveOfferResolver,
  ExclusiveOfferMutationResolver,
  ...PROGRAM_RESOLVERS,
  ...SHOWCASE_RESOLVERS,
] as const;
