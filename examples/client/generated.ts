import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** The invitation a signed-in customer accepts. */
export type AcceptCustomerInvitationInput = {
  /** The token of the invitation link (the `token` query parameter of the link, also in its QR code). */
  token: Scalars['String']['input'];
};

/** The invited person (not signed in) accepts a member invitation (伙伴成员接受伙伴邀请) by creating its personal sign-in: it becomes a member of the inviting partner with the roles the invitation gives. */
export type AcceptMemberInvitationInput = {
  /** Name shown to colleagues, 1–100 characters (DISPLAY_NAME_INVALID). */
  displayName: Scalars['String']['input'];
  /** Login name of the personal account: 5–32 letters, digits, _ or -, not starting with a digit, op_ or shadow_ (INVALID_ACCOUNT_NAME); unique across the partner center (LOGIN_NAME_TAKEN). For an ACCOUNT_NAME invitation it must be the invited account name (INVITATION_TARGET_MISMATCH). */
  loginName: Scalars['String']['input'];
  /** Password: 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, not the login name or its reverse (PASSWORD_TOO_WEAK). Stored only as a scrypt hash; never logged or echoed. */
  password: Scalars['String']['input'];
  /** The invitation token (MemberInvitation.acceptToken, delivered to the invited mobile, email or account). Wrong or unknown: MEMBER_INVITATION_NOT_FOUND. */
  token: Scalars['String']['input'];
};

/** The reseller invitation link your partner accepts. */
export type AcceptResellerInvitationInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The token of the link (the `token` query parameter of the e-mailed link). */
  token: Scalars['String']['input'];
};

/** Whether an access key still signs requests. */
export type AccessKeyStatus =
  /** Requests signed with it are accepted. */
  | 'ACTIVE'
  /** Revoked: requests signed with it are refused like an unknown key. Final. */
  | 'REVOKED';

/** Filters for account change records (收支明细). All given filters must match. */
export type AccountChangeRecordFilter = {
  /** Only changes of this account (customers' balances are CASH), e.g. CREDIT for your credit account. */
  accountType?: InputMaybe<PartnerAccountType>;
  /** Only changes about this sub-customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Trade time on or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only the partner's own ledger (PARTNER) or only its customers' ledgers (CUSTOMER). */
  ownerType?: InputMaybe<LedgerOwner>;
  /** Trade time on or before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only changes of this kind. */
  tradeType?: InputMaybe<TradeType>;
};

/** What a fund movement (调账) did. */
export type AdjustOperationType =
  /** 拨款: funds moved from the partner to a customer or reseller. */
  | 'BEADJUST'
  /** 回收: funds taken back from a customer or reseller. */
  | 'BERETRIEVE'
  /** 解绑回收: balance returned to the partner when a customer was unbound or switched away from RESALE. */
  | 'BEUNBIND';

/** Filters for adjust records (调账记录). All given filters must match. */
export type AdjustRecordFilter = {
  /** Only movements with this sub-customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Operation time on or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only movements of this kind. */
  operationType?: InputMaybe<AdjustOperationType>;
  /** Only movements with this cloud reseller (a Partner id). */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Operation time on or before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A side of a payment-on-behalf agreement. */
export type AgreementParty =
  /** The customer. */
  | 'CUSTOMER'
  /** The partner. */
  | 'PARTNER';

/** 拨款: allocate funds from your partner account to RESALE customers, up to 100 in one call. */
export type AllocateFundsInput = {
  /** 1–100 allocations, each customer at most once. */
  allocations: Array<FundAllocationInput>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the adjust record (≤ 200 characters). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Allocate funds to one of your cloud resellers (distributors only). */
export type AllocateFundsToResellerInput = {
  /** Amount in CNY, > 0, at most 999999999.99 and your allocatable balance. */
  amount: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the adjust record (≤ 200 characters). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** The cloud reseller (Partner id). */
  resellerId: Scalars['ID']['input'];
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Answer a payment agreement your partner proposed (as the signed-in customer). */
export type AnswerPaymentAgreementInput = {
  /** The PENDING_CUSTOMER agreement (PaymentAgreement id). */
  agreementId: Scalars['ID']['input'];
  /** Why (rejecting only; up to 200 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A development-path invitation your partner answers. */
export type AnswerProgramInvitationInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The ProgramInvitation id (one of your partner’s, PENDING). */
  invitationId: Scalars['ID']['input'];
};

/** A customer's answer to its partner's unbind request. */
export type AnswerUnbindRequestInput = {
  /** true: approve (同意): the association ends now, your partner's coupons go back to it and your balance returns to it; false: reject (驳回), nothing changes. */
  approve: Scalars['Boolean']['input'];
  /** The PENDING unbind request (AssociationEvent id, initiator PARTNER) in customerViewer.associationEvents. */
  eventId: Scalars['ID']['input'];
  /** Why (at most 200 characters); shown to the partner. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The code from requestVerificationCode(operation: ANSWER_UNBIND_REQUEST); always required. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** 申请云实验: apply for a lab of the catalogue. */
export type ApplyCloudLabInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A CloudLab id of the catalogue (Query.cloudLabs). */
  labId: Scalars['ID']['input'];
  /** The hours asked for, 1 to the lab’s maxHours. */
  plannedHours: Scalars['Int']['input'];
  /** Why you want it (申请理由), 1–200 characters after trimming. */
  purpose: Scalars['String']['input'];
};

/** 分销计划申请: apply to join the distribution program as a distributor (总经销商). */
export type ApplyForDistributionProgramInput = {
  /** 商业信息: your business, as the cloud should know it; 1–500 characters (PROGRAM_BUSINESS_INFO_INVALID). */
  businessInfo: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** 申请项目专员: the expert (a member of your partner) and its résumé. */
export type ApplyForProjectSpecialistInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never changes twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The expert (a Member id of your partner; MEMBER_NOT_FOUND otherwise), ACTIVE (MEMBER_NOT_ACTIVE), without a SUBMITTED application (SPECIALIST_APPLICATION_OPEN) and not already a specialist (ALREADY_SPECIALIST). */
  memberId: Scalars['ID']['input'];
  /** The expert’s résumé (专家简历): 20–5000 characters (RESUME_INVALID). */
  resume: Scalars['String']['input'];
};

/** 申请发放激励: the incentive records to apply for. */
export type ApplyIncentivesInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves a record twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** IncentiveRecord ids of your partner, each waiting for an application (待提交申请); 1–100. */
  ids: Array<Scalars['ID']['input']>;
};

/** A cloud operator’s assessment (能力考察, 成熟度评估, 答辩) of a SUBMITTED project-specialist application. */
export type AssessSpecialistApplicationInput = {
  /** The application (a SpecialistApplication id; SPECIALIST_APPLICATION_NOT_FOUND otherwise), SUBMITTED (SPECIALIST_APPLICATION_NOT_SUBMITTED). */
  applicationId: Scalars['ID']['input'];
  /** The assessment the partner reads: required to reject (ASSESSMENT_REQUIRED), at most 1000 characters (ASSESSMENT_TOO_LONG). */
  assessment?: InputMaybe<Scalars['String']['input']>;
  /** Approve or reject. */
  decision: SpecialistDecision;
};

/** Customers and the account manager (客户经理) to give them. */
export type AssignAccountManagerInput = {
  /** The account manager (a Member id): an active member of your partner holding the account manager role, and for an account manager supervisor one it supervises (NOT_AN_ACCOUNT_MANAGER otherwise: nothing changes). null or omitted: unassign the customers. */
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** Customers (SubCustomer ids), 1–100, no repeats (BAD_USER_INPUT otherwise). Each must be a customer of your own partner within your row scope; any other fails with CUSTOMER_NOT_FOUND in `failed` (field `input.customerIds[i]`), the same for unknown ids. */
  customerIds: Array<Scalars['ID']['input']>;
};

/** 分配线索: assign a lead to an account manager. */
export type AssignLeadInput = {
  /** The Lead id (NEW or FOLLOWING_UP). */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The account manager: an active Member id of your partner (within your scope). */
  managerId: Scalars['ID']['input'];
};

/** The complete new set of a member's roles (replaces the old set). */
export type AssignMemberRolesInput = {
  /** The member (a Member id). MEMBER_NOT_FOUND when it is not a member of your partner; MEMBER_NOT_ACTIVE when its association is cancelled. */
  memberId: Scalars['ID']['input'];
  /** Roles (Role ids of your partner; ROLE_NOT_FOUND otherwise) the member is to hold: 1–3 (ROLE_COUNT_OUT_OF_RANGE), the administrator role alone (ADMIN_ROLE_EXCLUSIVE), not both account manager roles (ACCOUNT_MANAGER_ROLES_EXCLUSIVE), none holding a permission you lack (PERMISSION_ESCALATION). A repeated id or more than 20 ids is BAD_USER_INPUT. */
  roleIds: Array<Scalars['ID']['input']>;
};

/** Filters for association events (关联关系操作记录). All given filters must match. */
export type AssociationEventFilter = {
  /** Only events of this sub-customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this kind. */
  eventType?: InputMaybe<AssociationEventType>;
  /** Only events started by the partner or by the customer. */
  initiator?: InputMaybe<AssociationInitiator>;
  /** Only events in this state (e.g. PENDING: unbind requests waiting for you). */
  status?: InputMaybe<AssociationEventStatus>;
};

/** State of an association event. */
export type AssociationEventStatus =
  /** Approved by the side that answers (同意): the association ended then. */
  | 'APPROVED'
  /** Carried out at once (associations, type switches). */
  | 'COMPLETED'
  /** Not answered within 7 days: nothing changed; a new request may be made. */
  | 'EXPIRED'
  /** An unbind request waiting for the other side: the customer answers a partner-initiated one (answerUnbindRequest), the partner a customer-initiated one (handleUnbindRequest). Expires after 7 days. */
  | 'PENDING'
  /** Rejected by the side that answers (驳回): nothing changed. */
  | 'REJECTED';

/** What an association event did. */
export type AssociationEventType =
  /** The customer was associated with the partner. */
  | 'ASSOCIATE'
  /** The association type was switched (ADVISORY ↔ RESALE). */
  | 'SWITCH_TYPE'
  /** The association was ended. */
  | 'UNBIND';

/** Who started an association event. */
export type AssociationInitiator =
  /** The customer. */
  | 'CUSTOMER'
  /** The partner. */
  | 'PARTNER';

/** 关联类型: how a customer is associated with its partner. */
export type AssociationType =
  /** 顾问销售 (code 1, formerly 推荐 referral): the customer pays the cloud directly; the partner cannot see or move its balance. */
  | 'ADVISORY'
  /** 代售 (code 2, formerly 垫付): the partner funds the customer. */
  | 'RESALE';

/** Why a customer is in the balance alerts. */
export type BalanceAlertReason =
  /** The customer has debt (arrears). */
  | 'DEBT'
  /** The balance is under the partner's customer balance alert threshold. */
  | 'LOW_BALANCE';

/** Why a customer has no balance to show. */
export type BalanceUnavailableReason =
  /** ADVISORY (顾问销售) customers pay the cloud directly; their partner cannot see or move their balance. */
  | 'ADVISORY_CUSTOMER';

/** The bank account a withdrawal is paid to (提现银行信息). */
export type BankAccountInput = {
  /** Account holder (户名), 1–100 characters. */
  accountName: Scalars['String']['input'];
  /** Account number: 8–32 digits (spaces between groups are dropped). */
  accountNumber: Scalars['String']['input'];
  /** Bank and branch (开户行), 1–100 characters. */
  bankName: Scalars['String']['input'];
};

/** What a consumption record was for (platform codes). */
export type BillDetailType =
  /** 8: auto-renewal. */
  | 'AUTO_RENEWAL'
  /** 3: change. */
  | 'CHANGE'
  /** 1: new purchase. */
  | 'NEW'
  /** 2: renewal. */
  | 'RENEWAL'
  /** 4: unsubscribe. */
  | 'UNSUBSCRIBE'
  /** 5: usage. */
  | 'USAGE';

/** The customer invitation to cancel. */
export type CancelCustomerInvitationInput = {
  /** A CustomerInvitation id of your partner, ACTIVE now. */
  invitationId: Scalars['ID']['input'];
};

/** A pending invitation of your partner to withdraw. */
export type CancelInvitationInput = {
  /** The invitation (a MemberInvitation id). INVITATION_NOT_FOUND when it is not one of your partner; INVITATION_NOT_PENDING unless PENDING. */
  invitationId: Scalars['ID']['input'];
};

/** A member of your partner whose association to cancel. */
export type CancelMemberAssociationInput = {
  /** The member (a Member id). Not yourself (CANNOT_CANCEL_SELF), not the last active administrator (LAST_ADMIN); MEMBER_NOT_FOUND when it is not a member of your partner; MEMBER_NOT_ACTIVE when already cancelled. */
  memberId: Scalars['ID']['input'];
};

/** Cancel a PENDING_PAYMENT order on behalf of the customer. */
export type CancelOrderInput = {
  /** The order (Order id). */
  orderId: Scalars['ID']['input'];
};

/** A reseller invitation your partner sent, to cancel. */
export type CancelResellerInvitationInput = {
  /** The ResellerInvitation id (one of your partner’s, PENDING). */
  invitationId: Scalars['ID']['input'];
};

/** Whether a certificate is in force now. */
export type CertificateValidity =
  /** 已过期: validUntil has passed; it still prints, marked expired. */
  | 'EXPIRED'
  /** 有效: now is before validUntil. */
  | 'VALID';

/** The kind of program a certificate (计划证书) is for. */
export type CertifiedProgramKind =
  /** 云商店客户服务商计划. */
  | 'CLOUD_STORE_SERVICE'
  /** 伙伴发展路径 (服务, 咨询与系统集成, 学习与赋能, 软件). */
  | 'DEVELOPMENT_PATH'
  /** 分销计划 (总经销商 or 云经销商). */
  | 'DISTRIBUTION'
  /** 解决方案提供商计划. */
  | 'SOLUTION_PROVIDER';

/** The signed-in member's own password change: the current password, then a verification code (operation CHANGE_PASSWORD, always required). */
export type ChangeMyPasswordInput = {
  /** The new password: same rule as at acceptance (PASSWORD_TOO_WEAK) and not the current one (PASSWORD_UNCHANGED). Never logged or echoed. */
  newPassword: Scalars['String']['input'];
  /** The current password (WRONG_PASSWORD otherwise). Never logged or echoed. */
  oldPassword: Scalars['String']['input'];
  /** Verification code from requestVerificationCode (operation CHANGE_PASSWORD), sent to your mobile or email: always required (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID). */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** How a consumption was charged (platform codes). */
export type ChargingMode =
  /** 3: on-demand. */
  | 'ON_DEMAND'
  /** 1: yearly/monthly. */
  | 'PERIODIC'
  /** 10: reserved instance. */
  | 'RESERVED_INSTANCE';

/** Login name, email and/or mobile to check before createCustomer; give at least one. Each given value is answered separately. */
export type CheckCustomerRegistrationInput = {
  /** Login name to check (same rule as createCustomer; INVALID_ACCOUNT_NAME otherwise). Compared case-insensitively. */
  accountName?: InputMaybe<Scalars['String']['input']>;
  /** Email to check (INVALID_EMAIL when not an address). Compared case-insensitively. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE). Answered by how many cloud accounts the number has registered (the platform checks only that), not by whether a customer uses it. */
  mobile?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for cloud-lab applications. All given filters must match. */
export type CloudLabApplicationFilter = {
  /** Only applications in this status. */
  status?: InputMaybe<CloudLabApplicationStatus>;
};

/** Where a cloud-lab application (云实验申请) stands. */
export type CloudLabApplicationStatus =
  /** 已通过: the lab is open to the applicant; its sessions are its usage records. */
  | 'APPROVED'
  /** 待审批: waiting for a cloud operator. */
  | 'PENDING'
  /** 已驳回: refused, with the operator’s reason. */
  | 'REJECTED';

/** An operator’s decision on a pending cloud-lab application. */
export type CloudLabDecision =
  /** Approve: PENDING → APPROVED. */
  | 'APPROVE'
  /** Reject with a reason: PENDING → REJECTED. */
  | 'REJECT';

/** Filters for cloud-store orders. All given filters must match. */
export type CloudStoreOrderFilter = {
  /** true: only curated (严选) orders; false: only the others. */
  curated?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only orders on a live invoice (not REJECTED or RETURNED); false: only orders no live invoice covers. */
  invoiced?: InputMaybe<Scalars['Boolean']['input']>;
  /** Placed at or after this instant. */
  placedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Placed before this instant. */
  placedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Provider (服务商) name contains this text (case-insensitive). */
  providerNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only orders in this state. */
  status?: InputMaybe<CloudStoreOrderStatus>;
  /** true: only orders placed through your exclusive-offer links (专属优惠); false: only the others. */
  viaExclusiveOffer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** State of a cloud-store (云商店) order. */
export type CloudStoreOrderStatus =
  /** 欠费: not (fully) paid; requestInvoice answers CLOUD_STORE_ORDER_IN_ARREARS until it is paid. */
  | 'IN_ARREARS'
  /** 已支付: paid in full; it may be invoiced (requestInvoice). */
  | 'PAID'
  /** 已退款: refunded; never invoiced (CLOUD_STORE_ORDER_NOT_INVOICEABLE). */
  | 'REFUNDED';

/** The platform’s result of an outbound call (ops:lead). */
export type CompleteLeadCallInput = {
  /** The LeadCallRequest id (REQUESTED). */
  id: Scalars['ID']['input'];
  /** A note the member reads (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Connected or not. */
  result: LeadCallResult;
};

/** Filters for a partner's consumption records. billCycle is required; all given filters must match. */
export type ConsumptionFilter = {
  /** Only records attributed to this account manager (a Member id). Required for an account manager supervisor, who queries one account manager at a time. */
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** Bill cycle "YYYY-MM" (UTC months). Records are queryable for the last 18 months only, counting the current month; future months are refused. */
  billCycle: Scalars['String']['input'];
  /** Only records charged this way. */
  chargingMode?: InputMaybe<ChargingMode>;
  /** Only records of this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of this cloud service type code, e.g. hws.service.type.ec2. */
  serviceTypeCode?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the coupons a partner issued. All given filters must match. Without `all`, a list holds by default the coupons that expire between 12 months ago and 12 months from now (the platform keeps coupons that long): the window is a default, not a wall. `expiresFrom` / `expiresTo` replace its lower / upper end (any dates), and `all: true` drops it, so every coupon ever issued can be found, e.g. one issued with the default validity of a quota that ends years from now. */
export type CouponFilter = {
  /** true: no default expiry window, every coupon whatever its expiry (still narrowed by the other filters, expiresFrom / expiresTo included). Default false. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only coupons issued to this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only coupons expiring at or after this time (any date); replaces the lower end of the default window (12 months ago). */
  expiresFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons expiring at or before this time (any date); replaces the upper end of the default window (12 months from now). */
  expiresTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons issued at or after this time. */
  issuedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons issued at or before this time. */
  issuedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons of this kind. */
  kind?: InputMaybe<CouponKind>;
  /** Only coupons issued from this quota (a CouponQuota id). */
  quotaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only coupons in this state. */
  status?: InputMaybe<CouponStatus>;
};

/** Filters for one coupon's records. All given filters must match. */
export type CouponHistoryFilter = {
  /** Only records of this operation, e.g. USE for the payments the coupon made. */
  operationType?: InputMaybe<CouponOperationType>;
};

/** Kind of coupon and of the quota it is issued from. */
export type CouponKind =
  /** 现金券 flexi-purchase coupon (coupon_type 4, quota_type 1). */
  | 'CASH'
  /** 提货券, for government-cloud partners. */
  | 'PICKUP'
  /** 代金券 (coupon_type 1, quota_type 0). */
  | 'VOUCHER';

/** What a coupon record did: platform codes 1–9, and 100 USE / 101 FULL_WITHDRAWAL_RECLAIM of this API (the platform shows usage and withdrawals elsewhere). */
export type CouponOperationType =
  /** 7 建立关联回收: reclaimed when an association was made. */
  | 'ASSOCIATION_RECLAIM'
  /** 4 过期回收: reclaimed on expiry. */
  | 'EXPIRY_RECLAIM'
  /** 101 全额提现回收: the customer's whole balance was withdrawn (reclaimFunds of all of it), and this CASH or PICKUP coupon's remaining balance went back to its quota. */
  | 'FULL_WITHDRAWAL_RECLAIM'
  /** 1 发放: issued. */
  | 'ISSUE'
  /** 2 手动回收: reclaimed by the partner. */
  | 'MANUAL_RECLAIM'
  /** 6 退款充值撤销: revoked with a refund. */
  | 'REFUND_REVOKE'
  /** 9 云经销商转移: moved with a reseller transfer. */
  | 'RESELLER_TRANSFER'
  /** 8 切换关联模式自动回收: reclaimed automatically on a switch of association type. */
  | 'SWITCH_RECLAIM'
  /** 3 解绑自动回收: reclaimed automatically on unbind. */
  | 'UNBIND_RECLAIM'
  /** 5 退订回收: reclaimed on unsubscribe. */
  | 'UNSUBSCRIBE_RECLAIM'
  /** 100 使用: the coupon paid part of an order (amount, time and order on the record); one record per payment, so a coupon keeps its whole usage history. */
  | 'USE';

/** Filters for a list of coupon quotas. All given filters must match. */
export type CouponQuotaFilter = {
  /** Only quotas of this kind. */
  kind?: InputMaybe<CouponKind>;
  /** Only quotas in this state. */
  status?: InputMaybe<QuotaStatus>;
};

/** Filters for coupon records. All given filters must match. */
export type CouponRecordFilter = {
  /** Only records of this coupon (a Coupon id). */
  couponId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records about this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records made at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only records of this operation. */
  operationType?: InputMaybe<CouponOperationType>;
  /** Only records made at or before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** State of a coupon (platform codes 1–5). */
export type CouponStatus =
  /** 4 已过期: expired. */
  | 'EXPIRED'
  /** 1 未激活: not active yet. */
  | 'INACTIVE'
  /** 5 已回收: taken back by the partner. */
  | 'RECLAIMED'
  /** 2 可使用: can be used. */
  | 'USABLE'
  /** 3 已使用: used up. */
  | 'USED';

/** Who pays a courier (快递费用). */
export type CourierPayer =
  /** 由客户自行承担: a returned paper invoice is sent back at the holder’s cost. */
  | 'CUSTOMER'
  /** The issuer (the provider or the cloud) pays: paper invoices of 100 元 or more. */
  | 'ISSUER'
  /** 合作伙伴自行承担: paper invoices under 100 元. */
  | 'PARTNER';

/** A new access key of the signed-in member. */
export type CreateAccessKeyInput = {
  /** What the key is for (≤ 200 characters), e.g. "billing export job". */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** 创建客户: register a new cloud account and associate it with your partner (or, for a distributor, with one of its cloud resellers). */
export type CreateCustomerInput = {
  /** Login name of the new cloud account: 5–32 characters of letters, digits, _ and -, not starting with a digit (so never all digits), not starting with op_ or shadow_ (INVALID_ACCOUNT_NAME). Surrounding spaces are dropped. ACCOUNT_NAME_TAKEN when any cloud account uses it (case-insensitive). */
  accountName: Scalars['String']['input'];
  /** ADVISORY (顾问销售) or RESALE (代售). */
  associationType: AssociationType;
  /** Contact email, stored lower-case (INVALID_EMAIL, EMAIL_TAKEN). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates a second account; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. The password is not part of the comparison. */
  idempotencyKey: Scalars['String']['input'];
  /** Your tag for the customer (≤ 100 characters), fuzzy-searchable in the customer list. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Optional. Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE). Unique across customers (客户间判重: MOBILE_TAKEN when any partner's customer has it) and at most 5 cloud accounts per number (MOBILE_REGISTRATION_LIMIT). Needs verificationCode. Stored as countryCode + telephone. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name of the customer (≤ 200 characters); replaced by the real-name-verified name once verified. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Initial password of the cloud account: 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, not the login name or the login name reversed (PASSWORD_TOO_WEAK). Checked against that rule and then dropped: this graph models the partner center, not the cloud sign-in system, so the password is never stored, logged, hashed into the idempotency record or echoed. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Distributors only: one of your cloud resellers (a Partner id); the customer is then associated with that reseller, not with you, and you see its basic info only. RESELLER_NOT_FOUND otherwise; PARTNER_FROZEN when that reseller is frozen. */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
  /** The registration code sendCustomerRegistrationCode sent to this mobile: required with a mobile (VERIFICATION_REQUIRED), good for that number only, for the member who asked for it, once, for 5 minutes (VERIFICATION_CODE_INVALID otherwise; nothing is created). Ignored without a mobile. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
  /** Your platform's own user id for this customer: 1–64 characters, required (INVALID_XACCOUNT). */
  xaccountId: Scalars['String']['input'];
  /** Your platform tag for xaccountId: 1–64 characters, required (INVALID_XACCOUNT). */
  xaccountType: Scalars['String']['input'];
};

/** 创建客户邀请: a link and QR code customers accept to become your sub-customers. */
export type CreateCustomerInvitationInput = {
  /** The association type every customer accepting it gets: ADVISORY (顾问销售) or RESALE (代售, you fund the customer). Every identity may invite with either, as createCustomer allows. */
  associationType: AssociationType;
  /** Days until the link stops working: 1–90, default 7 (INVALID_INVITATION_EXPIRY otherwise). */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates a second link; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** 新建线索: a lead your partner found itself. */
export type CreateLeadInput = {
  /** The account manager (a Member id of your partner) to assign it to. (design) An account manager or supervisor creating a lead gets it assigned to itself when this is left out, so that it stays in its scope. */
  assignedManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** 客户名称: 1–100 characters. */
  companyName: Scalars['String']['input'];
  /** 联系人: 1–50 characters. */
  contactName: Scalars['String']['input'];
  /** 邮箱: at most 100 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 电话: 5–20 digits, optionally + or 0086- prefixed, single hyphens allowed. A phone or an e-mail is required. For a marketing plan 2.0 partner it is never shown back in full (Lead.phone). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 所在地区: at most 50 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 需求描述: at most 500 characters. */
  requirement?: InputMaybe<Scalars['String']['input']>;
};

/** 代付管理: propose to one of your associated customers that your partner pays its orders from your cash account. The customer accepts or rejects it (7 days, design). */
export type CreatePaymentAgreementInput = {
  /** FULL (no limits) or LIMITED (both limits required). */
  agreementType: PaymentAgreementType;
  /** The customer (SubCustomer id), associated with your partner now. */
  customerId: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry replays the first answer. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** LIMITED: the most paid per calendar month (China time), a decimal in 元, not below perOrderLimit; left out for FULL. */
  monthlyLimit?: InputMaybe<Scalars['String']['input']>;
  /** LIMITED: the most one order may be paid, a decimal in 元 like "5000.00"; left out for FULL. */
  perOrderLimit?: InputMaybe<Scalars['String']['input']>;
};

/** 在线充值: top up your cash account online. */
export type CreateRechargeInput = {
  /** Amount in CNY: a decimal string with at most 2 decimals, (design) 1.00 to 10000000.00. */
  amount: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A new custom role (自定义角色) of your partner. */
export type CreateRoleInput = {
  /** What the role is for; at most 500 characters (ROLE_DESCRIPTION_TOO_LONG). Blank or omitted: none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Role name: 1–64 characters after surrounding spaces are dropped, unique among all roles of your partner (preset role names included). ROLE_NAME_INVALID / ROLE_NAME_TAKEN otherwise. */
  name: Scalars['String']['input'];
  /** Permission codes (`area:action`, see Viewer.permissionTree) the role grants; at most 100 entries (BAD_USER_INPUT). The default permissions (组织人员默认权限) are always added and need not be listed. Each code must exist (UNKNOWN_PERMISSION), exist for your partner's identity (PERMISSION_NOT_ALLOWED_FOR_IDENTITY), not be ADMIN-only (PERMISSION_ADMIN_ONLY) and be held by you yourself (PERMISSION_ESCALATION). */
  permissionCodes: Array<Scalars['String']['input']>;
};

/** 立项: a new solution of your partner. */
export type CreateSolutionInput = {
  /** What it solves; at most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates or moves a solution twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The name, 1–100 characters after trimming; unique within your partner. */
  name: Scalars['String']['input'];
};

/** Filters for a customer's coupons. All given filters must match. Without `all`, a list holds by default the coupons that expire between 12 months ago and 12 months from now (the platform keeps coupons that long): the window is a default, not a wall. `expiresFrom` / `expiresTo` replace its lower / upper end (any dates), and `all: true` drops it, so every coupon ever issued can be found, e.g. one issued with the default validity of a quota that ends years from now. */
export type CustomerCouponFilter = {
  /** true: no default expiry window, every coupon whatever its expiry (still narrowed by the other filters, expiresFrom / expiresTo included). Default false. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only coupons expiring at or after this time (any date); replaces the lower end of the default window (12 months ago). */
  expiresFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons expiring at or before this time (any date); replaces the upper end of the default window (12 months from now). */
  expiresTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons issued at or after this time. */
  issuedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons issued at or before this time. */
  issuedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only coupons of this kind. */
  kind?: InputMaybe<CouponKind>;
  /** Only coupons issued from this quota (a CouponQuota id). */
  quotaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only coupons in this state. */
  status?: InputMaybe<CouponStatus>;
};

/** The kind of a customer discount (the same names as Order.amountInfo.discounts[].type). */
export type CustomerDiscountType =
  /** 商务折扣: a contract discount; with automatic payment it is applied first (seed 001). */
  | 'COMMERCIAL_DISCOUNT'
  /** 伙伴折扣: a discount the partner grants its customer. */
  | 'PARTNER_DISCOUNT'
  /** 促销折扣: a promotion for a limited time. */
  | 'PROMOTION';

/** Filters for a customer list, as the partner center offers them. All given filters must match. */
export type CustomerFilter = {
  /** Only customers assigned to this account manager (a Member id). */
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the account name (case-insensitive). */
  accountName?: InputMaybe<Scalars['String']['input']>;
  /** Associated on or after this time. */
  associatedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Associated on or before this time. */
  associatedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only customers of this association type. */
  associationType?: InputMaybe<AssociationType>;
  /** Also list customers whose association has ended (unboundAt set). Default false. */
  includeUnbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the label (case-insensitive). */
  label?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for customer invitations. All given filters must match. */
export type CustomerInvitationFilter = {
  /** Only invitations in this state now. */
  status?: InputMaybe<CustomerInvitationStatus>;
};

/** State of a customer invitation link (客户邀请). */
export type CustomerInvitationStatus =
  /** Customers may accept it (any number of them) until it expires. */
  | 'ACTIVE'
  /** Withdrawn by the partner: accepting answers CUSTOMER_INVITATION_CANCELLED. */
  | 'CANCELLED'
  /** Past expiresAt: accepting answers CUSTOMER_INVITATION_EXPIRED. */
  | 'EXPIRED';

/** Customer grade V0 (lowest) … V5. */
export type CustomerLevel =
  /** Grade V0. */
  | 'V0'
  /** Grade V1. */
  | 'V1'
  /** Grade V2. */
  | 'V2'
  /** Grade V3. */
  | 'V3'
  /** Grade V4. */
  | 'V4'
  /** Grade V5. */
  | 'V5';

/** Filters for one customer's order list. All given filters must match; the creation-time range spans at most one year, as in Partner.orders. */
export type CustomerOrderFilter = {
  /** Created at or after this time. Defaults to one year before createdTo. The range createdFrom…createdTo may not exceed one year (366 days). */
  createdFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Created at or before this time. Defaults to one year after createdFrom when only createdFrom is given, else to now. */
  createdTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only orders of this kind. */
  orderType?: InputMaybe<OrderType>;
  /** Only orders in this state. */
  status?: InputMaybe<OrderStatus>;
};

/** Filters for one customer's subscribed resources. All given filters must match. */
export type CustomerResourceFilter = {
  /** Only resources whose subscription ends before this time. */
  expiresBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only resources of this cloud service type code, e.g. hws.service.type.ec2. */
  serviceTypeCode?: InputMaybe<Scalars['String']['input']>;
  /** Only resources in this state. */
  status?: InputMaybe<ResourceStatus>;
};

/** Kind of account holder (platform codes -1…1). */
export type CustomerType =
  /** 1: an enterprise. */
  | 'ENTERPRISE'
  /** 0: an individual. */
  | 'INDIVIDUAL'
  /** -1: not stated. */
  | 'NONE';

/** One of your own qualification entries to remove. */
export type DeleteMyQualificationInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never changes twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A MemberQualification id of yours (QUALIFICATION_NOT_FOUND otherwise, also for a colleague’s). */
  qualificationId: Scalars['ID']['input'];
};

/** A custom role of your partner to delete. */
export type DeleteRoleInput = {
  /** The custom role (a Role id). Refused with ROLE_IN_USE while an active member holds it or a pending invitation would give it; PRESET_ROLE_READ_ONLY for a preset role; ROLE_NOT_FOUND when it is not a role of your partner. */
  roleId: Scalars['ID']['input'];
};

/** 派发线索: a lead the cloud dispatches to a partner (ops:lead). */
export type DispatchLeadInput = {
  /** 客户名称: 1–100 characters. */
  companyName: Scalars['String']['input'];
  /** 联系人: 1–50 characters. */
  contactName: Scalars['String']['input'];
  /** 邮箱: at most 100 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The Partner id to dispatch to (an active partner). */
  partnerId: Scalars['ID']['input'];
  /** 电话: 5–20 digits, optionally + or 0086- prefixed, single hyphens allowed. A phone or an e-mail is required. For a marketing plan 2.0 partner it is never shown back in full (Lead.phone). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 所在地区: at most 50 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 需求描述: at most 500 characters. */
  requirement?: InputMaybe<Scalars['String']['input']>;
};

/** A marketing task the cloud dispatches to a partner (operators, ops:lead). */
export type DispatchMarketingTaskInput = {
  /** The SubCustomer id the task is about; the task goes to its partner. */
  customerId: Scalars['ID']['input'];
  /** Due instant, in the future; the task expires after it. */
  dueAt: Scalars['DateTimeISO']['input'];
  /** Sales expansion or big-deal renewal. */
  kind: MarketingTaskKind;
  /** Resource ids of the customer the task is about: 1–50 for BIG_DEAL_RENEWAL (its expiring resources), optional for SALES_EXPANSION. */
  resourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Target amount, a decimal string in CNY with at most 2 decimals (e.g. "12000.50"); optional. */
  targetAmount?: InputMaybe<Scalars['String']['input']>;
  /** What to do, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What happens when a resource expires (platform codes). */
export type ExpirePolicy =
  /** 3: renew automatically. */
  | 'AUTO_RENEW'
  /** 2: delete. */
  | 'DELETE'
  /** 4: freeze. */
  | 'FREEZE'
  /** 0: enter the grace period. */
  | 'GRACE_PERIOD'
  /** 1: switch to on-demand. */
  | 'TO_ON_DEMAND';

/** 跟进线索: one follow-up record, and optionally the lead’s outcome. */
export type FollowUpLeadInput = {
  /** Required with outcome CLOSED, refused otherwise. */
  closeReason?: InputMaybe<LeadCloseReason>;
  /** 跟进内容: 1–500 characters. */
  content: Scalars['String']['input'];
  /** The Lead id (NEW or FOLLOWING_UP). */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Ends the lead: CONVERTED or CLOSED (final). Left out: the lead is (or stays) FOLLOWING_UP. */
  outcome?: InputMaybe<LeadOutcome>;
};

/** Whether the customer is frozen (platform codes 0…2). */
export type FrozenState =
  /** 1: the account is frozen. */
  | 'ACCOUNT'
  /** 2: the account and its resources are frozen. */
  | 'ACCOUNT_AND_RESOURCES'
  /** 0: not frozen. */
  | 'NOT_FROZEN';

/** One 拨款 of a batch: an amount to one RESALE customer. */
export type FundAllocationInput = {
  /** Amount in CNY: a decimal string > 0 with at most 2 decimals, e.g. "100.50". */
  amount: Scalars['String']['input'];
  /** The customer (SubCustomer id) of your own partner, RESALE only. */
  customerId: Scalars['ID']['input'];
};

/** An operator’s decision on one pending cloud-lab application (ops:program). */
export type HandleCloudLabApplicationInput = {
  /** Approve or reject. */
  decision: CloudLabDecision;
  /** A CloudLabApplication id (any partner’s). */
  id: Scalars['ID']['input'];
  /** REJECT: why (required, at most 200 characters); the applicant reads it. Ignored for APPROVE. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 处理营销任务: one handling step on a marketing task. */
export type HandleMarketingTaskInput = {
  /** START (PENDING → IN_PROGRESS) or COMPLETE (→ DONE). */
  action: MarketingTaskAction;
  /** A MarketingTask id in your row scope. */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves a task twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The handling note (处理记录), at most 500 characters; with START it is kept as the first note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How it ended: required with COMPLETE (MARKETING_TASK_RESULT_REQUIRED), refused with START. */
  result?: InputMaybe<MarketingTaskResult>;
};

/** An operator’s decision on a program application (ops:program). */
export type HandleProgramApplicationInput = {
  /** The ProgramApplication id (any partner’s), PENDING. */
  applicationId: Scalars['ID']['input'];
  /** True approves (通过), false rejects (驳回). */
  approve: Scalars['Boolean']['input'];
  /** Why: required to reject (the partner reads it), optional to approve; at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 同意 / 驳回: answer a customer's PENDING unbind request. Verification code (both answers): UNBIND_CUSTOMER. */
export type HandleUnbindRequestInput = {
  /** true: approve (同意), the unbind takes effect now; false: reject (驳回). */
  approve: Scalars['Boolean']['input'];
  /** The PENDING customer-initiated UNBIND event (an AssociationEvent id) of your partner. */
  eventId: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money or coupons twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Reason, kept on the association event (≤ 200 characters; REASON_TOO_LONG). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** A named transition of the payout workflow (Incentive stages in docs/business-rules.md). */
export type IncentiveAction =
  /** 申请发放激励: 待提交申请 → 申请处理中 (partner, or the system for auto-apply). */
  | 'APPLY'
  /** 会签通过: 会签中 → 待申付 (operator). */
  | 'APPROVE_COSIGN'
  /** (design) 关闭: 会签驳回 → 已关闭, with a reason (operator). */
  | 'CLOSE'
  /** 申付单已创建: 待申付 → 发票审核 (operator, for the system). */
  | 'CREATE_PAYMENT_ORDER'
  /** 申付单创建失败: 待申付 → 申付单创建失败, with a reason (operator). */
  | 'FAIL_PAYMENT_ORDER'
  /** 为激励开票: 待伙伴开票 → 待付款 (partner; cloud-store bills invoiced first). */
  | 'INVOICE'
  /** (design) 付款: 待付款 → 已付款, credits the bonus account once (operator). */
  | 'PAY'
  /** 会签驳回: 会签中 → 会签驳回, with a reason (operator). */
  | 'REJECT_COSIGN'
  /** (design) 重新处理: 会签驳回 → 申请处理中 (operator). */
  | 'REOPEN'
  /** 重新申付: 申付单创建失败 → 待申付 (operator). */
  | 'RETRY_PAYMENT_ORDER'
  /** 发票签收: 发票审核 → 待伙伴开票 (operator). */
  | 'SIGN_INVOICE'
  /** 发起会签: 申请处理中 → 会签中 (operator). */
  | 'START_COSIGN';

/** Who took a payout transition. */
export type IncentiveActorKind =
  /** A cloud operator holding ops:incentive (processIncentive). */
  | 'OPERATOR'
  /** A member of the partner (applyIncentives, invoiceIncentive). */
  | 'PARTNER'
  /** The system: the maintenance job auto-apply-incentives. */
  | 'SYSTEM';

/** Filters of incentive records; all given ones must match. */
export type IncentiveFilter = {
  /** 对账期次: only this reconciliation period, `YYYYMM` (BAD_USER_INPUT otherwise). */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only records in this payout stage. */
  stage?: InputMaybe<IncentiveStage>;
  /** Only incentives of this type. */
  type?: InputMaybe<IncentiveType>;
};

/** 激励发放状态: the payout stage, each with the hint the partner sees (IncentiveRecord.hint). Seeds 002/004 list 待提交申请 → 申请处理中 → 会签中 / 会签驳回 → 待申付 / 申付单创建失败 → 发票审核 → 待伙伴开票; (design) 待付款 → 已付款, and 已关闭 for a rejection the operators close. */
export type IncentiveStage =
  /** 申请处理中. Hint: 系统向华为财经提交申付申请后将进入待伙伴开票环节。 */
  | 'APPLYING'
  /** 待伙伴开票. Hint (design): 请查看开票清单并为激励开票 (invoiceIncentive)。 */
  | 'AWAITING_PARTNER_INVOICE'
  /** (design) 待付款. Hint: 发票已提交,请等待华为付款。 */
  | 'AWAITING_PAYMENT'
  /** 待申付. Hint: 请等待系统处理。 */
  | 'AWAITING_PAYMENT_ORDER'
  /** (design) 已关闭: the operators closed a rejected application; final. Hint: 申请已关闭,请查看驳回原因。 */
  | 'CLOSED'
  /** 会签中. Hint: 请等待运营人员完成会签。 */
  | 'COSIGNING'
  /** 会签驳回 (rejectionReason says why). Hint: 请等待华为运营人员处理。 */
  | 'COSIGN_REJECTED'
  /** 发票审核. Hint: 伙伴必须先为云商店商品账单开票,发票签收后才能执行下一步操作。 */
  | 'INVOICE_REVIEW'
  /** (design) 已付款: credited to the partner’s bonus account (奖励账户). Hint: 激励已发放。 */
  | 'PAID'
  /** 申付单创建失败. Hint: 请等待运营人员处理。 */
  | 'PAYMENT_ORDER_FAILED'
  /** 待提交申请. Hint: 请申请发放激励,或设置自动申请发放激励。 */
  | 'PENDING_APPLICATION';

/** (design) Kind of incentive (激励类型). */
export type IncentiveType =
  /** 营销任务激励: for completed marketing tasks (design). */
  | 'MARKETING_TASK'
  /** PCE机会点共享专项激励: for an opportunity shared with the cloud; see IncentiveRecord.pceEligibility. */
  | 'PCE_OPPORTUNITY'
  /** 销售返点: rebate on the period’s sales (design). */
  | 'SALES_REBATE';

/** How an invitation reaches the invitee. */
export type InvitationChannel =
  /** By cloud account name. */
  | 'ACCOUNT_NAME'
  /** By email address. */
  | 'EMAIL'
  /** By mobile number. */
  | 'MOBILE';

/** Filters for the member invitation list. All given filters must match. */
export type InvitationFilter = {
  /** Only invitations in this state. */
  status?: InputMaybe<InvitationStatus>;
};

/** State of a member invitation. */
export type InvitationStatus =
  /** The invitee joined. */
  | 'ACCEPTED'
  /** Withdrawn by the partner. */
  | 'CANCELLED'
  /** Not answered in time. */
  | 'EXPIRED'
  /** Sent, not yet answered. */
  | 'PENDING';

/** An invitation for a person to join your partner as a member (成员邀请). */
export type InviteMemberInput = {
  /** How the invitation reaches the invitee. */
  channel: InvitationChannel;
  /** Roles the invitee gets on acceptance; same rules as AssignMemberRolesInput.roleIds. */
  roleIds: Array<Scalars['ID']['input']>;
  /** Where it goes, per channel (INVALID_TARGET otherwise): MOBILE `00XX-XXXXXXX` (00, country code, dash, 4–14 digits); EMAIL an email address (stored lower-case); ACCOUNT_NAME a cloud login name (5–32 of letters, digits, _ and -, not starting with a digit, `op_` or `shadow_`). Surrounding spaces are dropped. INVITATION_PENDING while an earlier invitation to the same target is pending. */
  target: Scalars['String']['input'];
};

/** 邀请关联云经销商: invite a partner to associate as your cloud reseller. */
export type InviteResellerInput = {
  /** The e-mail address of the partner to invite (its administrator’s); the 24-hour link goes there. At most 200 characters (INVALID_EMAIL). */
  email: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The code requestResellerInvitationCode sent to your partner’s master account (主账号) mobile or e-mail; always required (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID). */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** 发展路径邀请: the cloud invites a partner to a development path by e-mail (ops:program). */
export type InviteToDevelopmentPathInput = {
  /** The e-mail address the invitation mail goes to (at most 200 characters; INVALID_EMAIL otherwise). */
  email: Scalars['String']['input'];
  /** The development path: SERVICE_PARTNER_PATH, CONSULTING_SI_PATH, LEARNING_PATH or SOFTWARE_PATH (PROGRAM_NOT_A_PATH otherwise). */
  kind: ProgramKind;
  /** The Partner id to invite (any partner). */
  partnerId: Scalars['ID']['input'];
};

/** Filters for invoices. All given filters must match. */
export type InvoiceFilter = {
  /** Only cloud-store or only cloud invoices. */
  kind?: InputMaybe<InvoiceKind>;
  /** Only electronic or only paper invoices. */
  medium?: InputMaybe<InvoiceMedium>;
  /** Requested at or after this instant. */
  requestedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Requested before this instant. */
  requestedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only invoices in this status. */
  status?: InputMaybe<InvoiceStatus>;
};

/** 为激励开票: the invoice your partner issued to the cloud for one incentive. */
export type InvoiceIncentiveInput = {
  /** (design) The invoiced amount, a decimal string in CNY; it must equal the incentive amount (INVOICE_AMOUNT_MISMATCH). */
  amount: Scalars['String']['input'];
  /** An IncentiveRecord id of your partner, waiting for your invoice (待伙伴开票). */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves a record twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice number (发票号码): 8–32 letters, digits or hyphens. */
  invoiceNumber: Scalars['String']['input'];
};

/** What an invoice is over. */
export type InvoiceKind =
  /** 华为云发票: issued by the cloud over the partner’s cloud bills of a bill cycle. */
  | 'CLOUD'
  /** 云商店发票: issued by a cloud-store provider over cloud-store orders (requestInvoice). */
  | 'CLOUD_STORE';

/** 发票介质. */
export type InvoiceMedium =
  /** 电子发票: downloadable once ISSUED; no courier. */
  | 'ELECTRONIC'
  /** 纸质发票: mailed to the given address; under 100 元 the partner pays the courier (see invoiceQuote). */
  | 'PAPER';

/** An invoice to quote (invoiceQuote): the same fields as requestInvoice, without the key. */
export type InvoiceQuoteInput = {
  /** VAT_GENERAL, or VAT_SPECIAL for an ENTERPRISE title only. */
  invoiceType: InvoiceType;
  /** PAPER: where to mail it (required: INVOICE_ADDRESS_REQUIRED); ignored for ELECTRONIC. */
  mailingAddress?: InputMaybe<MailingAddressInput>;
  /** ELECTRONIC or PAPER. */
  medium: InvoiceMedium;
  /** CloudStoreOrder ids of your partner, 1–50, all of one provider (服务商): each PAID and on no live invoice. */
  orderIds: Array<Scalars['ID']['input']>;
  /** The title (抬头). */
  title: InvoiceTitleInput;
};

/** (design) Where an invoice stands. SUBMITTED → ISSUED (electronic: delivered) → SHIPPED → RECEIVED (paper); SUBMITTED → REJECTED (with a reason); a delivered invoice (ISSUED electronic, RECEIVED paper) → RETURN_REQUESTED (returnInvoice) → RETURNED. The cloud operator (ops:invoice) moves every step but the return request. */
export type InvoiceStatus =
  /** 已开票: issued; an electronic invoice is delivered with it. */
  | 'ISSUED'
  /** 已签收: a paper invoice was signed for. */
  | 'RECEIVED'
  /** 已驳回: the issuer refused the request (statusReason says why); its orders may be invoiced again. */
  | 'REJECTED'
  /** 已退票: returned; its orders may be invoiced again and its amount no longer counts as invoiced. */
  | 'RETURNED'
  /** 退票中: the partner asked to return it; waiting for the issuer. */
  | 'RETURN_REQUESTED'
  /** 已寄出: a paper invoice is with the courier. */
  | 'SHIPPED'
  /** 已提交: requested, waiting for the issuer. */
  | 'SUBMITTED';

/** 发票抬头: whom the invoice is made out to. */
export type InvoiceTitleInput = {
  /** The title: a person’s or company’s name, 1–100 characters (INVOICE_TITLE_INVALID). */
  name: Scalars['String']['input'];
  /** ENTERPRISE: the tax id (纳税人识别号 / 统一社会信用代码), 15–20 digits or capital letters; PERSONAL: leave it out (INVOICE_TAX_ID_INVALID). */
  taxId?: InputMaybe<Scalars['String']['input']>;
  /** PERSONAL (个人) or ENTERPRISE (企业). */
  type: InvoiceTitleType;
};

/** 抬头类型: whom the invoice is made out to. */
export type InvoiceTitleType =
  /** 企业: a company, with its tax id; the only title a VAT special invoice may have. */
  | 'ENTERPRISE'
  /** 个人: a person; VAT general invoices only. */
  | 'PERSONAL';

/** 发票类型. */
export type InvoiceType =
  /** 增值税普通发票. */
  | 'VAT_GENERAL'
  /** 增值税专用发票: only for an ENTERPRISE title (INVOICE_SPECIAL_NEEDS_ENTERPRISE). */
  | 'VAT_SPECIAL';

/** 下发: issue one coupon of the same face value to each of 1–100 RESALE customers from one of your own quotas. */
export type IssueCouponsInput = {
  /** Cloud service types to limit the coupons to (≤ 10): a subset of the quota's own list when the quota has one. Checked and kept in the audit log; coupons do not store limits of their own yet, so the quota's limits are the ones that apply (Coupon.quota.cloudServiceTypes). */
  cloudServiceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1–100 customers (SubCustomer ids) of your own partner, RESALE only, each at most once; one coupon each. A designated-customer quota accepts only the customers on its list. */
  customerIds: Array<Scalars['ID']['input']>;
  /** Start of validity; default the quota's start. Not before the quota's start; a future start issues the coupon INACTIVE until then. */
  effectiveTime?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** End of validity; default the quota's end. Not after the quota's end, and after both the start and now. */
  expireTime?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Face value of each coupon in CNY: a decimal string from "0.01" to "99999999999" with at most 2 decimals. The quota balance must cover each coupon; the customers that no longer fit fail with QUOTA_INSUFFICIENT. */
  faceValue: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never issues or reclaims twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Kind of coupon; always the quota's kind (PICKUP only from a PICKUP quota). When given it must equal the quota's kind. */
  kind?: InputMaybe<CouponKind>;
  /** Note kept on each coupon and its issue record (≤ 200 characters); visible only to your partner, never to the customer. */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Products to limit the coupons to (≤ 10): a subset of the quota's own list when the quota has one. Checked and kept in the audit log; coupons do not store limits of their own yet, so the quota's limits are the ones that apply (Coupon.quota.productIds). */
  productIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Your own coupon quota (CouponQuota id): NORMAL and inside its validity now. */
  quotaId: Scalars['ID']['input'];
  /** Verification code from requestVerificationCode for this operation, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Distributors only: carve sub-quotas for your cloud resellers out of one of your quotas. Either one reseller (resellerId and amount, as before) or several (items, 1–100); not both. */
export type IssueSubQuotaInput = {
  /** Value of the sub-quota in CNY: "0.01" to "100000000" with at most 2 decimals, at most the parent's balance. The single-reseller form, with resellerId. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Start of validity; default the parent's start, not before it. */
  effectiveTime?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** End of validity; default the parent's end, not after it, and after both the start and now. */
  expireTime?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never issues or reclaims twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Several resellers in one call: 1–100 items, each reseller at most once (DUPLICATE_RESELLER). Each succeeds or fails on its own, in input order (succeeded / failed of the payload); the validity and remark apply to all. Leave out resellerId and amount. */
  items?: InputMaybe<Array<SubQuotaItemInput>>;
  /** Your own quota (CouponQuota id) to carve from: NORMAL and inside its validity now. */
  parentQuotaId: Scalars['ID']['input'];
  /** Remark for the quota record (≤ 200 characters). */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** One of your cloud resellers (Partner id): the single-reseller form, with amount. Leave out with items. */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Verification code from requestVerificationCode for this operation, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Filters of outbound-call requests. */
export type LeadCallFilter = {
  /** Only requests in this status (REQUESTED: the work list). */
  status?: InputMaybe<LeadCallStatus>;
};

/** How the platform’s outbound call ended (completeLeadCall). */
export type LeadCallResult =
  /** 已接通. */
  | 'CONNECTED'
  /** 未接通. */
  | 'NOT_CONNECTED';

/** 外呼: an outbound call the platform places for the partner (the number never reaches the partner). */
export type LeadCallStatus =
  /** 已接通: the platform connected the member and the lead’s contact. */
  | 'CONNECTED'
  /** 未接通: no answer or the number failed; the member may request again. */
  | 'NOT_CONNECTED'
  /** 已申请: waiting for the platform to place the call. */
  | 'REQUESTED';

/** (design) Why a lead was closed (关闭原因). */
export type LeadCloseReason =
  /** 客户选择了其他厂商. */
  | 'CHOSE_COMPETITOR'
  /** 重复线索. */
  | 'DUPLICATE'
  /** 客户无需求. */
  | 'NO_DEMAND'
  /** 其他 (say which in the note). */
  | 'OTHER'
  /** 无法联系到客户. */
  | 'UNREACHABLE';

/** Filters of leads; all given ones must match. */
export type LeadFilter = {
  /** Only leads assigned to this account manager (a Member id); within your own scope. */
  assignedManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** Text search (1–64 characters, not blank), case-insensitive substring of the company or contact name. (design) For a partner in marketing plan 2.0 (营销计划2.0) a search never compares with the anonymised phone or e-mail, so it cannot reveal them; for other partners it also matches the phone and e-mail. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only leads created by your partner, or dispatched by the cloud. */
  source?: InputMaybe<LeadSource>;
  /** Only leads in this status. */
  status?: InputMaybe<LeadStatus>;
  /** True: only leads nobody is assigned to; false: only assigned ones. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The final status a follow-up (followUpLead) may move a lead to. */
export type LeadOutcome =
  /** 已关闭: closeReason required. */
  | 'CLOSED'
  /** 已转化. */
  | 'CONVERTED';

/** Where a lead came from. */
export type LeadSource =
  /** 已派发线索: dispatched to the partner by a cloud operator (dispatchLead, ops:lead). */
  | 'CLOUD'
  /** 新建线索: created by a member of the partner (createLead). */
  | 'PARTNER';

/** (design) 线索状态. NEW (待跟进) → FOLLOWING_UP (跟进中, on the first follow-up record) → CONVERTED (已转化) or CLOSED (已关闭, with a LeadCloseReason). CONVERTED and CLOSED are final. */
export type LeadStatus =
  /** 已关闭: given up, with a reason (closeReason); final. */
  | 'CLOSED'
  /** 已转化: the lead became a customer or an opportunity; final. */
  | 'CONVERTED'
  /** 跟进中: at least one follow-up record. */
  | 'FOLLOWING_UP'
  /** 待跟进: nobody has recorded a follow-up yet. */
  | 'NEW';

/** Whose account an account change record belongs to. */
export type LedgerOwner =
  /** A sub-customer's account. */
  | 'CUSTOMER'
  /** The partner's own account. */
  | 'PARTNER';

/** Where a PAPER invoice is mailed. */
export type MailingAddressInput = {
  /** Mailing address (邮寄地址), 1–200 characters. */
  address: Scalars['String']['input'];
  /** Recipient’s phone, 1–32 characters. */
  phone: Scalars['String']['input'];
  /** Recipient (收件人), 1–50 characters. */
  recipientName: Scalars['String']['input'];
};

/** Which of your notifications to mark read: the ones listed in `ids`, or `all: true`. Give exactly one. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification of yours. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global ids of your notifications (1–100). Ones already read stay as they were. */
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A handling step of handleMarketingTask. */
export type MarketingTaskAction =
  /** PENDING or IN_PROGRESS → DONE, with a result (required) and a note. */
  | 'COMPLETE'
  /** PENDING → IN_PROGRESS. */
  | 'START';

/** Filters of marketing tasks; all given ones must match. */
export type MarketingTaskFilter = {
  /** Only the tasks about this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks due before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only sales-expansion (销售拓展任务) or only big-deal renewal (大单续订任务) tasks. */
  kind?: InputMaybe<MarketingTaskKind>;
  /** Only tasks in this status. */
  status?: InputMaybe<MarketingTaskStatus>;
  /** Title contains this text (case-insensitive). */
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a marketing task (营销任务). */
export type MarketingTaskKind =
  /** 大单续订任务: have a big customer renew its yearly/monthly resources that expire soon; the resources are linked to the task. */
  | 'BIG_DEAL_RENEWAL'
  /** 销售拓展任务 (扩容): grow what one of your customers buys; targetAmount is the expected extra spend. */
  | 'SALES_EXPANSION';

/** (design) How a completed marketing task ended. */
export type MarketingTaskResult =
  /** The customer did not expand / renew. */
  | 'FAILED'
  /** Part of the target was reached (part of the resources renewed). */
  | 'PARTIALLY_SUCCEEDED'
  /** The customer expanded / renewed as targeted. */
  | 'SUCCEEDED';

/** (design) PENDING → IN_PROGRESS → DONE, or PENDING / IN_PROGRESS → EXPIRED when dueAt passes unhandled (maintenance job expire-marketing-tasks). */
export type MarketingTaskStatus =
  /** 已完成: handled; result and note are recorded. */
  | 'DONE'
  /** 已过期: dueAt passed before it was completed; it can no longer be handled. */
  | 'EXPIRED'
  /** 处理中: the account manager started working on it. */
  | 'IN_PROGRESS'
  /** 待处理: dispatched by the cloud, not yet started. */
  | 'PENDING';

/** Filters for the member list (组织人员). All given filters must match. */
export type MemberFilter = {
  /** Part of the login name (case-insensitive). */
  loginName?: InputMaybe<Scalars['String']['input']>;
  /** Only members holding this role (a Role id). */
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Only members in this state. */
  status?: InputMaybe<MemberStatus>;
};

/** Whether a member is associated with its partner. */
export type MemberStatus =
  /** Associated; may sign in. */
  | 'ACTIVE'
  /** Association cancelled by the partner; cannot sign in. */
  | 'CANCELLED';

/** (operators) The next status of an invoice. */
export type MoveInvoiceInput = {
  /** The Invoice id (of any partner). */
  invoiceId: Scalars['ID']['input'];
  /** REJECTED: the reason the partner reads, 1–200 characters (INVOICE_REASON_REQUIRED); ignored otherwise. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** ISSUED or REJECTED (from SUBMITTED), SHIPPED (paper, from ISSUED), RECEIVED (paper, from SHIPPED), RETURNED (from RETURN_REQUESTED). */
  status: InvoiceStatus;
  /** SHIPPED: the courier tracking number (≤ 40 characters). */
  trackingNo?: InputMaybe<Scalars['String']['input']>;
};

/** One partner step of a solution’s lifecycle. */
export type MoveSolutionInput = {
  /** A Solution id of your partner. */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates or moves a solution twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The status to move it to: it must be the next one after its current status, and a partner step (SolutionStepBy.PARTNER). Naming the target makes a stale click a refusal, not a double move. */
  to: SolutionStatus;
};

/** What a notification is about. More kinds will be added: clients should show unknown kinds generically. */
export type NotificationKind =
  /** A balance fell below its alert threshold (余额预警). Also sent by SMS or e-mail. */
  | 'BALANCE_ALERT'
  /** A customer asked to end its association (客户申请解绑): to the partner's members who may handle it. Also sent by SMS or e-mail. */
  | 'CUSTOMER_UNBIND_REQUESTED'
  /** An incentive record (激励) moved to a new stage: to the partner's members who may apply for incentives. */
  | 'INCENTIVE_STATUS'
  /** A customer accepted the partner's invitation and is now associated. */
  | 'INVITATION_ACCEPTED'
  /** An operator moved an invoice (发票) to a new status: to the member who requested it. */
  | 'INVOICE_STATUS'
  /** A lead was assigned to an account manager: to that account manager. */
  | 'LEAD_ASSIGNED'
  /** An operator dispatched a lead (线索派发) to the partner: to the partner's members who manage leads. */
  | 'LEAD_DISPATCHED'
  /** A marketing task (营销任务) was assigned to an account manager: to that account manager. */
  | 'MARKETING_TASK_ASSIGNED'
  /** An opportunity shared with the cloud (共享给华为) changed status, e.g. 验证通过: to the member who shared it. */
  | 'OPPORTUNITY_STATUS'
  /** A customer granted or cancelled its order-on-behalf authorization (代下单授权). */
  | 'ORDER_AUTHORIZATION_CHANGED'
  /** Your partner asked to end the association (解除关联申请): to the customer, who answers it with answerUnbindRequest within 7 days. Also sent by SMS or e-mail. */
  | 'PARTNER_UNBIND_REQUESTED'
  /** A customer accepted or rejected a payment-on-behalf agreement (代付), or it ended: to the partner's members who manage agreements. */
  | 'PAYMENT_AGREEMENT_CHANGED'
  /** An operator approved or rejected a program application (伙伴计划申请): to the member who applied. */
  | 'PROGRAM_APPLICATION_HANDLED'
  /** An online recharge (充值) completed or failed: to the member who started it. */
  | 'RECHARGE_SETTLED'
  /** An operator confirmed or rejected a remittance claim (汇款认领): to the member who submitted it. */
  | 'REMITTANCE_HANDLED'
  /** A distributor invited the partner to associate as its cloud reseller: to the invited partner's admin. Also sent by SMS or e-mail. */
  | 'RESELLER_INVITED'
  /** A project-specialist application (项目专员) was assessed: to the member who applied. */
  | 'SPECIALIST_ASSESSED'
  /** An unbind request was approved or rejected: to the customer when its partner answered, to the partner when its customer answered. Also sent by SMS or e-mail. */
  | 'UNBIND_REQUEST_ANSWERED'
  /** An unbind request was not answered in time and lapsed: to both sides. Also sent by SMS or e-mail. */
  | 'UNBIND_REQUEST_EXPIRED'
  /** An operator paid or rejected a withdrawal (提现 / 激励返点提现): to the member who requested it. Also sent by SMS or e-mail. */
  | 'WITHDRAWAL_HANDLED';

/** Outcome recorded for an operation. */
export type OperationResult =
  /** It was refused. */
  | 'FAILED'
  /** It took effect. */
  | 'SUCCESS';

/** What a cloud operator does in the partner center; each duty has its own permission points. */
export type OperatorDuty =
  /** 生态经理: ecosystem manager (leads, programs, partners it manages). */
  | 'ECOSYSTEM_MANAGER'
  /** 华为财经: the cloud finance (remittances, withdrawals, incentive payment, invoices). */
  | 'FINANCE'
  /** 华为运营人员: partner operations (co-signing, programs, leads, reading partners). */
  | 'PARTNER_OPERATIONS';

/** What processIncentive does: the operator’s transitions of IncentiveAction. */
export type OperatorIncentiveAction =
  /** 会签通过: 会签中 → 待申付 (operator). */
  | 'APPROVE_COSIGN'
  /** (design) 关闭: 会签驳回 → 已关闭, with a reason (operator). */
  | 'CLOSE'
  /** 申付单已创建: 待申付 → 发票审核 (operator, for the system). */
  | 'CREATE_PAYMENT_ORDER'
  /** 申付单创建失败: 待申付 → 申付单创建失败, with a reason (operator). */
  | 'FAIL_PAYMENT_ORDER'
  /** (design) 付款: 待付款 → 已付款, credits the bonus account once (operator). */
  | 'PAY'
  /** 会签驳回: 会签中 → 会签驳回, with a reason (operator). */
  | 'REJECT_COSIGN'
  /** (design) 重新处理: 会签驳回 → 申请处理中 (operator). */
  | 'REOPEN'
  /** 重新申付: 申付单创建失败 → 待申付 (operator). */
  | 'RETRY_PAYMENT_ORDER'
  /** 发票签收: 发票审核 → 待伙伴开票 (operator). */
  | 'SIGN_INVOICE'
  /** 发起会签: 申请处理中 → 会签中 (operator). */
  | 'START_COSIGN';

/** Filters of the operators’ lead list; all given ones must match. */
export type OperatorLeadFilter = {
  /** Only leads assigned to this account manager (a Member id); within your own scope. */
  assignedManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads of this partner (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Text search (1–64 characters, not blank), case-insensitive substring of the company or contact name. (design) For a partner in marketing plan 2.0 (营销计划2.0) a search never compares with the anonymised phone or e-mail, so it cannot reveal them; for other partners it also matches the phone and e-mail. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only leads created by your partner, or dispatched by the cloud. */
  source?: InputMaybe<LeadSource>;
  /** Only leads in this status. */
  status?: InputMaybe<LeadStatus>;
  /** True: only leads nobody is assigned to; false: only assigned ones. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Filters of OperatorViewer.partners; all given ones must match. */
export type OperatorPartnerFilter = {
  /** Only partners of this identity. */
  identity?: InputMaybe<PartnerIdentity>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only partners in this standing. */
  status?: InputMaybe<PartnerStatus>;
};

/** Filters of opportunities; all given ones must match. */
export type OpportunityFilter = {
  /** Only opportunities in this status. */
  status?: InputMaybe<OpportunityStatus>;
};

/** An operator’s step on an opportunity (ops:lead). */
export type OpportunityReviewAction =
  /** 验证不通过: SUBMITTED or VERIFYING → REJECTED, reason required. */
  | 'REJECT'
  /** SUBMITTED → VERIFYING. */
  | 'START_VERIFICATION'
  /** 验证通过: VERIFYING → VERIFIED. */
  | 'VERIFY';

/** (design) 机会点状态: SUBMITTED (已提交) → VERIFYING (验证中, the PSM or the account team checks it) → VERIFIED (验证通过, final; the PCE incentive counts cash paid before this moment) or REJECTED (验证不通过, with a reason, final; from SUBMITTED or VERIFYING). */
export type OpportunityStatus =
  /** 验证不通过: rejected with a reason; final. */
  | 'REJECTED'
  /** 已提交: shared, waiting for the cloud. */
  | 'SUBMITTED'
  /** 验证通过: verified by an operator; final. Read by IncentiveRecord.pceEligibility. */
  | 'VERIFIED'
  /** 验证中: the cloud is verifying it. */
  | 'VERIFYING';

/** State of an order-on-behalf authorization (代下单授权). */
export type OrderAuthorizationStatus =
  /** The partner may act on the customer's orders. */
  | 'GRANTED'
  /** Revoked by the customer. */
  | 'REVOKED';

/** Filters for a partner's order list. All given filters must match; the creation-time range spans at most one year. */
export type OrderFilter = {
  /** Created at or after this time. Defaults to one year before createdTo. The range createdFrom…createdTo may not exceed one year (366 days). */
  createdFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Created at or before this time. Defaults to one year after createdFrom when only createdFrom is given, else to now. */
  createdTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only orders of this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders of this kind. */
  orderType?: InputMaybe<OrderType>;
  /** Only orders in this state. */
  status?: InputMaybe<OrderStatus>;
};

/** Who placed the order. */
export type OrderSource =
  /** The customer itself. */
  | 'CUSTOMER'
  /** The partner, on behalf of the customer. */
  | 'PARTNER';

/** State of a yearly/monthly order (platform codes). */
export type OrderStatus =
  /** 4 已取消: cancelled. */
  | 'CANCELLED'
  /** 5 已完成: completed. */
  | 'COMPLETED'
  /** 1 待审核: pending approval. */
  | 'PENDING_APPROVAL'
  /** 9 待确认: pending confirmation. */
  | 'PENDING_CONFIRMATION'
  /** 6 待支付: waiting for payment; can be paid or cancelled. */
  | 'PENDING_PAYMENT'
  /** 2 待退款: pending refund. */
  | 'PENDING_REFUND'
  /** 3 处理中: paid, resources being created. */
  | 'PROCESSING';

/** Kind of order (platform codes). */
export type OrderType =
  /** 3: change of specification. */
  | 'CHANGE'
  /** 1: new purchase. */
  | 'NEW'
  /** 2: renewal. */
  | 'RENEWAL'
  /** 10: switch to on-demand. */
  | 'TO_ON_DEMAND'
  /** 11: switch to yearly/monthly. */
  | 'TO_PERIODIC'
  /** 4: unsubscribe (refund). */
  | 'UNSUBSCRIBE';

/** Which of a partner's accounts (账户) a balance or an account change is on. */
export type PartnerAccountType =
  /** 奖励账户 (account_type 5): bonus money the cloud grants. */
  | 'BONUS'
  /** 现金账户 (account_type 1): recharges, allocations, reclaims; RESALE customers' balances are cash too. */
  | 'CASH'
  /** 信用账户 (account_type 2): the credit the cloud grants; pays what a customer's balance leaves of an order. */
  | 'CREDIT'
  /** 押金账户 (account_type 7): the deposit a distributor keeps with the cloud. */
  | 'DEPOSIT';

/** What kind of partner this is. */
export type PartnerIdentity =
  /** 云经销商 (T2): invited and associated by exactly one distributor. */
  | 'CLOUD_RESELLER'
  /** 总经销商 (T1): has cloud resellers, gives them funds and coupon quotas. */
  | 'DISTRIBUTOR'
  /** 解决方案提供商: a direct partner with its own sub-customers and no resellers. */
  | 'SOLUTION_PROVIDER';

/** Standing of a partner with the cloud. Money and coupon operations of a non-NORMAL partner are refused. */
export type PartnerStatus =
  /** 冻结: cannot acquire customers or unbind; a frozen distributor cannot invite resellers. */
  | 'FROZEN'
  /** No restriction. */
  | 'NORMAL'
  /** 受限: its RESALE customers cannot consume. */
  | 'RESTRICTED';

/** Pay a PENDING_PAYMENT order on behalf of a RESALE customer: coupons first, then the customer's balance. */
export type PayOrderInput = {
  /** Up to 3 coupons (Coupon ids) of the order's customer, applied first, in the given order, each up to its balance: USABLE, inside their validity, VOUCHER or CASH, and (if their quota limits cloud service types or products) valid for every line of the order. */
  couponIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The discount to apply, by type, chosen from the order's amountInfo.discounts; at most 1. Omitted: the order's discount as listed (an order listing more than one needs a choice). An empty list applies none. */
  discountTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never pays twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The order (Order id) of one of your customers that granted order-on-behalf authorization. */
  orderId: Scalars['ID']['input'];
};

/** Mark a pending withdrawal as paid. */
export type PayWithdrawalInput = {
  /** The bank transfer's reference, 1–64 characters (optional). */
  payoutReference?: InputMaybe<Scalars['String']['input']>;
  /** The withdrawal (Withdrawal id). */
  withdrawalId: Scalars['ID']['input'];
};

/** Filters for payment agreements. All given filters must match. */
export type PaymentAgreementFilter = {
  /** Only the agreements of this customer (SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agreements in this state now (a PENDING_CUSTOMER one past its 7 days counts as EXPIRED). */
  status?: InputMaybe<PaymentAgreementStatus>;
};

/** State of a payment-on-behalf agreement (代付协议). */
export type PaymentAgreementStatus =
  /** In force: payOrder charges the customer's orders to the partner's cash account. */
  | 'ACTIVE'
  /** Nobody answered within 7 days (maintenance job expire-payment-agreements). */
  | 'EXPIRED'
  /** Proposed by the partner; the customer accepts or rejects it within 7 days (design), else it expires. */
  | 'PENDING_CUSTOMER'
  /** The customer declined it. */
  | 'REJECTED'
  /** Ended by either side (terminatedBy, terminationReason). */
  | 'TERMINATED';

/** 代付协议类型 (design). */
export type PaymentAgreementType =
  /** The partner pays the whole of every order, without limits. */
  | 'FULL'
  /** The partner pays orders up to perOrderLimit each and up to monthlyLimit per calendar month (China time). */
  | 'LIMITED';

/** Unit of a subscription period (platform codes). */
export type PeriodType =
  /** 2: months. */
  | 'MONTH'
  /** 3: years. */
  | 'YEAR';

/** A customer’s cloud-store order through a partner’s exclusive-offer link. */
export type PlaceExclusiveOfferOrderInput = {
  /** The link’s token (the offer= parameter of its url). */
  token: Scalars['String']['input'];
};

/** The preset roles of the partner center. */
export type PresetRole =
  /** 客户经理: only the customers assigned to the member; no coupons, no partner bills. */
  | 'ACCOUNT_MANAGER'
  /** 客户经理主管: supervises account managers and sees their customers. */
  | 'ACCOUNT_MANAGER_SUPERVISOR'
  /** 系统管理员 / 伙伴管理员: everything the identity allows; cannot be combined with other roles. */
  | 'ADMIN'
  /** SA专人: solution-architect specialist, read-only customers and orders. */
  | 'SA_SPECIALIST';

/** Filters for the price catalogue. All given filters must match. */
export type PriceCatalogueFilter = {
  /** Only prices per MONTH or per YEAR. */
  period?: InputMaybe<PeriodType>;
  /** Only this product code. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this region, e.g. cn-north-4. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only this cloud service type, e.g. hws.service.type.ec2. */
  serviceTypeCode?: InputMaybe<Scalars['String']['input']>;
};

/** An operator’s step on one incentive record (ops:incentive). */
export type ProcessIncentiveInput = {
  /** The transition to take; it must start from the record’s stage. */
  action: OperatorIncentiveAction;
  /** The IncentiveRecord id (any partner’s). */
  id: Scalars['ID']['input'];
  /** Why: required for REJECT_COSIGN, CLOSE and FAIL_PAYMENT_ORDER (it becomes the rejectionReason the partner reads), optional otherwise; at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Filters of program applications; all given ones must match. */
export type ProgramApplicationFilter = {
  /** Only applications in this status. */
  status?: InputMaybe<ProgramApplicationStatus>;
};

/** Where a distribution-program application (分销计划申请) stands. */
export type ProgramApplicationStatus =
  /** 已通过: the partner is a distributor (总经销商) of the distribution program. */
  | 'APPROVED'
  /** 审核中: waiting for the cloud’s operators (ops:program). */
  | 'PENDING'
  /** 已驳回: rejected, with the operator’s reason. */
  | 'REJECTED';

/** Where a development-path invitation stands. */
export type ProgramInvitationStatus =
  /** 已加入: accepted; the partner is a member of the path (a ProgramMembership). */
  | 'ACCEPTED'
  /** 已拒绝: the partner declined. */
  | 'DECLINED'
  /** 已过期: not answered before expiresAt (derived as of now). */
  | 'EXPIRED'
  /** 待加入: sent by e-mail; the partner may accept or decline until expiresAt. */
  | 'PENDING';

/** A partner program or development path (伙伴计划 / 伙伴发展路径). */
export type ProgramKind =
  /** 数字化转型咨询与系统集成伙伴发展路径 (development path, joined by invitation e-mail). */
  | 'CONSULTING_SI_PATH'
  /** 分销计划(总经销商): applied for (applyForDistributionProgram) and approved by the cloud. */
  | 'DISTRIBUTION_DISTRIBUTOR'
  /** 分销计划(云经销商): joined by accepting a distributor’s reseller invitation. */
  | 'DISTRIBUTION_RESELLER'
  /** 学习与赋能伙伴发展路径 (development path, joined by invitation e-mail). */
  | 'LEARNING_PATH'
  /** 服务合作伙伴发展路径 (development path, joined by invitation e-mail). */
  | 'SERVICE_PARTNER_PATH'
  /** 软件伙伴发展路径 (development path, joined by invitation e-mail). */
  | 'SOFTWARE_PATH'
  /** 解决方案提供商计划: once EXPIRED, the partner may switch to cloud reseller through a distributor’s invitation. */
  | 'SOLUTION_PROVIDER';

/** Where a membership stands. */
export type ProgramMembershipStatus =
  /** 有效: joined and not past expiresAt. */
  | 'ACTIVE'
  /** 已结束: ended before expiry (e.g. switched to another program). */
  | 'ENDED'
  /** 已过期: expiresAt has passed (derived as of now when the stored row still says ACTIVE). */
  | 'EXPIRED';

/** Which part of the personal qualifications (个人资质) an entry belongs to. */
export type QualificationKind =
  /** 证书: a certificate obtained (issuer, title, date obtained, valid until). */
  | 'CERTIFICATE'
  /** 就职信息: a position held (organisation, title, from–to). */
  | 'EMPLOYMENT'
  /** 项目: a project delivered (customer or organisation, role, from–to). */
  | 'PROJECT'
  /** 培训: a training attended (provider, course, from–to). */
  | 'TRAINING';

/** What a quota record did (platform codes 10, 11). */
export type QuotaOperationType =
  /** 10: a sub-quota issued to a reseller. */
  | 'ISSUE'
  /** 11: a sub-quota reclaimed from a reseller. */
  | 'RECLAIM';

/** Filters for quota records. All given filters must match. */
export type QuotaRecordFilter = {
  /** Only records made at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only records of this operation. */
  operationType?: InputMaybe<QuotaOperationType>;
  /** Only records made at or before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** State of a coupon quota (platform codes). */
export type QuotaStatus =
  /** 4: visible, cannot issue. */
  | 'ADJUSTING'
  /** 5: frozen. */
  | 'FROZEN'
  /** 3: expired or invalidated. */
  | 'INVALID'
  /** 0: usable for issuing. */
  | 'NORMAL'
  /** 6: a sub-quota taken back from a reseller. */
  | 'RECLAIMED';

/** 询价: price yearly/monthly products for one of your customers, before ordering (seed 001). Reads only. */
export type QuotePriceInput = {
  /** The customer will pay automatically (自动支付): the business discount (COMMERCIAL_DISCOUNT) comes first. Left out: false. */
  autoPay?: InputMaybe<Scalars['Boolean']['input']>;
  /** The customer (SubCustomer id) of your own partner whose discounts apply. */
  customerId: Scalars['ID']['input'];
  /** 1–10 items (design). */
  items: Array<QuotePriceItemInput>;
};

/** One product of a price inquiry (询价). */
export type QuotePriceItemInput = {
  /** Period unit: MONTH or YEAR. */
  period: PeriodType;
  /** Number of periods: 1–11 months or 1–3 years. */
  periodCount: Scalars['Int']['input'];
  /** The product code (PriceCatalogueEntry.productCode). */
  productCode: Scalars['String']['input'];
  /** Number of subscriptions: 1–100 (design); 1 when left out. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** The region, e.g. cn-north-4. */
  region: Scalars['String']['input'];
};

/** 查询续订金额: the renewal amount of main resources with their dependents (seed 002). Reads only. */
export type QuoteRenewalInput = {
  /** Quote for renewResources with autoPay (自动支付): the business discount (COMMERCIAL_DISCOUNT) is applied first, as quotePrice does. Left out: false. */
  autoPay?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number of periods: 1–11 months or 1–3 years. */
  periodCount: Scalars['Int']['input'];
  /** Unit of the renewal period. */
  periodType: PeriodType;
  /** 1–10 main resources (Resource ids), as renewResources takes them; their dependents are added. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** The partner's real-name verification (实名认证) status. */
export type RealNameStatus =
  /** 审核中: submitted, the cloud has not decided yet. */
  | 'PENDING'
  /** 认证失败: the cloud rejected it (see rejectionReason); it may be submitted again. */
  | 'REJECTED'
  /** 未认证: nothing submitted. */
  | 'UNVERIFIED'
  /** 已认证: the cloud verified it. */
  | 'VERIFIED';

/** How the partner verified its real name. */
export type RealNameType =
  /** 企业实名: with the business licence (the unified social credit code). */
  | 'ENTERPRISE'
  /** 个人实名: with a personal identity document. */
  | 'INDIVIDUAL';

/** The payment provider's answer for an online recharge. */
export type RechargeOutcome =
  /** Not paid: credit nothing. */
  | 'FAILED'
  /** Paid: credit the cash account. */
  | 'SUCCEEDED';

/** Filters for online recharges. All given filters must match. */
export type RechargePaymentFilter = {
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only recharges in this status. */
  status?: InputMaybe<RechargePaymentStatus>;
};

/** Where an online recharge (在线充值) stands. */
export type RechargePaymentStatus =
  /** 已过期: not paid within 30 minutes (design); nothing credited. */
  | 'EXPIRED'
  /** 支付失败: the payment provider reported a failure; nothing credited. */
  | 'FAILED'
  /** 待支付: waiting for the payment page; nothing credited yet. */
  | 'PENDING'
  /** 支付成功: paid; the amount was credited to the cash account once (a RECHARGE record). */
  | 'SUCCEEDED';

/** 回收: reclaim 1–100 USABLE coupons your partner issued; each returns its whole remaining balance to its quota. */
export type ReclaimCouponsInput = {
  /** 1–100 coupons (Coupon ids) your partner issued, each at most once. */
  couponIds: Array<Scalars['ID']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never issues or reclaims twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the reclaim records (≤ 200 characters); visible only to your partner. */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode for this operation, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Take funds back from one of your cloud resellers (distributors only). */
export type ReclaimFundsFromResellerInput = {
  /** Amount in CNY, > 0, at most the reseller's balance. */
  amount: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the adjust record (≤ 200 characters). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** The cloud reseller (Partner id). */
  resellerId: Scalars['ID']['input'];
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** 回收: take funds back from a RESALE customer into your partner account. */
export type ReclaimFundsInput = {
  /** Amount in CNY, > 0, at most the customer's balance; exactly the balance is a full withdrawal (全额提现), which also returns its CASH and PICKUP coupons' balances to their quotas. */
  amount: Scalars['String']['input'];
  /** The customer (SubCustomer id). */
  customerId: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the adjust record (≤ 200 characters). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Distributors only: take back a NORMAL sub-quota's unused balance from one of your cloud resellers. */
export type ReclaimSubQuotaInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never issues or reclaims twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The sub-quota (CouponQuota id) you carved for one of your cloud resellers. */
  quotaId: Scalars['ID']['input'];
  /** Remark for the quota record (≤ 200 characters). */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode for this operation, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a login name, email or mobile can be used to register a new cloud account (a mobile: whether its registrations are over the cap). */
export type RegistrationCheckResult =
  /** A login name or email no cloud account uses; a mobile whose registrations are under the cap. createCustomer may use it (a mobile must also be unused by other customers: MOBILE_TAKEN). */
  | 'AVAILABLE'
  /** 注册数量超过上限: the mobile has already registered the most cloud accounts a number may (5); createCustomer would refuse it (MOBILE_REGISTRATION_LIMIT). Only a mobile gets this answer. */
  | 'REGISTRATION_LIMIT_REACHED'
  /** A login name or email already used by a cloud account (of any partner, or of none): createCustomer would refuse it. Never the answer for a mobile. */
  | 'USED_BY_USER';

/** Reject a remittance claim, with the reason the partner reads. */
export type RejectRemittanceClaimInput = {
  /** The claim (RemittanceClaim id). */
  claimId: Scalars['ID']['input'];
  /** Why (1–500 characters), e.g. no remittance with this reference arrived. */
  reason: Scalars['String']['input'];
};

/** Reject a pending withdrawal; the held amount returns to its account. */
export type RejectWithdrawalInput = {
  /** Why (1–500 characters), e.g. the bank account does not match the partner. */
  reason: Scalars['String']['input'];
  /** The withdrawal (Withdrawal id). */
  withdrawalId: Scalars['ID']['input'];
};

/** A remittance claim to act on. */
export type RemittanceClaimActionInput = {
  /** The claim (RemittanceClaim id). */
  claimId: Scalars['ID']['input'];
};

/** Filters for remittance claims. All given filters must match. */
export type RemittanceClaimFilter = {
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims in this status, e.g. PENDING. */
  status?: InputMaybe<RemittanceClaimStatus>;
};

/** Where a remittance claim (汇款认领) stands. */
export type RemittanceClaimStatus =
  /** 已取消: the partner withdrew the claim while it was pending. Nothing credited. */
  | 'CANCELLED'
  /** 已认领: the cloud found the remittance; the cash account was credited once (a REMITTANCE record). */
  | 'CONFIRMED'
  /** 待确认: submitted; the cloud has not checked the remittance yet. */
  | 'PENDING'
  /** 已驳回: the cloud did not find the remittance as claimed; see reason. Nothing credited. */
  | 'REJECTED';

/** Renew yearly/monthly resources: creates one RENEWAL order per customer, waiting for payment unless autoPay is set. */
export type RenewResourcesInput = {
  /** Pay each renewal order at once from the customer's balance, then your partner's credit (no coupons). If both together do not cover it, that customer's renewal is not created and its resources are reported failed. */
  autoPay?: InputMaybe<Scalars['Boolean']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never renews twice. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Number of periods: 1–11 months or 1–3 years. */
  periodNum: Scalars['Int']['input'];
  /** Unit of the renewal period. */
  periodType: PeriodType;
  /** 1–10 main resources (Resource ids), each at most once; their dependent resources are renewed with them. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** 索取发票: ask the provider of cloud-store orders for an invoice over them. */
export type RequestInvoiceInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** VAT_GENERAL, or VAT_SPECIAL for an ENTERPRISE title only. */
  invoiceType: InvoiceType;
  /** PAPER: where to mail it (required: INVOICE_ADDRESS_REQUIRED); ignored for ELECTRONIC. */
  mailingAddress?: InputMaybe<MailingAddressInput>;
  /** ELECTRONIC or PAPER. */
  medium: InvoiceMedium;
  /** CloudStoreOrder ids of your partner, 1–50, all of one provider (服务商): each PAID and on no live invoice. */
  orderIds: Array<Scalars['ID']['input']>;
  /** The title (抬头). */
  title: InvoiceTitleInput;
};

/** 外呼: ask the platform to call the lead’s contact for you. */
export type RequestLeadCallInput = {
  /** The Lead id (NEW or FOLLOWING_UP, with a phone). */
  id: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A customer's request to end its association with its partner. */
export type RequestUnbindInput = {
  /** Why (at most 200 characters); shown to the partner. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The code from requestVerificationCode(operation: REQUEST_UNBIND); always required. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Which sensitive operation the code is for. */
export type RequestVerificationCodeInput = {
  /** The operation the code will authorize (single use, 5 minutes). */
  operation: SensitiveOperation;
};

/** 提现 / 激励返点提现: withdraw from your cash or bonus account to a bank account. */
export type RequestWithdrawalInput = {
  /** CASH (提现) or BONUS (激励返点提现). */
  account: WithdrawalAccount;
  /** Amount in CNY, > 0 with at most 2 decimals: at most the withdrawable amount (CASH: balance − designated amount − invoiced amount not returned; BONUS: its balance). */
  amount: Scalars['String']['input'];
  /** Where the cloud pays the money. */
  bankAccount: BankAccountInput;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode (operation WITHDRAW): always required for withdrawals, whatever the partner setting. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Where a distributor’s invitation to associate as its cloud reseller stands. */
export type ResellerInvitationStatus =
  /** 已关联: the invited partner accepted and is now the distributor’s cloud reseller. */
  | 'ACCEPTED'
  /** 已取消: the distributor withdrew it; the link no longer works. */
  | 'CANCELLED'
  /** 已失效: not accepted within 24 hours (derived as of now); the link no longer works. */
  | 'EXPIRED'
  /** 待接受: the link works until expiresAt (24 hours after it was sent). */
  | 'PENDING';

/** Filters for a partner's subscribed resources. All given filters must match. */
export type ResourceFilter = {
  /** Only resources of this customer (a SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only resources whose subscription ends before this time. */
  expiresBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only resources of this cloud service type code, e.g. hws.service.type.ec2. */
  serviceTypeCode?: InputMaybe<Scalars['String']['input']>;
  /** Only resources in this state. */
  status?: InputMaybe<ResourceStatus>;
};

/** State of a subscribed resource (platform codes). */
export type ResourceStatus =
  /** 3: closed. */
  | 'CLOSED'
  /** 5: expired. */
  | 'EXPIRED'
  /** 4: frozen. */
  | 'FROZEN'
  /** 2: in use. */
  | 'IN_USE';

/** 退票: return a delivered invoice. */
export type ReturnInvoiceInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An Invoice id of your partner: ISSUED (electronic) or RECEIVED (paper), cloud-store or cloud. */
  invoiceId: Scalars['ID']['input'];
  /** Why it is returned, 1–200 characters (INVOICE_REASON_REQUIRED). */
  reason: Scalars['String']['input'];
};

/** An operator’s step on an opportunity (ops:lead). */
export type ReviewOpportunityInput = {
  /** The step; it must start from the opportunity’s status. */
  action: OpportunityReviewAction;
  /** The Opportunity id (any partner’s). */
  id: Scalars['ID']['input'];
  /** Why: required for REJECT (the partner reads it as rejectReason), at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** One operator step of a solution’s lifecycle (ops:program). */
export type ReviewSolutionInput = {
  /** A Solution id (any partner’s). */
  id: Scalars['ID']['input'];
  /** The status to move it to: the next one after its current status, and an operator step (SolutionStepBy.OPERATOR). */
  to: SolutionStatus;
};

/** One of your access keys. */
export type RevokeAccessKeyInput = {
  /** The access key id (AK). */
  accessKeyId: Scalars['String']['input'];
};

/** Cancelling your order-on-behalf authorization (取消授权): a reason and a verification code. */
export type RevokeOrderAuthorizationInput = {
  /** Why you cancel it (1–200 characters); shown to your partner. */
  reason: Scalars['String']['input'];
  /** The code from requestVerificationCode(operation: CANCEL_ORDER_AUTHORIZATION); always required. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** 维护个人资质: adds an entry to your own qualifications, or (with qualificationId) replaces one of yours. At most 50 entries per member (QUALIFICATION_LIMIT). */
export type SaveMyQualificationInput = {
  /** Free text, at most 1000 characters (QUALIFICATION_TEXT_TOO_LONG). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Until, YYYY-MM-DD, not before startedOn (QUALIFICATION_DATES_INVALID); a certificate’s expiry may lie ahead. Null: ongoing. */
  endedOn?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never changes twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Employment, certificate, training or project. */
  kind: QualificationKind;
  /** Employer, issuer, provider or customer: at most 200 characters (QUALIFICATION_TEXT_TOO_LONG). */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** The entry to replace (a MemberQualification id of yours; QUALIFICATION_NOT_FOUND otherwise, also for a colleague’s). Omit to add a new entry. */
  qualificationId?: InputMaybe<Scalars['ID']['input']>;
  /** From, YYYY-MM-DD, not in the future (QUALIFICATION_DATES_INVALID). */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** Title, certificate, course or project: 1–200 characters (QUALIFICATION_TITLE_INVALID). */
  title: Scalars['String']['input'];
};

/** The mobile a registration code goes to (发送验证码), before createCustomer with that mobile. */
export type SendCustomerRegistrationCodeInput = {
  /** Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE). */
  mobile: Scalars['String']['input'];
};

/** Operations that need a verification code: a partner's when the partner has turned verification on, a customer's always. */
export type SensitiveOperation =
  /** allocateFunds (拨款). */
  | 'ALLOCATE_FUNDS'
  /** allocateFundsToReseller. */
  | 'ALLOCATE_FUNDS_TO_RESELLER'
  /** A customer's answer to its partner's unbind request (answerUnbindRequest); always needs a code. */
  | 'ANSWER_UNBIND_REQUEST'
  /** A customer cancelling its order-on-behalf authorization (revokeOrderAuthorization); always needs a code. */
  | 'CANCEL_ORDER_AUTHORIZATION'
  /** changeMyPassword: a member changing its own password; always needs a code, whatever the partner's verification setting. */
  | 'CHANGE_PASSWORD'
  /** issueCoupons (下发). */
  | 'ISSUE_COUPONS'
  /** issueSubQuota. */
  | 'ISSUE_SUB_QUOTA'
  /** reclaimCoupons. */
  | 'RECLAIM_COUPONS'
  /** reclaimFunds (回收). */
  | 'RECLAIM_FUNDS'
  /** reclaimFundsFromReseller. */
  | 'RECLAIM_FUNDS_FROM_RESELLER'
  /** reclaimSubQuota. */
  | 'RECLAIM_SUB_QUOTA'
  /** A customer's own unbind request (requestUnbind); always needs a code. */
  | 'REQUEST_UNBIND'
  /** switchAssociationType. */
  | 'SWITCH_ASSOCIATION_TYPE'
  /** unbindCustomer (解绑). */
  | 'UNBIND_CUSTOMER'
  /** requestWithdrawal (提现 and 激励返点提现): always needs a code, whatever the partner's verification setting. */
  | 'WITHDRAW';

/** Turn auto-renewal of paid, in-use resources on or off. */
export type SetAutoRenewInput = {
  /** With enabled: true, how many times to renew: 0–99, 0 = unlimited (the default). Not allowed with enabled: false. */
  autoRenewTimes?: InputMaybe<Scalars['Int']['input']>;
  /** true: expirePolicy AUTO_RENEW; false: back to GRACE_PERIOD. */
  enabled: Scalars['Boolean']['input'];
  /** 1–10 main resources (Resource ids), each at most once; their dependent resources follow them. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** 设置自动申请发放激励: turn automatic application on or off. */
export type SetIncentiveAutoApplyInput = {
  /** True: the system applies every record of your partner waiting for an application (待提交申请) on its next run (maintenance job auto-apply-incentives, each run), now and in future periods. False: you apply yourself. */
  enabled: Scalars['Boolean']['input'];
};

/** The payment provider's outcome of an online recharge (stands for the payment callback). */
export type SettleRechargePaymentInput = {
  /** SUCCEEDED credits the cash account; FAILED credits nothing. */
  outcome: RechargeOutcome;
  /** The recharge (RechargePayment id). */
  paymentId: Scalars['ID']['input'];
  /** The provider's transaction number, 1–64 characters. */
  providerReference: Scalars['String']['input'];
};

/** 专属优惠: share a cloud-store product link. */
export type ShareExclusiveOfferInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The product code (Partner.exclusiveOfferProducts). */
  productCode: Scalars['String']['input'];
};

/** 共享给华为: an opportunity to share (no representative office is chosen). */
export type ShareOpportunityInput = {
  /** The customer’s cloud account name, if it has one (OPPORTUNITY_ACCOUNT_NOT_FOUND otherwise); it decides whether the customer is new to the cloud. */
  cloudAccountName?: InputMaybe<Scalars['String']['input']>;
  /** 客户名称: 1–100 characters. */
  customerName: Scalars['String']['input'];
  /** 机会点描述: at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 客户所在地: one of the representative offices’ regions (viewer.representativeOffices). */
  region: Scalars['String']['input'];
};

/** The kind of actor signing in; each kind has its own names, rights and entry query. */
export type SignInAs =
  /** A customer: the holder of a cloud account (its account name, e.g. hangzhou-yunfan); reads Query.customerViewer and takes the customer's side of association, authorization and invitation workflows. */
  | 'CUSTOMER'
  /** A partner's member (login name, e.g. dist-admin); reads Query.viewer. */
  | 'MEMBER'
  /** One of the cloud's partner-operations staff (e.g. ops-admin); reads Query.operatorViewer. */
  | 'OPERATOR';

/** Credentials of a partner-center member, customer or cloud operator. */
export type SignInInput = {
  /** Which kind of actor signs in (default MEMBER); the token it returns acts only as that kind. */
  as?: InputMaybe<SignInAs>;
  /** Sign-in name: a login name (member, operator) or a cloud account name (customer). */
  loginName: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Where a solution (解决方案) stands; the values are in lifecycle order. */
export type SolutionStatus =
  /** 配置器开发中: the partner develops the configurator. */
  | 'CONFIGURATOR_DEVELOPING'
  /** 配置器开发完成: the end of the lifecycle. */
  | 'CONFIGURATOR_DONE'
  /** 方案设计中: the partner designs it; next, the PDM lists the joint-sales goods. */
  | 'DESIGNING'
  /** 联合销售商品上架中: the PDM lists the joint-sales goods; next, the partner builds the configurator. */
  | 'LISTING'
  /** 立项完成: created by the partner (createSolution); next, the cloud verifies it. */
  | 'PROJECT_APPROVED'
  /** 方案验证完成: the cloud’s PDM/PSA verified it; next, the partner designs it. */
  | 'VERIFIED';

/** Who takes a step of a solution’s lifecycle. */
export type SolutionStepBy =
  /** A cloud operator with ops:program (reviewSolution): the PDM/PSA. */
  | 'OPERATOR'
  /** The partner’s member with solution:manage (moveSolution). */
  | 'PARTNER';

/** State of a project-specialist application (项目专员). */
export type SpecialistApplicationStatus =
  /** Assessed and accepted: the member is a project specialist of the partner. */
  | 'APPROVED'
  /** Assessed and refused; the assessment says why. A new application may follow. */
  | 'REJECTED'
  /** Sent with the résumé; waits for the cloud’s assessment. */
  | 'SUBMITTED';

/** An operator’s assessment of a project-specialist application. */
export type SpecialistDecision =
  /** Accept: SUBMITTED → APPROVED. */
  | 'APPROVE'
  /** Refuse: SUBMITTED → REJECTED; needs an assessment text. */
  | 'REJECT';

/** One cloud reseller of a batch issueSubQuota and the value of its sub-quota. */
export type SubQuotaItemInput = {
  /** Value of its sub-quota in CNY: "0.01" to "100000000" with at most 2 decimals; the parent's balance must still cover it when its turn comes. */
  amount: Scalars['String']['input'];
  /** One of your cloud resellers (Partner id), at most once per call. */
  resellerId: Scalars['ID']['input'];
};

/** 汇款认领: claim an offline remittance to the cloud. */
export type SubmitRemittanceClaimInput = {
  /** Amount remitted in CNY: a decimal string with at most 2 decimals, (design) 1.00 to 10000000.00. */
  amount: Scalars['String']['input'];
  /** The bank's transaction reference (银行流水号), 1–64 characters; a reference already confirmed for your partner is refused. */
  bankReference: Scalars['String']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Note for the cloud (≤ 200 characters). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Name of the remitting account holder (汇款人), 1–100 characters. */
  payerName: Scalars['String']['input'];
  /** The day of the remittance, YYYY-MM-DD (China time): not in the future, (design) at most 365 days ago. */
  remittedOn: Scalars['String']['input'];
};

/** 切换关联类型: switch one of your customers between ADVISORY and RESALE. Verification code: SWITCH_ASSOCIATION_TYPE. */
export type SwitchAssociationTypeInput = {
  /** The customer (SubCustomer id) of your own partner. */
  customerId: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money or coupons twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Reason, kept on the association event (≤ 200 characters; REASON_TOO_LONG). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The new association type; ALREADY_THIS_TYPE when it is the current one. */
  toType: AssociationType;
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** End a payment agreement: as the partner or as the customer. */
export type TerminatePaymentAgreementInput = {
  /** The ACTIVE or PENDING_CUSTOMER agreement (PaymentAgreement id). */
  agreementId: Scalars['ID']['input'];
  /** Why (1–200 characters), shown to the other side. */
  reason: Scalars['String']['input'];
};

/** Kind of account change (收支明细). */
export type TradeType =
  /** Received from the partner above (positive). */
  | 'ALLOCATE_IN'
  /** Allocated away to a customer or reseller (negative). */
  | 'ALLOCATE_OUT'
  /** An incentive paid out (激励发放) to the bonus account (positive). */
  | 'INCENTIVE_PAYOUT'
  /** Paid for an order (negative). */
  | 'ORDER_PAYMENT'
  /** An order of a customer paid by its partner under a payment-on-behalf agreement (代付, negative). */
  | 'PAYMENT_ON_BEHALF'
  /** A rebate withdrawal (激励返点提现) requested: held from the bonus account until paid or rejected (negative). */
  | 'REBATE_WITHDRAWAL'
  /** A rejected rebate withdrawal: the held amount comes back (positive). */
  | 'REBATE_WITHDRAWAL_RETURNED'
  /** Money paid in from outside (opening balance, recharge). */
  | 'RECHARGE'
  /** Taken back from a customer or reseller (positive). */
  | 'RECLAIM_IN'
  /** Taken back by the partner above (negative). */
  | 'RECLAIM_OUT'
  /** Refund of an unsubscribed order (positive). */
  | 'REFUND'
  /** An offline remittance (汇款认领) confirmed by the cloud (positive, cash account). */
  | 'REMITTANCE'
  /** Received back from an unbound or switched customer (positive). */
  | 'UNBIND_RETURN_IN'
  /** Returned to the partner on unbind or switch (negative). */
  | 'UNBIND_RETURN_OUT'
  /** A withdrawal (提现) requested: the amount leaves the cash account at once and is held until paid or rejected (negative). */
  | 'WITHDRAWAL'
  /** A rejected withdrawal: the held amount comes back (positive). */
  | 'WITHDRAWAL_RETURNED';

/** 解除关联: end the association of one of your customers. Verification code: UNBIND_CUSTOMER. */
export type UnbindCustomerInput = {
  /** The customer (SubCustomer id) of your own partner. */
  customerId: Scalars['ID']['input'];
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money or coupons twice; the same key with a different input is refused. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Reason, kept on the association event (≤ 200 characters; REASON_TOO_LONG). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Verification code from requestVerificationCode, required when your partner has verification on. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Unsubscribe (退订) yearly/monthly resources: creates one UNSUBSCRIBE order per customer with the refund; the resources are closed. */
export type UnsubscribeResourcesInput = {
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never refunds twice. Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (≤ 200 characters); kept in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 1–10 main resources (Resource ids), each at most once; their dependent resources go with them. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** 修改账号信息: the signed-in member's own account information. Omitted fields stay as they are; null clears email or mobile (a member keeps at least one of them: CONTACT_REQUIRED, the channel verification codes go to). */
export type UpdateMyAccountInput = {
  /** New display name, 1–100 characters (DISPLAY_NAME_INVALID). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New email address, at most 200 characters (INVALID_EMAIL); stored lower-case. null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New mobile, 00XX-XXXXXXX, e.g. 0086-13912345678 (INVALID_MOBILE, VALUE_TOO_LONG). null clears it. */
  mobile?: InputMaybe<Scalars['String']['input']>;
};

/** Partner settings to change; fields left out keep their value. */
export type UpdatePartnerSettingsInput = {
  /** 设置余额预警: your own low-balance alert in CNY ("0.00" or more; account:balance-alert): a debit that takes your cash balance under it raises a balance alert. Send an empty string to clear it. */
  balanceAlertThreshold?: InputMaybe<Scalars['String']['input']>;
  /** Customer balance alert threshold in CNY ("0.00" or more; funds:allocate): RESALE customers under it show in the dashboard's balance alerts. Send an empty string to clear it. */
  customerBalanceAlertThreshold?: InputMaybe<Scalars['String']['input']>;
  /** Require a verification code for sensitive operations (ADMIN only: ADMIN_ONLY_SETTING). */
  verificationEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a custom role of your partner; omitted (or null) fields stay as they are. */
export type UpdateRoleInput = {
  /** New description (at most 500 characters); an empty string removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name; same rules as CreateRoleInput.name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The complete new set of permission codes (replaces the old set); same rules as CreateRoleInput.permissionCodes. Default permissions cannot be removed: they are kept whether listed or not, and leaving them out is not an error. */
  permissionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The custom role (a Role id). ROLE_NOT_FOUND when it is not a role of your partner; PRESET_ROLE_READ_ONLY for a preset role. */
  roleId: Scalars['ID']['input'];
};

/** Real-name verification state of the customer account (platform codes -1…2). */
export type VerifiedStatus =
  /** -1: not verified. */
  | 'NOT_VERIFIED'
  /** 1: rejected. */
  | 'REJECTED'
  /** 0: under review. */
  | 'UNDER_REVIEW'
  /** 2: verified. */
  | 'VERIFIED';

/** The account a withdrawal takes money from. */
export type WithdrawalAccount =
  /** 奖励账户: rebate withdrawal (激励返点提现) from the bonus account, at most its balance. */
  | 'BONUS'
  /** 现金账户: withdraw from the cash account (提现), at most its allocatable part. */
  | 'CASH';

/** Filters for withdrawals. All given filters must match. */
export type WithdrawalFilter = {
  /** Only withdrawals from this account. */
  account?: InputMaybe<WithdrawalAccount>;
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only withdrawals in this status, e.g. PENDING. */
  status?: InputMaybe<WithdrawalStatus>;
};

/** Where a withdrawal (提现 / 激励返点提现) stands. */
export type WithdrawalStatus =
  /** 已打款: the cloud transferred the amount to the bank account. */
  | 'PAID'
  /** 处理中: the amount left the account at once and is held until the cloud pays or rejects. */
  | 'PENDING'
  /** 已驳回: refused by the cloud; the held amount came back (a …_RETURNED record). */
  | 'REJECTED';

export type SignInWithPasswordMutationVariables = Exact<{
  loginName: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInWithPasswordMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', token?: string | null, expiresAt?: string | null, member?: { __typename?: 'Member', loginName: string, displayName: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, member: { __typename?: 'Member', loginName: string, displayName: string }, partner: { __typename?: 'Partner', name: string, identity?: PartnerIdentity | null, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string, currency: string }, allocatable: { __typename?: 'Money', amount: string } } | null } } };

export type ConsumptionQueryVariables = Exact<{
  billCycle: Scalars['String']['input'];
}>;


export type ConsumptionQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', consumptionRecords?: { __typename?: 'ConsumptionRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ConsumptionRecord', billCycle: string, serviceTypeCode: string, resourceId?: string | null, chargingMode: ChargingMode, tradeTime: string, customer?: { __typename?: 'SubCustomer', accountName: string } | null, officialAmount: { __typename?: 'Money', amount: string, currency: string }, paymentAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } }> } | null } } };

export type CustomerConsumptionInCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  billCycle: Scalars['String']['input'];
}>;


export type CustomerConsumptionInCycleQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudLab' }
    | { __typename?: 'CloudLabApplication' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'ExclusiveOfferLink' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Lead' }
    | { __typename?: 'MarketingTask' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'ProgramApplication' }
    | { __typename?: 'ProgramCertificate' }
    | { __typename?: 'ProgramInvitation' }
    | { __typename?: 'ProgramMembership' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'ResellerInvitation' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'Solution' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer', accountName: string, consumptionRecords?: { __typename?: 'ConsumptionRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'ConsumptionRecord', serviceTypeCode: string, tradeTime: string, paymentAmount: { __typename?: 'Money', amount: string } }> } | null }
    | { __typename?: 'Withdrawal' }
   | null };

export type UsableCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsableCouponsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', coupons?: { __typename?: 'CouponConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Coupon', couponId: string, kind: CouponKind, effectiveTime: string, expireTime: string, faceValue: { __typename?: 'Money', amount: string }, balance: { __typename?: 'Money', amount: string }, customer?: { __typename?: 'SubCustomer', accountName: string } | null, quota?: { __typename?: 'CouponQuota', quotaId: string } | null }> } | null, couponRecords?: { __typename?: 'CouponRecordConnection', nodes: Array<{ __typename?: 'CouponRecord', operationType: CouponOperationType, time: string, result: OperationResult, amount: { __typename?: 'Money', amount: string }, customer?: { __typename?: 'SubCustomer', accountName: string } | null }> } | null } } };

export type IssueCouponsMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type IssueCouponsMutation = { __typename?: 'Mutation', issueCoupons: { __typename?: 'IssueCouponsPayload', succeeded: Array<{ __typename?: 'IssuedCoupon', index: number, coupon: { __typename?: 'Coupon', couponId: string, kind: CouponKind, status: CouponStatus, faceValue: { __typename?: 'Money', amount: string }, customer?: { __typename?: 'SubCustomer', accountName: string } | null } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, quota?: { __typename?: 'CouponQuota', quotaId: string, balance: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponQuotasQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponQuotasQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', couponQuotas?: { __typename?: 'CouponQuotaConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, cloudServiceTypes: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string }, issuedAmount: { __typename?: 'Money', amount: string }, subQuotas: { __typename?: 'CouponQuotaConnection', nodes: Array<{ __typename?: 'CouponQuota', quotaId: string, status: QuotaStatus, balance: { __typename?: 'Money', amount: string }, partner?: { __typename?: 'Partner', name: string } | null }> } }> } | null } } };

export type CheckRegistrationQueryVariables = Exact<{
  accountName: Scalars['String']['input'];
}>;


export type CheckRegistrationQuery = { __typename?: 'Query', checkCustomerRegistration: { __typename?: 'CustomerRegistrationCheckPayload', accountName?: RegistrationCheckResult | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CustomerDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDetailQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord', id: string }
    | { __typename?: 'AdjustRecord', id: string }
    | { __typename?: 'AssociationEvent', id: string }
    | { __typename?: 'CloudLab', id: string }
    | { __typename?: 'CloudLabApplication', id: string }
    | { __typename?: 'CloudStoreOrder', id: string }
    | { __typename?: 'ConsumptionRecord', id: string }
    | { __typename?: 'Coupon', id: string }
    | { __typename?: 'CouponQuota', id: string }
    | { __typename?: 'CouponRecord', id: string }
    | { __typename?: 'CustomerInvitation', id: string }
    | { __typename?: 'ExclusiveOfferLink', id: string }
    | { __typename?: 'IncentiveRecord', id: string }
    | { __typename?: 'Invoice', id: string }
    | { __typename?: 'Lead', id: string }
    | { __typename?: 'MarketingTask', id: string }
    | { __typename?: 'Member', id: string }
    | { __typename?: 'MemberInvitation', id: string }
    | { __typename?: 'MemberQualification', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Order', id: string }
    | { __typename?: 'OrderAuthorization', id: string }
    | { __typename?: 'Partner', id: string }
    | { __typename?: 'PartnerNews', id: string }
    | { __typename?: 'ProgramApplication', id: string }
    | { __typename?: 'ProgramCertificate', id: string }
    | { __typename?: 'ProgramInvitation', id: string }
    | { __typename?: 'ProgramMembership', id: string }
    | { __typename?: 'QuotaRecord', id: string }
    | { __typename?: 'RechargePayment', id: string }
    | { __typename?: 'RemittanceClaim', id: string }
    | { __typename?: 'ResellerInvitation', id: string }
    | { __typename?: 'Resource', id: string }
    | { __typename?: 'Role', id: string }
    | { __typename?: 'Solution', id: string }
    | { __typename?: 'SpecialistApplication', id: string }
    | { __typename?: 'SubCustomer', customerId?: string | null, accountName: string, name?: string | null, associationType: AssociationType, associatedOn: string, label?: string | null, customerLevel?: CustomerLevel | null, verifiedStatus?: VerifiedStatus | null, isFrozen?: FrozenState | null, id: string, accountManager?: { __typename?: 'Member', loginName: string, displayName: string } | null, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string, currency: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, orderAuthorization?: { __typename?: 'OrderAuthorization', status: OrderAuthorizationStatus } | null, accountChangeRecords?: { __typename?: 'AccountChangeRecordConnection', nodes: Array<{ __typename?: 'AccountChangeRecord', tradeTime: string, tradeType: TradeType, amount: { __typename?: 'Money', amount: string } }> } | null }
    | { __typename?: 'Withdrawal', id: string }
   | null };

export type CustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, name?: string | null, associationType: AssociationType, label?: string | null, balanceUnavailableReason?: BalanceUnavailableReason | null, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, accountManager?: { __typename?: 'Member', loginName: string } | null, coupons?: { __typename?: 'CouponConnection', nodes: Array<{ __typename?: 'Coupon', kind: CouponKind, status: CouponStatus, expireTime: string, balance: { __typename?: 'Money', amount: string } }> } | null, orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', orderId: string, status: OrderStatus, amountAfterDiscount: { __typename?: 'Money', amount: string }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, periodType: PeriodType, periodNum: number }> }> } | null }> } | null } } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudLab', id: string }
    | { __typename: 'CloudLabApplication', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'ExclusiveOfferLink', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Lead', id: string }
    | { __typename: 'MarketingTask', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Opportunity', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'ProgramApplication', id: string }
    | { __typename: 'ProgramCertificate', id: string }
    | { __typename: 'ProgramInvitation', id: string }
    | { __typename: 'ProgramMembership', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'ResellerInvitation', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Solution', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', accountName: string, id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type DashboardMobileQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardMobileQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', dashboard?: { __typename?: 'Dashboard', consumptionByMonth: Array<{ __typename?: 'MonthlyConsumption', billCycle: string, paymentAmount: { __typename?: 'Money', amount: string } }>, resaleRevenue: { __typename?: 'Money', amount: string }, balanceAlerts?: Array<{ __typename?: 'BalanceAlert', reason: BalanceAlertReason, customer: { __typename?: 'SubCustomer', accountName: string } }> | null, expiringPendingOrders?: Array<{ __typename?: 'Order', orderId: string, pendingPaymentEndTime?: string | null }> | null } | null } } };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', dashboard?: { __typename?: 'Dashboard', from: string, to: string, resaleRevenue: { __typename?: 'Money', amount: string, currency: string }, topCustomers: Array<{ __typename?: 'CustomerConsumption', customer: { __typename?: 'SubCustomer', accountName: string, name?: string | null }, paymentAmount: { __typename?: 'Money', amount: string } }>, consumptionByMonth: Array<{ __typename?: 'MonthlyConsumption', billCycle: string, records: number, officialAmount: { __typename?: 'Money', amount: string }, paymentAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string } }>, consumptionByServiceType: Array<{ __typename?: 'ServiceTypeConsumption', serviceTypeCode: string, records: number, paymentAmount: { __typename?: 'Money', amount: string } }>, newCustomersByMonth: Array<{ __typename?: 'MonthlyCount', month: string, count: number }>, couponUsage?: Array<{ __typename?: 'CouponUsage', kind: CouponKind, issuedCount: number, usedCount: number, reclaimedCount: number, expiredCount: number, issuedAmount: { __typename?: 'Money', amount: string } }> | null, balanceAlerts?: Array<{ __typename?: 'BalanceAlert', reason: BalanceAlertReason, customer: { __typename?: 'SubCustomer', accountName: string }, balance: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } }> | null, expiringPendingOrders?: Array<{ __typename?: 'Order', orderId: string, pendingPaymentEndTime?: string | null, amountAfterDiscount: { __typename?: 'Money', amount: string } }> | null, consumptionByAccountManager?: Array<{ __typename?: 'AccountManagerConsumption', customers: number, accountManager?: { __typename?: 'Member', loginName: string, displayName: string } | null, paymentAmount: { __typename?: 'Money', amount: string } }> | null } | null } } };

export type ResellerDashboardOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResellerDashboardOverviewQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudLab' }
    | { __typename?: 'CloudLabApplication' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'ExclusiveOfferLink' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Lead' }
    | { __typename?: 'MarketingTask' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner', name: string, dashboard?: { __typename?: 'Dashboard', from: string, to: string, consumptionByMonth: Array<{ __typename?: 'MonthlyConsumption', billCycle: string, records: number, paymentAmount: { __typename?: 'Money', amount: string } }>, topCustomers: Array<{ __typename?: 'CustomerConsumption', customer: { __typename?: 'SubCustomer', accountName: string }, paymentAmount: { __typename?: 'Money', amount: string } }> } | null }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'ProgramApplication' }
    | { __typename?: 'ProgramCertificate' }
    | { __typename?: 'ProgramInvitation' }
    | { __typename?: 'ProgramMembership' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'ResellerInvitation' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'Solution' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type AllocateFundsToCustomerMutationVariables = Exact<{
  input: AllocateFundsInput;
}>;


export type AllocateFundsToCustomerMutation = { __typename?: 'Mutation', allocateFunds: { __typename?: 'AllocateFundsPayload', succeeded: Array<{ __typename?: 'FundAllocationResult', index: number, customer: { __typename?: 'SubCustomer', accountName: string, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null }, adjustRecord: { __typename?: 'AdjustRecord', operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, partner?: { __typename?: 'Partner', balance?: { __typename?: 'PartnerBalance', allocatable: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type FundsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type FundsOverviewQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string, currency: string }, designatedAmount: { __typename?: 'Money', amount: string }, allocatable: { __typename?: 'Money', amount: string } } | null, adjustRecords?: { __typename?: 'AdjustRecordConnection', nodes: Array<{ __typename?: 'AdjustRecord', operationType: AdjustOperationType, operationTime: string, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string }, operator?: { __typename?: 'Member', loginName: string } | null }> } | null, accountChangeRecords?: { __typename?: 'AccountChangeRecordConnection', nodes: Array<{ __typename?: 'AccountChangeRecord', tradeType: TradeType, ownerType: LedgerOwner, tradeTime: string, amount: { __typename?: 'Money', amount: string }, balanceAfter: { __typename?: 'Money', amount: string }, customer?: { __typename?: 'SubCustomer', accountName: string } | null }> } | null } } };

export type ResellerBalancesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerBalancesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', id: string, name: string, status?: PartnerStatus | null, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string }, allocatable: { __typename?: 'Money', amount: string } } | null }> } | null } } };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudLab' }
    | { __typename?: 'CloudLabApplication' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'ExclusiveOfferLink' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Lead' }
    | { __typename?: 'MarketingTask' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Order', orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, createTime: string, paymentTime?: string | null, customer?: { __typename?: 'SubCustomer', accountName: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, resources: { __typename?: 'ResourceConnection', nodes: Array<{ __typename?: 'Resource', resourceId: string, name: string, status: ResourceStatus, expireTime: string }> } }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'ProgramApplication' }
    | { __typename?: 'ProgramCertificate' }
    | { __typename?: 'ProgramInvitation' }
    | { __typename?: 'ProgramMembership' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'ResellerInvitation' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'Solution' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type OrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', orders?: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, createTime: string, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', accountName: string } | null, officialAmount: { __typename?: 'Money', amount: string, currency: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, periodType: PeriodType, periodNum: number, subscriptionNum: number }> }> } | null } } };

export type PendingOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingOrdersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', orders?: { __typename?: 'OrderConnection', totalCount: number, nodes: Array<{ __typename?: 'Order', orderId: string, orderType: OrderType, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', accountName: string } | null, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }> } }> } | null } } };

export type ResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resources?: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string, resourceId: string, name: string, serviceTypeCode: string, regionCode: string, status: ResourceStatus, expireTime: string, expirePolicy: ExpirePolicy, customer?: { __typename?: 'SubCustomer', accountName: string } | null, order?: { __typename?: 'Order', orderId: string } | null, dependents: Array<{ __typename?: 'Resource', resourceId: string, resourceTypeCode: string }> }> } | null } } };

export type CreateRoleMutationVariables = Exact<{
  name: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  permissionCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CreateRoleMutation = { __typename?: 'Mutation', createRole: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string, name: string, isCustom: boolean, permissions: Array<{ __typename?: 'Permission', code: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', totalCount: number, nodes: Array<{ __typename?: 'Member', id: string, loginName: string, displayName: string, status: MemberStatus, roles?: Array<{ __typename?: 'Role', name: string, presetKey?: PresetRole | null }> | null, supervisor?: { __typename?: 'Member', loginName: string } | null, supervisedManagers?: Array<{ __typename?: 'Member', loginName: string }> | null }> } | null } } };

export type PermissionTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionTreeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, permissionTree: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, granted: boolean }>, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, granted: boolean }> }> }> } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null, isCustom: boolean, memberCount: number, permissions: Array<{ __typename?: 'Permission', code: string, nameZh: string, nameEn: string }> }> | null } } };

export type ExampleIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleIdsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', firstCustomer?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string }> } | null, resaleCustomers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, isFrozen?: FrozenState | null, balance?: { __typename?: 'CustomerBalance', debtAmount: { __typename?: 'Money', amount: string } } | null }> } | null, couponQuotas?: { __typename?: 'CouponQuotaConnection', nodes: Array<{ __typename?: 'CouponQuota', id: string, kind: CouponKind, designatedCustomerIds: Array<string>, cloudServiceTypes: Array<string>, effectiveTime: string, expireTime: string, balance: { __typename?: 'Money', amount: string } }> } | null, resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', id: string, name: string, status?: PartnerStatus | null }> } | null, dashboard?: { __typename?: 'Dashboard', topCustomers: Array<{ __typename?: 'CustomerConsumption', customer: { __typename?: 'SubCustomer', id: string, accountName: string } }> } | null, orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, orderId: string }> } | null } } };


export const SignInWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"loginName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInWithPasswordMutation, SignInWithPasswordMutationVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const ConsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumptionRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"billCycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"chargingMode"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsumptionQuery, ConsumptionQueryVariables>;
export const CustomerConsumptionInCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerConsumptionInCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"billCycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerConsumptionInCycleQuery, CustomerConsumptionInCycleQueryVariables>;
export const UsableCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsableCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"USABLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsableCouponsQuery, UsableCouponsQueryVariables>;
export const IssueCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCouponsMutation, IssueCouponsMutationVariables>;
export const CouponQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponQuotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"subQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponQuotasQuery, CouponQuotasQueryVariables>;
export const CheckRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkCustomerRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckRegistrationQuery, CheckRegistrationQueryVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"associatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"customerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountChangeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"tradeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"associationType"},"value":{"kind":"EnumValue","value":"RESALE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"accountName"},"value":{"kind":"StringValue","value":"cloud","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const DashboardMobileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMobile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumptionByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resaleRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringPendingOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMobileQuery, DashboardMobileQueryVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"resaleRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByServiceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomersByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiredCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringPendingOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByAccountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const ResellerDashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerDashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerDashboardOverviewQuery, ResellerDashboardOverviewQueryVariables>;
export const AllocateFundsToCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateFundsToCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateFundsToCustomerMutation, AllocateFundsToCustomerMutationVariables>;
export const FundsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationTime"}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountChangeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeType"}},{"kind":"Field","name":{"kind":"Name","value":"ownerType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundsOverviewQuery, FundsOverviewQueryVariables>;
export const ResellerBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerBalancesQuery, ResellerBalancesQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const PendingOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING_PAYMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingOrdersQuery, PendingOrdersQueryVariables>;
export const ResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_USE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTypeCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const CreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissionCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionCodes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const PermissionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermissionTreeQuery, PermissionTreeQueryVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const ExampleIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"firstCustomer"},"name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"resaleCustomers"},"name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"associationType"},"value":{"kind":"EnumValue","value":"RESALE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"isFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"NORMAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleIdsQuery, ExampleIdsQueryVariables>;
/** sha256 of each operation's canonical text: its id in schema/persisted-documents.json. */
export const persistedDocumentIds = {
  AllocateFundsToCustomer: '4ab34bdc3a230df053dc8cffd010e3d1a5da51e68713448d594ed5d87134fc3e',
  CheckRegistration: '08c4f0623157012c3476ea00db70a7706b59a21f0eda1713762bcd7a41a4e346',
  Consumption: '8054249f70958ae6eef0842df55fbdb90ddbc29d36683c8127dd41a5143828f5',
  CouponQuotas: 'c9725396f4c909022e05f87154f7619cfe6eda0ada1a1719ff7e31abf86dd29d',
  CreateRole: '93327371bcdc514a707bf8c29908b8776cd1eb625757d38082cff6cb8f6b1b03',
  CustomerConsumptionInCycle: 'd0dc2e995931dc68765bebc5175030f9f12b4d37ec127e7c101efea1be67d0d4',
  CustomerDetail: '003e41809977de7241ed2b7014a78d91f99bb90004a06844bd9c9e234594c711',
  Customers: 'c6096a590ed8a547304eef12d0d0e857888fe757a836a522215f20a4fdfe293a',
  DashboardMobile: '9d4fc66b55b61b2bf01734c9f849dec0d5e8f889e57fe1de0dc802f03660cb61',
  DashboardOverview: 'd4c4b57854733b7cca59a575170af145d496217d27181820d256b22d642bb9ca',
  ExampleIds: 'e3091fb8391991676f9ff6736b2044300f37303662341caa2fd058599495f7bb',
  FundsOverview: 'cb3e767eddac5296ee676f9273e0d2c79394da09c1ad6d5e39bdb39e5b0caf44',
  IssueCoupons: '30958477a027646a4cb4900fa4b37536baed175ce43b0e3ebf07c13b8833d82b',
  Members: '918e42bc27f4a11e23344c4dcf3863021fa3215b951558da47d75f65193851cb',
  Node: '741814b4b92409826a2fa0394a48a147e02640b11f3b5692349120110d723f1d',
  OrderDetail: 'a42d179a19be62ff5a7132fa06fc52e034d026a5717b4529b79e8d8f5c12fea0',
  Orders: '1a2e7b317aea5b1bf4d8e11c72d052fa111d8dc29eff899a0d7e47dd4c42dfd5',
  PendingOrders: 'cabf5a43a7d71915a2693471e1c5f78b9b4db8be5ad32e683aa9a2066f1ed424',
  PermissionTree: '2576e079ce96bf32d6c3d5dd4c5449d765f8d69d1f14417d4a860bd8ccb16c57',
  ResellerBalances: 'ce28e44ee9ce24c3a02cdf986b9adc2b0ea5bbbc887efbe746da5a739d8d31f8',
  ResellerDashboardOverview: '7d259c142001eef8cb201f99d6caf243edaceaed6e589d528fb340dcfb68fa39',
  Resources: 'c4e7cb36c3d24b90e2730383f654a530964c39810e8439fcc93346a2c03ef720',
  Roles: 'b84bc0476f14ed3d4f3e47e19d0b964b4744e1084fa0418d42c072c4b9e98324',
  SignInWithPassword: '82e4ba90ef3bd91cc78f0cc608b1e4fd0e8cf5dd3f686f2da4f11873768f20bc',
  UsableCoupons: 'd53dd197151f2ed2d704846fb568a4c647465c2dfb53b51cddc84fa6a21ecd6a',
  WhoAmI: '0c9933d3cd8d2d1f1f4acb9fe209344e2e2db88833e29a9128d630a084fcf1b7',
} as const;
