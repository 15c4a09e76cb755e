import { Partner, PartnerAccount } from '../modules/partner/partner.entity';
import { Member, MemberInvitation, MemberRole } from '../modules/member/member.entity';
import { Role } from '../modules/role/role.entity';
import { SubCustomer } from '../modules/customer/customer.entity';
import { CustomerDiscount } from '../modules/customer/customer-discount.entity';
import { AssociationEvent, OrderAuthorization } from '../modules/association/association.entity';
import { AccountChangeRecord, AdjustRecord } from '../modules/funds/funds.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../modules/coupon/coupon.entity';
import { Order, OrderLineItem, Resource } from '../modules/order/order.entity';
import { ConsumptionRecord } from '../modules/consumption/consumption.entity';
import { PartnerPerformanceMonth } from '../modules/performance/performance.entity';
import { IdempotencyRecord } from '../modules/idempotency/idempotency.entity';
import { VerificationCode } from '../modules/verification/verification.entity';
import { AuditLog } from '../modules/audit/audit.entity';
import { CloudAccount } from '../modules/cloud-account/cloud-account.entity';
import { AccessKey, SignedRequestReplay } from '../modules/access-key/access-key.entity';
import { RateLimitBucket } from './rate-limit.entity';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity';
import { MaintenanceLease } from '../maintenance/maintenance-lease.entity';
import { OutboxMessage } from '../modules/outbox/outbox.entity';
import { CloudOperator } from '../modules/operator/operator.entity';
import { Notification } from '../modules/notification/notification.entity';
import { MemberQualification, SpecialistApplication } from '../modules/qualification/qualification.entity';
import { PartnerNews } from '../modules/news/news.entity';
import { PartnerCompany } from '../modules/partner-info/partner-company.entity';
import {
  CustomerInvitation,
  CustomerInvitationAcceptance,
} from '../modules/customer-invitation/customer-invitation.entity';
import { PriceCatalogueEntry } from '../modules/price-catalogue/price-catalogue.entity';
import { PaymentAgreement } from '../modules/payment-agreement/payment-agreement.entity';
import { IncentiveRecord, IncentiveTransition } from '../modules/incentive/incentive.entity';
import { ProgramMembership } from '../modules/program/program.entity';
import {
  PartnerProgramProfile,
  ProgramApplication,
  ProgramInvitation,
} from '../modules/program/program-workflow.entity';
import { ResellerInvitation } from '../modules/program/reseller-invitation.entity';

import { CloudStoreOrder } from '../modules/cloud-store/cloud-store.entity';
import { Invoice, InvoiceItem } from '../modules/invoice/invoice.entity';
import { RechargePayment, RemittanceClaim, Withdrawal } from '../modules/partner-account/partner-account.entity';
import { Lead, LeadCallRequest, LeadFollowUp } from '../modules/lead/lead.entity';
import { Opportunity, RepresentativeOffice } from '../modules/opportunity/opportunity.entity';
import { MarketingTask, MarketingTaskResource } from '../modules/marketing-task/marketing-task.entity';
import { ExclusiveOfferLink } from '../modules/exclusive-offer/exclusive-offer.entity';
import { ProgramCertificate } from '../modules/program-certificate/program-certificate.entity';
import { CloudLab, CloudLabApplication, CloudLabUsage } from '../modules/cloud-lab/cloud-lab.entity';
import { Solution } from '../modules/solution/solution.entity';

/** Every table of the partner center, in one list the ORM reads. */
export const ENTITIES = [
  Partner,
  PartnerAccount,
  Role,
  Member,
  MemberRole,
  MemberInvitation,
  SubCustomer,
  CustomerDiscount,
  AssociationEvent,
  OrderAuthorization,
  AdjustRecord,
  AccountChangeRecord,
  CouponQuota,
  Coupon,
  CouponRecord,
  QuotaRecord,
  Order,
  OrderLineItem,
  Resource,
  ConsumptionRecord,
  PartnerPerformanceMonth,
  CloudAccount,
  IdempotencyRecord,
  VerificationCode,
  AuditLog,
  AccessKey,
  SignedRequestReplay,
  RateLimitBucket,
  SignInThrottle,
  MaintenanceLease,
  OutboxMessage,
  CloudOperator,
  Notification,
  CustomerInvitation,
  CustomerInvitationAcceptance,
  IncentiveRecord,
  IncentiveTransition,
  ProgramMembership,
  ProgramInvitation,
  ProgramApplication,
  PartnerProgramProfile,
  ResellerInvitation,
  CloudStoreOrder,
  Invoice,
  InvoiceItem,
  PriceCatalogueEntry,
  PaymentAgreement,
  RechargePayment,
  RemittanceClaim,
  Withdrawal,
  Lead,
  LeadFollowUp,
  LeadCallRequest,
  RepresentativeOffice,
  Opportunity,
  MarketingTask,
  MarketingTaskResource,
  ExclusiveOfferLink,
  ProgramCertificate,
  CloudLab,
  CloudLabApplication,
  CloudLabUsage,
  Solution,
  MemberQualification,
  SpecialistApplication,
  PartnerNews,
  PartnerCompany,
];
