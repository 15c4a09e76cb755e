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

/** Result of acceptCustomerInvitation. */
export type AcceptCustomerInvitationPayload = {
  __typename?: 'AcceptCustomerInvitationPayload';
  /** Your new association (as customerViewer.association shows it from now on); null when refused, and then nothing changed. */
  association?: Maybe<CustomerAssociation>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of acceptMemberInvitation: the new member and a bearer token to continue with, or userErrors. */
export type AcceptMemberInvitationPayload = {
  __typename?: 'AcceptMemberInvitationPayload';
  /** The login name to sign in with; null when refused. */
  loginName?: Maybe<Scalars['String']['output']>;
  /** The new member (a Member id); null when refused. */
  memberId?: Maybe<Scalars['ID']['output']>;
  /** A bearer token for the new member, so the client continues signed in; null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /** When the token expires; null when refused. */
  tokenExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** An access key (AK) of the signed-in member, for requests signed with SDK-HMAC-SHA256. The secret key (SK) is never shown again after createAccessKey. */
export type AccessKey = {
  __typename?: 'AccessKey';
  /** The access key id (AK): send it as `Access=` in the Authorization header. Not secret. */
  accessKeyId: Scalars['String']['output'];
  /** When the key was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the key is for, as given at creation. */
  description?: Maybe<Scalars['String']['output']>;
  /** When a request signed with the key was last accepted (updated at most once a minute); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the key was revoked; null while it is active. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** ACTIVE or REVOKED. */
  status: AccessKeyStatus;
};

/** Whether an access key still signs requests. */
export type AccessKeyStatus =
  /** Requests signed with it are accepted. */
  | 'ACTIVE'
  /** Revoked: requests signed with it are refused like an unknown key. Final. */
  | 'REVOKED';

/** 收支明细: one signed change of a partner's or customer's balance. The changes of a ledger add up to its balance. */
export type AccountChangeRecord = Node & {
  __typename?: 'AccountChangeRecord';
  /** The account changed: CASH for a customer's balance; for the partner's own ledger, which of its accounts. */
  accountType: PartnerAccountType;
  /** Signed change: positive money in, negative money out. */
  amount: Money;
  /** Balance of the ledger right after this change. */
  balanceAfter: Money;
  /** For a customer's ledger: that customer; for the partner's own ledger: the customer the movement was with, if any. Null when no longer visible to you. */
  customer?: Maybe<SubCustomer>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Whether this is the partner's own ledger or a customer's. */
  ownerType: LedgerOwner;
  /** Transaction id (the adjust record's transId, or an order id). */
  tradeId: Scalars['String']['output'];
  /** When the change happened. */
  tradeTime: Scalars['DateTimeISO']['output'];
  /** Kind of change. */
  tradeType: TradeType;
};

/** A page of account change records (收支明细), newest first. */
export type AccountChangeRecordConnection = {
  __typename?: 'AccountChangeRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<AccountChangeRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<AccountChangeRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One account change record in a page, with its cursor. */
export type AccountChangeRecordEdge = {
  __typename?: 'AccountChangeRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The account change record. */
  node: AccountChangeRecord;
};

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

/** Consumption of the customers of one account manager over the range. */
export type AccountManagerConsumption = {
  __typename?: 'AccountManagerConsumption';
  /** The account manager; null for customers without one. */
  accountManager?: Maybe<Member>;
  /** Customers of theirs that consumed. */
  customers: Scalars['Int']['output'];
  /** What their customers paid. */
  paymentAmount: Money;
};

/** The other side of a fund movement: a sub-customer or a cloud reseller (Partner). */
export type AdjustCounterparty = Partner | SubCustomer;

/** What a fund movement (调账) did. */
export type AdjustOperationType =
  /** 拨款: funds moved from the partner to a customer or reseller. */
  | 'BEADJUST'
  /** 回收: funds taken back from a customer or reseller. */
  | 'BERETRIEVE'
  /** 解绑回收: balance returned to the partner when a customer was unbound or switched away from RESALE. */
  | 'BEUNBIND';

/** 调账记录: one fund movement between a partner and a customer or reseller. Append-only. */
export type AdjustRecord = Node & {
  __typename?: 'AdjustRecord';
  /** Amount moved (always positive; operationType tells the direction). */
  amount: Money;
  /** The other side: the sub-customer or the cloud reseller the money moved to or from. Null (with NOT_FOUND in errors) when it is no longer in your reach, e.g. a customer that moved to another partner. */
  counterparty?: Maybe<AdjustCounterparty>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Note entered by the operator. */
  memo?: Maybe<Scalars['String']['output']>;
  /** When the movement happened. */
  operationTime: Scalars['DateTimeISO']['output'];
  /** 拨款, 回收 or 解绑回收. */
  operationType: AdjustOperationType;
  /** The member who made the movement; null for system movements (e.g. on unbind). */
  operator?: Maybe<Member>;
  /** Transaction id shared by the records of one movement. */
  transId: Scalars['String']['output'];
};

/** A page of adjust records (调账记录), newest first. */
export type AdjustRecordConnection = {
  __typename?: 'AdjustRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<AdjustRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<AdjustRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One adjust record in a page, with its cursor. */
export type AdjustRecordEdge = {
  __typename?: 'AdjustRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The adjust record. */
  node: AdjustRecord;
};

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

/** Result of allocateFunds: succeeded and failed allocations side by side. */
export type AllocateFundsPayload = {
  __typename?: 'AllocateFundsPayload';
  /** Allocations that were refused, each with field "input.allocations[i]…". */
  failed: Array<UserError>;
  /** Your partner, with its new balance. */
  partner?: Maybe<Partner>;
  /** Allocations that took effect. */
  succeeded: Array<FundAllocationResult>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of applyIncentives. */
export type ApplyIncentivesPayload = {
  __typename?: 'ApplyIncentivesPayload';
  /** Records refused, each with field "input.ids[i]"; they did not change. */
  failed: Array<UserError>;
  /** The records applied for, now 申请处理中, in input order. */
  succeeded: Array<IncentiveRecord>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of assignAccountManager: succeeded customers and failed items side by side; userErrors when the whole call was refused. */
export type AssignAccountManagerPayload = {
  __typename?: 'AssignAccountManagerPayload';
  /** Customers that now have the requested account manager (also those that already had it), in input order. */
  customers: Array<SubCustomer>;
  /** One entry per customer id that was not changed, with `field` "input.customerIds[i]" (CUSTOMER_NOT_FOUND). */
  failed: Array<UserError>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** The complete new set of a member's roles (replaces the old set). */
export type AssignMemberRolesInput = {
  /** The member (a Member id). MEMBER_NOT_FOUND when it is not a member of your partner; MEMBER_NOT_ACTIVE when its association is cancelled. */
  memberId: Scalars['ID']['input'];
  /** Roles (Role ids of your partner; ROLE_NOT_FOUND otherwise) the member is to hold: 1–3 (ROLE_COUNT_OUT_OF_RANGE), the administrator role alone (ADMIN_ROLE_EXCLUSIVE), not both account manager roles (ACCOUNT_MANAGER_ROLES_EXCLUSIVE), none holding a permission you lack (PERMISSION_ESCALATION). A repeated id or more than 20 ids is BAD_USER_INPUT. */
  roleIds: Array<Scalars['ID']['input']>;
};

/** Result of unbindCustomer, switchAssociationType and handleUnbindRequest. An unbind (or a switch away from RESALE) reclaims the USABLE coupons your partner issued to the customer and returns its balance to you (BEUNBIND) in the same transaction. */
export type AssociationChangePayload = {
  __typename?: 'AssociationChangePayload';
  /** The BEUNBIND (解绑回收) adjust record that returned the customer's balance to you; null when there was no balance to return. */
  adjustRecord?: Maybe<AdjustRecord>;
  /** The customer after the change; null when refused. After an unbind it is still returned (and still listed under your partner with its history: orders, coupons, ledger), but its association has ended: the latest settled event is the UNBIND, its balance is 0, no coupon of yours is usable, its order authorization is revoked, and association changes answer CUSTOMER_NOT_ASSOCIATED. */
  customer?: Maybe<SubCustomer>;
  /** The association event written (COMPLETED) or answered (APPROVED / REJECTED); null when refused. */
  event?: Maybe<AssociationEvent>;
  /** Your partner, with its new balance. */
  partner?: Maybe<Partner>;
  /** Coupons reclaimed automatically (coupon records of operation type 3 on unbind, 8 on a switch away from RESALE); empty otherwise. */
  reclaimedCoupons: Array<Coupon>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 关联关系操作记录: an associate, switch or unbind event of a customer. */
export type AssociationEvent = Node & {
  __typename?: 'AssociationEvent';
  /** When it was asked for. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer the event is about. Null (with NOT_FOUND in errors) when the customer is no longer in your reach, e.g. it moved to another partner; the rest of the event and of the list still arrives. */
  customer?: Maybe<SubCustomer>;
  /** What happened. */
  eventType: AssociationEventType;
  /** For an unbind request (PENDING): when it expires (EXPIRED) unless answered — 7 days after it was made. Null for events that need no answer. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Association type before the event. */
  fromType?: Maybe<AssociationType>;
  /** When it was approved, rejected or carried out. */
  handledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The member who approved, rejected or carried out the event; null while pending or when done by the system or the customer. */
  handledBy?: Maybe<Member>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Who asked for it. */
  initiator: AssociationInitiator;
  /** Reason given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: AssociationEventStatus;
  /** Association type after the event. */
  toType?: Maybe<AssociationType>;
};

/** A page of association events (关联关系操作记录), newest first. */
export type AssociationEventConnection = {
  __typename?: 'AssociationEventConnection';
  /** Items of this page with their cursors. */
  edges: Array<AssociationEventEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<AssociationEvent>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One association event in a page, with its cursor. */
export type AssociationEventEdge = {
  __typename?: 'AssociationEventEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The association event. */
  node: AssociationEvent;
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

/** A RESALE customer with debt or with a balance under the alert threshold. */
export type BalanceAlert = {
  __typename?: 'BalanceAlert';
  /** Available balance. */
  balance: Money;
  /** The customer. */
  customer: SubCustomer;
  /** Debt. */
  debtAmount: Money;
  /** Debt first, then low balance. */
  reason: BalanceAlertReason;
};

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

/** Result of cancelOrder. */
export type CancelOrderPayload = {
  __typename?: 'CancelOrderPayload';
  /** The cancelled order; null when refused. */
  order?: Maybe<Order>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** The signed-in member's own password change: the current password, then a verification code (operation CHANGE_PASSWORD, always required). */
export type ChangeMyPasswordInput = {
  /** The new password: same rule as at acceptance (PASSWORD_TOO_WEAK) and not the current one (PASSWORD_UNCHANGED). Never logged or echoed. */
  newPassword: Scalars['String']['input'];
  /** The current password (WRONG_PASSWORD otherwise). Never logged or echoed. */
  oldPassword: Scalars['String']['input'];
  /** Verification code from requestVerificationCode (operation CHANGE_PASSWORD), sent to your mobile or email: always required (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID). */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of changeMyPassword. Every bearer token issued before the change stops working (the one of this request too); the payload carries a fresh one. Access keys (AK/SK) are separate credentials and stay valid: revoke them with revokeAccessKey. */
export type ChangeMyPasswordPayload = {
  __typename?: 'ChangeMyPasswordPayload';
  /** A fresh bearer token to continue with; null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /** When the fresh token expires; null when refused. */
  tokenExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** A signed-in member of the cloud's partner operations. */
export type CloudOperator = {
  __typename?: 'CloudOperator';
  /** Name shown to partners in workflow histories. */
  displayName: Scalars['String']['output'];
  /** What the operator does; decides its permission points. */
  duty: OperatorDuty;
  /** Work e-mail (verification codes and notifications). */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Sign-in name, e.g. ops-admin. */
  loginName: Scalars['String']['output'];
};

/** 云商店订单: an order placed with a cloud-store (云商店) provider (服务商), by the partner itself or by one of its customers through the partner. (design) The partner invoices these orders with requestInvoice; a curated (严选) order of a solution provider earns only the price difference. */
export type CloudStoreOrder = Node & {
  __typename?: 'CloudStoreOrder';
  /** What the order costs (the amount an invoice on it covers). */
  amount: Money;
  /** 严选: a curated product resold by a solution provider; visible here, not counted as a distributor’s performance. */
  curated: Scalars['Boolean']['output'];
  /** The customer who placed it through your partner; null for your partner’s own purchase or a customer outside your row scope. */
  customer?: Maybe<SubCustomer>;
  /** (design) Curated (严选) only: what the partner earns, resalePrice − listPrice (never below 0). A solution provider selling a curated product earns only this difference: no rebate or incentive on top. Null for other orders. */
  earning?: Maybe<Money>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** A live invoice (not REJECTED or RETURNED) covers this order; another requestInvoice on it is refused. */
  invoiced: Scalars['Boolean']['output'];
  /** Curated (严选) only: the provider’s list price. */
  listPrice?: Maybe<Money>;
  /** The marketplace order number, e.g. CS2611030001 (unique). */
  orderNo: Scalars['String']['output'];
  /** When it was paid; null while IN_ARREARS. */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the order was placed. */
  placedAt: Scalars['DateTimeISO']['output'];
  /** The product bought. */
  productName: Scalars['String']['output'];
  /** The cloud-store provider (服务商) who sold the product. */
  providerName: Scalars['String']['output'];
  /** Curated (严选) only: the price the partner resold it for. */
  resalePrice?: Maybe<Money>;
  /** PAID, IN_ARREARS (欠费) or REFUNDED. */
  status: CloudStoreOrderStatus;
};

/** A page of cloud-store (云商店) orders, newest first. */
export type CloudStoreOrderConnection = {
  __typename?: 'CloudStoreOrderConnection';
  /** Items of this page with their cursors. */
  edges: Array<CloudStoreOrderEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<CloudStoreOrder>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One cloud-store order in a page, with its cursor. */
export type CloudStoreOrderEdge = {
  __typename?: 'CloudStoreOrderEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The cloud-store order. */
  node: CloudStoreOrder;
};

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
};

/** State of a cloud-store (云商店) order. */
export type CloudStoreOrderStatus =
  /** 欠费: not (fully) paid; requestInvoice answers CLOUD_STORE_ORDER_IN_ARREARS until it is paid. */
  | 'IN_ARREARS'
  /** 已支付: paid in full; it may be invoiced (requestInvoice). */
  | 'PAID'
  /** 已退款: refunded; never invoiced (CLOUD_STORE_ORDER_NOT_INVOICEABLE). */
  | 'REFUNDED';

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

/** 消费记录: one consumption of a customer, kept 18 months. */
export type ConsumptionRecord = Node & {
  __typename?: 'ConsumptionRecord';
  /** The customer's account manager at the time of consumption, if any. */
  accountManager?: Maybe<Member>;
  /** Bill cycle, YYYY-MM. */
  billCycle: Scalars['String']['output'];
  /** What it was for. */
  billDetailType: BillDetailType;
  /** Part paid from the cash balance. */
  cashAmount: Money;
  /** How it was charged. */
  chargingMode: ChargingMode;
  /** Part paid with coupons. */
  couponAmount: Money;
  /** The customer that consumed. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** Part left unpaid as debt (arrears). */
  debtAmount: Money;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Official (list) price. */
  officialAmount: Money;
  /** Amount payable after discounts. */
  paymentAmount: Money;
  /** Resource id consumed. */
  resourceId?: Maybe<Scalars['String']['output']>;
  /** Cloud service type code. */
  serviceTypeCode: Scalars['String']['output'];
  /** When it was charged. */
  tradeTime: Scalars['DateTimeISO']['output'];
};

/** A page of consumption records, newest first. */
export type ConsumptionRecordConnection = {
  __typename?: 'ConsumptionRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<ConsumptionRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<ConsumptionRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One consumption record in a page, with its cursor. */
export type ConsumptionRecordEdge = {
  __typename?: 'ConsumptionRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The consumption record. */
  node: ConsumptionRecord;
};

/** 代金券 / 现金券: a coupon issued by a partner to a customer from a quota. */
export type Coupon = Node & {
  __typename?: 'Coupon';
  /** What is left to use; returns to the quota when the coupon is reclaimed. */
  balance: Money;
  /** The platform's coupon id. */
  couponId: Scalars['String']['output'];
  /** The customer the coupon was issued to. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** Start of validity. */
  effectiveTime: Scalars['DateTimeISO']['output'];
  /** End of validity. */
  expireTime: Scalars['DateTimeISO']['output'];
  /** Value of the coupon when issued. */
  faceValue: Money;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When the coupon was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Kind of coupon. */
  kind: CouponKind;
  /** Note entered when issuing. Visible only to the issuing partner, never to the receiving side. */
  memo?: Maybe<Scalars['String']['output']>;
  /** The quota the coupon was issued from. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  quota?: Maybe<CouponQuota>;
  /** The coupon's whole history, newest first: its issue, every payment it made (USE: the order, amount and time of each, not only the last order) and its reclaim. Same permission and row scope as Partner.couponRecords. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  records?: Maybe<CouponRecordConnection>;
  /** State of the coupon. */
  status: CouponStatus;
  /** The order the coupon was used on, once used; null otherwise. */
  usedOnOrder?: Maybe<Order>;
};


/** 代金券 / 现金券: a coupon issued by a partner to a customer from a quota. */
export type CouponRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponHistoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of coupons, newest first. */
export type CouponConnection = {
  __typename?: 'CouponConnection';
  /** Items of this page with their cursors. */
  edges: Array<CouponEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Coupon>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One coupon in a page, with its cursor. */
export type CouponEdge = {
  __typename?: 'CouponEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The coupon. */
  node: Coupon;
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

/** 代金券额度: a quota coupons are issued from; a distributor carves sub-quotas for its resellers. */
export type CouponQuota = Node & {
  __typename?: 'CouponQuota';
  /** What is left to issue from the quota. */
  balance: Money;
  /** Cloud service types coupons may be used on (≤ 10); empty = any. */
  cloudServiceTypes: Array<Scalars['String']['output']>;
  /** When the quota was given. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Designated-customer whitelist (customerId values); empty = any RESALE customer of the holder. */
  designatedCustomerIds: Array<Scalars['String']['output']>;
  /** Start of validity. */
  effectiveTime: Scalars['DateTimeISO']['output'];
  /** End of validity; coupons may not outlive it. */
  expireTime: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What has been issued from the quota (coupons and sub-quotas): quotaValue − balance. */
  issuedAmount: Money;
  /** Kind of coupons issued from it. */
  kind: CouponKind;
  /** For a sub-quota: the distributor's quota it was carved from; null for a quota the cloud gave. Visible to the distributor only. */
  parentQuota?: Maybe<CouponQuota>;
  /** The partner holding the quota: your own partner or, for a distributor, one of its cloud resellers. Null (with FORBIDDEN in errors) when it is no longer in your reach. */
  partner?: Maybe<Partner>;
  /** Products coupons may be used on (≤ 10); empty = any. */
  productIds: Array<Scalars['String']['output']>;
  /** The platform's quota id. */
  quotaId: Scalars['String']['output'];
  /** Total value of the quota. */
  quotaValue: Money;
  /** Whether coupons can be issued from it. */
  status: QuotaStatus;
  /** For a distributor: the sub-quotas carved from this quota for its cloud resellers, newest first. */
  subQuotas: CouponQuotaConnection;
};


/** 代金券额度: a quota coupons are issued from; a distributor carves sub-quotas for its resellers. */
export type CouponQuotaSubQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of coupon quotas, newest first. */
export type CouponQuotaConnection = {
  __typename?: 'CouponQuotaConnection';
  /** Items of this page with their cursors. */
  edges: Array<CouponQuotaEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<CouponQuota>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One coupon quota in a page, with its cursor. */
export type CouponQuotaEdge = {
  __typename?: 'CouponQuotaEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The coupon quota. */
  node: CouponQuota;
};

/** Filters for a list of coupon quotas. All given filters must match. */
export type CouponQuotaFilter = {
  /** Only quotas of this kind. */
  kind?: InputMaybe<CouponKind>;
  /** Only quotas in this state. */
  status?: InputMaybe<QuotaStatus>;
};

/** One issue, use (USE: one payment of an order) or reclaim of a coupon. Append-only. */
export type CouponRecord = Node & {
  __typename?: 'CouponRecord';
  /** Amount issued, paid (USE) or reclaimed (returned to the quota, except EXPIRY_RECLAIM: the lapsed balance). */
  amount: Money;
  /** The coupon issued, used or reclaimed. Null (with FORBIDDEN in errors) when it is no longer in your reach. */
  coupon?: Maybe<Coupon>;
  /** The customer holding the coupon. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Note entered with the operation. Visible only to the issuing partner. */
  memo?: Maybe<Scalars['String']['output']>;
  /** What was done (platform codes 1–9). */
  operationType: CouponOperationType;
  /** The member who did it (for USE: the member who paid the order); null for automatic operations (expiry, …) and seeded payments. */
  operator?: Maybe<Member>;
  /** For a USE record: the order the coupon paid (each payment has its own record); null for other operations or when the order is outside your row scope. */
  order?: Maybe<Order>;
  /** Outcome. */
  result: OperationResult;
  /** When it was done. */
  time: Scalars['DateTimeISO']['output'];
};

/** A page of coupon records, newest first. */
export type CouponRecordConnection = {
  __typename?: 'CouponRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<CouponRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<CouponRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One coupon record in a page, with its cursor. */
export type CouponRecordEdge = {
  __typename?: 'CouponRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The coupon record. */
  node: CouponRecord;
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

/** Coupons of one kind issued by the partner, by what became of them. */
export type CouponUsage = {
  __typename?: 'CouponUsage';
  /** Of those, expired. */
  expiredCount: Scalars['Int']['output'];
  /** Face value issued in the range. */
  issuedAmount: Money;
  /** Coupons issued in the range. */
  issuedCount: Scalars['Int']['output'];
  /** Kind of coupon. */
  kind: CouponKind;
  /** Of those, reclaimed. */
  reclaimedCount: Scalars['Int']['output'];
  /** Of those, used up. */
  usedCount: Scalars['Int']['output'];
};

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

/** Result of createAccessKey: the key and its secret, shown this once. */
export type CreateAccessKeyPayload = {
  __typename?: 'CreateAccessKeyPayload';
  /** The new key; null when refused. */
  accessKey?: Maybe<AccessKey>;
  /** The secret key (SK). Shown only in this answer: store it now; it cannot be read again (revoke the key and create another if it is lost). */
  secretAccessKey?: Maybe<Scalars['String']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of createCustomer. */
export type CreateCustomerPayload = {
  __typename?: 'CreateCustomerPayload';
  /** The new customer (verifiedStatus NOT_VERIFIED, customerType NONE, level V0, balance 0); null when refused. A customer created for one of your resellers shows basic info only. */
  customer?: Maybe<SubCustomer>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** The signed-in customer's cloud account. */
export type CustomerAccount = {
  __typename?: 'CustomerAccount';
  /** Login name of the cloud account (what the customer signs in with). */
  accountName: Scalars['String']['output'];
  /** E-mail of the account (verification codes, notifications). */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque global id of the cloud account. */
  id: Scalars['ID']['output'];
  /** Mobile of the account, e.g. 0086-13900000001. */
  mobile?: Maybe<Scalars['String']['output']>;
};

/** The signed-in customer's association with its partner, as the customer sees it. */
export type CustomerAssociation = {
  __typename?: 'CustomerAssociation';
  /** When the association began. */
  associatedOn: Scalars['DateTimeISO']['output'];
  /** ADVISORY (顾问销售) or RESALE (代售). */
  associationType: AssociationType;
  /** Available balance the partner allocated (RESALE only; null for ADVISORY, where the customer's own cloud balance applies). */
  balance?: Maybe<Money>;
  /** Debt (RESALE only; null for ADVISORY). */
  debt?: Maybe<Money>;
  /** When the association ended (解绑); null while it lasts. */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque global id of the association (the SubCustomer id the partner sees). */
  id: Scalars['ID']['output'];
  /** The partner's name (the only thing of the partner a customer sees). */
  partnerName: Scalars['String']['output'];
};

/** 可用额度: balance of a RESALE customer, funded by its partner. */
export type CustomerBalance = {
  __typename?: 'CustomerBalance';
  /** Available amount. */
  amount: Money;
  /** Debt (arrears) of the customer. */
  debtAmount: Money;
};

/** A customer and what it consumed over the range. */
export type CustomerConsumption = {
  __typename?: 'CustomerConsumption';
  /** The customer. */
  customer: SubCustomer;
  /** What it paid over the range. */
  paymentAmount: Money;
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

/** 折扣信息: a discount rate a customer enjoys with your partner, for one cloud service type or all of them, over a period. */
export type CustomerDiscount = {
  __typename?: 'CustomerDiscount';
  /** Share of the official price the customer pays, 0 < rate ≤ 1 with up to 4 decimals: 0.85 is 8.5折 (15 % off). */
  discountRate: Scalars['Float']['output'];
  /** The kind of discount. */
  discountType: CustomerDiscountType;
  /** When the discount starts to apply. */
  effectiveTime: Scalars['DateTimeISO']['output'];
  /** When it stops applying; null: until further notice. */
  expireTime?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The cloud service type it applies to, e.g. hws.service.type.ec2; null: every cloud service. */
  serviceTypeCode?: Maybe<Scalars['String']['output']>;
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

/** 客户邀请: a link and QR code a partner gives customers offline; a customer signed in with its cloud account accepts it (acceptCustomerInvitation) and becomes the partner’s sub-customer with the invitation’s association type. One link may be accepted by any number of customers until it expires or is cancelled. */
export type CustomerInvitation = Node & {
  __typename?: 'CustomerInvitation';
  /** How many customers associated through this invitation (acceptances stay counted after it ends). */
  acceptedCount: Scalars['Int']['output'];
  /** The association type a customer accepting it gets: ADVISORY (顾问销售) or RESALE (代售). */
  associationType: AssociationType;
  /** When the partner cancelled it; null unless CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the invitation was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the link stops working (ACTIVE until then unless cancelled). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The link customers open: `<PUBLIC_BASE_URL>/customer-invitation?token=<token>`; the page signs the customer in with its cloud account and calls acceptCustomerInvitation. */
  link: Scalars['String']['output'];
  /** The QR code (二维码) of the link, as PNG and SVG; generated when asked for, so ask only when shown. */
  qrCode: InvitationQrCode;
  /** ACTIVE, CANCELLED or EXPIRED, as of now (derived from cancelledAt and expiresAt). */
  status: CustomerInvitationStatus;
  /** The unguessable token of the link (43 characters, 256 random bits); what acceptCustomerInvitation takes. Share it only through the link or the QR code. */
  token: Scalars['String']['output'];
};

/** A page of customer invitations (客户邀请), newest first. */
export type CustomerInvitationConnection = {
  __typename?: 'CustomerInvitationConnection';
  /** Items of this page with their cursors. */
  edges: Array<CustomerInvitationEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<CustomerInvitation>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One customer invitation in a page, with its cursor. */
export type CustomerInvitationEdge = {
  __typename?: 'CustomerInvitationEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The customer invitation. */
  node: CustomerInvitation;
};

/** Filters for customer invitations. All given filters must match. */
export type CustomerInvitationFilter = {
  /** Only invitations in this state now. */
  status?: InputMaybe<CustomerInvitationStatus>;
};

/** Result of createCustomerInvitation and cancelCustomerInvitation. */
export type CustomerInvitationPayload = {
  __typename?: 'CustomerInvitationPayload';
  /** The invitation as it is now (link, QR code, status); null when refused. */
  invitation?: Maybe<CustomerInvitation>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of checkCustomerRegistration: one answer per value given; null for a value not given or malformed (see userErrors). */
export type CustomerRegistrationCheckPayload = {
  __typename?: 'CustomerRegistrationCheckPayload';
  /** Whether the login name can be registered. */
  accountName?: Maybe<RegistrationCheckResult>;
  /** Whether the email can be registered. */
  email?: Maybe<RegistrationCheckResult>;
  /** Whether the mobile can register another cloud account: AVAILABLE or REGISTRATION_LIMIT_REACHED (its registrations are over the cap of 5). */
  mobile?: Maybe<RegistrationCheckResult>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of answerUnbindRequest and requestUnbind (a customer’s own view). */
export type CustomerUnbindPayload = {
  __typename?: 'CustomerUnbindPayload';
  /** The unbind request as it stands now; null when refused. */
  event?: Maybe<AssociationEvent>;
  /** How many of your partner's coupons went back to it (approval only). */
  reclaimedCouponCount: Scalars['Int']['output'];
  /** The balance returned to your partner on approval (RESALE; 0.00 when none); null otherwise. */
  returnedBalance?: Maybe<Money>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewer = {
  __typename?: 'CustomerViewer';
  /** The cloud account signed in. */
  account: CustomerAccount;
  /** The association with a partner (the latest, ended or not: endedAt tells); null when the account was never associated. */
  association?: Maybe<CustomerAssociation>;
  /** Your association events with your partner (associations, type switches, unbind requests either side made and how they were answered), newest first. A PENDING unbind request of your partner's is yours to answer with answerUnbindRequest. */
  associationEvents: AssociationEventConnection;
  /** Coupons your partner issued to you (every status and validity), newest first. */
  coupons: CouponConnection;
  /** 消息中心: your notifications as a customer (your partner's unbind requests and answers, expiries), newest first. */
  notifications: NotificationConnection;
  /** Your latest order-on-behalf authorization (代下单授权) to your partner, GRANTED or REVOKED; null if you never granted one. */
  orderAuthorization?: Maybe<OrderAuthorization>;
  /** Your yearly/monthly orders under your association, newest first. */
  orders: OrderConnection;
  /** The payment-on-behalf agreements (代付协议) your current partner proposed to you, newest first: accept or reject a PENDING_CUSTOMER one, terminate an ACTIVE one. */
  paymentAgreements: PaymentAgreementConnection;
  /** Your subscribed yearly/monthly resources, newest first. */
  resources: ResourceConnection;
  /** How many of your notifications are unread (the badge). */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerAssociationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerCouponsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerPaymentAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer: its own account, its partner's name and its own orders, resources, coupons, balance and association events — nothing of other customers or of the partner's internals. */
export type CustomerViewerResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 运营看板: aggregates for a mobile dashboard, computed in SQL over a bill-cycle range (within the last 18 months) and your row scope. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** RESALE customers with debt, or with a balance under the partner's customer balance alert threshold (Partner.customerBalanceAlertThreshold; now, not over the range). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  balanceAlerts?: Maybe<Array<BalanceAlert>>;
  /** Consumption per account manager over the range (for administrators and supervisors). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  consumptionByAccountManager?: Maybe<Array<AccountManagerConsumption>>;
  /** Consumption per bill cycle, every month of the range (zeros included). */
  consumptionByMonth: Array<MonthlyConsumption>;
  /** Consumption per cloud service type over the range, largest first. */
  consumptionByServiceType: Array<ServiceTypeConsumption>;
  /** Coupons issued in the range per kind, and how many of them were used, reclaimed or expired. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  couponUsage?: Maybe<Array<CouponUsage>>;
  /** Orders pending payment whose payment deadline falls within the next days, soonest first. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  expiringPendingOrders?: Maybe<Array<Order>>;
  /** First bill cycle of the range (YYYY-MM). */
  from: Scalars['String']['output'];
  /** Customers newly associated per month of the range. */
  newCustomersByMonth: Array<MonthlyCount>;
  /** What RESALE (代售) customers paid over the range. */
  resaleRevenue: Money;
  /** Last bill cycle of the range (YYYY-MM). */
  to: Scalars['String']['output'];
  /** The customers that paid the most over the range. */
  topCustomers: Array<CustomerConsumption>;
};


/** 运营看板: aggregates for a mobile dashboard, computed in SQL over a bill-cycle range (within the last 18 months) and your row scope. */
export type DashboardBalanceAlertsArgs = {
  limit?: Scalars['Int']['input'];
};


/** 运营看板: aggregates for a mobile dashboard, computed in SQL over a bill-cycle range (within the last 18 months) and your row scope. */
export type DashboardExpiringPendingOrdersArgs = {
  limit?: Scalars['Int']['input'];
  withinDays?: Scalars['Int']['input'];
};


/** 运营看板: aggregates for a mobile dashboard, computed in SQL over a bill-cycle range (within the last 18 months) and your row scope. */
export type DashboardTopCustomersArgs = {
  limit?: Scalars['Int']['input'];
};

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

/** Result of deleteRole. */
export type DeleteRolePayload = {
  __typename?: 'DeleteRolePayload';
  /** Global id of the deleted role (drop it from client caches); null when the mutation was refused. */
  deletedRoleId?: Maybe<Scalars['ID']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 批价结果: an item's price under one of the customer's current discounts. */
export type DiscountQuote = {
  __typename?: 'DiscountQuote';
  /** The customer's discount (SubCustomer.discounts) this result applies. */
  discount: CustomerDiscount;
  /** The discount: listAmount − finalPrice. */
  discountAmount: Money;
  /** Share of the list amount the customer pays (0.85 is 8.5折). */
  discountRate: Scalars['Float']['output'];
  /** The kind of discount. */
  discountType: CustomerDiscountType;
  /** The price after this discount, rounded half up to the fen (the one rounding of quotes, design). */
  finalPrice: Money;
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

/** One allocation that took effect. */
export type FundAllocationResult = {
  __typename?: 'FundAllocationResult';
  /** The adjust record (调账记录) written. */
  adjustRecord: AdjustRecord;
  /** The customer, with its new balance. */
  customer: SubCustomer;
  /** Index of the allocation in input.allocations. */
  index: Scalars['Int']['output'];
};

/** Result of a single fund movement. */
export type FundMovementPayload = {
  __typename?: 'FundMovementPayload';
  /** The adjust record written; null when refused. */
  adjustRecord?: Maybe<AdjustRecord>;
  /** The customer, with its new balance (customer movements). */
  customer?: Maybe<SubCustomer>;
  /** Your partner, with its new balance. */
  partner?: Maybe<Partner>;
  /** reclaimFunds of the customer's whole balance (全额提现): the CASH and PICKUP coupons whose remaining balance went back to their quotas (now RECLAIMED), ascending; empty otherwise. */
  reclaimedCoupons: Array<Coupon>;
  /** The reseller, with its new balance (reseller movements). */
  reseller?: Maybe<Partner>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** One line of the invoicing list. */
export type IncentiveInvoicingItem = {
  __typename?: 'IncentiveInvoicingItem';
  /** The amount to invoice (the incentive amount). */
  amount: Money;
  /** (design) 开票内容: what the invoice line says. */
  content: Scalars['String']['output'];
  /** The incentive record. */
  incentive: IncentiveRecord;
  /** Whether the partner already invoiced it (invoiceNumber set). */
  invoiced: Scalars['Boolean']['output'];
};

/** 查看开票清单: what the partner invoices to the cloud for one reconciliation period, per record: the records from 待伙伴开票 on (to invoice, or invoiced). (design) Buyer and line text are fixed by the cloud; printable as is. */
export type IncentiveInvoicingList = {
  __typename?: 'IncentiveInvoicingList';
  /** (design) 购买方: the cloud entity the invoices are made out to. */
  buyerName: Scalars['String']['output'];
  /** One line per record, oldest first. */
  items: Array<IncentiveInvoicingItem>;
  /** The period, `YYYYMM`. */
  period: Scalars['String']['output'];
  /** Total still to invoice (lines not invoiced yet). */
  toInvoiceAmount: Money;
  /** Total of the lines. */
  totalAmount: Money;
};

/** A transition open from the record’s current stage (incentive.stages.ts): what, to where, and who takes it. */
export type IncentiveNextStep = {
  __typename?: 'IncentiveNextStep';
  /** The named transition. */
  action: IncentiveAction;
  /** Whether it needs a reason (it becomes the rejection reason). */
  needsReason: Scalars['Boolean']['output'];
  /** Who may take it: PARTNER (a member with incentive:apply or incentive:invoice), OPERATOR (ops:incentive), SYSTEM (the auto-apply job). */
  takenBy: Array<IncentiveActorKind>;
  /** The stage it leads to. */
  toStage: IncentiveStage;
};

/** Result of invoiceIncentive and processIncentive. */
export type IncentivePayload = {
  __typename?: 'IncentivePayload';
  /** The record in its new stage; null when refused, and then nothing changed. */
  incentive?: Maybe<IncentiveRecord>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** Incentives of one reconciliation period (对账期次). */
export type IncentivePeriodTotal = {
  __typename?: 'IncentivePeriodTotal';
  /** Their total amount. */
  amount: Money;
  /** Records of the period. */
  count: Scalars['Int']['output'];
  /** The part already paid (已付款). */
  paidAmount: Money;
  /** The period, `YYYYMM`. */
  period: Scalars['String']['output'];
};

/** 激励申请记录: an incentive the cloud owes a partner for one reconciliation period (对账期次) and the stage of its payout (激励发放状态), with the partner’s hint, the rejection reason and every transition taken. (design) One record per incentive type and period; a paid record credits the partner’s bonus account (奖励账户) once. */
export type IncentiveRecord = Node & {
  __typename?: 'IncentiveRecord';
  /** The incentive amount (CNY). */
  amount: Money;
  /** When it was applied for (APPLY); null before. */
  appliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the cloud settled the incentive (the record appeared as 待提交申请). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 提示说明: the hint the partner sees for the current stage. */
  hint: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** (design) Kind of incentive. */
  incentiveType: IncentiveType;
  /** The number of the invoice the partner issued for this incentive (invoiceIncentive); null before. */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** When the partner invoiced it (INVOICE); null before. */
  invoicedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The transitions open from the current stage and who takes each (the stage table); empty for PAID and CLOSED. */
  nextSteps: Array<IncentiveNextStep>;
  /** PCE_OPPORTUNITY only: when the cloud verified the opportunity (机会点“验证通过”); null otherwise. */
  opportunityVerifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was paid to the bonus account (PAY); null before. */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The partner the incentive is owed to. */
  partner: Partner;
  /** PCE_OPPORTUNITY only (null for other types): whether the opportunity’s customer qualifies, computed now and explained (PceEligibility.reasons). */
  pceEligibility?: Maybe<PceEligibility>;
  /** 对账期次: the reconciliation period, `YYYYMM` (e.g. 202611). */
  period: Scalars['String']['output'];
  /** 驳回原因: why co-signing was rejected, the application closed, or the payment order failed (the latest such reason); null otherwise. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Current payout stage (激励发放状态). */
  stage: IncentiveStage;
  /** When the record entered its current stage. */
  stageChangedAt: Scalars['DateTimeISO']['output'];
  /** The current stage as the partner center names it (待提交申请, 会签中, …). */
  stageName: Scalars['String']['output'];
  /** Every transition taken, oldest first: from, to, who (partner, operator, system), why and when. */
  transitions: Array<IncentiveTransition>;
};

/** A page of incentive records (激励申请记录), newest first. */
export type IncentiveRecordConnection = {
  __typename?: 'IncentiveRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<IncentiveRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<IncentiveRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One incentive record in a page, with its cursor. */
export type IncentiveRecordEdge = {
  __typename?: 'IncentiveRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The incentive record. */
  node: IncentiveRecord;
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

/** Records and amount in one payout stage. */
export type IncentiveStageTotal = {
  __typename?: 'IncentiveStageTotal';
  /** Their total amount. */
  amount: Money;
  /** Records in the stage. */
  count: Scalars['Int']['output'];
  /** The stage. */
  stage: IncentiveStage;
  /** The stage as the partner center names it. */
  stageName: Scalars['String']['output'];
};

/** 查看激励统计信息: totals of the partner’s incentives per stage and per reconciliation period, from one aggregate query. (design) Closed records count in their stage and in the totals. */
export type IncentiveStatistics = {
  __typename?: 'IncentiveStatistics';
  /** One entry per period that has records, newest first. */
  byPeriod: Array<IncentivePeriodTotal>;
  /** One entry per stage, in workflow order (stages with none: 0). */
  byStage: Array<IncentiveStageTotal>;
  /** The part already paid to the bonus account (已付款). */
  paidAmount: Money;
  /** First period counted (`YYYYMM`); null: from the first. */
  periodFrom?: Maybe<Scalars['String']['output']>;
  /** Last period counted (`YYYYMM`); null: up to the last. */
  periodTo?: Maybe<Scalars['String']['output']>;
  /** Their total amount. */
  totalAmount: Money;
  /** Records in the range. */
  totalCount: Scalars['Int']['output'];
};

/** One transition of an incentive’s payout: from which stage to which, by whom, why and when. */
export type IncentiveTransition = {
  __typename?: 'IncentiveTransition';
  /** The named transition taken. */
  action: IncentiveAction;
  /** Who exactly: `member:<id>`, `operator:<id>` or `maintenance:auto-apply-incentives`. */
  actor: Scalars['String']['output'];
  /** Partner member, cloud operator or the system. */
  actorKind: IncentiveActorKind;
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** Stage before. */
  fromStage: IncentiveStage;
  /** The reason given (rejections, closing, failures); null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Stage after. */
  toStage: IncentiveStage;
};

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

/** Result of inviteMember / cancelInvitation: the invitation as it is now, or userErrors. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The sent or cancelled invitation; null when the mutation was refused. */
  invitation?: Maybe<MemberInvitation>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** The QR code (二维码) of an invitation link, encoding CustomerInvitation.link; made on request. */
export type InvitationQrCode = {
  __typename?: 'InvitationQrCode';
  /** PNG image (320 × 320 px, error correction M), base64 without a data: prefix. */
  pngBase64: Scalars['String']['output'];
  /** The same code as an SVG document (scales to any print size). */
  svg: Scalars['String']['output'];
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

/** 发票: a cloud-store invoice (索取发票, over cloud-store orders of one provider) or a cloud invoice (over the partner’s cloud bills of a bill cycle). (design) Amount, title and medium are fixed at the request; the status is moved by the cloud operator, the return is asked for by the partner (returnInvoice). */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** The invoiced amount (开票金额): the sum of its orders, or of the bills. */
  amount: Money;
  /** CLOUD: the bill cycle (YYYY-MM) it covers; null otherwise. */
  billCycle?: Maybe<Scalars['String']['output']>;
  /** The courier fee the partner pays for the delivery: 12.00 for a PAPER invoice under 100 元, else 0.00. */
  courierFee: Money;
  /** PAPER: who pays the courier of the delivery (PARTNER under 100 元, ISSUER otherwise); null for ELECTRONIC. */
  courierPaidBy?: Maybe<CourierPayer>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** (design) The request number, FP + yyMMdd + 6 digits, unique. */
  invoiceNo: Scalars['String']['output'];
  /** VAT_GENERAL or VAT_SPECIAL. */
  invoiceType: InvoiceType;
  /** CLOUD_STORE (云商店发票) or CLOUD (华为云发票). */
  kind: InvoiceKind;
  /** PAPER: the mailing address (邮寄地址). */
  mailingAddress?: Maybe<Scalars['String']['output']>;
  /** ELECTRONIC or PAPER. */
  medium: InvoiceMedium;
  /** CLOUD_STORE: the orders it covers, in request order (kept after a return); empty for CLOUD. */
  orders: Array<CloudStoreOrder>;
  /** The partner it was requested for. */
  partner: Partner;
  /** CLOUD_STORE: the provider (服务商) who issues it; null for a CLOUD invoice (the cloud issues it). */
  providerName?: Maybe<Scalars['String']['output']>;
  /** PAPER: the recipient (收件人). */
  recipientName?: Maybe<Scalars['String']['output']>;
  /** PAPER: the recipient’s phone. */
  recipientPhone?: Maybe<Scalars['String']['output']>;
  /** When it was requested. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** A returned PAPER invoice: who pays sending it back — always CUSTOMER (退回纸质发票时,由客户自行承担快递费用); null otherwise. */
  returnCourierPaidBy?: Maybe<CourierPayer>;
  /** RETURN_REQUESTED / RETURNED: why the partner returns it. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** Where it stands (see InvoiceStatus). */
  status: InvoiceStatus;
  /** When its status last changed. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** REJECTED: the operator’s reason (驳回原因); null otherwise. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** ENTERPRISE titles: the tax id (纳税人识别号); null for PERSONAL. */
  taxId?: Maybe<Scalars['String']['output']>;
  /** 发票抬头: the name the invoice is made out to. */
  titleName: Scalars['String']['output'];
  /** 抬头类型. */
  titleType: InvoiceTitleType;
  /** SHIPPED / RECEIVED: the courier tracking number, if given. */
  trackingNo?: Maybe<Scalars['String']['output']>;
};

/** A page of invoices (发票), newest first. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** Items of this page with their cursors. */
  edges: Array<InvoiceEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Invoice>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One invoice in a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
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

/** Result of requestInvoice, returnInvoice and moveInvoice. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** The invoice as it is now; null when refused (nothing changed). */
  invoice?: Maybe<Invoice>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** What requestInvoice would record for the same input, shown before submitting: the amount and the courier fee the partner pays (a PAPER invoice under 100 元), or the refusals it would answer. Nothing is reserved. */
export type InvoiceQuote = {
  __typename?: 'InvoiceQuote';
  /** The invoiced amount: the sum of the orders; null when refused. */
  amount?: Maybe<Money>;
  /** (design) The courier fee the partner pays: a flat 12.00 for a PAPER invoice under 100 元, 0.00 otherwise; null when refused. */
  courierFee?: Maybe<Money>;
  /** PAPER: who pays the courier (PARTNER under 100 元, ISSUER otherwise); null for ELECTRONIC or when refused. */
  courierPaidBy?: Maybe<CourierPayer>;
  /** How many orders the invoice would cover (0 when refused). */
  orderCount: Scalars['Int']['output'];
  /** What requestInvoice would refuse the same input with; empty when it would go through. */
  userErrors: Array<UserError>;
};

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

/** Result of issueCoupons: issued coupons and refused customers side by side. */
export type IssueCouponsPayload = {
  __typename?: 'IssueCouponsPayload';
  /** Customers refused, each with field "input.customerIds[i]" (QUOTA_INSUFFICIENT for those the quota no longer covered). */
  failed: Array<UserError>;
  /** The quota, with its new balance; null when the whole call was refused. */
  quota?: Maybe<CouponQuota>;
  /** Coupons issued, in input order. */
  succeeded: Array<IssuedCoupon>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** One coupon that was issued. */
export type IssuedCoupon = {
  __typename?: 'IssuedCoupon';
  /** The new coupon: USABLE, or INACTIVE until its effectiveTime. */
  coupon: Coupon;
  /** The issue record (发放, operation type 1) written. */
  couponRecord: CouponRecord;
  /** The customer the coupon was issued to. */
  customer: SubCustomer;
  /** Index of the customer in input.customerIds. */
  index: Scalars['Int']['output'];
};

/** One sub-quota issueSubQuota carved. */
export type IssuedSubQuota = {
  __typename?: 'IssuedSubQuota';
  /** Index of the reseller in input.items (0 for the single-reseller form). */
  index: Scalars['Int']['output'];
  /** The quota record (10 issue) written. */
  quotaRecord: QuotaRecord;
  /** The cloud reseller. */
  reseller: Partner;
  /** The reseller's new NORMAL sub-quota. */
  subQuota: CouponQuota;
};

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

/** Result of markNotificationsRead: the notifications now read and the refused ids side by side. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Ids refused, each with field "input.ids[i]": INVALID_ID, DUPLICATE_NOTIFICATION, NOTIFICATION_NOT_FOUND (not yours or not there). */
  failed: Array<UserError>;
  /** How many notifications this call turned from unread to read. */
  markedCount: Scalars['Int']['output'];
  /** The listed notifications as they are now (read), in input order; empty for `all: true`. */
  notifications: Array<Notification>;
  /** Your unread notifications after the call. */
  unreadCount: Scalars['Int']['output'];
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 组织人员: a person who signs in to the partner center for one partner. */
export type Member = Node & {
  __typename?: 'Member';
  /** When the member joined the partner. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Name shown to colleagues. */
  displayName: Scalars['String']['output'];
  /** Email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Sign-in name, unique across the partner center. */
  loginName: Scalars['String']['output'];
  /** Mobile number, 00XX-XXXXXXX. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** 消息中心: your own notifications, newest first. Only the member itself reads them (a colleague's answer FORBIDDEN). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  notifications?: Maybe<NotificationConnection>;
  /** The partner the member works for. Null (with NOT_FOUND in errors) when that partner is not in your reach. */
  partner?: Maybe<Partner>;
  /** 个人资质: the member’s employment, certificates, training and projects, by kind then newest first. Yours always; a colleague’s with qualification:view, and only while its association is ACTIVE: after 取消关联 they are no longer shared (an empty list). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  qualifications?: Maybe<Array<MemberQualification>>;
  /** The member's roles (1–3): preset roles first, then custom roles by name. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  roles?: Maybe<Array<Role>>;
  /** The member’s project-specialist applications (项目专员) and their assessment, newest first. Yours always; a colleague’s with qualification:view while its association is ACTIVE. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  specialistApplications?: Maybe<Array<SpecialistApplication>>;
  /** Whether the member is still associated. */
  status: MemberStatus;
  /** For an account-manager supervisor: the account managers it supervises, oldest first; empty otherwise. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  supervisedManagers?: Maybe<Array<Member>>;
  /** For an account manager: the account-manager supervisor (客户经理主管) over them; null otherwise. */
  supervisor?: Maybe<Member>;
  /** How many of your notifications are unread (the badge). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  unreadNotificationCount?: Maybe<Scalars['Int']['output']>;
};


/** 组织人员: a person who signs in to the partner center for one partner. */
export type MemberNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of members, newest first. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** Items of this page with their cursors. */
  edges: Array<MemberEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Member>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
};

/** Filters for the member list (组织人员). All given filters must match. */
export type MemberFilter = {
  /** Part of the login name (case-insensitive). */
  loginName?: InputMaybe<Scalars['String']['input']>;
  /** Only members holding this role (a Role id). */
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Only members in this state. */
  status?: InputMaybe<MemberStatus>;
};

/** 成员邀请: an invitation for a person to join the partner as a member. */
export type MemberInvitation = Node & {
  __typename?: 'MemberInvitation';
  /** The secret the invitee accepts with (acceptMemberInvitation): 43 characters, 256 random bits, delivered to the invited mobile, email or account; share it only with the invitee. Null for invitations sent before tokens existed (they cannot be accepted: send a new one). Needs org:member-manage. */
  acceptToken?: Maybe<Scalars['String']['output']>;
  /** When the invitee accepted (status ACCEPTED); null otherwise. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** How the invitation was sent. */
  channel: InvitationChannel;
  /** When the invitation was sent. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the invitation lapses if not answered. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The member who sent the invitation; null if no longer visible. */
  invitedBy?: Maybe<Member>;
  /** Roles the invitee gets on acceptance (roles deleted since are left out). */
  roles: Array<Role>;
  /** State of the invitation. */
  status: InvitationStatus;
  /** Mobile number, email address or account name the invitation went to. */
  target: Scalars['String']['output'];
};

/** A page of member invitations, newest first. */
export type MemberInvitationConnection = {
  __typename?: 'MemberInvitationConnection';
  /** Items of this page with their cursors. */
  edges: Array<MemberInvitationEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<MemberInvitation>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One member invitation in a page, with its cursor. */
export type MemberInvitationEdge = {
  __typename?: 'MemberInvitationEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The member invitation. */
  node: MemberInvitation;
};

/** Result of assignMemberRoles / cancelMemberAssociation: the member as it is now, or userErrors. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** Account managers who no longer have this member as their supervisor because it lost the supervisor role (or was cancelled). 0 when refused. */
  detachedManagerCount: Scalars['Int']['output'];
  /** The changed member; null when the mutation was refused. */
  member?: Maybe<Member>;
  /** Customers whose account manager was cleared because the member no longer holds the account manager or account manager supervisor role (or was cancelled). 0 when refused. */
  unassignedCustomerCount: Scalars['Int']['output'];
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 个人资质: one entry of a member’s personal qualifications (employment, certificate, training, project), maintained by the member and shared with its partner while the association lasts (seed 000: after 取消关联 the partner no longer sees it). */
export type MemberQualification = Node & {
  __typename?: 'MemberQualification';
  /** When the entry was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Free text: duties, certificate number, results (≤ 1000). */
  description?: Maybe<Scalars['String']['output']>;
  /** Until (YYYY-MM-DD), not before startedOn; a certificate’s expiry. Null: ongoing or unlimited. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Which part of the qualifications this entry is. */
  kind: QualificationKind;
  /** Employer, certificate issuer, training provider or project customer (≤ 200 characters). */
  organisation?: Maybe<Scalars['String']['output']>;
  /** From (YYYY-MM-DD): start of employment, training or project; the date a certificate was obtained. */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** Position, certificate name, course or project name (1–200 characters). */
  title: Scalars['String']['output'];
  /** When the entry last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Whether a member is associated with its partner. */
export type MemberStatus =
  /** Associated; may sign in. */
  | 'ACTIVE'
  /** Association cancelled by the partner; cannot sign in. */
  | 'CANCELLED';

/** An amount of money. Never a float: `amount` is a decimal string with 2 decimals. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with exactly 2 decimals, e.g. "1234.50"; negative amounts start with "-". */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code; always CNY. */
  currency: Scalars['String']['output'];
};

/** Consumption of one bill cycle. */
export type MonthlyConsumption = {
  __typename?: 'MonthlyConsumption';
  /** Bill cycle, YYYY-MM. */
  billCycle: Scalars['String']['output'];
  /** Part paid with coupons. */
  couponAmount: Money;
  /** List price of what was consumed. */
  officialAmount: Money;
  /** What was paid (cash, coupons and debt). */
  paymentAmount: Money;
  /** Number of consumption records. */
  records: Scalars['Int']['output'];
};

/** A count for one month. */
export type MonthlyCount = {
  __typename?: 'MonthlyCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Month, YYYY-MM. */
  month: Scalars['String']['output'];
};

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

/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 接受邀请 (customers only: sign in with input.as CUSTOMER): associate your cloud account with the invitation's partner, with the invitation's association type (an ASSOCIATE event, initiator CUSTOMER). Refused, with nothing changed: CUSTOMER_INVITATION_NOT_FOUND, CUSTOMER_INVITATION_CANCELLED, CUSTOMER_INVITATION_EXPIRED, PARTNER_FROZEN (the inviting partner), ACCOUNT_INTERNATIONAL, ACCOUNT_IS_PARTNER, ACCOUNT_REPORTED_BY_CLOUD, ACCOUNT_GOVERNMENT_SUBSIDY, ALREADY_ASSOCIATED_WITH_PARTNER, ACCOUNT_ASSOCIATED_ELSEWHERE (also when a concurrent acceptance associated the account first). FORBIDDEN for members and operators. */
  acceptCustomerInvitation: AcceptCustomerInvitationPayload;
  /** 伙伴成员接受伙伴邀请: the invited person (no sign-in needed: the token is its proof, it went to the invited mobile, email or account) creates its personal sign-in and joins the partner with the roles of the invitation; the invitation becomes ACCEPTED. Refusals, nothing created: MEMBER_INVITATION_NOT_FOUND (wrong token), MEMBER_INVITATION_EXPIRED, MEMBER_INVITATION_USED (already accepted, also by a concurrent request), MEMBER_INVITATION_CANCELLED, MEMBER_INVITATION_ROLES_GONE, INVITATION_TARGET_MISMATCH, INVALID_ACCOUNT_NAME, LOGIN_NAME_TAKEN, DISPLAY_NAME_INVALID, PASSWORD_TOO_WEAK, PARTNER_FROZEN. Design: not keyed by an idempotency key (the caller is anonymous); the token is single-use, so a retry answers MEMBER_INVITATION_USED and never creates a second member. Audited in the partner's log. */
  acceptMemberInvitation: AcceptMemberInvitationPayload;
  /** As the signed-in customer: accept your partner's PENDING_CUSTOMER payment agreement; it becomes ACTIVE (PAYMENT_AGREEMENT_NOT_FOUND, _NOT_PENDING, _EXPIRED, _EXISTS). */
  acceptPaymentAgreement: PaymentAgreementPayload;
  /** 拨款: allocate funds to up to 100 RESALE customers; each allocation succeeds or fails on its own (succeeded and failed side by side). Idempotent with a key; needs a verification code when verification is on. */
  allocateFunds: AllocateFundsPayload;
  /** Distributors only: allocate funds to one of your cloud resellers (≤ 999,999,999.99 and ≤ your allocatable balance). */
  allocateFundsToReseller: FundMovementPayload;
  /** 同意 / 驳回 your partner's unbind request (解除关联申请) within its 7 days, with a verification code. Approving ends the association now: the partner's coupons go back to it and your balance (RESALE) returns to it. EVENT_NOT_PENDING when already answered, UNBIND_REQUEST_EXPIRED when late, CUSTOMER_IN_DEBT / CUSTOMER_FROZEN block an approval. Retrying is safe: a second answer changes nothing. For a signed-in customer (signIn as: CUSTOMER); FORBIDDEN for members and operators. */
  answerUnbindRequest: CustomerUnbindPayload;
  /** 申请项目专员: applies for one of your members (an expert) to become a service-partner project specialist, with its résumé; the cloud assesses it (能力考察, 成熟度评估, 答辩) and the expert and you are notified (SPECIALIST_ASSESSED). Design: open to every partner identity; one SUBMITTED application per member at a time, none once approved. Refusals: MEMBER_NOT_FOUND, MEMBER_NOT_ACTIVE, RESUME_INVALID, SPECIALIST_APPLICATION_OPEN, ALREADY_SPECIALIST. Idempotent with its key. Needs qualification:specialist-apply. Audited. */
  applyForProjectSpecialist: SpecialistApplicationPayload;
  /** 申请发放激励: apply for your partner’s incentive records waiting for an application (待提交申请 → 申请处理中); 1–100 ids. Each record refused on its own, unchanged: INVALID_ID, DUPLICATE_INCENTIVE, INCENTIVE_NOT_FOUND, INCENTIVE_STAGE_INVALID; BATCH_EMPTY / BATCH_TOO_LARGE refuse the call. Idempotent with its key. Needs incentive:apply. */
  applyIncentives: ApplyIncentivesPayload;
  /** A cloud operator assesses a SUBMITTED project-specialist application: APPROVED or REJECTED (with the assessment text), and the expert and the member who applied get a SPECIALIST_ASSESSED notification in the same transaction. Refusals: SPECIALIST_APPLICATION_NOT_FOUND, SPECIALIST_APPLICATION_NOT_SUBMITTED (also the answer to a retry, or to a concurrent second assessment: it never lands twice), ASSESSMENT_REQUIRED, ASSESSMENT_TOO_LONG. Operators with ops:program. Audited in the partner’s log. */
  assessSpecialistApplication: SpecialistApplicationPayload;
  /** Assigns an account manager (客户经理) to up to 100 of your customers, or unassigns them with accountManagerId null. The manager sees the customers from its next request on. Partial success: changed customers in `customers`, the others in `failed`. Needs customer:assign-manager. Audited per changed customer. */
  assignAccountManager: AssignAccountManagerPayload;
  /** Replaces a member's roles. Takes effect on the member's next request. The last active administrator keeps the administrator role (LAST_ADMIN). A member who keeps neither account manager role has its customers unassigned; one without the supervisor role no longer supervises anyone (counts in the payload). Needs org:member-manage. Audited. */
  assignMemberRoles: MemberPayload;
  /** 取消邀请: an ACTIVE invitation of your partner stops working at once (CANCELLED); customers who already accepted it stay associated. Refusals: CUSTOMER_INVITATION_NOT_FOUND, CUSTOMER_INVITATION_CANCELLED, CUSTOMER_INVITATION_EXPIRED. Needs customer:create. */
  cancelCustomerInvitation: CustomerInvitationPayload;
  /** Withdraws a pending invitation. Needs org:member-manage. Audited. */
  cancelInvitation: InvitationPayload;
  /** Cancels a member's association (status CANCELLED): it cannot sign in and its existing tokens stop working on its next request. In the same transaction its customers are unassigned (no customer keeps a cancelled account manager) and the account managers it supervised are detached; the payload counts both. Its roles stay recorded. Not yourself, not the last active administrator. Needs org:member-manage. Audited. */
  cancelMemberAssociation: MemberPayload;
  /** 取消订单: cancel a PENDING_PAYMENT order (its resources are freed for a new renewal). */
  cancelOrder: CancelOrderPayload;
  /** Withdraws your own PENDING remittance claim (CANCELLED); nothing is credited. Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING. Needs account:recharge. */
  cancelRemittanceClaim: RemittanceClaimPayload;
  /** Changes your own password: the current password, then a verification code (requestVerificationCode with operation CHANGE_PASSWORD). Design: every bearer token issued before the change stops working at once (other devices sign in again); the payload carries a fresh token for this client; access keys (AK/SK) are managed apart and stay valid. Refusals, nothing changed: WRONG_PASSWORD, PASSWORD_TOO_WEAK, PASSWORD_UNCHANGED, VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID. Not keyed by an idempotency key: the code is single-use, so a retry is refused and never changes the password twice. Needs partner-info:credentials. Audited (never the password or its hash). */
  changeMyPassword: ChangeMyPasswordPayload;
  /** The same check as Query.checkCustomerRegistration, as a mutation for clients that call the platform's registration check from a form submit. Changes nothing. */
  checkCustomerRegistration: CustomerRegistrationCheckPayload;
  /** Confirms a PENDING remittance claim: the partner's cash account is credited once (a REMITTANCE record), also when two operators confirm at once or the call is retried (the second answers REMITTANCE_CLAIM_NOT_PENDING). Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING, REMITTANCE_DUPLICATE_REFERENCE (another claim with this bank reference is confirmed). Operators with ops:remittance. */
  confirmRemittanceClaim: RemittanceClaimPayload;
  /** Creates an access key (AK/SK) for you, to sign server-to-server requests with SDK-HMAC-SHA256 (see the README). The secret is in this answer only. At most 2 active keys per member (ACCESS_KEY_LIMIT_REACHED); only in a signed-in session, not with another key. Signed requests act as you, with your roles at the time of each request. Audited. */
  createAccessKey: CreateAccessKeyPayload;
  /** 创建客户: register a new cloud account and associate it with your partner (or, for a distributor, with one of its cloud resellers via resellerId), with an ASSOCIATE event. A mobile is optional; with one, first send its registration code (sendCustomerRegistrationCode) and give it as verificationCode, consumed here. Refusals, nothing created: INVALID_ACCOUNT_NAME, PASSWORD_TOO_WEAK, INVALID_EMAIL, INVALID_MOBILE, INVALID_XACCOUNT, VALUE_TOO_LONG, VERIFICATION_REQUIRED, ACCOUNT_NAME_TAKEN, EMAIL_TAKEN, MOBILE_TAKEN, MOBILE_REGISTRATION_LIMIT (also when a concurrent request took the value first), VERIFICATION_CODE_INVALID, RESELLER_NOT_FOUND, PARTNER_FROZEN. Idempotent with its key. */
  createCustomer: CreateCustomerPayload;
  /** 创建客户邀请: a new invitation link and QR code for your partner, with an association type and an expiry (default 7 days, 1–90). Any number of customers may accept it until it expires or you cancel it. Refusals: INVALID_INVITATION_EXPIRY, PARTNER_FROZEN. Idempotent with its key. Needs customer:create. */
  createCustomerInvitation: CustomerInvitationPayload;
  /** 代付管理: propose a payment-on-behalf agreement to a customer associated with your partner (PENDING_CUSTOMER, 7 days to answer, design). One ACTIVE or pending agreement per customer (PAYMENT_AGREEMENT_EXISTS). Once the customer accepts, payOrder pays its orders from your cash account (PAYMENT_ON_BEHALF records) within the limits. Refusals: CUSTOMER_NOT_FOUND, INVALID_AGREEMENT_LIMITS, INVALID_AMOUNT, AMOUNT_TOO_LARGE, PARTNER_FROZEN, PARTNER_RESTRICTED. Idempotent with a key. */
  createPaymentAgreement: PaymentAgreementPayload;
  /** 在线充值: starts an online recharge of your cash account: a PENDING payment whose paymentReference opens the payment page; (design) it expires after 30 minutes. Nothing is credited until the payment succeeds. (design) A frozen or restricted partner may still recharge: paying in is how arrears are settled. Refusals: INVALID_AMOUNT, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, RECHARGE_ENTITY_NOT_SUPPORTED (contracting entity not 华为软件技术有限公司 / 华为云计算技术有限公司: consult your ecosystem manager). Idempotent with its key. Needs account:recharge. */
  createRecharge: RechargePaymentPayload;
  /** Creates a custom role of your partner (at most 10: CUSTOM_ROLE_LIMIT_REACHED, exact under concurrent requests). The default permissions are added automatically. Needs org:role-manage. Audited. */
  createRole: RolePayload;
  /** Removes one of your own qualification entries. Refusals: QUALIFICATION_NOT_FOUND. Idempotent with its key. Needs partner-info:edit-account. Audited. */
  deleteMyQualification: MyQualificationPayload;
  /** Deletes a custom role that no active member holds (a member keeps at least one role) and no pending invitation names. Needs org:role-manage. Audited. */
  deleteRole: DeleteRolePayload;
  /** 代下单授权: you grant your partner order-on-behalf authorization (a new GRANTED authorization; nothing changes when the latest is already GRANTED). CUSTOMER_NOT_ASSOCIATED without an association. For a signed-in customer (signIn as: CUSTOMER); FORBIDDEN for members and operators. */
  grantOrderAuthorization: OrderAuthorizationPayload;
  /** 同意 / 驳回: answer a customer's PENDING unbind request (requestUnbind) within its 7 days (EVENT_NOT_FOUND, EVENT_NOT_PENDING, UNBIND_REQUEST_EXPIRED). Approving (APPROVED) ends the association at once, with the effects of a customer's approval of unbindCustomer (coupons reclaimed, balance returned, authorization revoked), and is refused for debt, freeze and a non-NORMAL partner (the 3-month rule limits new requests, not answers); rejecting (REJECTED) changes nothing else. The reason is appended to the customer's. Administrators only; needs a verification code when verification is on; idempotent with a key. */
  handleUnbindRequest: AssociationChangePayload;
  /** Invites a person to join your partner with the given roles; the invitation lapses after 7 days. At most 100 invitations per partner per day, the China day (Asia/Shanghai, UTC+8: it starts at 16:00 UTC) (INVITATION_DAILY_LIMIT, cancelled ones included, exact under concurrent requests); a frozen partner cannot invite (PARTNER_FROZEN). Needs org:member-manage. Audited. */
  inviteMember: InvitationPayload;
  /** 为激励开票: submit your invoice for a record waiting for it (待伙伴开票 → 待付款). Your cloud-store bills of the record’s period must be invoiced first. Refused, with nothing changed: INCENTIVE_NOT_FOUND, INCENTIVE_STAGE_INVALID, INCENTIVE_BILLS_NOT_INVOICED, INVALID_INVOICE_NUMBER, INVOICE_AMOUNT_MISMATCH. Idempotent with its key. Needs incentive:invoice. */
  invoiceIncentive: IncentivePayload;
  /** 下发: issue one coupon of the same face value to each of 1–100 RESALE customers from one of your own NORMAL, valid quotas. Validity and limits default to the quota's and may only narrow them. Each coupon takes its face value from the quota balance, never more than it holds, also under concurrent calls; customers that did not fit fail with QUOTA_INSUFFICIENT (issued and failed side by side). Idempotent with a key; needs a verification code when verification is on. */
  issueCoupons: IssueCouponsPayload;
  /** Distributors only: carve sub-quotas (each 0.01–100,000,000.00, together at most the parent's balance) for your cloud resellers out of one of your NORMAL, valid quotas: one reseller (resellerId, amount) or up to 100 (items, each succeeding or failing on its own, in input order). Each has the parent's kind and limits and a validity inside the parent's. Idempotent with a key. */
  issueSubQuota: SubQuotaPayload;
  /** Marks your notifications read: the listed ids (per-item results; ids not yours answer NOTIFICATION_NOT_FOUND and change nothing) or all of them. Any signed-in member, for its own notifications only. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** (operators, ops:invoice) Move any partner’s invoice to its next status: ISSUED or REJECTED (with a reason) from SUBMITTED, SHIPPED then RECEIVED for paper, RETURNED from RETURN_REQUESTED. REJECTED and RETURNED free its orders for a new request. Refusals: INVOICE_NOT_FOUND, INVOICE_STATUS_CONFLICT, INVOICE_REASON_REQUIRED. FORBIDDEN for members and customers. */
  moveInvoice: InvoicePayload;
  /** 支付订单: pay a PENDING_PAYMENT order of a RESALE customer before its deadline: up to 3 coupons first, then the customer's balance, then your partner's credit account for what the balance leaves (cash first; the split in cashPaid / creditPaid and Order.amountInfo.creditAmount). Insufficient funds (INSUFFICIENT_FUNDS) or any other refusal changes nothing; of concurrent payments of one order exactly one succeeds. The order becomes COMPLETED; a renewal order extends its resources. Idempotent with a key. */
  payOrder: PayOrderPayload;
  /** Marks a PENDING withdrawal PAID: the cloud transferred the held amount; no balance changes. Refusals: WITHDRAWAL_NOT_FOUND, WITHDRAWAL_NOT_PENDING, PROVIDER_REFERENCE_INVALID. Operators with ops:withdrawal. */
  payWithdrawal: WithdrawalPayload;
  /** Cloud operators only (ops:incentive): take one step of an incentive’s payout (IncentiveAction: co-sign, reject with a reason, reopen or close a rejection, payment order created / failed / retried, invoice signed for, pay). PAY credits the partner’s bonus account (奖励账户) with an INCENTIVE_PAYOUT record in the same transaction. Every step holds the record’s row lock and starts only from its stage: a step taken twice (two operators, a retry) is refused with INCENTIVE_STAGE_INVALID, so the money moves once. Other refusals: INCENTIVE_NOT_FOUND, INCENTIVE_REASON_REQUIRED, INCENTIVE_REASON_TOO_LONG. FORBIDDEN for members and customers. */
  processIncentive: IncentivePayload;
  /** 回收: reclaim 1–100 USABLE coupons your partner issued. Each returns its whole remaining balance to its quota and stays listed as RECLAIMED (reclaimed and failed side by side). Idempotent with a key; needs a verification code when verification is on. */
  reclaimCoupons: ReclaimCouponsPayload;
  /** 回收: take funds back from a RESALE customer, at most its balance. Taking all of it is the customer's full withdrawal (全额提现, seed 003): in the same transaction each USABLE or INACTIVE CASH (现金券) or PICKUP (提货券) coupon your partner issued to the customer returns its remaining balance to its quota and becomes RECLAIMED (coupon record FULL_WITHDRAWAL_RECLAIM; reclaimedCoupons lists them). VOUCHER coupons stay. */
  reclaimFunds: FundMovementPayload;
  /** Distributors only: take funds back from one of your cloud resellers, at most its allocatable balance. */
  reclaimFundsFromReseller: FundMovementPayload;
  /** Distributors only: take back the unused balance of a NORMAL sub-quota of one of your cloud resellers into its parent quota; the sub-quota becomes RECLAIMED. Its coupons already issued stay with the customers. Idempotent with a key. */
  reclaimSubQuota: SubQuotaPayload;
  /** As the signed-in customer: reject your partner's PENDING_CUSTOMER payment agreement (REJECTED, with your reason). */
  rejectPaymentAgreement: PaymentAgreementPayload;
  /** Rejects a PENDING remittance claim with a reason the partner reads; nothing is credited. Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING, REASON_REQUIRED, REASON_TOO_LONG. Operators with ops:remittance. */
  rejectRemittanceClaim: RemittanceClaimPayload;
  /** Rejects a PENDING withdrawal: the held amount returns to its account (WITHDRAWAL_RETURNED / REBATE_WITHDRAWAL_RETURNED). Refusals: WITHDRAWAL_NOT_FOUND, WITHDRAWAL_NOT_PENDING, REASON_REQUIRED, REASON_TOO_LONG. Operators with ops:withdrawal. */
  rejectWithdrawal: WithdrawalPayload;
  /** 续费: renew 1–10 IN_USE main resources (dependents follow) for 1–11 months or 1–3 years, priced from the line they were bought or last renewed on (a year costs 10 months). Creates one RENEWAL order per customer, PENDING_PAYMENT for 7 days; with autoPay it is paid at once from the customer's balance and the resources' expireTime is extended. Resources already on an unpaid order are refused (RESOURCE_IN_UNPAID_ORDER). Renewed and refused resources side by side. Idempotent with a key. */
  renewResources: RenewResourcesPayload;
  /** 索取发票: ask the provider (服务商) of cloud-store orders of your partner for one invoice over them (SUBMITTED), all or nothing. VAT special only for an ENTERPRISE title; an order in arrears must be paid first; a PAPER invoice under 100 元 costs the partner the courier (courierFee, shown first by invoiceQuote). Refusals: BATCH_EMPTY, BATCH_TOO_LARGE (50), INVALID_ID, DUPLICATE_CLOUD_STORE_ORDER, INVOICE_TITLE_INVALID, INVOICE_TAX_ID_INVALID, INVOICE_SPECIAL_NEEDS_ENTERPRISE, INVOICE_ADDRESS_REQUIRED, CLOUD_STORE_ORDER_NOT_FOUND, CLOUD_STORE_ORDER_IN_ARREARS, CLOUD_STORE_ORDER_NOT_INVOICEABLE, CLOUD_STORE_ORDER_ALREADY_INVOICED, INVOICE_PROVIDERS_DIFFER. Idempotent with its key. Needs invoice:manage. */
  requestInvoice: InvoicePayload;
  /** You ask your partner to end the association: a PENDING unbind request it answers (handleUnbindRequest) within 7 days, or it expires. UNBIND_REQUEST_PENDING while one waits; the 3-month rule applies (UNBIND_TOO_SOON). For a signed-in customer (signIn as: CUSTOMER); FORBIDDEN for members and operators. */
  requestUnbind: CustomerUnbindPayload;
  /** Sends a 6-digit verification code to your mobile or email for one sensitive operation; at most one per minute per operation. */
  requestVerificationCode: RequestVerificationCodePayload;
  /** 提现 (account CASH) or 激励返点提现 (account BONUS): the amount leaves the account at once and is held while PENDING (a WITHDRAWAL / REBATE_WITHDRAWAL record), so it can be neither spent nor withdrawn twice; the cloud pays or rejects it. A verification code (operation WITHDRAW) is always required. Refusals: INVALID_AMOUNT, AMOUNT_TOO_LARGE, BANK_DETAILS_INVALID, BANK_ACCOUNT_NUMBER_INVALID, PARTNER_FROZEN, PARTNER_RESTRICTED, WITHDRAWAL_EXCEEDS_WITHDRAWABLE, WITHDRAWAL_INVOICED_NOT_RETURNED (cash that has been invoiced is withdrawn only after its invoices are returned, 退票), VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID. Idempotent with its key. Needs account:withdraw. */
  requestWithdrawal: WithdrawalPayload;
  /** 退票: return a delivered invoice of your partner — a cloud-store invoice or a cloud invoice — before withdrawing its invoiced amount or invoicing its orders again (RETURN_REQUESTED; RETURNED once the issuer takes it back). A paper invoice is sent back at the holder’s cost (returnCourierPaidBy CUSTOMER). Refusals: INVOICE_NOT_FOUND, INVOICE_NOT_RETURNABLE, INVOICE_REASON_REQUIRED. Idempotent with its key. Needs invoice:manage. */
  returnInvoice: InvoicePayload;
  /** Revokes one of your access keys: requests signed with it are refused from now on, on every instance. Revoking a revoked key changes nothing. Audited. */
  revokeAccessKey: RevokeAccessKeyPayload;
  /** 取消授权: you cancel your partner's order-on-behalf authorization, with a reason and a verification code (REVOKED with revokedAt); AUTHORIZATION_NOT_GRANTED when none is GRANTED. For a signed-in customer (signIn as: CUSTOMER); FORBIDDEN for members and operators. */
  revokeOrderAuthorization: OrderAuthorizationPayload;
  /** 维护个人资质: adds an entry to your own qualifications (employment, certificate, training, project) or replaces one of yours. Shared with your partner while your association lasts. Refusals: QUALIFICATION_NOT_FOUND, QUALIFICATION_TITLE_INVALID, QUALIFICATION_TEXT_TOO_LONG, QUALIFICATION_DATES_INVALID, QUALIFICATION_LIMIT. Idempotent with its key. Needs partner-info:edit-account (a default point: your own information). Audited. */
  saveMyQualification: MyQualificationPayload;
  /** 发送验证码: sends a 6-digit registration code by SMS to the mobile a new customer will have, for createCustomer with that mobile: good for that number only, for you only, once, for 5 minutes. At most one a minute (VERIFICATION_CODE_TOO_SOON). Not sent for a number createCustomer would refuse: INVALID_MOBILE, VALUE_TOO_LONG, MOBILE_TAKEN, MOBILE_REGISTRATION_LIMIT; nor by a frozen partner (PARTNER_FROZEN). Needs customer:create. */
  sendCustomerRegistrationCode: SendCustomerRegistrationCodePayload;
  /** 设置自动续费: turn auto-renewal of 1–10 paid, IN_USE main resources (dependents follow) on (expirePolicy AUTO_RENEW, autoRenewTimes 0–99, 0 = unlimited) or off (GRACE_PERIOD). */
  setAutoRenew: SetAutoRenewPayload;
  /** 设置自动申请发放激励: turn automatic application on or off for your partner. (design) While on, the maintenance job auto-apply-incentives applies every record waiting for an application (actor SYSTEM). Needs incentive:apply. */
  setIncentiveAutoApply: SetIncentiveAutoApplyPayload;
  /** (design) The payment provider's outcome of an online recharge, standing for its payment callback: SUCCEEDED credits the partner's cash account once (a RECHARGE record), FAILED credits nothing. A repeated or concurrent callback changes nothing (RECHARGE_PAYMENT_NOT_PENDING). Refusals: RECHARGE_PAYMENT_NOT_FOUND, RECHARGE_PAYMENT_NOT_PENDING, RECHARGE_PAYMENT_EXPIRED, PROVIDER_REFERENCE_INVALID. Operators with ops:remittance. */
  settleRechargePayment: RechargePaymentPayload;
  /** Signs a member, a customer or a cloud operator in (input.as) and returns a bearer token. The only operation open to anonymous callers. After 5 failed attempts in a row for one login name, each attempt locks it for a window that doubles (30 s up to 15 min): SIGN_IN_LOCKED with lockedUntil, and the password is not checked meanwhile; a success resets the count. */
  signIn: SignInPayload;
  /** 汇款认领: claims an offline remittance to the cloud (amount, payer, bank reference, date); the cloud confirms or rejects it. (design) Open to frozen or restricted partners, as recharge is. Refusals: INVALID_AMOUNT, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, PAYER_NAME_INVALID, BANK_REFERENCE_INVALID, REMITTANCE_DATE_INVALID, MEMO_TOO_LONG, RECHARGE_ENTITY_NOT_SUPPORTED, REMITTANCE_DUPLICATE_REFERENCE (a claim with this reference is pending or confirmed already). Idempotent with its key. Needs account:recharge. */
  submitRemittanceClaim: RemittanceClaimPayload;
  /** 切换关联类型: switch a customer between ADVISORY and RESALE (COMPLETED SWITCH_TYPE event; ALREADY_THIS_TYPE when unchanged; UNBIND_REQUEST_PENDING while an unbind request waits for an answer). Away from RESALE, every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 8) and its balance returns to you (BEUNBIND) in the same transaction. Administrators only. One unbind or switch per customer per 3 months (ASSOCIATION_CHANGE_TOO_SOON); not within 3 months of the customer asking to unbind (UNBIND_TOO_SOON); not while the customer has debt (CUSTOMER_IN_DEBT) or is frozen (CUSTOMER_FROZEN); not for a FROZEN or RESTRICTED partner (PARTNER_FROZEN, PARTNER_RESTRICTED). Needs a verification code when verification is on; idempotent with a key. */
  switchAssociationType: AssociationChangePayload;
  /** End an ACTIVE or pending payment agreement with a reason: as a member of the partner (funds:payment-agreement) or as the signed-in customer. TERMINATED with terminatedBy; later payments are the customer’s own again. */
  terminatePaymentAgreement: PaymentAgreementPayload;
  /** 解除关联: ask one of your customers to end the association: a PENDING UNBIND request (initiator PARTNER, expiresAt 7 days later) that the customer approves or rejects (answerUnbindRequest, with its own verification code); nothing moves now. On the customer's approval, in one transaction, every USABLE or not yet active (INACTIVE) coupon you issued to it is reclaimed (record type 3), its balance returns to you (BEUNBIND adjust record), its order-on-behalf authorization is revoked and the association ends (unboundAt: the customer row stays under your partner for its history, leaves customer lists and its account manager). Unanswered for 7 days the request becomes EXPIRED and nothing changes. UNBIND_REQUEST_PENDING while an unbind request of either side waits. Administrators only. One unbind or switch per customer per 3 months (ASSOCIATION_CHANGE_TOO_SOON); not within 3 months of the customer asking to unbind (UNBIND_TOO_SOON); not while the customer has debt (CUSTOMER_IN_DEBT) or is frozen (CUSTOMER_FROZEN); not for a FROZEN or RESTRICTED partner (PARTNER_FROZEN, PARTNER_RESTRICTED). Needs a verification code when verification is on; idempotent with a key. */
  unbindCustomer: AssociationChangePayload;
  /** 退订: unsubscribe 1–10 paid, IN_USE main resources (dependents go with them). Creates one COMPLETED UNSUBSCRIBE order per customer whose amount is the refund: the unused share of the cash paid on each resource's last paid line (discounts and coupons are not refunded), credited to a RESALE customer's balance. The resources become CLOSED. Unsubscribed and refused resources side by side. Idempotent with a key. */
  unsubscribeResources: UnsubscribeResourcesPayload;
  /** 修改账号信息: changes your own display name, email or mobile. Refusals: DISPLAY_NAME_INVALID, INVALID_EMAIL, INVALID_MOBILE, VALUE_TOO_LONG, CONTACT_REQUIRED. Idempotent with its key. Needs partner-info:edit-account. Audited. */
  updateMyAccount: MyAccountPayload;
  /** Changes your partner's settings, each with its own right: verification for sensitive operations (ADMIN only), your own balance alert (account:balance-alert) and the customers' balance alert threshold (funds:allocate). A field you may not change refuses the whole call (ADMIN_ONLY_SETTING, SETTING_NOT_PERMITTED, one error per field); nothing changes. */
  updatePartnerSettings: UpdatePartnerSettingsPayload;
  /** Changes a custom role's name, description or permissions (preset roles are read-only). Members holding the role get the new permissions from their next request on. Needs org:role-manage. Audited. */
  updateRole: RolePayload;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAcceptCustomerInvitationArgs = {
  input: AcceptCustomerInvitationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAcceptMemberInvitationArgs = {
  input: AcceptMemberInvitationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAcceptPaymentAgreementArgs = {
  input: AnswerPaymentAgreementInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAllocateFundsArgs = {
  input: AllocateFundsInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAllocateFundsToResellerArgs = {
  input: AllocateFundsToResellerInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAnswerUnbindRequestArgs = {
  input: AnswerUnbindRequestInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationApplyForProjectSpecialistArgs = {
  input: ApplyForProjectSpecialistInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationApplyIncentivesArgs = {
  input: ApplyIncentivesInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAssessSpecialistApplicationArgs = {
  input: AssessSpecialistApplicationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAssignAccountManagerArgs = {
  input: AssignAccountManagerInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationAssignMemberRolesArgs = {
  input: AssignMemberRolesInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCancelCustomerInvitationArgs = {
  input: CancelCustomerInvitationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCancelInvitationArgs = {
  input: CancelInvitationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCancelMemberAssociationArgs = {
  input: CancelMemberAssociationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCancelRemittanceClaimArgs = {
  input: RemittanceClaimActionInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationChangeMyPasswordArgs = {
  input: ChangeMyPasswordInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCheckCustomerRegistrationArgs = {
  input: CheckCustomerRegistrationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationConfirmRemittanceClaimArgs = {
  input: RemittanceClaimActionInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreateAccessKeyArgs = {
  input: CreateAccessKeyInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreateCustomerInvitationArgs = {
  input: CreateCustomerInvitationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreatePaymentAgreementArgs = {
  input: CreatePaymentAgreementInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreateRechargeArgs = {
  input: CreateRechargeInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationDeleteMyQualificationArgs = {
  input: DeleteMyQualificationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationDeleteRoleArgs = {
  input: DeleteRoleInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationHandleUnbindRequestArgs = {
  input: HandleUnbindRequestInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationInvoiceIncentiveArgs = {
  input: InvoiceIncentiveInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationIssueCouponsArgs = {
  input: IssueCouponsInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationIssueSubQuotaArgs = {
  input: IssueSubQuotaInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationMoveInvoiceArgs = {
  input: MoveInvoiceInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationPayOrderArgs = {
  input: PayOrderInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationPayWithdrawalArgs = {
  input: PayWithdrawalInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationProcessIncentiveArgs = {
  input: ProcessIncentiveInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationReclaimCouponsArgs = {
  input: ReclaimCouponsInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationReclaimFundsArgs = {
  input: ReclaimFundsInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationReclaimFundsFromResellerArgs = {
  input: ReclaimFundsFromResellerInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationReclaimSubQuotaArgs = {
  input: ReclaimSubQuotaInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRejectPaymentAgreementArgs = {
  input: AnswerPaymentAgreementInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRejectRemittanceClaimArgs = {
  input: RejectRemittanceClaimInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRejectWithdrawalArgs = {
  input: RejectWithdrawalInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRenewResourcesArgs = {
  input: RenewResourcesInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRequestInvoiceArgs = {
  input: RequestInvoiceInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRequestUnbindArgs = {
  input: RequestUnbindInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRequestVerificationCodeArgs = {
  input: RequestVerificationCodeInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRequestWithdrawalArgs = {
  input: RequestWithdrawalInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationReturnInvoiceArgs = {
  input: ReturnInvoiceInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRevokeAccessKeyArgs = {
  input: RevokeAccessKeyInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationRevokeOrderAuthorizationArgs = {
  input: RevokeOrderAuthorizationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSaveMyQualificationArgs = {
  input: SaveMyQualificationInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSendCustomerRegistrationCodeArgs = {
  input: SendCustomerRegistrationCodeInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSetAutoRenewArgs = {
  input: SetAutoRenewInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSetIncentiveAutoApplyArgs = {
  input: SetIncentiveAutoApplyInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSettleRechargePaymentArgs = {
  input: SettleRechargePaymentInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSubmitRemittanceClaimArgs = {
  input: SubmitRemittanceClaimInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationSwitchAssociationTypeArgs = {
  input: SwitchAssociationTypeInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationTerminatePaymentAgreementArgs = {
  input: TerminatePaymentAgreementInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationUnbindCustomerArgs = {
  input: UnbindCustomerInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationUnsubscribeResourcesArgs = {
  input: UnsubscribeResourcesInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationUpdateMyAccountArgs = {
  input: UpdateMyAccountInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationUpdatePartnerSettingsArgs = {
  input: UpdatePartnerSettingsInput;
};


/** Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key. */
export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};

/** Result of updateMyAccount: your member record as it is now, or userErrors. */
export type MyAccountPayload = {
  __typename?: 'MyAccountPayload';
  /** You, as changed; null when refused. */
  member?: Maybe<Member>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** Result of saveMyQualification / deleteMyQualification: the entry as saved or as it was removed, or userErrors. */
export type MyQualificationPayload = {
  __typename?: 'MyQualificationPayload';
  /** The saved entry (deleteMyQualification: the removed one, as it was); null when refused. */
  qualification?: Maybe<MemberQualification>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** An object with an opaque global id, fetchable with node(id:). */
export type Node = {
  /** Opaque global id; stable; use it with node(id:). */
  id: Scalars['ID']['output'];
};

/** 消息: an in-app notification to one member (or one customer): what happened, about which object, and whether it was read. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The whole message. */
  body: Scalars['String']['output'];
  /** When it was raised. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When you marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Global id of the object the notification is about (e.g. an AssociationEvent or SubCustomer), for node(id:); null when about nothing in particular. The object may not be visible to you. */
  subject?: Maybe<Scalars['ID']['output']>;
  /** One line to show in a list. */
  title: Scalars['String']['output'];
};

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** Items of this page with their cursors. */
  edges: Array<NotificationEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Notification>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
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

/** Filters of OperatorViewer.partners; all given ones must match. */
export type OperatorPartnerFilter = {
  /** Only partners of this identity. */
  identity?: InputMaybe<PartnerIdentity>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only partners in this standing. */
  status?: InputMaybe<PartnerStatus>;
};

/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewer = {
  __typename?: 'OperatorViewer';
  /** Every partner’s incentive records, newest first (needs ops:incentive): the operators’ work list for co-signing, payment orders, invoices and payments. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  incentives?: Maybe<IncentiveRecordConnection>;
  /** Every partner’s invoices, newest first (needs ops:invoice): filter status SUBMITTED for the review queue, RETURN_REQUESTED for the returns to take back. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  invoices?: Maybe<InvoiceConnection>;
  /** The operator signed in. */
  operator: CloudOperator;
  /** Every partner of the partner center, newest first (needs ops:partner-read). An operator reads a partner's name, identity, status and join date; balances, customers and members stay the partner's. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  partners?: Maybe<PartnerConnection>;
  /** The operator permission points of its duty (ops:…), sorted. */
  permissions: Array<Scalars['String']['output']>;
  /** Every partner's online recharges, newest first, e.g. filter { status: PENDING } (ops:remittance). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  rechargePayments?: Maybe<RechargePaymentConnection>;
  /** Every partner's remittance claims, newest first: the PENDING ones are the work queue (ops:remittance). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  remittanceClaims?: Maybe<RemittanceClaimConnection>;
  /** Every partner’s project-specialist applications, newest first (the assessment queue; needs ops:program). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  specialistApplications?: Maybe<SpecialistApplicationConnection>;
  /** Every partner's withdrawals, newest first: the PENDING ones are the work queue (ops:withdrawal). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  withdrawals?: Maybe<WithdrawalConnection>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerIncentivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OperatorPartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerRechargePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RechargePaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerRemittanceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RemittanceClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerSpecialistApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SpecialistApplicationStatus>;
};


/** The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles. */
export type OperatorViewerWithdrawalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WithdrawalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 包年/包月订单: a yearly/monthly order of a customer. */
export type Order = Node & {
  __typename?: 'Order';
  /** Amount after discounts, before coupons. */
  amountAfterDiscount: Money;
  /** Breakdown of the reductions: discounts, vouchers and cash coupons, and the part paid from the partner's credit. */
  amountInfo: OrderAmountInfo;
  /** When the order was created. */
  createTime: Scalars['DateTimeISO']['output'];
  /** The customer the order is for. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Product lines of the order, in the order they were added. */
  lineItems: Array<OrderLineItem>;
  /** Official (list) price of the order. */
  officialAmount: Money;
  /** The platform's order id, e.g. CS2408151230ABCDE. */
  orderId: Scalars['String']['output'];
  /** Kind of order. */
  orderType: OrderType;
  /** When it was paid. */
  paymentTime?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Deadline for paying a pending order. */
  pendingPaymentEndTime?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Resources this order created or last renewed, newest first. */
  resources: ResourceConnection;
  /** Cloud service type code, e.g. hws.service.type.ec2. */
  serviceTypeCode: Scalars['String']['output'];
  /** Who placed it. */
  sourceType: OrderSource;
  /** State of the order. */
  status: OrderStatus;
};


/** 包年/包月订单: a yearly/monthly order of a customer. */
export type OrderResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** How the official amount of an order was reduced: discounts, coupons and cash coupons. */
export type OrderAmountInfo = {
  __typename?: 'OrderAmountInfo';
  /** Paid with cash coupons (现金券). */
  cashCouponAmount: Money;
  /** Paid with vouchers (代金券). */
  couponAmount: Money;
  /** Paid from the partner's credit account (信用账户) because the customer's balance fell short; the rest after coupons came from the customer's balance. */
  creditAmount: Money;
  /** Discounts applied, in the order the platform lists them. */
  discounts: Array<OrderDiscount>;
  /** Paid from the partner's cash account under the customer's payment-on-behalf agreement (代付, PaymentAgreement); the customer's balance paid nothing of it. */
  onBehalfAmount: Money;
};

/** 代下单授权: a customer allowing its partner to act on its yearly/monthly orders. */
export type OrderAuthorization = Node & {
  __typename?: 'OrderAuthorization';
  /** The customer that granted the authorization. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** When the customer granted it. */
  grantedAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When the customer revoked it. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Granted or revoked. */
  status: OrderAuthorizationStatus;
};

/** Result of grantOrderAuthorization and revokeOrderAuthorization. */
export type OrderAuthorizationPayload = {
  __typename?: 'OrderAuthorizationPayload';
  /** The customer's latest order-on-behalf authorization to your partner after the change; null when refused. */
  orderAuthorization?: Maybe<OrderAuthorization>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** State of an order-on-behalf authorization (代下单授权). */
export type OrderAuthorizationStatus =
  /** The partner may act on the customer's orders. */
  | 'GRANTED'
  /** Revoked by the customer. */
  | 'REVOKED';

/** A page of yearly/monthly orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** Items of this page with their cursors. */
  edges: Array<OrderEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Order>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One discount applied to an order. */
export type OrderDiscount = {
  __typename?: 'OrderDiscount';
  /** Amount taken off by this discount. */
  amount: Money;
  /** Kind of discount as the platform names it, e.g. a contract or promotion discount. */
  type: Scalars['String']['output'];
};

/** One order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

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

/** One product line of an order. */
export type OrderLineItem = {
  __typename?: 'OrderLineItem';
  /** Amount of this line. */
  amount: Money;
  /** Start of the subscription. */
  effectiveTime?: Maybe<Scalars['DateTimeISO']['output']>;
  /** End of the subscription. */
  expireTime?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Number of periods. */
  periodNum: Scalars['Int']['output'];
  /** Month or year. */
  periodType: PeriodType;
  /** Product id. */
  productId: Scalars['String']['output'];
  /** Specification, e.g. "s6.large.2 | 2vCPUs | 4GiB". */
  productSpecDesc: Scalars['String']['output'];
  /** Cloud service type code. */
  serviceTypeCode: Scalars['String']['output'];
  /** Number of subscriptions. */
  subscriptionNum: Scalars['Int']['output'];
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

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items exist after this page (in the newest-first order). */
  hasNextPage: Scalars['Boolean']['output'];
  /** More items exist before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type Partner = Node & {
  __typename?: 'Partner';
  /** 收支明细: changes of your own partner's account and of its customers' accounts, newest first. The changes of a ledger add up to its balance. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  accountChangeRecords?: Maybe<AccountChangeRecordConnection>;
  /** All accounts: cash, credit, bonus and deposit (0 for an account the partner does not have). Visible for your own partner and, for a distributor, its resellers. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  accounts?: Maybe<PartnerAccounts>;
  /** 调账记录: your own partner's fund movements (allocate, reclaim, unbind return) with customers and cloud resellers, newest first. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  adjustRecords?: Maybe<AdjustRecordConnection>;
  /** 关联关系操作记录: associate, switch-type and unbind events of your own partner's customers, newest first (status PENDING: customers' unbind requests waiting for you). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  associationEvents?: Maybe<AssociationEventConnection>;
  /** Cash account balance. Visible for your own partner and, for a distributor, its resellers. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  balance?: Maybe<PartnerBalance>;
  /** 设置余额预警: your own low-balance alert. A debit that takes your cash balance from this or more to under it raises a balance alert; null when not set. */
  balanceAlertThreshold?: Maybe<Money>;
  /** 云商店订单: the cloud-store orders of your own partner and of its customers, newest first (needs cloud-store:view). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  cloudStoreOrders?: Maybe<CloudStoreOrderConnection>;
  /** 消费记录: consumption of your own partner's customers in one bill cycle (last 18 months only), newest first; only consumption made while the customer was associated with your partner. An account manager sees only its customers' records. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  consumptionRecords?: Maybe<ConsumptionRecordConnection>;
  /** 签约主体: the cloud company the partner contracted with. Online recharge and remittance claims are open only to partners contracted with 华为软件技术有限公司 or 华为云计算技术有限公司; others consult their ecosystem manager (RECHARGE_ENTITY_NOT_SUPPORTED). (design) Null when not recorded, which counts as not supported. */
  contractingEntity?: Maybe<Scalars['String']['output']>;
  /** 代金券额度: coupon quotas the partner holds, newest first: the ones the cloud gave and, for a cloud reseller, the sub-quotas its distributor carved for it. Visible for your own partner and, for a distributor, its cloud resellers. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  couponQuotas?: Maybe<CouponQuotaConnection>;
  /** Issue, use (USE, one per payment) and reclaim records of your own partner's coupons, newest first, limited by your roles. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  couponRecords?: Maybe<CouponRecordConnection>;
  /** Coupons your own partner issued, newest first, limited by your roles (an account manager sees only its customers' coupons). By default those expiring between 12 months ago and 12 months from now; filter.expiresFrom / expiresTo move that window and filter.all drops it, so every coupon can be found. Not visible for other partners, resellers included. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  coupons?: Maybe<CouponConnection>;
  /** When the partner joined the partner program. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  createdAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** RESALE customers whose balance is under this show in the dashboard's balance alerts; null when not set. */
  customerBalanceAlertThreshold?: Maybe<Money>;
  /** 客户邀请: the customer invitation links of your own partner, newest first, each with its status and how many customers accepted it. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customerInvitations?: Maybe<CustomerInvitationConnection>;
  /** 子客户: the partner's customers, newest first. Your own partner's customers are limited by your roles (an account manager sees only assigned customers); a distributor sees its cloud resellers' customers with basic info only. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customers?: Maybe<SubCustomerConnection>;
  /** 运营看板 of the partner over a bill-cycle range (default: the last 6 months). For your own partner in your row scope (an account manager sees its customers'; a supervisor may name one manager); a distributor may read a reseller's consumption aggregates. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  dashboard?: Maybe<Dashboard>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Distributor, cloud reseller or solution provider. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  identity?: Maybe<PartnerIdentity>;
  /** 设置自动申请发放激励: whether the system applies your records waiting for an application (待提交申请) for you (setIncentiveAutoApply). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  incentiveAutoApply?: Maybe<Scalars['Boolean']['output']>;
  /** 查看开票清单: what to invoice to the cloud for one reconciliation period, per record (printable). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  incentiveInvoicingList?: Maybe<IncentiveInvoicingList>;
  /** 查看激励统计信息: totals per stage and per reconciliation period, in one aggregate query. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  incentiveStatistics?: Maybe<IncentiveStatistics>;
  /** 激励申请记录: your partner’s incentive records, newest first; search by reconciliation period (对账期次), stage or type. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  incentives?: Maybe<IncentiveRecordConnection>;
  /** Member invitations sent by your own partner, newest first. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  invitations?: Maybe<MemberInvitationConnection>;
  /** 发票管理: the cloud-store and cloud invoices of your own partner, newest first (needs invoice:view). The same filters print as a PDF: GET /partners/{id}/invoices.pdf (see the README). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  invoices?: Maybe<InvoiceConnection>;
  /** 组织人员: the members of your own partner, newest first. Other partners' members are never visible. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  members?: Maybe<MemberConnection>;
  /** Company name (Chinese or English as registered). */
  name: Scalars['String']['output'];
  /** 订单: your own partner's yearly/monthly orders, newest first, created within one year (the last year unless filter.createdFrom/createdTo say otherwise). An account manager sees only its customers' orders. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  orders?: Maybe<OrderConnection>;
  /** For a cloud reseller: the distributor that associated it (name only is visible to the reseller). */
  parent?: Maybe<Partner>;
  /** 代付管理: your partner’s payment-on-behalf agreements (代付协议), newest first, in every state. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  paymentAgreements?: Maybe<PaymentAgreementConnection>;
  /** For a distributor: records of sub-quotas issued to and reclaimed from its cloud resellers, newest first. Your own partner only. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  quotaRecords?: Maybe<QuotaRecordConnection>;
  /** 在线充值: your partner's online recharges, newest first (account:recharge); operators read any partner's (ops:remittance). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  rechargePayments?: Maybe<RechargePaymentConnection>;
  /** 汇款认领: your partner's remittance claims, newest first (account:recharge); operators read any partner's (ops:remittance). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  remittanceClaims?: Maybe<RemittanceClaimConnection>;
  /** 业绩 per reseller: for a distributor, each of its cloud resellers with its performance over a range of months, read from the monthly roll-up in one statement per page, and the total over all of them. For your own partner with dashboard:view, or a cloud operator with ops:partner-read; a reseller cannot read its siblings', nor an account manager or supervisor (their figures cover their own customers only). Empty for a partner without resellers. (design) The range is whole UTC months, at most 36, not in the future; default the last 6 up to the current month. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  resellerPerformance?: Maybe<ResellerPerformanceConnection>;
  /** For a distributor: its cloud resellers, newest first. Empty for other identities. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  resellers?: Maybe<PartnerConnection>;
  /** 包年/包月资源: your own partner's customers' subscribed resources, newest first. An account manager sees only its customers' resources. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  resources?: Maybe<ResourceConnection>;
  /** 角色: all roles of your own partner (at most 4 preset + 10 custom): preset roles first, then custom roles by name. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  roles?: Maybe<Array<Role>>;
  /** Standing with the cloud. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  status?: Maybe<PartnerStatus>;
  /** Whether sensitive operations require a verification code. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  verificationEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** 提现 and 激励返点提现: your partner's withdrawals from the cash and bonus accounts, newest first (account:withdraw); operators read any partner's (ops:withdrawal). Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  withdrawals?: Maybe<WithdrawalConnection>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerAccountChangeRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountChangeRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerAdjustRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdjustRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerAssociationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCloudStoreOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CloudStoreOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerConsumptionRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter: ConsumptionFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCouponQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponQuotaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCouponRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCouponsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCustomerInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerInvitationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerDashboardArgs = {
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerIncentiveInvoicingListArgs = {
  period: Scalars['String']['input'];
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerIncentiveStatisticsArgs = {
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  periodTo?: InputMaybe<Scalars['String']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerIncentivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvitationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerPaymentAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentAgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerQuotaRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuotaRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerRechargePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RechargePaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerRemittanceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RemittanceClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerResellerPerformanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerResellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner of the cloud: distributor, cloud reseller or solution provider. */
export type PartnerWithdrawalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WithdrawalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A partner's accounts (账户) as the partner center lists them. A balance payment of an order spends the customer's balance (cash) first, then the partner's credit. */
export type PartnerAccounts = {
  __typename?: 'PartnerAccounts';
  /** 奖励账户: bonus money granted by the cloud. */
  bonus: Money;
  /** 现金账户: the cash account (recharges, allocations, reclaims). */
  cash: PartnerBalance;
  /** 信用账户: credit left that the cloud grants; pays what a customer's balance leaves of an order. */
  credit: Money;
  /** 押金账户: the deposit kept with the cloud (0 when the partner keeps none). */
  deposit: Money;
};

/** A partner's cash account. */
export type PartnerBalance = {
  __typename?: 'PartnerBalance';
  /** What can be allocated to customers or resellers: amount − designatedAmount. */
  allocatable: Money;
  /** Balance of the cash account. */
  amount: Money;
  /** 专款专用: earmarked part of the balance that cannot be allocated. */
  designatedAmount: Money;
};

/** A page of partners, newest first. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** Items of this page with their cursors. */
  edges: Array<PartnerEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Partner>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One partner in a page, with its cursor. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The partner. */
  node: Partner;
};

/** What kind of partner this is. */
export type PartnerIdentity =
  /** 云经销商 (T2): invited and associated by exactly one distributor. */
  | 'CLOUD_RESELLER'
  /** 总经销商 (T1): has cloud resellers, gives them funds and coupon quotas. */
  | 'DISTRIBUTOR'
  /** 解决方案提供商: a direct partner with its own sub-customers and no resellers. */
  | 'SOLUTION_PROVIDER';

/** 新闻动态 (seed 004, default point support:news): news the cloud publishes to every partner; the same for all partners and identities. */
export type PartnerNews = Node & {
  __typename?: 'PartnerNews';
  /** The full text (plain text, paragraphs separated by blank lines). */
  body: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When the cloud published it. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** One-paragraph summary shown in the list (≤ 500 characters). */
  summary: Scalars['String']['output'];
  /** Headline (≤ 200 characters). */
  title: Scalars['String']['output'];
};

/** A page of partner news (新闻动态), newest first. */
export type PartnerNewsConnection = {
  __typename?: 'PartnerNewsConnection';
  /** Items of this page with their cursors. */
  edges: Array<PartnerNewsEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<PartnerNews>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One news item in a page, with its cursor. */
export type PartnerNewsEdge = {
  __typename?: 'PartnerNewsEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The news item. */
  node: PartnerNews;
};

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

/** Result of payOrder. */
export type PayOrderPayload = {
  __typename?: 'PayOrderPayload';
  /** Paid from the customer's balance (its cash account, after coupons); null when refused. */
  cashPaid?: Maybe<Money>;
  /** The coupons used, with their new balances (in the order applied). */
  coupons: Array<Coupon>;
  /** Paid from your partner's credit account (信用账户) because the customer's balance fell short (cash first, then credit); null when refused. */
  creditPaid?: Maybe<Money>;
  /** The customer, with its new balance; null when refused. */
  customer?: Maybe<SubCustomer>;
  /** The paid order (COMPLETED, with paymentTime and coupon amounts); null when refused. */
  order?: Maybe<Order>;
  /** Paid from your partner's cash account under the customer's ACTIVE payment-on-behalf agreement (代付; then cashPaid and creditPaid are 0); null when refused. */
  paidOnBehalf?: Maybe<Money>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** Mark a pending withdrawal as paid. */
export type PayWithdrawalInput = {
  /** The bank transfer's reference, 1–64 characters (optional). */
  payoutReference?: InputMaybe<Scalars['String']['input']>;
  /** The withdrawal (Withdrawal id). */
  withdrawalId: Scalars['ID']['input'];
};

/** 代付协议 (payment on behalf): the partner pays the orders of one of its customers from its cash account, within the limits (design: FULL without limits, LIMITED with a per-order and a monthly limit). PENDING_CUSTOMER → ACTIVE → TERMINATED, or REJECTED / EXPIRED. */
export type PaymentAgreement = {
  __typename?: 'PaymentAgreement';
  /** 协议类型 (design: FULL or LIMITED). */
  agreementType: PaymentAgreementType;
  /** When the customer accepted or rejected it, or it expired. */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the partner proposed it. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer whose orders the partner pays. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** Until when the customer may accept a PENDING_CUSTOMER agreement (7 days, design). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** LIMITED: the most paid per calendar month (China time); null for FULL. */
  monthlyLimit?: Maybe<Money>;
  /** LIMITED: the most one order is paid; null for FULL. */
  perOrderLimit?: Maybe<Money>;
  /** The terminating side's reason, or the customer's reason for rejecting it. */
  reason?: Maybe<Scalars['String']['output']>;
  /** State now: a PENDING_CUSTOMER agreement past expiresAt shows EXPIRED before the job marks it. */
  status: PaymentAgreementStatus;
  /** When it was terminated. */
  terminatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who terminated it. */
  terminatedBy?: Maybe<AgreementParty>;
  /** Paid under the agreement this calendar month (China time). */
  usedThisMonth: Money;
};

/** A page of payment-on-behalf agreements (代付协议), newest first. */
export type PaymentAgreementConnection = {
  __typename?: 'PaymentAgreementConnection';
  /** Items of this page with their cursors. */
  edges: Array<PaymentAgreementEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<PaymentAgreement>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One payment agreement in a page, with its cursor. */
export type PaymentAgreementEdge = {
  __typename?: 'PaymentAgreementEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The payment agreement. */
  node: PaymentAgreement;
};

/** Filters for payment agreements. All given filters must match. */
export type PaymentAgreementFilter = {
  /** Only the agreements of this customer (SubCustomer id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agreements in this state now (a PENDING_CUSTOMER one past its 7 days counts as EXPIRED). */
  status?: InputMaybe<PaymentAgreementStatus>;
};

/** Result of a payment-agreement mutation. */
export type PaymentAgreementPayload = {
  __typename?: 'PaymentAgreementPayload';
  /** The agreement as it is now; null when refused. */
  agreement?: Maybe<PaymentAgreement>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** PCE机会点共享专项激励 eligibility (seed 002), computed when read and explained: the opportunity’s customer must be a new cloud customer (its account is the first account of its enterprise to pass enterprise real-name verification; a real-name change can change that), and the cash its enterprise’s accounts paid before the opportunity was verified must not exceed the cap. */
export type PceEligibility = {
  __typename?: 'PceEligibility';
  /** (design) The cap (PCE_CASH_CAP_FEN, 10 000.00 CNY). */
  cashCap: Money;
  /** Cash the enterprise’s accounts paid before the opportunity was verified: paid orders’ amount after discounts, less coupons, cash coupons and the partner’s credit. */
  cashPaidBeforeVerification: Money;
  /** Both rules hold. */
  eligible: Scalars['Boolean']['output'];
  /** The enterprise (企业实名) of the account; null if not verified. */
  enterprise?: Maybe<Scalars['String']['output']>;
  /** The account is its enterprise’s first real-name-verified account. */
  newCloudCustomer: Scalars['Boolean']['output'];
  /** One sentence per rule: why it holds or fails (Chinese, as the partner center words it). */
  reasons: Array<Scalars['String']['output']>;
};

/** 业绩: a partner's performance over a range of months, summed from the monthly roll-up (partner_performance_month). (design) Revenue is what paid orders brought in minus the refunds of unsubscriptions; orders count in the UTC month they were paid, refunds in the month the unsubscription completed. Only the partner's own customer orders count: curated (严选) cloud-store resale orders are not a distributor's performance. */
export type PerformanceFigures = {
  __typename?: 'PerformanceFigures';
  /** What customers paid for their consumption in the range's bill cycles. */
  consumptionAmount: Money;
  /** Coupon amounts customers spent on orders paid in the range (coupon USE records). */
  couponAmount: Money;
  /** Customers newly associated with the partner in the range. */
  newCustomers: Scalars['Int']['output'];
  /** Amount after discount of the orders paid in the range (coupons included), renewals paid at once too. */
  paidAmount: Money;
  /** How many orders were paid in the range. */
  paidOrders: Scalars['Int']['output'];
  /** Refunds of the unsubscriptions (退订) completed in the range. */
  refundAmount: Money;
  /** (design) Order revenue: paidAmount minus refundAmount. */
  revenue: Money;
};

/** Unit of a subscription period (platform codes). */
export type PeriodType =
  /** 2: months. */
  | 'MONTH'
  /** 3: years. */
  | 'YEAR';

/** 权限点: one permission point of the catalogue (codes are `area:action`). */
export type Permission = {
  __typename?: 'Permission';
  /** Only the ADMIN preset role may hold it; a custom role cannot choose it. */
  adminOnly: Scalars['Boolean']['output'];
  /** Stable code `area:action`, e.g. `customer:list`. */
  code: Scalars['String']['output'];
  /** What the point allows. */
  description: Scalars['String']['output'];
  /** A default permission (组织人员默认权限): every role holds it and it cannot be removed. */
  isDefault: Scalars['Boolean']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Name as the partner center shows it, e.g. 查看客户列表. */
  nameZh: Scalars['String']['output'];
  /** Needs a verification code when the partner has turned verification on. */
  sensitive: Scalars['Boolean']['output'];
};

/** A menu node of the role editor with the permission points of the partner's identity under it. */
export type PermissionTreeNode = {
  __typename?: 'PermissionTreeNode';
  /** Sub-menus; menus without any point for the identity are left out. */
  children: Array<PermissionTreeNode>;
  /** Stable menu key, e.g. `customer.management`. */
  key: Scalars['String']['output'];
  /** English menu name. */
  nameEn: Scalars['String']['output'];
  /** Menu name as the partner center shows it, e.g. 客户管理. */
  nameZh: Scalars['String']['output'];
  /** Permission points directly under this menu, in catalogue order. */
  permissions: Array<PermissionTreePoint>;
};

/** A permission point in the role editor tree, with whether it is granted. */
export type PermissionTreePoint = {
  __typename?: 'PermissionTreePoint';
  /** Only the ADMIN preset role may hold it; a custom role cannot choose it. */
  adminOnly: Scalars['Boolean']['output'];
  /** Stable code `area:action`, e.g. `customer:list`. */
  code: Scalars['String']['output'];
  /** What the point allows. */
  description: Scalars['String']['output'];
  /** Whether the role (Role.permissionTree) or the signed-in member (Viewer.permissionTree) holds this point. Always true for default points. */
  granted: Scalars['Boolean']['output'];
  /** A default permission (组织人员默认权限): every role holds it and it cannot be removed. */
  isDefault: Scalars['Boolean']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Name as the partner center shows it, e.g. 查看客户列表. */
  nameZh: Scalars['String']['output'];
  /** Needs a verification code when the partner has turned verification on. */
  sensitive: Scalars['Boolean']['output'];
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

/** A page of the price catalogue (价格目录, design), newest entry first. */
export type PriceCatalogueConnection = {
  __typename?: 'PriceCatalogueConnection';
  /** Items of this page with their cursors. */
  edges: Array<PriceCatalogueEntryEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<PriceCatalogueEntry>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** 价格目录 (design): the list price of one yearly/monthly product in one region for one period unit (a month or a year), before any discount. A year costs 10 months (design, as renewals). */
export type PriceCatalogueEntry = {
  __typename?: 'PriceCatalogueEntry';
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** List price of one subscription for one period unit (official price, no discount). */
  listPrice: Money;
  /** The period unit the price is for: MONTH or YEAR. */
  periodType: PeriodType;
  /** The product code (the productId order lines carry), e.g. OFFI… */
  productCode: Scalars['String']['output'];
  /** Specification, e.g. "s6.large.2 | 2vCPUs | 4GiB | linux". */
  productSpecDesc: Scalars['String']['output'];
  /** Region code, e.g. cn-north-4. */
  regionCode: Scalars['String']['output'];
  /** Resource type code of what the product creates, e.g. hws.resource.type.vm. */
  resourceTypeCode: Scalars['String']['output'];
  /** Cloud service type code, e.g. hws.service.type.ec2. */
  serviceTypeCode: Scalars['String']['output'];
};

/** One price catalogue entry in a page, with its cursor. */
export type PriceCatalogueEntryEdge = {
  __typename?: 'PriceCatalogueEntryEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The price catalogue entry. */
  node: PriceCatalogueEntry;
};

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

/** One priced item of a price inquiry. */
export type PriceQuoteItem = {
  __typename?: 'PriceQuoteItem';
  /** One result per current discount of the customer that covers the item's cloud service type; with autoPay the business discounts first, then (and otherwise) the lowest final price first. Empty: no discount applies. */
  discounts: Array<DiscountQuote>;
  /** The catalogue price it was priced from. */
  entry: PriceCatalogueEntry;
  /** The price an order would charge: the first discount result, else the list amount. */
  finalPrice: Money;
  /** Index of the item in input.items. */
  index: Scalars['Int']['output'];
  /** List price × periods × subscriptions, before any discount. */
  listAmount: Money;
  /** Number of periods. */
  periodCount: Scalars['Int']['output'];
  /** Number of subscriptions. */
  quantity: Scalars['Int']['output'];
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

/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type Query = {
  __typename?: 'Query';
  /** 校验客户注册信息: whether a login name or email can be used by createCustomer (AVAILABLE) or a cloud account already uses it (USED_BY_USER); for a mobile, as the platform checks it, only whether its registrations are over the cap (AVAILABLE or REGISTRATION_LIMIT_REACHED: at most 5 cloud accounts per number). Read-only, so a query; malformed values come back as userErrors (INVALID_ACCOUNT_NAME, INVALID_EMAIL, INVALID_MOBILE, VALUE_TOO_LONG, NOTHING_TO_CHECK). */
  checkCustomerRegistration: CustomerRegistrationCheckPayload;
  /** The signed-in customer (sign in with input.as: CUSTOMER): its own account and association only. FORBIDDEN for members and operators. */
  customerViewer: CustomerViewer;
  /** 开票试算: what requestInvoice would record for this input, before submitting — the amount and the courier fee (a PAPER invoice under 100 元: the partner pays it), or the refusals it would answer. Needs invoice:manage. */
  invoiceQuote: InvoiceQuote;
  /** Any object by its global id, under the same permissions as every other path. Unknown ids and ids you may not see answer the same NOT_FOUND. */
  node?: Maybe<Node>;
  /** Up to 100 objects by global id, in the order asked; an id you may not see gives null and an error at its index. */
  nodes: Array<Maybe<Node>>;
  /** The signed-in cloud operator (sign in with input.as: OPERATOR). FORBIDDEN for members and customers. */
  operatorViewer: OperatorViewer;
  /** 新闻动态: the news published to partners, newest first. Needs support:news (a default point of every identity). */
  partnerNews: PartnerNewsConnection;
  /** 价格目录 (design): the list prices of the yearly/monthly products per region and period unit (MONTH or YEAR), newest entry first. The same for every partner: the cloud sets them; quotePrice prices from them. */
  priceCatalogue: PriceCatalogueConnection;
  /** 询价 (seed 001): the price of yearly/monthly products for one of your customers before ordering: per item the list amount (catalogue price × periods × subscriptions) and one result per current discount of the customer (discount amount and final price); with autoPay the business discount first. Reads only; refusals come back as userErrors (BATCH_EMPTY, BATCH_TOO_LARGE, INVALID_PERIOD, INVALID_QUANTITY, CUSTOMER_NOT_FOUND, UNKNOWN_PRODUCT, UNKNOWN_REGION, PERIOD_NOT_OFFERED), and any refused item refuses the whole inquiry. */
  quotePrice: QuotePricePayload;
  /** 查询续订金额 (seed 002): what renewResources would charge to renew main resources for a period, each main resource with its dependents priced together (listed after it even when not named). Reads only; the resources renewResources would refuse are in failed with the same codes. */
  quoteRenewal: QuoteRenewalPayload;
  /** The signed-in member, its partner and its permissions. */
  viewer: Viewer;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryCheckCustomerRegistrationArgs = {
  input: CheckCustomerRegistrationInput;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryInvoiceQuoteArgs = {
  input: InvoiceQuoteInput;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryPartnerNewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryPriceCatalogueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceCatalogueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryQuotePriceArgs = {
  input: QuotePriceInput;
};


/** Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`. */
export type QueryQuoteRenewalArgs = {
  input: QuoteRenewalInput;
};

/** What a quota record did (platform codes 10, 11). */
export type QuotaOperationType =
  /** 10: a sub-quota issued to a reseller. */
  | 'ISSUE'
  /** 11: a sub-quota reclaimed from a reseller. */
  | 'RECLAIM';

/** One issue or reclaim of a sub-quota to a reseller. Append-only. */
export type QuotaRecord = Node & {
  __typename?: 'QuotaRecord';
  /** Amount issued to or reclaimed from the reseller. */
  amount: Money;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Issue (10) or reclaim (11). */
  operationType: QuotaOperationType;
  /** The member who did it; null for automatic operations. */
  operator?: Maybe<Member>;
  /** Your own quota the sub-quota was carved from. Null (with FORBIDDEN in errors) when it is not in your reach. */
  parentQuota?: Maybe<CouponQuota>;
  /** The reseller's sub-quota. Null (with FORBIDDEN in errors) when it is no longer in your reach, e.g. the reseller moved to another distributor. */
  quota?: Maybe<CouponQuota>;
  /** Remark entered by the operator. */
  remark?: Maybe<Scalars['String']['output']>;
  /** The cloud reseller the sub-quota was issued to or reclaimed from. Null (with FORBIDDEN in errors) when it is no longer in your reach, e.g. it moved to another distributor. */
  reseller?: Maybe<Partner>;
  /** Outcome. */
  result: OperationResult;
  /** When it was done. */
  time: Scalars['DateTimeISO']['output'];
};

/** A page of quota records, newest first. */
export type QuotaRecordConnection = {
  __typename?: 'QuotaRecordConnection';
  /** Items of this page with their cursors. */
  edges: Array<QuotaRecordEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<QuotaRecord>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One quota record in a page, with its cursor. */
export type QuotaRecordEdge = {
  __typename?: 'QuotaRecordEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The quota record. */
  node: QuotaRecord;
};

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

/** Result of quotePrice (询价). */
export type QuotePricePayload = {
  __typename?: 'QuotePricePayload';
  /** Sum of the items’ final prices; null when refused. */
  finalTotal?: Maybe<Money>;
  /** The items in input order; empty when refused. */
  items: Array<PriceQuoteItem>;
  /** Sum of the items’ list amounts; null when refused. */
  listTotal?: Maybe<Money>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 查询续订金额: the renewal amount of main resources with their dependents (seed 002). Reads only. */
export type QuoteRenewalInput = {
  /** Number of periods: 1–11 months or 1–3 years. */
  periodCount: Scalars['Int']['input'];
  /** Unit of the renewal period. */
  periodType: PeriodType;
  /** 1–10 main resources (Resource ids), as renewResources takes them; their dependents are added. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** Result of quoteRenewal: the lines and their total. */
export type QuoteRenewalPayload = {
  __typename?: 'QuoteRenewalPayload';
  /** Resources renewResources would refuse, each with field "input.resourceIds[i]" (not in lines). */
  failed: Array<UserError>;
  /** Each main resource followed by its dependents, in input order. */
  lines: Array<RenewalQuoteLine>;
  /** The sum of the lines: exactly what renewResources charges for them; null when refused. */
  total?: Maybe<Money>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** The payment provider's answer for an online recharge. */
export type RechargeOutcome =
  /** Not paid: credit nothing. */
  | 'FAILED'
  /** Paid: credit the cash account. */
  | 'SUCCEEDED';

/** 在线充值: a payment request for topping up the partner's cash account online (createRecharge). (design) The external payment page uses paymentReference; the provider's outcome comes back through settleRechargePayment (the payment callback, an operator's act here); a request not paid within 30 minutes expires. Only SUCCEEDED credits the cash account, exactly once. */
export type RechargePayment = Node & {
  __typename?: 'RechargePayment';
  /** Amount to pay in (CNY). */
  amount: Money;
  /** When the recharge was started. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** (design) 30 minutes after createdAt: a payment still PENDING then becomes EXPIRED. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The partner whose cash account it tops up. */
  partner?: Maybe<Partner>;
  /** (design) The reference the payment page is opened with (RP + date + random); also the tradeId of the RECHARGE account change record once paid. */
  paymentReference: Scalars['String']['output'];
  /** The payment provider's transaction number, once settled. */
  providerReference?: Maybe<Scalars['String']['output']>;
  /** When it became SUCCEEDED, FAILED or EXPIRED; null while PENDING. */
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** PENDING, SUCCEEDED, FAILED or EXPIRED. */
  status: RechargePaymentStatus;
};

/** A page of online recharges (在线充值), newest first. */
export type RechargePaymentConnection = {
  __typename?: 'RechargePaymentConnection';
  /** Items of this page with their cursors. */
  edges: Array<RechargePaymentEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<RechargePayment>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One online recharge in a page, with its cursor. */
export type RechargePaymentEdge = {
  __typename?: 'RechargePaymentEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The online recharge. */
  node: RechargePayment;
};

/** Filters for online recharges. All given filters must match. */
export type RechargePaymentFilter = {
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only recharges in this status. */
  status?: InputMaybe<RechargePaymentStatus>;
};

/** Result of createRecharge or settleRechargePayment. */
export type RechargePaymentPayload = {
  __typename?: 'RechargePaymentPayload';
  /** The recharge as it is now; null when refused. */
  rechargePayment?: Maybe<RechargePayment>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of reclaimCoupons: reclaimed and refused coupons side by side. */
export type ReclaimCouponsPayload = {
  __typename?: 'ReclaimCouponsPayload';
  /** Coupons refused, each with field "input.couponIds[i]". */
  failed: Array<UserError>;
  /** The quotas that got balance back, with their new balances. */
  quotas: Array<CouponQuota>;
  /** Coupons reclaimed, in input order. */
  succeeded: Array<ReclaimedCoupon>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** One coupon that was reclaimed. */
export type ReclaimedCoupon = {
  __typename?: 'ReclaimedCoupon';
  /** The coupon, now RECLAIMED with balance 0. */
  coupon: Coupon;
  /** The reclaim record (手动回收, operation type 2); its amount went back to the quota. */
  couponRecord: CouponRecord;
  /** Index of the coupon in input.couponIds. */
  index: Scalars['Int']['output'];
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

/** 汇款认领: the partner remitted money offline to the cloud's general recharge account and claims it (submitRemittanceClaim); a cloud operator confirms it (the cash account is credited once, a REMITTANCE record) or rejects it. The partner may cancel it while PENDING. */
export type RemittanceClaim = Node & {
  __typename?: 'RemittanceClaim';
  /** Amount claimed as remitted (CNY). */
  amount: Money;
  /** The bank's transaction reference (银行流水号); one confirmed claim per reference and partner. */
  bankReference: Scalars['String']['output'];
  /** When the claim was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was confirmed, rejected or cancelled; null while PENDING. */
  handledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The partner's note (≤ 200 characters). */
  memo?: Maybe<Scalars['String']['output']>;
  /** The partner that claims the remittance. */
  partner?: Maybe<Partner>;
  /** Name of the remitting account holder (汇款人), as on the bank slip. */
  payerName: Scalars['String']['output'];
  /** The operator's reason for a rejection; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The day the money was remitted (YYYY-MM-DD, China time). */
  remittedOn: Scalars['String']['output'];
  /** PENDING, CONFIRMED, REJECTED or CANCELLED. */
  status: RemittanceClaimStatus;
  /** Once CONFIRMED: the tradeId of its REMITTANCE account change record (收支明细). */
  tradeId?: Maybe<Scalars['String']['output']>;
};

/** A remittance claim to act on. */
export type RemittanceClaimActionInput = {
  /** The claim (RemittanceClaim id). */
  claimId: Scalars['ID']['input'];
};

/** A page of remittance claims (汇款认领), newest first. */
export type RemittanceClaimConnection = {
  __typename?: 'RemittanceClaimConnection';
  /** Items of this page with their cursors. */
  edges: Array<RemittanceClaimEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<RemittanceClaim>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One remittance claim in a page, with its cursor. */
export type RemittanceClaimEdge = {
  __typename?: 'RemittanceClaimEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The remittance claim. */
  node: RemittanceClaim;
};

/** Filters for remittance claims. All given filters must match. */
export type RemittanceClaimFilter = {
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims in this status, e.g. PENDING. */
  status?: InputMaybe<RemittanceClaimStatus>;
};

/** Result of a remittance claim mutation. */
export type RemittanceClaimPayload = {
  __typename?: 'RemittanceClaimPayload';
  /** The claim as it is now; null when refused. */
  remittanceClaim?: Maybe<RemittanceClaim>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of renewResources: renewed and refused resources side by side. */
export type RenewResourcesPayload = {
  __typename?: 'RenewResourcesPayload';
  /** Resources that were refused, each with field "input.resourceIds[i]". */
  failed: Array<UserError>;
  /** The renewal orders created, one per customer. */
  orders: Array<Order>;
  /** Resources on a renewal order (paid, and their expireTime extended, when autoPay was set). */
  succeeded: Array<ResourceOrderResult>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** One resource's line of a renewal quote: a main resource, followed by its dependents. */
export type RenewalQuoteLine = {
  __typename?: 'RenewalQuoteLine';
  /** What renewResources charges for this resource: a main resource's renewal price from the line it was bought or last renewed on; 0 for a dependent (design: included in its main resource's line, which priced them together). */
  amount: Money;
  /** Index in input.resourceIds of the main resource this line belongs to. */
  index: Scalars['Int']['output'];
  /** For a dependent: its main resource; null for a main resource. */
  mainResource?: Maybe<Resource>;
  /** The resource. */
  resource: Resource;
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

/** Result of requestVerificationCode. */
export type RequestVerificationCodePayload = {
  __typename?: 'RequestVerificationCodePayload';
  /** When the code stops working. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the code went, masked (e.g. 0086-*******0001). */
  sentTo?: Maybe<Scalars['String']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** One cloud reseller's performance (业绩) over the range, with the reseller. */
export type ResellerPerformance = {
  __typename?: 'ResellerPerformance';
  /** What customers paid for their consumption in the range's bill cycles. */
  consumptionAmount: Money;
  /** Coupon amounts customers spent on orders paid in the range (coupon USE records). */
  couponAmount: Money;
  /** Customers newly associated with the partner in the range. */
  newCustomers: Scalars['Int']['output'];
  /** Amount after discount of the orders paid in the range (coupons included), renewals paid at once too. */
  paidAmount: Money;
  /** How many orders were paid in the range. */
  paidOrders: Scalars['Int']['output'];
  /** Refunds of the unsubscriptions (退订) completed in the range. */
  refundAmount: Money;
  /** The cloud reseller. */
  reseller: Partner;
  /** (design) Order revenue: paidAmount minus refundAmount. */
  revenue: Money;
};

/** A page of a distributor's resellers with their performance, newest reseller first (every reseller appears, with zeros where nothing happened), and the total over all its resellers. */
export type ResellerPerformanceConnection = {
  __typename?: 'ResellerPerformanceConnection';
  /** Items of this page with their cursors. */
  edges: Array<ResellerPerformanceEdge>;
  /** First month of the range (YYYY-MM). */
  from: Scalars['String']['output'];
  /** Items of this page (the same as edges.node). */
  nodes: Array<ResellerPerformance>;
  /** (design) The distributor's own performance over the range (its own customers' orders, consumption and new customers), next to its resellers' total. */
  own: PerformanceFigures;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Last month of the range (YYYY-MM). */
  to: Scalars['String']['output'];
  /** (design) The distributor's total: the sum over all its resellers (not only this page) over the range; the distributor's own customers are not in it. */
  total: PerformanceFigures;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One reseller's performance in a page, with its cursor. */
export type ResellerPerformanceEdge = {
  __typename?: 'ResellerPerformanceEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The reseller's performance. */
  node: ResellerPerformance;
};

/** A subscribed yearly/monthly resource of a customer. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** Auto-renewals left when expirePolicy is AUTO_RENEW (0 = unlimited). */
  autoRenewTimes?: Maybe<Scalars['Int']['output']>;
  /** The customer the resource belongs to. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customer?: Maybe<SubCustomer>;
  /** For a main resource: its dependent resources (they follow it on renewal and unsubscription), oldest first. */
  dependents: Array<Resource>;
  /** Start of the subscription. */
  effectiveTime: Scalars['DateTimeISO']['output'];
  /** What happens on expiry. */
  expirePolicy: ExpirePolicy;
  /** End of the subscription. */
  expireTime: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Main resources are renewed and unsubscribed; dependents follow them. */
  isMainResource: Scalars['Boolean']['output'];
  /** Resource name. */
  name: Scalars['String']['output'];
  /** The order that created or last renewed the resource, if known. */
  order?: Maybe<Order>;
  /** For a dependent resource: the main resource it is renewed and unsubscribed with; null for a main resource. */
  parentResource?: Maybe<Resource>;
  /** Region code, e.g. cn-north-4. */
  regionCode: Scalars['String']['output'];
  /** The platform's resource id. */
  resourceId: Scalars['String']['output'];
  /** Resource type code. */
  resourceTypeCode: Scalars['String']['output'];
  /** Cloud service type code. */
  serviceTypeCode: Scalars['String']['output'];
  /** State of the resource. */
  status: ResourceStatus;
};

/** A page of subscribed yearly/monthly resources, newest first. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** Items of this page with their cursors. */
  edges: Array<ResourceEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Resource>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One resource in a page, with its cursor. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: Resource;
};

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

/** One resource a renewal or unsubscription took effect for, with the order it is on. */
export type ResourceOrderResult = {
  __typename?: 'ResourceOrderResult';
  /** The resource's line: the renewal price, or the refund. */
  amount: Money;
  /** Index of the resource in input.resourceIds. */
  index: Scalars['Int']['output'];
  /** The RENEWAL or UNSUBSCRIBE order it is on. */
  order: Order;
  /** The main resource, as it is now. */
  resource: Resource;
};

/** One resource whose auto-renewal was changed. */
export type ResourceResult = {
  __typename?: 'ResourceResult';
  /** Index of the resource in input.resourceIds. */
  index: Scalars['Int']['output'];
  /** The main resource, as it is now. */
  resource: Resource;
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

/** One of your access keys. */
export type RevokeAccessKeyInput = {
  /** The access key id (AK). */
  accessKeyId: Scalars['String']['input'];
};

/** Result of revokeAccessKey. */
export type RevokeAccessKeyPayload = {
  __typename?: 'RevokeAccessKeyPayload';
  /** The key, now REVOKED; null when refused. */
  accessKey?: Maybe<AccessKey>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** Cancelling your order-on-behalf authorization (取消授权): a reason and a verification code. */
export type RevokeOrderAuthorizationInput = {
  /** Why you cancel it (1–200 characters); shown to your partner. */
  reason: Scalars['String']['input'];
  /** The code from requestVerificationCode(operation: CANCEL_ORDER_AUTHORIZATION); always required. */
  verificationCode?: InputMaybe<Scalars['String']['input']>;
};

/** 角色: a named set of permission points of one partner; preset or custom. */
export type Role = Node & {
  __typename?: 'Role';
  /** When the role was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the role is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** True for a custom role the partner defined. */
  isCustom: Scalars['Boolean']['output'];
  /** Number of active members holding the role. */
  memberCount: Scalars['Int']['output'];
  /** Role name shown in the partner center. */
  name: Scalars['String']['output'];
  /** The role editor: the menu tree of every point the partner's identity allows, each marked granted when this role holds it. */
  permissionTree: Array<PermissionTreeNode>;
  /** Permission points the role holds (default points included), in catalogue order. */
  permissions: Array<Permission>;
  /** Which preset role this is; null for a custom role. */
  presetKey?: Maybe<PresetRole>;
};

/** Result of createRole / updateRole: the role as it is now, or userErrors. */
export type RolePayload = {
  __typename?: 'RolePayload';
  /** The created or updated role; null when the mutation was refused. */
  role?: Maybe<Role>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of sendCustomerRegistrationCode. */
export type SendCustomerRegistrationCodePayload = {
  __typename?: 'SendCustomerRegistrationCodePayload';
  /** When the code stops working (5 minutes); null when refused. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the code went, masked (e.g. 0086-*******5678); null when refused. */
  sentTo?: Maybe<Scalars['String']['output']>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Consumption of one cloud service type over the range. */
export type ServiceTypeConsumption = {
  __typename?: 'ServiceTypeConsumption';
  /** What was paid. */
  paymentAmount: Money;
  /** Number of consumption records. */
  records: Scalars['Int']['output'];
  /** Cloud service type code. */
  serviceTypeCode: Scalars['String']['output'];
};

/** Turn auto-renewal of paid, in-use resources on or off. */
export type SetAutoRenewInput = {
  /** With enabled: true, how many times to renew: 0–99, 0 = unlimited (the default). Not allowed with enabled: false. */
  autoRenewTimes?: InputMaybe<Scalars['Int']['input']>;
  /** true: expirePolicy AUTO_RENEW; false: back to GRACE_PERIOD. */
  enabled: Scalars['Boolean']['input'];
  /** 1–10 main resources (Resource ids), each at most once; their dependent resources follow them. */
  resourceIds: Array<Scalars['ID']['input']>;
};

/** Result of setAutoRenew: changed and refused resources side by side. */
export type SetAutoRenewPayload = {
  __typename?: 'SetAutoRenewPayload';
  /** Resources that were refused, each with field "input.resourceIds[i]". */
  failed: Array<UserError>;
  /** Resources changed (their dependents follow them). */
  succeeded: Array<ResourceResult>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

/** 设置自动申请发放激励: turn automatic application on or off. */
export type SetIncentiveAutoApplyInput = {
  /** True: the system applies every record of your partner waiting for an application (待提交申请) on its next run (maintenance job auto-apply-incentives, each run), now and in future periods. False: you apply yourself. */
  enabled: Scalars['Boolean']['input'];
};

/** Result of setIncentiveAutoApply. */
export type SetIncentiveAutoApplyPayload = {
  __typename?: 'SetIncentiveAutoApplyPayload';
  /** Your partner, with incentiveAutoApply as now set. */
  partner?: Maybe<Partner>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of signIn: a bearer token on success, userErrors otherwise. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the token stops working. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** With SIGN_IN_LOCKED: when the login accepts attempts again; null otherwise. */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The member signed in; null for a customer or an operator. */
  member?: Maybe<Member>;
  /** Bearer token: send it as `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why sign-in failed (INVALID_CREDENTIALS, SIGN_IN_LOCKED); empty on success. */
  userErrors: Array<UserError>;
};

/** 申请项目专员 (seed 004): the partner administrator applies for one of its members (an expert) to become a service-partner project specialist, with the expert’s résumé; a cloud operator (ops:program) assesses it and the member is notified (SPECIALIST_ASSESSED). */
export type SpecialistApplication = Node & {
  __typename?: 'SpecialistApplication';
  /** The expert’s display name (what an assessing operator sees of the member). */
  applicantName: Scalars['String']['output'];
  /** When an operator assessed it; null while SUBMITTED. */
  assessedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The operator’s assessment (能力考察 and 答辩 outcome): required for a rejection, optional otherwise. */
  assessment?: Maybe<Scalars['String']['output']>;
  /** When the application was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The expert the application is for (members of the partner only; operators read applicantName). */
  member?: Maybe<Member>;
  /** Name of the partner that applied. */
  partnerName: Scalars['String']['output'];
  /** The expert’s résumé as submitted (20–5000 characters). */
  resume: Scalars['String']['output'];
  /** Where the application stands. */
  status: SpecialistApplicationStatus;
};

/** A page of project-specialist applications (项目专员), newest first. */
export type SpecialistApplicationConnection = {
  __typename?: 'SpecialistApplicationConnection';
  /** Items of this page with their cursors. */
  edges: Array<SpecialistApplicationEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<SpecialistApplication>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One project-specialist application in a page, with its cursor. */
export type SpecialistApplicationEdge = {
  __typename?: 'SpecialistApplicationEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The project-specialist application. */
  node: SpecialistApplication;
};

/** Result of applyForProjectSpecialist / assessSpecialistApplication: the application as it is now, or userErrors. */
export type SpecialistApplicationPayload = {
  __typename?: 'SpecialistApplicationPayload';
  /** The application; null when refused. */
  application?: Maybe<SpecialistApplication>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
};

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

/** 子客户: a cloud account associated with one partner. */
export type SubCustomer = Node & {
  __typename?: 'SubCustomer';
  /** 收支明细 of the customer's account (RESALE customers are funded by the partner), newest first. Not visible for a cloud reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  accountChangeRecords?: Maybe<AccountChangeRecordConnection>;
  /** The account manager (客户经理) assigned to the customer, if any. */
  accountManager?: Maybe<Member>;
  /** Login name of the cloud account. */
  accountName: Scalars['String']['output'];
  /** When the customer was associated with its partner. */
  associatedOn: Scalars['DateTimeISO']['output'];
  /** The customer's association events with your partner, newest first. Not visible for a cloud reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  associationEvents?: Maybe<AssociationEventConnection>;
  /** ADVISORY (顾问销售) or RESALE (代售). */
  associationType: AssociationType;
  /** Available balance and debt; null for ADVISORY customers (see balanceUnavailableReason). */
  balance?: Maybe<CustomerBalance>;
  /** Why balance is null; null when balance is shown. */
  balanceUnavailableReason?: Maybe<BalanceUnavailableReason>;
  /** The customer's consumption in one bill cycle while associated with your partner (last 18 months only), newest first. Not visible for a reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  consumptionRecords?: Maybe<ConsumptionRecordConnection>;
  /** Telephone country code, e.g. 0086. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Coupons your partner issued to this customer, newest first. By default those expiring between 12 months ago and 12 months from now; filter.expiresFrom / expiresTo move that window and filter.all drops it, so every coupon can be found. Not visible for a cloud reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  coupons?: Maybe<CouponConnection>;
  /** The cloud account id (domain id) of the customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customerId?: Maybe<Scalars['String']['output']>;
  /** Customer grade V0…V5. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customerLevel?: Maybe<CustomerLevel>;
  /** Individual or enterprise. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  customerType?: Maybe<CustomerType>;
  /** 折扣信息: the discount rates the customer enjoys with your partner, per cloud service type (null: every service) and period; the current and future ones unless includeExpired. Every-service discounts first, then by service type and start. Not visible for a reseller's customer, nor without customer:detail. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  discounts?: Maybe<Array<CustomerDiscount>>;
  /** Contact email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Whether the account (and its resources) is frozen. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  isFrozen?: Maybe<FrozenState>;
  /** Partner-defined tag, fuzzy-searchable. */
  label?: Maybe<Scalars['String']['output']>;
  /** Real-name-verified name of the customer. */
  name?: Maybe<Scalars['String']['output']>;
  /** 代下单授权: the customer's latest order-on-behalf authorization to your partner (GRANTED or REVOKED); null if it never granted one. Not visible for a reseller's customer. */
  orderAuthorization?: Maybe<OrderAuthorization>;
  /** The customer's yearly/monthly orders placed while associated with your partner, newest first, created within one year as in Partner.orders (the last year unless filter.createdFrom/createdTo say otherwise; a longer range is BAD_USER_INPUT). Not visible for a reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  orders?: Maybe<OrderConnection>;
  /** The partner (your own, or for a distributor one of its cloud resellers) the customer is associated with. Null (with NOT_FOUND in errors) when that partner is not in your reach. */
  partner?: Maybe<Partner>;
  /** The customer's ACTIVE payment agreement with your partner, else its pending one; null when neither (see Partner.paymentAgreements for ended ones). */
  paymentAgreement?: Maybe<PaymentAgreement>;
  /** The customer's subscribed yearly/monthly resources under your partner, newest first. Not visible for a reseller's customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  resources?: Maybe<ResourceConnection>;
  /** Mobile number without its country code; unique across customers together with countryCode. */
  telephone?: Maybe<Scalars['String']['output']>;
  /** When the association with the partner ended (解绑); null while associated. Unbound customers are left out of customer lists unless asked for. */
  unboundAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Real-name verification state. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  verifiedStatus?: Maybe<VerifiedStatus>;
  /** The partner platform's own user id for this customer. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  xaccountId?: Maybe<Scalars['String']['output']>;
  /** The partner platform's tag for xaccountId. Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it. */
  xaccountType?: Maybe<Scalars['String']['output']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerAccountChangeRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerAssociationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerConsumptionRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  billCycle: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerCouponsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerCouponFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerDiscountsArgs = {
  includeExpired?: Scalars['Boolean']['input'];
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 子客户: a cloud account associated with one partner. */
export type SubCustomerResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sub-customers, newest first. */
export type SubCustomerConnection = {
  __typename?: 'SubCustomerConnection';
  /** Items of this page with their cursors. */
  edges: Array<SubCustomerEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<SubCustomer>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One sub-customer in a page, with its cursor. */
export type SubCustomerEdge = {
  __typename?: 'SubCustomerEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The sub-customer. */
  node: SubCustomer;
};

/** One cloud reseller of a batch issueSubQuota and the value of its sub-quota. */
export type SubQuotaItemInput = {
  /** Value of its sub-quota in CNY: "0.01" to "100000000" with at most 2 decimals; the parent's balance must still cover it when its turn comes. */
  amount: Scalars['String']['input'];
  /** One of your cloud resellers (Partner id), at most once per call. */
  resellerId: Scalars['ID']['input'];
};

/** Result of issueSubQuota or reclaimSubQuota. */
export type SubQuotaPayload = {
  __typename?: 'SubQuotaPayload';
  /** issueSubQuota with items: the resellers refused, each with field "input.items[i]…", in input order. Empty otherwise (a single-reseller refusal is in userErrors). */
  failed: Array<UserError>;
  /** Your quota it was carved from, with its new balance; null when refused. */
  parentQuota?: Maybe<CouponQuota>;
  /** The quota record written (10 issue, 11 reclaim); null when refused, and for issueSubQuota with items (see succeeded). */
  quotaRecord?: Maybe<QuotaRecord>;
  /** The reseller's sub-quota (RECLAIMED after a reclaim); null when refused, and for issueSubQuota with items (see succeeded). */
  subQuota?: Maybe<CouponQuota>;
  /** issueSubQuota: the sub-quotas carved, in input order (one, index 0, for the single-reseller form). Empty for reclaimSubQuota and when refused. */
  succeeded: Array<IssuedSubQuota>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Live events over WebSocket (graphql-ws protocol at /graphql; connectionParams { authorization: "Bearer <token>" }). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each new notification of yours, as it is raised (after its transaction commits), over WebSocket (graphql-ws protocol at /graphql; send connectionParams { authorization: "Bearer <token>" }). Only your own notifications arrive; missed ones are in Member.notifications. */
  notificationReceived: Notification;
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

/** Result of unsubscribeResources: unsubscribed and refused resources side by side. */
export type UnsubscribeResourcesPayload = {
  __typename?: 'UnsubscribeResourcesPayload';
  /** Resources that were refused, each with field "input.resourceIds[i]". */
  failed: Array<UserError>;
  /** The UNSUBSCRIBE orders created, one per customer, with the refund as their amount. */
  orders: Array<Order>;
  /** Resources unsubscribed (now CLOSED, with their dependents), each with its refund. */
  succeeded: Array<ResourceOrderResult>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** Result of updatePartnerSettings. */
export type UpdatePartnerSettingsPayload = {
  __typename?: 'UpdatePartnerSettingsPayload';
  /** Your partner with its settings. */
  partner?: Maybe<Partner>;
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
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

/** A business rule that refused (part of) a mutation. `code` is stable; see the README error table. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code, e.g. QUOTA_INSUFFICIENT. */
  code: Scalars['String']['output'];
  /** Input path the error is about, e.g. "input.amount" or "input.customerIds[3]". */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
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

/** The signed-in member, its partner and what it may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Your access keys, newest first, active and revoked; never their secrets. */
  accessKeys: Array<AccessKey>;
  /** The signed-in member. */
  member: Member;
  /** The member's partner. */
  partner: Partner;
  /** The permission catalogue of your partner's identity as the role editor's menu tree (what a custom role may choose from: every point that is not adminOnly; default points are always included). granted tells whether you hold the point. */
  permissionTree: Array<PermissionTreeNode>;
  /** Permission codes the member holds through its roles (union), sorted; a UI hides what is missing. */
  permissions: Array<Scalars['String']['output']>;
  /** The member's roles. */
  roles: Array<Role>;
};

/** 提现 (cash account) or 激励返点提现 (bonus account): the amount leaves the account at once (a WITHDRAWAL or REBATE_WITHDRAWAL record) and is held while PENDING, so it can be neither spent nor withdrawn twice; a cloud operator pays it (PAID) or rejects it (REJECTED, the amount comes back with a …_RETURNED record). */
export type Withdrawal = Node & {
  __typename?: 'Withdrawal';
  /** CASH (提现) or BONUS (激励返点提现). */
  account: WithdrawalAccount;
  /** Holder of the receiving account (户名). */
  accountName: Scalars['String']['output'];
  /** Amount withdrawn (CNY); held from the account while PENDING. */
  amount: Money;
  /** (design) The receiving account number masked but for its last 4 digits, e.g. "**** **** 1234"; the full number is never shown again. */
  bankAccountNumber: Scalars['String']['output'];
  /** Bank of the receiving account (开户行). */
  bankName: Scalars['String']['output'];
  /** When the withdrawal was requested. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was paid or rejected; null while PENDING. */
  handledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The partner withdrawing. */
  partner?: Maybe<Partner>;
  /** The bank transfer's reference once PAID (design: optional). */
  payoutReference?: Maybe<Scalars['String']['output']>;
  /** The operator's reason for a rejection; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** PENDING, PAID or REJECTED. */
  status: WithdrawalStatus;
  /** The tradeId of its account change records (the hold, and the return if rejected). */
  tradeId: Scalars['String']['output'];
};

/** The account a withdrawal takes money from. */
export type WithdrawalAccount =
  /** 奖励账户: rebate withdrawal (激励返点提现) from the bonus account, at most its balance. */
  | 'BONUS'
  /** 现金账户: withdraw from the cash account (提现), at most its allocatable part. */
  | 'CASH';

/** A page of withdrawals (提现, 激励返点提现), newest first. */
export type WithdrawalConnection = {
  __typename?: 'WithdrawalConnection';
  /** Items of this page with their cursors. */
  edges: Array<WithdrawalEdge>;
  /** Items of this page (the same as edges.node). */
  nodes: Array<Withdrawal>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list under the same filters; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** One withdrawal in a page, with its cursor. */
export type WithdrawalEdge = {
  __typename?: 'WithdrawalEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The withdrawal. */
  node: Withdrawal;
};

/** Filters for withdrawals. All given filters must match. */
export type WithdrawalFilter = {
  /** Only withdrawals from this account. */
  account?: InputMaybe<WithdrawalAccount>;
  /** Operators' lists only: only this partner's (a Partner id). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only withdrawals in this status, e.g. PENDING. */
  status?: InputMaybe<WithdrawalStatus>;
};

/** Result of a withdrawal mutation. */
export type WithdrawalPayload = {
  __typename?: 'WithdrawalPayload';
  /** Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README. */
  userErrors: Array<UserError>;
  /** The withdrawal as it is now; null when refused. */
  withdrawal?: Maybe<Withdrawal>;
};

/** Where a withdrawal (提现 / 激励返点提现) stands. */
export type WithdrawalStatus =
  /** 已打款: the cloud transferred the amount to the bank account. */
  | 'PAID'
  /** 处理中: the amount left the account at once and is held until the cloud pays or rejects. */
  | 'PENDING'
  /** 已驳回: refused by the cloud; the held amount came back (a …_RETURNED record). */
  | 'REJECTED';

export type AssocUserErrorFieldsFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type AssocCustomerFieldsFragment = { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, partner?: { __typename?: 'Partner', id: string } | null };

export type AssocChangeFieldsFragment = { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, expiresAt?: string | null, handledAt?: string | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, orderAuthorization?: { __typename?: 'OrderAuthorization', status: OrderAuthorizationStatus } | null, partner?: { __typename?: 'Partner', id: string } | null } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, adjustRecord?: { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } | null, partner?: { __typename?: 'Partner', id: string, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> };

export type AssocCheckCustomerRegistrationQueryVariables = Exact<{
  input: CheckCustomerRegistrationInput;
}>;


export type AssocCheckCustomerRegistrationQuery = { __typename?: 'Query', checkCustomerRegistration: { __typename?: 'CustomerRegistrationCheckPayload', accountName?: RegistrationCheckResult | null, email?: RegistrationCheckResult | null, mobile?: RegistrationCheckResult | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type AssocCreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'CreateCustomerPayload', customer?: { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, partner?: { __typename?: 'Partner', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocCreateCustomerInFullMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type AssocCreateCustomerInFullMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'CreateCustomerPayload', customer?: { __typename?: 'SubCustomer', customerId?: string | null, name?: string | null, label?: string | null, email?: string | null, telephone?: string | null, countryCode?: string | null, verifiedStatus?: VerifiedStatus | null, customerType?: CustomerType | null, customerLevel?: CustomerLevel | null, isFrozen?: FrozenState | null, xaccountId?: string | null, xaccountType?: string | null, balanceUnavailableReason?: BalanceUnavailableReason | null, id: string, accountName: string, associationType: AssociationType, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null, associationEvents?: { __typename?: 'AssociationEventConnection', nodes: Array<{ __typename?: 'AssociationEvent', eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, toType?: AssociationType | null, handledBy?: { __typename?: 'Member', loginName: string } | null }> } | null, partner?: { __typename?: 'Partner', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocUnbindCustomerMutationVariables = Exact<{
  input: UnbindCustomerInput;
}>;


export type AssocUnbindCustomerMutation = { __typename?: 'Mutation', unbindCustomer: { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, expiresAt?: string | null, handledAt?: string | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, orderAuthorization?: { __typename?: 'OrderAuthorization', status: OrderAuthorizationStatus } | null, partner?: { __typename?: 'Partner', id: string } | null } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, adjustRecord?: { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } | null, partner?: { __typename?: 'Partner', id: string, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocSwitchAssociationTypeMutationVariables = Exact<{
  input: SwitchAssociationTypeInput;
}>;


export type AssocSwitchAssociationTypeMutation = { __typename?: 'Mutation', switchAssociationType: { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, expiresAt?: string | null, handledAt?: string | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, orderAuthorization?: { __typename?: 'OrderAuthorization', status: OrderAuthorizationStatus } | null, partner?: { __typename?: 'Partner', id: string } | null } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, adjustRecord?: { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } | null, partner?: { __typename?: 'Partner', id: string, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocHandleUnbindRequestMutationVariables = Exact<{
  input: HandleUnbindRequestInput;
}>;


export type AssocHandleUnbindRequestMutation = { __typename?: 'Mutation', handleUnbindRequest: { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, expiresAt?: string | null, handledAt?: string | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string, associationType: AssociationType, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } } | null, orderAuthorization?: { __typename?: 'OrderAuthorization', status: OrderAuthorizationStatus } | null, partner?: { __typename?: 'Partner', id: string } | null } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, adjustRecord?: { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } | null, partner?: { __typename?: 'Partner', id: string, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocGrantOrderAuthorizationMutationVariables = Exact<{ [key: string]: never; }>;


export type AssocGrantOrderAuthorizationMutation = { __typename?: 'Mutation', grantOrderAuthorization: { __typename?: 'OrderAuthorizationPayload', orderAuthorization?: { __typename?: 'OrderAuthorization', id: string, status: OrderAuthorizationStatus, grantedAt: string, revokedAt?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocRevokeOrderAuthorizationMutationVariables = Exact<{
  input: RevokeOrderAuthorizationInput;
}>;


export type AssocRevokeOrderAuthorizationMutation = { __typename?: 'Mutation', revokeOrderAuthorization: { __typename?: 'OrderAuthorizationPayload', orderAuthorization?: { __typename?: 'OrderAuthorization', id: string, status: OrderAuthorizationStatus, grantedAt: string, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocRequestVerificationCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type AssocRequestVerificationCodeMutation = { __typename?: 'Mutation', requestVerificationCode: { __typename?: 'RequestVerificationCodePayload', userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocUpdatePartnerSettingsMutationVariables = Exact<{
  input: UpdatePartnerSettingsInput;
}>;


export type AssocUpdatePartnerSettingsMutation = { __typename?: 'Mutation', updatePartnerSettings: { __typename?: 'UpdatePartnerSettingsPayload', userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocAnswerUnbindRequestMutationVariables = Exact<{
  input: AnswerUnbindRequestInput;
}>;


export type AssocAnswerUnbindRequestMutation = { __typename?: 'Mutation', answerUnbindRequest: { __typename?: 'CustomerUnbindPayload', reclaimedCouponCount: number, event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, expiresAt?: string | null, handledAt?: string | null } | null, returnedBalance?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocRequestUnbindMutationVariables = Exact<{
  input: RequestUnbindInput;
}>;


export type AssocRequestUnbindMutation = { __typename?: 'Mutation', requestUnbind: { __typename?: 'CustomerUnbindPayload', event?: { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, expiresAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AssocCustomerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AssocCustomerViewerQuery = { __typename?: 'Query', customerViewer: { __typename?: 'CustomerViewer', association?: { __typename?: 'CustomerAssociation', id: string, associationType: AssociationType, endedAt?: string | null, balance?: { __typename?: 'Money', amount: string } | null } | null, associationEvents: { __typename?: 'AssociationEventConnection', nodes: Array<{ __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, expiresAt?: string | null, handledAt?: string | null }> }, orderAuthorization?: { __typename?: 'OrderAuthorization', id: string, status: OrderAuthorizationStatus, revokedAt?: string | null } | null } };

export type AssocPartnerSeesCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssocPartnerSeesCustomerQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer', id: string, orderAuthorization?: { __typename?: 'OrderAuthorization', id: string, status: OrderAuthorizationStatus, revokedAt?: string | null } | null, associationEvents?: { __typename?: 'AssociationEventConnection', nodes: Array<{ __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, expiresAt?: string | null, handledAt?: string | null, handledBy?: { __typename?: 'Member', loginName: string } | null }> } | null }
    | { __typename?: 'Withdrawal' }
   | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', token?: string | null, expiresAt?: string | null, member?: { __typename?: 'Member', id: string, loginName: string, displayName: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, member: { __typename?: 'Member', id: string, loginName: string, displayName: string }, partner: { __typename?: 'Partner', id: string, name: string, identity?: PartnerIdentity | null, status?: PartnerStatus | null }, roles: Array<{ __typename?: 'Role', name: string, presetKey?: PresetRole | null }> } };

export type CloudStoreOrderFieldsFragment = { __typename?: 'CloudStoreOrder', id: string, orderNo: string, providerName: string, productName: string, status: CloudStoreOrderStatus, placedAt: string, paidAt?: string | null, curated: boolean, invoiced: boolean, amount: { __typename?: 'Money', amount: string, currency: string }, listPrice?: { __typename?: 'Money', amount: string } | null, resalePrice?: { __typename?: 'Money', amount: string } | null, earning?: { __typename?: 'Money', amount: string } | null };

export type CloudStoreOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CloudStoreOrderFilter>;
}>;


export type CloudStoreOrdersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', cloudStoreOrders?: { __typename?: 'CloudStoreOrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CloudStoreOrder', id: string, orderNo: string, providerName: string, productName: string, status: CloudStoreOrderStatus, placedAt: string, paidAt?: string | null, curated: boolean, invoiced: boolean, customer?: { __typename?: 'SubCustomer', id: string, accountName: string } | null, amount: { __typename?: 'Money', amount: string, currency: string }, listPrice?: { __typename?: 'Money', amount: string } | null, resalePrice?: { __typename?: 'Money', amount: string } | null, earning?: { __typename?: 'Money', amount: string } | null }> } | null } } };

export type ConsumptionListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ConsumptionFilter;
}>;


export type ConsumptionListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', consumptionRecords?: { __typename?: 'ConsumptionRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ConsumptionRecord', id: string, billCycle: string, serviceTypeCode: string, resourceId?: string | null, chargingMode: ChargingMode, billDetailType: BillDetailType, tradeTime: string, customer?: { __typename?: 'SubCustomer', id: string } | null, accountManager?: { __typename?: 'Member', id: string } | null, officialAmount: { __typename?: 'Money', amount: string, currency: string }, paymentAmount: { __typename?: 'Money', amount: string }, cashAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } }> } | null } } };

export type CustomerConsumptionQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  billCycle: Scalars['String']['input'];
}>;


export type CustomerConsumptionQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, consumptionRecords?: { __typename?: 'ConsumptionRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'ConsumptionRecord', id: string }> } | null }> } | null } } };

export type CouponHistErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type CouponHistRecordFragment = { __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, time: string, result: OperationResult, amount: { __typename?: 'Money', amount: string }, order?: { __typename?: 'Order', id: string } | null, operator?: { __typename?: 'Member', id: string } | null, coupon?: { __typename?: 'Coupon', id: string } | null };

export type CouponHistIssueMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type CouponHistIssueMutation = { __typename?: 'Mutation', issueCoupons: { __typename?: 'IssueCouponsPayload', succeeded: Array<{ __typename?: 'IssuedCoupon', index: number, coupon: { __typename?: 'Coupon', id: string, status: CouponStatus, effectiveTime: string, expireTime: string } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, quota?: { __typename?: 'CouponQuota', id: string, effectiveTime: string, expireTime: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponHistPartnerListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponFilter>;
}>;


export type CouponHistPartnerListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, coupons?: { __typename?: 'CouponConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Coupon', id: string, kind: CouponKind, status: CouponStatus, issuedAt: string, expireTime: string, quota?: { __typename?: 'CouponQuota', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null }> } | null } } };

export type CouponHistCustomerListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<CustomerCouponFilter>;
}>;


export type CouponHistCustomerListQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer', id: string, coupons?: { __typename?: 'CouponConnection', totalCount: number, nodes: Array<{ __typename?: 'Coupon', id: string, expireTime: string }> } | null }
    | { __typename?: 'Withdrawal' }
   | null };

export type CouponHistRecordsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<CouponHistoryFilter>;
}>;


export type CouponHistRecordsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string }, usedOnOrder?: { __typename?: 'Order', id: string } | null, records?: { __typename?: 'CouponRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, time: string, result: OperationResult, amount: { __typename?: 'Money', amount: string }, order?: { __typename?: 'Order', id: string } | null, operator?: { __typename?: 'Member', id: string } | null, coupon?: { __typename?: 'Coupon', id: string } | null }> } | null }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type CouponHistNestedRecordsQueryVariables = Exact<{
  last: Scalars['Int']['input'];
}>;


export type CouponHistNestedRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', coupons?: { __typename?: 'CouponConnection', nodes: Array<{ __typename?: 'Coupon', id: string, records?: { __typename?: 'CouponRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, order?: { __typename?: 'Order', id: string } | null }> } | null }> } | null } } };

export type CouponHistPartnerRecordsQueryVariables = Exact<{
  filter?: InputMaybe<CouponRecordFilter>;
}>;


export type CouponHistPartnerRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', couponRecords?: { __typename?: 'CouponRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, time: string, result: OperationResult, amount: { __typename?: 'Money', amount: string }, order?: { __typename?: 'Order', id: string } | null, operator?: { __typename?: 'Member', id: string } | null, coupon?: { __typename?: 'Coupon', id: string } | null }> } | null } } };

export type CouponHistReclaimFundsMutationVariables = Exact<{
  input: ReclaimFundsInput;
}>;


export type CouponHistReclaimFundsMutation = { __typename?: 'Mutation', reclaimFunds: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', id: string, amount: { __typename?: 'Money', amount: string } } | null, customer?: { __typename?: 'SubCustomer', id: string, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string, kind: CouponKind, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponHistIssueSubQuotaMutationVariables = Exact<{
  input: IssueSubQuotaInput;
}>;


export type CouponHistIssueSubQuotaMutation = { __typename?: 'Mutation', issueSubQuota: { __typename?: 'SubQuotaPayload', subQuota?: { __typename?: 'CouponQuota', id: string } | null, parentQuota?: { __typename?: 'CouponQuota', id: string, balance: { __typename?: 'Money', amount: string } } | null, quotaRecord?: { __typename?: 'QuotaRecord', id: string } | null, succeeded: Array<{ __typename?: 'IssuedSubQuota', index: number, reseller: { __typename?: 'Partner', id: string }, subQuota: { __typename?: 'CouponQuota', id: string, quotaValue: { __typename?: 'Money', amount: string }, partner?: { __typename?: 'Partner', id: string } | null }, quotaRecord: { __typename?: 'QuotaRecord', id: string, operationType: QuotaOperationType } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutUserErrorFieldsFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type CouponMutRecordFieldsFragment = { __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, result: OperationResult, memo?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, coupon?: { __typename?: 'Coupon', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, operator?: { __typename?: 'Member', id: string } | null };

export type CouponMutQuotaRecordFieldsFragment = { __typename?: 'QuotaRecord', id: string, operationType: QuotaOperationType, result: OperationResult, remark?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, reseller?: { __typename?: 'Partner', id: string } | null, operator?: { __typename?: 'Member', id: string } | null };

export type CouponMutIssueCouponsMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type CouponMutIssueCouponsMutation = { __typename?: 'Mutation', issueCoupons: { __typename?: 'IssueCouponsPayload', succeeded: Array<{ __typename?: 'IssuedCoupon', index: number, customer: { __typename?: 'SubCustomer', id: string, accountName: string }, coupon: { __typename?: 'Coupon', memo?: string | null, id: string, couponId: string, kind: CouponKind, status: CouponStatus, effectiveTime: string, expireTime: string, issuedAt: string, faceValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, usedOnOrder?: { __typename?: 'Order', id: string } | null }, couponRecord: { __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, result: OperationResult, memo?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, coupon?: { __typename?: 'Coupon', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, operator?: { __typename?: 'Member', id: string } | null } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, quota?: { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutReclaimCouponsMutationVariables = Exact<{
  input: ReclaimCouponsInput;
}>;


export type CouponMutReclaimCouponsMutation = { __typename?: 'Mutation', reclaimCoupons: { __typename?: 'ReclaimCouponsPayload', succeeded: Array<{ __typename?: 'ReclaimedCoupon', index: number, coupon: { __typename?: 'Coupon', memo?: string | null, id: string, couponId: string, kind: CouponKind, status: CouponStatus, effectiveTime: string, expireTime: string, issuedAt: string, faceValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, usedOnOrder?: { __typename?: 'Order', id: string } | null }, couponRecord: { __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, result: OperationResult, memo?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, coupon?: { __typename?: 'Coupon', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, operator?: { __typename?: 'Member', id: string } | null } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, quotas: Array<{ __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutIssueSubQuotaMutationVariables = Exact<{
  input: IssueSubQuotaInput;
}>;


export type CouponMutIssueSubQuotaMutation = { __typename?: 'Mutation', issueSubQuota: { __typename?: 'SubQuotaPayload', subQuota?: { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null } | null, parentQuota?: { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null } | null, quotaRecord?: { __typename?: 'QuotaRecord', id: string, operationType: QuotaOperationType, result: OperationResult, remark?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, reseller?: { __typename?: 'Partner', id: string } | null, operator?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutReclaimSubQuotaMutationVariables = Exact<{
  input: ReclaimSubQuotaInput;
}>;


export type CouponMutReclaimSubQuotaMutation = { __typename?: 'Mutation', reclaimSubQuota: { __typename?: 'SubQuotaPayload', subQuota?: { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null } | null, parentQuota?: { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null } | null, quotaRecord?: { __typename?: 'QuotaRecord', id: string, operationType: QuotaOperationType, result: OperationResult, remark?: string | null, time: string, amount: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, reseller?: { __typename?: 'Partner', id: string } | null, operator?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutCustomerViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CouponMutCustomerViewQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon', id: string, status: CouponStatus, memo?: string | null }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type CouponMutSetVerificationMutationVariables = Exact<{
  input: UpdatePartnerSettingsInput;
}>;


export type CouponMutSetVerificationMutation = { __typename?: 'Mutation', updatePartnerSettings: { __typename?: 'UpdatePartnerSettingsPayload', partner?: { __typename?: 'Partner', verificationEnabled?: boolean | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutRequestCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type CouponMutRequestCodeMutation = { __typename?: 'Mutation', requestVerificationCode: { __typename?: 'RequestVerificationCodePayload', sentTo?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponMutIssueCouponsBriefMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type CouponMutIssueCouponsBriefMutation = { __typename?: 'Mutation', issueCoupons: { __typename?: 'IssueCouponsPayload', succeeded: Array<{ __typename?: 'IssuedCoupon', index: number, coupon: { __typename?: 'Coupon', id: string, status: CouponStatus, effectiveTime: string, expireTime: string, memo?: string | null, faceValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type CouponFieldsFragment = { __typename?: 'Coupon', id: string, couponId: string, kind: CouponKind, status: CouponStatus, effectiveTime: string, expireTime: string, issuedAt: string, faceValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, usedOnOrder?: { __typename?: 'Order', id: string } | null };

export type CouponQuotaFieldsFragment = { __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null };

export type DistCouponsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponFilter>;
}>;


export type DistCouponsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, coupons?: { __typename?: 'CouponConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Coupon', memo?: string | null, id: string, couponId: string, kind: CouponKind, status: CouponStatus, effectiveTime: string, expireTime: string, issuedAt: string, faceValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, usedOnOrder?: { __typename?: 'Order', id: string } | null }> } | null } } };

export type PartnerCouponsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerCouponsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner', id: string, coupons?: { __typename?: 'CouponConnection', nodes: Array<{ __typename?: 'Coupon', id: string, memo?: string | null }> } | null }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type PartnerCouponQuotasQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  filter?: InputMaybe<CouponQuotaFilter>;
}>;


export type PartnerCouponQuotasQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner', id: string, couponQuotas?: { __typename?: 'CouponQuotaConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, subQuotas: { __typename?: 'CouponQuotaConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponQuota', id: string, quotaId: string, expireTime: string, cloudServiceTypes: Array<string>, designatedCustomerIds: Array<string>, balance: { __typename?: 'Money', amount: string }, partner?: { __typename?: 'Partner', id: string } | null }> }, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null }> } | null }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type OwnCouponQuotasQueryVariables = Exact<{
  filter?: InputMaybe<CouponQuotaFilter>;
}>;


export type OwnCouponQuotasQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, couponQuotas?: { __typename?: 'CouponQuotaConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponQuota', id: string, quotaId: string, kind: CouponKind, status: QuotaStatus, effectiveTime: string, expireTime: string, createdAt: string, cloudServiceTypes: Array<string>, productIds: Array<string>, designatedCustomerIds: Array<string>, quotaValue: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, issuedAmount: { __typename?: 'Money', amount: string, currency: string }, partner?: { __typename?: 'Partner', id: string } | null }> } | null } } };

export type QuotaParentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuotaParentQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota', id: string, parentQuota?: { __typename?: 'CouponQuota', id: string } | null }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type CouponNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CouponNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', couponId: string, memo?: string | null, id: string }
    | { __typename: 'CouponQuota', quotaId: string, id: string }
    | { __typename: 'CouponRecord', id: string, couponOperation: CouponOperationType }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string, quotaOperation: QuotaOperationType }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type CustomerCouponsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  couponsFirst?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<CustomerCouponFilter>;
}>;


export type CustomerCouponsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, coupons?: { __typename?: 'CouponConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'Coupon', id: string, couponId: string, status: CouponStatus, expireTime: string, faceValue: { __typename?: 'Money', amount: string }, quota?: { __typename?: 'CouponQuota', id: string, quotaId: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null }> } | null }> } | null } } };

export type ResellerCustomerCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerCustomerCouponsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, coupons?: { __typename?: 'CouponConnection', totalCount: number } | null }> } | null }> } | null } } };

export type CouponRecordsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<CouponRecordFilter>;
}>;


export type CouponRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', couponRecords?: { __typename?: 'CouponRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'CouponRecord', id: string, operationType: CouponOperationType, time: string, result: OperationResult, memo?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, coupon?: { __typename?: 'Coupon', id: string } | null, customer?: { __typename?: 'SubCustomer', id: string } | null, operator?: { __typename?: 'Member', id: string } | null }> } | null } } };

export type QuotaRecordsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<QuotaRecordFilter>;
}>;


export type QuotaRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', quotaRecords?: { __typename?: 'QuotaRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'QuotaRecord', id: string, operationType: QuotaOperationType, time: string, result: OperationResult, remark?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, quota?: { __typename?: 'CouponQuota', id: string } | null, parentQuota?: { __typename?: 'CouponQuota', id: string } | null, reseller?: { __typename?: 'Partner', id: string } | null, operator?: { __typename?: 'Member', id: string } | null }> } | null } } };

export type PartnerQuotaRecordsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerQuotaRecordsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner', quotaRecords?: { __typename?: 'QuotaRecordConnection', totalCount: number } | null, couponRecords?: { __typename?: 'CouponRecordConnection', totalCount: number } | null }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type InviteFieldsFragment = { __typename?: 'CustomerInvitation', id: string, token: string, link: string, associationType: AssociationType, status: CustomerInvitationStatus, createdAt: string, expiresAt: string, cancelledAt?: string | null, acceptedCount: number };

export type InviteCreateMutationVariables = Exact<{
  input: CreateCustomerInvitationInput;
}>;


export type InviteCreateMutation = { __typename?: 'Mutation', createCustomerInvitation: { __typename?: 'CustomerInvitationPayload', invitation?: { __typename?: 'CustomerInvitation', id: string, token: string, link: string, associationType: AssociationType, status: CustomerInvitationStatus, createdAt: string, expiresAt: string, cancelledAt?: string | null, acceptedCount: number, qrCode: { __typename?: 'InvitationQrCode', pngBase64: string, svg: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InviteCancelMutationVariables = Exact<{
  input: CancelCustomerInvitationInput;
}>;


export type InviteCancelMutation = { __typename?: 'Mutation', cancelCustomerInvitation: { __typename?: 'CustomerInvitationPayload', invitation?: { __typename?: 'CustomerInvitation', id: string, token: string, link: string, associationType: AssociationType, status: CustomerInvitationStatus, createdAt: string, expiresAt: string, cancelledAt?: string | null, acceptedCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InviteAcceptMutationVariables = Exact<{
  input: AcceptCustomerInvitationInput;
}>;


export type InviteAcceptMutation = { __typename?: 'Mutation', acceptCustomerInvitation: { __typename?: 'AcceptCustomerInvitationPayload', association?: { __typename?: 'CustomerAssociation', id: string, partnerName: string, associationType: AssociationType, associatedOn: string, endedAt?: string | null, balance?: { __typename?: 'Money', amount: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InviteListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<CustomerInvitationFilter>;
}>;


export type InviteListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, customerInvitations?: { __typename?: 'CustomerInvitationConnection', totalCount: number, nodes: Array<{ __typename?: 'CustomerInvitation', id: string, token: string, link: string, associationType: AssociationType, status: CustomerInvitationStatus, createdAt: string, expiresAt: string, cancelledAt?: string | null, acceptedCount: number }> } | null } } };

export type InviteCustomerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteCustomerViewerQuery = { __typename?: 'Query', customerViewer: { __typename?: 'CustomerViewer', account: { __typename?: 'CustomerAccount', accountName: string }, association?: { __typename?: 'CustomerAssociation', id: string, partnerName: string, associationType: AssociationType, endedAt?: string | null } | null, associationEvents: { __typename?: 'AssociationEventConnection', nodes: Array<{ __typename?: 'AssociationEvent', eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, toType?: AssociationType | null }> } } };

export type CustomerListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
}>;


export type CustomerListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'SubCustomerEdge', cursor: string, node: { __typename?: 'SubCustomer', id: string, customerId?: string | null, accountName: string, associationType: AssociationType, label?: string | null, associatedOn: string } }> } | null } } };

export type CustomerNestedPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type CustomerNestedPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null, accountManager?: { __typename?: 'Member', loginName: string } | null, coupons?: { __typename?: 'CouponConnection', nodes: Array<{ __typename?: 'Coupon', balance: { __typename?: 'Money', amount: string } }> } | null, orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', lineItems: Array<{ __typename?: 'OrderLineItem', productId: string }> }> } | null }> } | null } } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', accountName: string, id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesByIdsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null> };

export type DashboardQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', dashboard?: { __typename?: 'Dashboard', from: string, to: string, consumptionByMonth: Array<{ __typename?: 'MonthlyConsumption', billCycle: string, records: number, officialAmount: { __typename?: 'Money', amount: string }, paymentAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string } }>, consumptionByServiceType: Array<{ __typename?: 'ServiceTypeConsumption', serviceTypeCode: string, records: number, paymentAmount: { __typename?: 'Money', amount: string } }>, topCustomers: Array<{ __typename?: 'CustomerConsumption', customer: { __typename?: 'SubCustomer', id: string, accountName: string }, paymentAmount: { __typename?: 'Money', amount: string } }>, newCustomersByMonth: Array<{ __typename?: 'MonthlyCount', month: string, count: number }>, resaleRevenue: { __typename?: 'Money', amount: string }, couponUsage?: Array<{ __typename?: 'CouponUsage', kind: CouponKind, issuedCount: number, usedCount: number, reclaimedCount: number, expiredCount: number, issuedAmount: { __typename?: 'Money', amount: string } }> | null, balanceAlerts?: Array<{ __typename?: 'BalanceAlert', reason: BalanceAlertReason, customer: { __typename?: 'SubCustomer', id: string }, balance: { __typename?: 'Money', amount: string }, debtAmount: { __typename?: 'Money', amount: string } }> | null, expiringPendingOrders?: Array<{ __typename?: 'Order', orderId: string, pendingPaymentEndTime?: string | null }> | null, consumptionByAccountManager?: Array<{ __typename?: 'AccountManagerConsumption', customers: number, accountManager?: { __typename?: 'Member', loginName: string } | null, paymentAmount: { __typename?: 'Money', amount: string } }> | null } | null } } };

export type ResellerDashboardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResellerDashboardQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner', name: string, dashboard?: { __typename?: 'Dashboard', consumptionByMonth: Array<{ __typename?: 'MonthlyConsumption', billCycle: string, paymentAmount: { __typename?: 'Money', amount: string } }>, topCustomers: Array<{ __typename?: 'CustomerConsumption', customer: { __typename?: 'SubCustomer', accountName: string } }>, balanceAlerts?: Array<{ __typename?: 'BalanceAlert', reason: BalanceAlertReason }> | null } | null }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type CustomerDiscountsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  includeExpired?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CustomerDiscountsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, discounts?: Array<{ __typename?: 'CustomerDiscount', discountType: CustomerDiscountType, serviceTypeCode?: string | null, discountRate: number, effectiveTime: string, expireTime?: string | null }> | null }> } | null } } };

export type AllocateFundsMutationVariables = Exact<{
  input: AllocateFundsInput;
}>;


export type AllocateFundsMutation = { __typename?: 'Mutation', allocateFunds: { __typename?: 'AllocateFundsPayload', succeeded: Array<{ __typename?: 'FundAllocationResult', index: number, customer: { __typename?: 'SubCustomer', id: string, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null }, adjustRecord: { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, memo?: string | null, amount: { __typename?: 'Money', amount: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, partner?: { __typename?: 'Partner', balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string }, allocatable: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ReclaimFundsMutationVariables = Exact<{
  input: ReclaimFundsInput;
}>;


export type ReclaimFundsMutation = { __typename?: 'Mutation', reclaimFunds: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', operationType: AdjustOperationType, amount: { __typename?: 'Money', amount: string } } | null, customer?: { __typename?: 'SubCustomer', balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AllocateFundsToResellerMutationVariables = Exact<{
  input: AllocateFundsToResellerInput;
}>;


export type AllocateFundsToResellerMutation = { __typename?: 'Mutation', allocateFundsToReseller: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', operationType: AdjustOperationType, amount: { __typename?: 'Money', amount: string } } | null, reseller?: { __typename?: 'Partner', name: string, balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ReclaimFundsFromResellerMutationVariables = Exact<{
  input: ReclaimFundsFromResellerInput;
}>;


export type ReclaimFundsFromResellerMutation = { __typename?: 'Mutation', reclaimFundsFromReseller: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', operationType: AdjustOperationType, amount: { __typename?: 'Money', amount: string } } | null, reseller?: { __typename?: 'Partner', balance?: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type RequestVerificationCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type RequestVerificationCodeMutation = { __typename?: 'Mutation', requestVerificationCode: { __typename?: 'RequestVerificationCodePayload', sentTo?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type UpdatePartnerSettingsMutationVariables = Exact<{
  input: UpdatePartnerSettingsInput;
}>;


export type UpdatePartnerSettingsMutation = { __typename?: 'Mutation', updatePartnerSettings: { __typename?: 'UpdatePartnerSettingsPayload', partner?: { __typename?: 'Partner', verificationEnabled?: boolean | null, balanceAlertThreshold?: { __typename?: 'Money', amount: string } | null, customerBalanceAlertThreshold?: { __typename?: 'Money', amount: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type FundsAdjustRecordFieldsFragment = { __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, operationTime: string, memo?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, counterparty?:
    | { __typename: 'Partner', id: string, name: string }
    | { __typename: 'SubCustomer', id: string, accountName: string }
   | null, operator?: { __typename?: 'Member', id: string, loginName: string } | null };

export type FundsAccountChangeFieldsFragment = { __typename?: 'AccountChangeRecord', id: string, ownerType: LedgerOwner, accountType: PartnerAccountType, tradeType: TradeType, tradeId: string, tradeTime: string, amount: { __typename?: 'Money', amount: string, currency: string }, balanceAfter: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'SubCustomer', id: string } | null };

export type FundsAdjustRecordsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdjustRecordFilter>;
}>;


export type FundsAdjustRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', adjustRecords?: { __typename?: 'AdjustRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AdjustRecord', id: string, operationType: AdjustOperationType, transId: string, operationTime: string, memo?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, counterparty?:
            | { __typename: 'Partner', id: string, name: string }
            | { __typename: 'SubCustomer', id: string, accountName: string }
           | null, operator?: { __typename?: 'Member', id: string, loginName: string } | null }> } | null } } };

export type FundsAccountChangeRecordsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountChangeRecordFilter>;
}>;


export type FundsAccountChangeRecordsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', accountChangeRecords?: { __typename?: 'AccountChangeRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AccountChangeRecord', id: string, ownerType: LedgerOwner, accountType: PartnerAccountType, tradeType: TradeType, tradeId: string, tradeTime: string, amount: { __typename?: 'Money', amount: string, currency: string }, balanceAfter: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'SubCustomer', id: string } | null }> } | null } } };

export type FundsCustomerLedgersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  ledgerFirst: Scalars['Int']['input'];
  filter?: InputMaybe<CustomerFilter>;
}>;


export type FundsCustomerLedgersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null, accountChangeRecords?: { __typename?: 'AccountChangeRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AccountChangeRecord', id: string, ownerType: LedgerOwner, accountType: PartnerAccountType, tradeType: TradeType, tradeId: string, tradeTime: string, amount: { __typename?: 'Money', amount: string, currency: string }, balanceAfter: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'SubCustomer', id: string } | null }> } | null }> } | null } } };

export type FundsNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FundsNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', tradeId: string, id: string }
    | { __typename: 'AdjustRecord', transId: string, id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type FundsPartnerAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type FundsPartnerAccountsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, balanceAlertThreshold?: { __typename?: 'Money', amount: string } | null, customerBalanceAlertThreshold?: { __typename?: 'Money', amount: string } | null, accounts?: { __typename?: 'PartnerAccounts', cash: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string }, allocatable: { __typename?: 'Money', amount: string } }, credit: { __typename?: 'Money', amount: string, currency: string }, bonus: { __typename?: 'Money', amount: string }, deposit: { __typename?: 'Money', amount: string } } | null } } };

export type FundsResellerAccountsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type FundsResellerAccountsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', id: string, accounts?: { __typename?: 'PartnerAccounts', cash: { __typename?: 'PartnerBalance', amount: { __typename?: 'Money', amount: string } }, credit: { __typename?: 'Money', amount: string }, bonus: { __typename?: 'Money', amount: string }, deposit: { __typename?: 'Money', amount: string } } | null }> } | null } } };

export type IncentiveFieldsFragment = { __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> };

export type IncentiveListQueryVariables = Exact<{
  filter?: InputMaybe<IncentiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IncentiveListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', incentiveAutoApply?: boolean | null, incentives?: { __typename?: 'IncentiveRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, transitions: Array<{ __typename?: 'IncentiveTransition', action: IncentiveAction, fromStage: IncentiveStage, toStage: IncentiveStage, actorKind: IncentiveActorKind, actor: string, reason?: string | null, at: string }>, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> }> } | null } } };

export type IncentivePceQueryVariables = Exact<{
  filter?: InputMaybe<IncentiveFilter>;
}>;


export type IncentivePceQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', incentives?: { __typename?: 'IncentiveRecordConnection', nodes: Array<{ __typename?: 'IncentiveRecord', id: string, opportunityVerifiedAt?: string | null, pceEligibility?: { __typename?: 'PceEligibility', eligible: boolean, newCloudCustomer: boolean, enterprise?: string | null, reasons: Array<string>, cashPaidBeforeVerification: { __typename?: 'Money', amount: string }, cashCap: { __typename?: 'Money', amount: string } } | null }> } | null } } };

export type IncentiveInvoicingQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type IncentiveInvoicingQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', incentiveInvoicingList?: { __typename?: 'IncentiveInvoicingList', period: string, buyerName: string, totalAmount: { __typename?: 'Money', amount: string }, toInvoiceAmount: { __typename?: 'Money', amount: string }, items: Array<{ __typename?: 'IncentiveInvoicingItem', content: string, invoiced: boolean, amount: { __typename?: 'Money', amount: string }, incentive: { __typename?: 'IncentiveRecord', id: string, stage: IncentiveStage } }> } | null } } };

export type IncentiveStatsQueryVariables = Exact<{
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  periodTo?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncentiveStatsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', incentiveStatistics?: { __typename?: 'IncentiveStatistics', periodFrom?: string | null, periodTo?: string | null, totalCount: number, totalAmount: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, byStage: Array<{ __typename?: 'IncentiveStageTotal', stage: IncentiveStage, stageName: string, count: number, amount: { __typename?: 'Money', amount: string } }>, byPeriod: Array<{ __typename?: 'IncentivePeriodTotal', period: string, count: number, amount: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string } }> } | null } } };

export type IncentiveOperatorListQueryVariables = Exact<{
  filter?: InputMaybe<IncentiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IncentiveOperatorListQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', incentives?: { __typename?: 'IncentiveRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, partner: { __typename?: 'Partner', id: string, name: string }, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> }> } | null } };

export type IncentiveApplyMutationVariables = Exact<{
  input: ApplyIncentivesInput;
}>;


export type IncentiveApplyMutation = { __typename?: 'Mutation', applyIncentives: { __typename?: 'ApplyIncentivesPayload', succeeded: Array<{ __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type IncentiveAutoApplyMutationVariables = Exact<{
  input: SetIncentiveAutoApplyInput;
}>;


export type IncentiveAutoApplyMutation = { __typename?: 'Mutation', setIncentiveAutoApply: { __typename?: 'SetIncentiveAutoApplyPayload', partner?: { __typename?: 'Partner', id: string, incentiveAutoApply?: boolean | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type IncentiveInvoiceMutationVariables = Exact<{
  input: InvoiceIncentiveInput;
}>;


export type IncentiveInvoiceMutation = { __typename?: 'Mutation', invoiceIncentive: { __typename?: 'IncentivePayload', incentive?: { __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type IncentiveProcessMutationVariables = Exact<{
  input: ProcessIncentiveInput;
}>;


export type IncentiveProcessMutation = { __typename?: 'Mutation', processIncentive: { __typename?: 'IncentivePayload', incentive?: { __typename?: 'IncentiveRecord', id: string, incentiveType: IncentiveType, period: string, stage: IncentiveStage, stageName: string, hint: string, rejectionReason?: string | null, invoiceNumber?: string | null, createdAt: string, appliedAt?: string | null, invoicedAt?: string | null, paidAt?: string | null, stageChangedAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, nextSteps: Array<{ __typename?: 'IncentiveNextStep', action: IncentiveAction, toStage: IncentiveStage, takenBy: Array<IncentiveActorKind>, needsReason: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InvoiceFieldsFragment = { __typename?: 'Invoice', id: string, kind: InvoiceKind, invoiceNo: string, providerName?: string | null, billCycle?: string | null, titleType: InvoiceTitleType, titleName: string, taxId?: string | null, invoiceType: InvoiceType, medium: InvoiceMedium, courierPaidBy?: CourierPayer | null, status: InvoiceStatus, statusReason?: string | null, trackingNo?: string | null, returnReason?: string | null, returnCourierPaidBy?: CourierPayer | null, requestedAt: string, amount: { __typename?: 'Money', amount: string }, courierFee: { __typename?: 'Money', amount: string }, orders: Array<{ __typename?: 'CloudStoreOrder', id: string, orderNo: string, invoiced: boolean }> };

export type InvoiceListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
}>;


export type InvoiceListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', invoices?: { __typename?: 'InvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'Invoice', id: string, kind: InvoiceKind, invoiceNo: string, providerName?: string | null, billCycle?: string | null, titleType: InvoiceTitleType, titleName: string, taxId?: string | null, invoiceType: InvoiceType, medium: InvoiceMedium, courierPaidBy?: CourierPayer | null, status: InvoiceStatus, statusReason?: string | null, trackingNo?: string | null, returnReason?: string | null, returnCourierPaidBy?: CourierPayer | null, requestedAt: string, amount: { __typename?: 'Money', amount: string }, courierFee: { __typename?: 'Money', amount: string }, orders: Array<{ __typename?: 'CloudStoreOrder', id: string, orderNo: string, invoiced: boolean }> }> } | null } } };

export type InvoiceOperatorListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
}>;


export type InvoiceOperatorListQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', invoices?: { __typename?: 'InvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'Invoice', id: string, invoiceNo: string, status: InvoiceStatus, partner: { __typename?: 'Partner', name: string } }> } | null } };

export type InvoiceQuoteQueryVariables = Exact<{
  input: InvoiceQuoteInput;
}>;


export type InvoiceQuoteQuery = { __typename?: 'Query', invoiceQuote: { __typename?: 'InvoiceQuote', courierPaidBy?: CourierPayer | null, orderCount: number, amount?: { __typename?: 'Money', amount: string } | null, courierFee?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InvoiceRequestMutationVariables = Exact<{
  input: RequestInvoiceInput;
}>;


export type InvoiceRequestMutation = { __typename?: 'Mutation', requestInvoice: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, kind: InvoiceKind, invoiceNo: string, providerName?: string | null, billCycle?: string | null, titleType: InvoiceTitleType, titleName: string, taxId?: string | null, invoiceType: InvoiceType, medium: InvoiceMedium, courierPaidBy?: CourierPayer | null, status: InvoiceStatus, statusReason?: string | null, trackingNo?: string | null, returnReason?: string | null, returnCourierPaidBy?: CourierPayer | null, requestedAt: string, amount: { __typename?: 'Money', amount: string }, courierFee: { __typename?: 'Money', amount: string }, orders: Array<{ __typename?: 'CloudStoreOrder', id: string, orderNo: string, invoiced: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InvoiceReturnMutationVariables = Exact<{
  input: ReturnInvoiceInput;
}>;


export type InvoiceReturnMutation = { __typename?: 'Mutation', returnInvoice: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, kind: InvoiceKind, invoiceNo: string, providerName?: string | null, billCycle?: string | null, titleType: InvoiceTitleType, titleName: string, taxId?: string | null, invoiceType: InvoiceType, medium: InvoiceMedium, courierPaidBy?: CourierPayer | null, status: InvoiceStatus, statusReason?: string | null, trackingNo?: string | null, returnReason?: string | null, returnCourierPaidBy?: CourierPayer | null, requestedAt: string, amount: { __typename?: 'Money', amount: string }, courierFee: { __typename?: 'Money', amount: string }, orders: Array<{ __typename?: 'CloudStoreOrder', id: string, orderNo: string, invoiced: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type InvoiceMoveMutationVariables = Exact<{
  input: MoveInvoiceInput;
}>;


export type InvoiceMoveMutation = { __typename?: 'Mutation', moveInvoice: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus, statusReason?: string | null, trackingNo?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type ModelAllocateFundsMutationVariables = Exact<{
  input: AllocateFundsInput;
}>;


export type ModelAllocateFundsMutation = { __typename?: 'Mutation', allocateFunds: { __typename?: 'AllocateFundsPayload', succeeded: Array<{ __typename?: 'FundAllocationResult', index: number, customer: { __typename?: 'SubCustomer', id: string }, adjustRecord: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelReclaimFundsMutationVariables = Exact<{
  input: ReclaimFundsInput;
}>;


export type ModelReclaimFundsMutation = { __typename?: 'Mutation', reclaimFunds: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelAllocateFundsToResellerMutationVariables = Exact<{
  input: AllocateFundsToResellerInput;
}>;


export type ModelAllocateFundsToResellerMutation = { __typename?: 'Mutation', allocateFundsToReseller: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelReclaimFundsFromResellerMutationVariables = Exact<{
  input: ReclaimFundsFromResellerInput;
}>;


export type ModelReclaimFundsFromResellerMutation = { __typename?: 'Mutation', reclaimFundsFromReseller: { __typename?: 'FundMovementPayload', adjustRecord?: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelIssueCouponsMutationVariables = Exact<{
  input: IssueCouponsInput;
}>;


export type ModelIssueCouponsMutation = { __typename?: 'Mutation', issueCoupons: { __typename?: 'IssueCouponsPayload', succeeded: Array<{ __typename?: 'IssuedCoupon', index: number, coupon: { __typename?: 'Coupon', id: string, status: CouponStatus, kind: CouponKind, faceValue: { __typename?: 'Money', amount: string }, balance: { __typename?: 'Money', amount: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelReclaimCouponsMutationVariables = Exact<{
  input: ReclaimCouponsInput;
}>;


export type ModelReclaimCouponsMutation = { __typename?: 'Mutation', reclaimCoupons: { __typename?: 'ReclaimCouponsPayload', succeeded: Array<{ __typename?: 'ReclaimedCoupon', index: number, coupon: { __typename?: 'Coupon', id: string, status: CouponStatus }, couponRecord: { __typename?: 'CouponRecord', amount: { __typename?: 'Money', amount: string } } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelIssueSubQuotaMutationVariables = Exact<{
  input: IssueSubQuotaInput;
}>;


export type ModelIssueSubQuotaMutation = { __typename?: 'Mutation', issueSubQuota: { __typename?: 'SubQuotaPayload', subQuota?: { __typename?: 'CouponQuota', id: string, balance: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelReclaimSubQuotaMutationVariables = Exact<{
  input: ReclaimSubQuotaInput;
}>;


export type ModelReclaimSubQuotaMutation = { __typename?: 'Mutation', reclaimSubQuota: { __typename?: 'SubQuotaPayload', quotaRecord?: { __typename?: 'QuotaRecord', amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelUnbindCustomerMutationVariables = Exact<{
  input: UnbindCustomerInput;
}>;


export type ModelUnbindCustomerMutation = { __typename?: 'Mutation', unbindCustomer: { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string }>, adjustRecord?: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelSwitchAssociationTypeMutationVariables = Exact<{
  input: SwitchAssociationTypeInput;
}>;


export type ModelSwitchAssociationTypeMutation = { __typename?: 'Mutation', switchAssociationType: { __typename?: 'AssociationChangePayload', event?: { __typename?: 'AssociationEvent', id: string } | null, reclaimedCoupons: Array<{ __typename?: 'Coupon', id: string }>, adjustRecord?: { __typename?: 'AdjustRecord', amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type ModelPayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type ModelPayOrderMutation = { __typename?: 'Mutation', payOrder: { __typename?: 'PayOrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, coupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string } }>, cashPaid?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type NotifListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotifListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', member: { __typename?: 'Member', id: string, unreadNotificationCount?: number | null, notifications?: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, subject?: string | null, createdAt: string, readAt?: string | null }> } | null } } };

export type NotifColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifColleaguesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', nodes: Array<{ __typename?: 'Member', loginName: string, unreadNotificationCount?: number | null, notifications?: { __typename?: 'NotificationConnection', totalCount: number } | null }> } | null } } };

export type NotifMarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type NotifMarkReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', markedCount: number, unreadCount: number, notifications: Array<{ __typename?: 'Notification', id: string, readAt?: string | null }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type NotifReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotifReceivedSubscription = { __typename?: 'Subscription', notificationReceived: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, subject?: string | null, createdAt: string, readAt?: string | null } };

export type OrderMutUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type OrderMutOrderFragment = { __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', creditAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string } }> };

export type OrderMutResourceFragment = { __typename?: 'Resource', id: string, resourceId: string, isMainResource: boolean, status: ResourceStatus, effectiveTime: string, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null, order?: { __typename?: 'Order', id: string } | null, dependents: Array<{ __typename?: 'Resource', id: string, status: ResourceStatus, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null }> };

export type OrderMutPayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type OrderMutPayOrderMutation = { __typename?: 'Mutation', payOrder: { __typename?: 'PayOrderPayload', order?: { __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', creditAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null, customer?: { __typename?: 'SubCustomer', id: string, balance?: { __typename?: 'CustomerBalance', amount: { __typename?: 'Money', amount: string } } | null } | null, coupons: Array<{ __typename?: 'Coupon', id: string, status: CouponStatus, balance: { __typename?: 'Money', amount: string }, usedOnOrder?: { __typename?: 'Order', id: string } | null }>, cashPaid?: { __typename?: 'Money', amount: string, currency: string } | null, creditPaid?: { __typename?: 'Money', amount: string, currency: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrderMutCancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type OrderMutCancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'CancelOrderPayload', order?: { __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', creditAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrderMutRenewResourcesMutationVariables = Exact<{
  input: RenewResourcesInput;
}>;


export type OrderMutRenewResourcesMutation = { __typename?: 'Mutation', renewResources: { __typename?: 'RenewResourcesPayload', succeeded: Array<{ __typename?: 'ResourceOrderResult', index: number, resource: { __typename?: 'Resource', id: string, resourceId: string, isMainResource: boolean, status: ResourceStatus, effectiveTime: string, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null, order?: { __typename?: 'Order', id: string } | null, dependents: Array<{ __typename?: 'Resource', id: string, status: ResourceStatus, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null }> }, order: { __typename?: 'Order', id: string }, amount: { __typename?: 'Money', amount: string } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, orders: Array<{ __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', creditAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string } }> }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrderMutUnsubscribeResourcesMutationVariables = Exact<{
  input: UnsubscribeResourcesInput;
}>;


export type OrderMutUnsubscribeResourcesMutation = { __typename?: 'Mutation', unsubscribeResources: { __typename?: 'UnsubscribeResourcesPayload', succeeded: Array<{ __typename?: 'ResourceOrderResult', index: number, resource: { __typename?: 'Resource', id: string, resourceId: string, isMainResource: boolean, status: ResourceStatus, effectiveTime: string, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null, order?: { __typename?: 'Order', id: string } | null, dependents: Array<{ __typename?: 'Resource', id: string, status: ResourceStatus, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null }> }, order: { __typename?: 'Order', id: string }, amount: { __typename?: 'Money', amount: string } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, orders: Array<{ __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, officialAmount: { __typename?: 'Money', amount: string }, amountAfterDiscount: { __typename?: 'Money', amount: string }, amountInfo: { __typename?: 'OrderAmountInfo', creditAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string } }> }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrderMutSetAutoRenewMutationVariables = Exact<{
  input: SetAutoRenewInput;
}>;


export type OrderMutSetAutoRenewMutation = { __typename?: 'Mutation', setAutoRenew: { __typename?: 'SetAutoRenewPayload', succeeded: Array<{ __typename?: 'ResourceResult', index: number, resource: { __typename?: 'Resource', id: string, resourceId: string, isMainResource: boolean, status: ResourceStatus, effectiveTime: string, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null, order?: { __typename?: 'Order', id: string } | null, dependents: Array<{ __typename?: 'Resource', id: string, status: ResourceStatus, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null }> } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrderListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
}>;


export type OrderListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', orders?: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Order', id: string, orderId: string, status: OrderStatus, orderType: OrderType, sourceType: OrderSource, serviceTypeCode: string, createTime: string, paymentTime?: string | null, pendingPaymentEndTime?: string | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string } | null, officialAmount: { __typename?: 'Money', amount: string, currency: string }, amountAfterDiscount: { __typename?: 'Money', amount: string, currency: string }, amountInfo: { __typename?: 'OrderAmountInfo', discounts: Array<{ __typename?: 'OrderDiscount', type: string, amount: { __typename?: 'Money', amount: string } }>, couponAmount: { __typename?: 'Money', amount: string }, cashCouponAmount: { __typename?: 'Money', amount: string } }, lineItems: Array<{ __typename?: 'OrderLineItem', productId: string, serviceTypeCode: string, productSpecDesc: string, periodType: PeriodType, periodNum: number, subscriptionNum: number, effectiveTime?: string | null, expireTime?: string | null, amount: { __typename?: 'Money', amount: string, currency: string } }> }> } | null } } };

export type OrderNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'MemberInvitation', id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', orderId: string, id: string, customer?: { __typename?: 'SubCustomer', accountName: string } | null, resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string, resourceId: string }> } }
    | { __typename: 'OrderAuthorization', status: OrderAuthorizationStatus, id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', resourceId: string, id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type OrderNestedLineItemsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type OrderNestedLineItemsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', lineItems: Array<{ __typename?: 'OrderLineItem', productId: string }> }> } | null }> } | null } } };

export type CustomerOrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<CustomerOrderFilter>;
  resourceFilter?: InputMaybe<CustomerResourceFilter>;
}>;


export type CustomerOrdersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, orderAuthorization?: { __typename?: 'OrderAuthorization', id: string, status: OrderAuthorizationStatus, grantedAt: string, revokedAt?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null } | null, orders?: { __typename?: 'OrderConnection', totalCount: number, nodes: Array<{ __typename?: 'Order', id: string, orderId: string }> } | null, resources?: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string }> } | null }> } | null } } };

export type ResourceListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
}>;


export type ResourceListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resources?: { __typename?: 'ResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Resource', id: string, resourceId: string, name: string, regionCode: string, serviceTypeCode: string, resourceTypeCode: string, isMainResource: boolean, status: ResourceStatus, effectiveTime: string, expireTime: string, expirePolicy: ExpirePolicy, autoRenewTimes?: number | null, customer?: { __typename?: 'SubCustomer', id: string } | null, order?: { __typename?: 'Order', id: string } | null, parentResource?: { __typename?: 'Resource', id: string } | null, dependents: Array<{ __typename?: 'Resource', id: string }> }> } | null } } };

export type OrgAssociationEventFieldsFragment = { __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, handledAt?: string | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string } | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null };

export type OrgAssociationEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationEventFilter>;
}>;


export type OrgAssociationEventsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', associationEvents?: { __typename?: 'AssociationEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, handledAt?: string | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string } | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null }> } | null } } };

export type OrgCustomerAssociationEventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  eventsFirst: Scalars['Int']['input'];
}>;


export type OrgCustomerAssociationEventsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, associationEvents?: { __typename?: 'AssociationEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AssociationEvent', id: string, eventType: AssociationEventType, initiator: AssociationInitiator, status: AssociationEventStatus, reason?: string | null, fromType?: AssociationType | null, toType?: AssociationType | null, createdAt: string, handledAt?: string | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string } | null, handledBy?: { __typename?: 'Member', id: string, loginName: string } | null }> } | null }> } | null } } };

export type OrgResellerCustomerAssociationEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgResellerCustomerAssociationEventsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', accountName: string, associationEvents?: { __typename?: 'AssociationEventConnection', totalCount: number } | null }> } | null }> } | null } } };

export type OrgMutUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type OrgMutRoleFragment = { __typename?: 'Role', id: string, name: string, description?: string | null, presetKey?: PresetRole | null, isCustom: boolean, memberCount: number, permissions: Array<{ __typename?: 'Permission', code: string }> };

export type OrgMutCreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type OrgMutCreateRoleMutation = { __typename?: 'Mutation', createRole: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string, name: string, description?: string | null, presetKey?: PresetRole | null, isCustom: boolean, memberCount: number, permissions: Array<{ __typename?: 'Permission', code: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutUpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type OrgMutUpdateRoleMutation = { __typename?: 'Mutation', updateRole: { __typename?: 'RolePayload', role?: { __typename?: 'Role', id: string, name: string, description?: string | null, presetKey?: PresetRole | null, isCustom: boolean, memberCount: number, permissions: Array<{ __typename?: 'Permission', code: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutDeleteRoleMutationVariables = Exact<{
  input: DeleteRoleInput;
}>;


export type OrgMutDeleteRoleMutation = { __typename?: 'Mutation', deleteRole: { __typename?: 'DeleteRolePayload', deletedRoleId?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutMemberFragment = { __typename?: 'Member', id: string, loginName: string, status: MemberStatus, roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }> | null, supervisor?: { __typename?: 'Member', id: string } | null };

export type OrgMutAssignMemberRolesMutationVariables = Exact<{
  input: AssignMemberRolesInput;
}>;


export type OrgMutAssignMemberRolesMutation = { __typename?: 'Mutation', assignMemberRoles: { __typename?: 'MemberPayload', unassignedCustomerCount: number, detachedManagerCount: number, member?: { __typename?: 'Member', id: string, loginName: string, status: MemberStatus, roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }> | null, supervisor?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutCancelMemberAssociationMutationVariables = Exact<{
  input: CancelMemberAssociationInput;
}>;


export type OrgMutCancelMemberAssociationMutation = { __typename?: 'Mutation', cancelMemberAssociation: { __typename?: 'MemberPayload', unassignedCustomerCount: number, detachedManagerCount: number, member?: { __typename?: 'Member', id: string, loginName: string, status: MemberStatus, roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }> | null, supervisor?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutInvitationFragment = { __typename?: 'MemberInvitation', id: string, channel: InvitationChannel, target: string, status: InvitationStatus, createdAt: string, expiresAt: string, roles: Array<{ __typename?: 'Role', id: string }>, invitedBy?: { __typename?: 'Member', id: string } | null };

export type OrgMutInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type OrgMutInviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'MemberInvitation', id: string, channel: InvitationChannel, target: string, status: InvitationStatus, createdAt: string, expiresAt: string, roles: Array<{ __typename?: 'Role', id: string }>, invitedBy?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutCancelInvitationMutationVariables = Exact<{
  input: CancelInvitationInput;
}>;


export type OrgMutCancelInvitationMutation = { __typename?: 'Mutation', cancelInvitation: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'MemberInvitation', id: string, channel: InvitationChannel, target: string, status: InvitationStatus, createdAt: string, expiresAt: string, roles: Array<{ __typename?: 'Role', id: string }>, invitedBy?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutAssignAccountManagerMutationVariables = Exact<{
  input: AssignAccountManagerInput;
}>;


export type OrgMutAssignAccountManagerMutation = { __typename?: 'Mutation', assignAccountManager: { __typename?: 'AssignAccountManagerPayload', customers: Array<{ __typename?: 'SubCustomer', id: string, accountName: string, accountManager?: { __typename?: 'Member', id: string, loginName: string } | null }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type OrgMutViewerMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgMutViewerMembersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', totalCount: number } | null } } };

export type OrgMutViewerCustomersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrgMutViewerCustomersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'SubCustomer', id: string, accountName: string }> } | null } } };

export type OrgMutAssignTwiceMutationVariables = Exact<{
  first: AssignMemberRolesInput;
  second: AssignMemberRolesInput;
}>;


export type OrgMutAssignTwiceMutation = { __typename?: 'Mutation', first: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', roles?: Array<{ __typename?: 'Role', id: string, memberCount: number }> | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> }, second: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', roles?: Array<{ __typename?: 'Role', id: string, memberCount: number }> | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type OrgRoleRefFragment = { __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null };

export type OrgMemberFieldsFragment = { __typename?: 'Member', id: string, loginName: string, displayName: string, email?: string | null, mobile?: string | null, status: MemberStatus, createdAt: string, roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }> | null, partner?: { __typename?: 'Partner', id: string } | null, supervisor?: { __typename?: 'Member', id: string, loginName: string } | null, supervisedManagers?: Array<{ __typename?: 'Member', id: string, loginName: string }> | null };

export type OrgMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
}>;


export type OrgMembersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Member', id: string, loginName: string, displayName: string, email?: string | null, mobile?: string | null, status: MemberStatus, createdAt: string, roles?: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }> | null, partner?: { __typename?: 'Partner', id: string } | null, supervisor?: { __typename?: 'Member', id: string, loginName: string } | null, supervisedManagers?: Array<{ __typename?: 'Member', id: string, loginName: string }> | null }> } | null } } };

export type OrgInvitationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<InvitationFilter>;
}>;


export type OrgInvitationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', invitations?: { __typename?: 'MemberInvitationConnection', totalCount: number, nodes: Array<{ __typename?: 'MemberInvitation', id: string, channel: InvitationChannel, target: string, status: InvitationStatus, createdAt: string, expiresAt: string, roles: Array<{ __typename?: 'Role', id: string, name: string, presetKey?: PresetRole | null }>, invitedBy?: { __typename?: 'Member', id: string, loginName: string } | null }> } | null } } };

export type OrgPermissionPointFragment = { __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean };

export type OrgPermissionTreeNodeFragment = { __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> };

export type OrgPermissionTreeFragment = { __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> };

export type OrgRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgRolesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', roles?: Array<{ __typename?: 'Role', isCustom: boolean, description?: string | null, memberCount: number, id: string, name: string, presetKey?: PresetRole | null, permissions: Array<{ __typename?: 'Permission', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean }>, permissionTree: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }> }> | null } } };

export type OrgViewerPermissionTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgViewerPermissionTreeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, permissionTree: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string, nameZh: string, nameEn: string, children: Array<{ __typename?: 'PermissionTreeNode', key: string }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }>, permissions: Array<{ __typename?: 'PermissionTreePoint', code: string, nameZh: string, nameEn: string, description: string, isDefault: boolean, adminOnly: boolean, sensitive: boolean, granted: boolean }> }> } };

export type OrgNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AccountChangeRecord', id: string }
    | { __typename: 'AdjustRecord', id: string }
    | { __typename: 'AssociationEvent', eventType: AssociationEventType, id: string }
    | { __typename: 'CloudStoreOrder', id: string }
    | { __typename: 'ConsumptionRecord', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponQuota', id: string }
    | { __typename: 'CouponRecord', id: string }
    | { __typename: 'CustomerInvitation', id: string }
    | { __typename: 'IncentiveRecord', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Member', loginName: string, id: string }
    | { __typename: 'MemberInvitation', target: string, id: string }
    | { __typename: 'MemberQualification', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderAuthorization', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'PartnerNews', id: string }
    | { __typename: 'QuotaRecord', id: string }
    | { __typename: 'RechargePayment', id: string }
    | { __typename: 'RemittanceClaim', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'Role', name: string, memberCount: number, id: string }
    | { __typename: 'SpecialistApplication', id: string }
    | { __typename: 'SubCustomer', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type OrgMemberRolesPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type OrgMemberRolesPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', nodes: Array<{ __typename?: 'Member', id: string, roles?: Array<{ __typename?: 'Role', id: string, memberCount: number }> | null, supervisor?: { __typename?: 'Member', id: string } | null, supervisedManagers?: Array<{ __typename?: 'Member', id: string }> | null }> } | null } } };

export type AcctRechargeFieldsFragment = { __typename?: 'RechargePayment', id: string, status: RechargePaymentStatus, paymentReference: string, providerReference?: string | null, createdAt: string, expiresAt: string, settledAt?: string | null, amount: { __typename?: 'Money', amount: string } };

export type AcctClaimFieldsFragment = { __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } };

export type AcctWithdrawalFieldsFragment = { __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } };

export type AcctCreateRechargeMutationVariables = Exact<{
  input: CreateRechargeInput;
}>;


export type AcctCreateRechargeMutation = { __typename?: 'Mutation', createRecharge: { __typename?: 'RechargePaymentPayload', rechargePayment?: { __typename?: 'RechargePayment', id: string, status: RechargePaymentStatus, paymentReference: string, providerReference?: string | null, createdAt: string, expiresAt: string, settledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctSettleRechargeMutationVariables = Exact<{
  input: SettleRechargePaymentInput;
}>;


export type AcctSettleRechargeMutation = { __typename?: 'Mutation', settleRechargePayment: { __typename?: 'RechargePaymentPayload', rechargePayment?: { __typename?: 'RechargePayment', id: string, status: RechargePaymentStatus, paymentReference: string, providerReference?: string | null, createdAt: string, expiresAt: string, settledAt?: string | null, partner?: { __typename?: 'Partner', id: string, name: string } | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctSubmitClaimMutationVariables = Exact<{
  input: SubmitRemittanceClaimInput;
}>;


export type AcctSubmitClaimMutation = { __typename?: 'Mutation', submitRemittanceClaim: { __typename?: 'RemittanceClaimPayload', remittanceClaim?: { __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctCancelClaimMutationVariables = Exact<{
  input: RemittanceClaimActionInput;
}>;


export type AcctCancelClaimMutation = { __typename?: 'Mutation', cancelRemittanceClaim: { __typename?: 'RemittanceClaimPayload', remittanceClaim?: { __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctConfirmClaimMutationVariables = Exact<{
  input: RemittanceClaimActionInput;
}>;


export type AcctConfirmClaimMutation = { __typename?: 'Mutation', confirmRemittanceClaim: { __typename?: 'RemittanceClaimPayload', remittanceClaim?: { __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctRejectClaimMutationVariables = Exact<{
  input: RejectRemittanceClaimInput;
}>;


export type AcctRejectClaimMutation = { __typename?: 'Mutation', rejectRemittanceClaim: { __typename?: 'RemittanceClaimPayload', remittanceClaim?: { __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctRequestWithdrawalMutationVariables = Exact<{
  input: RequestWithdrawalInput;
}>;


export type AcctRequestWithdrawalMutation = { __typename?: 'Mutation', requestWithdrawal: { __typename?: 'WithdrawalPayload', withdrawal?: { __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctPayWithdrawalMutationVariables = Exact<{
  input: PayWithdrawalInput;
}>;


export type AcctPayWithdrawalMutation = { __typename?: 'Mutation', payWithdrawal: { __typename?: 'WithdrawalPayload', withdrawal?: { __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctRejectWithdrawalMutationVariables = Exact<{
  input: RejectWithdrawalInput;
}>;


export type AcctRejectWithdrawalMutation = { __typename?: 'Mutation', rejectWithdrawal: { __typename?: 'WithdrawalPayload', withdrawal?: { __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type AcctRequestCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type AcctRequestCodeMutation = { __typename?: 'Mutation', requestVerificationCode: { __typename?: 'RequestVerificationCodePayload', sentTo?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type AcctPartnerListsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  rechargeFilter?: InputMaybe<RechargePaymentFilter>;
  claimFilter?: InputMaybe<RemittanceClaimFilter>;
  withdrawalFilter?: InputMaybe<WithdrawalFilter>;
}>;


export type AcctPartnerListsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', id: string, contractingEntity?: string | null, rechargePayments?: { __typename?: 'RechargePaymentConnection', totalCount: number, nodes: Array<{ __typename?: 'RechargePayment', id: string, status: RechargePaymentStatus, paymentReference: string, providerReference?: string | null, createdAt: string, expiresAt: string, settledAt?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null, remittanceClaims?: { __typename?: 'RemittanceClaimConnection', totalCount: number, nodes: Array<{ __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null, withdrawals?: { __typename?: 'WithdrawalConnection', totalCount: number, nodes: Array<{ __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null } } };

export type AcctNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcctNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord', id: string }
    | { __typename?: 'AdjustRecord', id: string }
    | { __typename?: 'AssociationEvent', id: string }
    | { __typename?: 'CloudStoreOrder', id: string }
    | { __typename?: 'ConsumptionRecord', id: string }
    | { __typename?: 'Coupon', id: string }
    | { __typename?: 'CouponQuota', id: string }
    | { __typename?: 'CouponRecord', id: string }
    | { __typename?: 'CustomerInvitation', id: string }
    | { __typename?: 'IncentiveRecord', id: string }
    | { __typename?: 'Invoice', id: string }
    | { __typename?: 'Member', id: string }
    | { __typename?: 'MemberInvitation', id: string }
    | { __typename?: 'MemberQualification', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Order', id: string }
    | { __typename?: 'OrderAuthorization', id: string }
    | { __typename?: 'Partner', id: string }
    | { __typename?: 'PartnerNews', id: string }
    | { __typename?: 'QuotaRecord', id: string }
    | { __typename?: 'RechargePayment', id: string, rechargeStatus: RechargePaymentStatus }
    | { __typename?: 'RemittanceClaim', id: string, claimStatus: RemittanceClaimStatus }
    | { __typename?: 'Resource', id: string }
    | { __typename?: 'Role', id: string }
    | { __typename?: 'SpecialistApplication', id: string }
    | { __typename?: 'SubCustomer', id: string }
    | { __typename?: 'Withdrawal', bankAccountNumber: string, id: string, withdrawalStatus: WithdrawalStatus }
   | null };

export type AcctOperatorQueuesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  claimFilter?: InputMaybe<RemittanceClaimFilter>;
  withdrawalFilter?: InputMaybe<WithdrawalFilter>;
  rechargeFilter?: InputMaybe<RechargePaymentFilter>;
}>;


export type AcctOperatorQueuesQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', remittanceClaims?: { __typename?: 'RemittanceClaimConnection', totalCount: number, nodes: Array<{ __typename?: 'RemittanceClaim', id: string, payerName: string, bankReference: string, remittedOn: string, memo?: string | null, status: RemittanceClaimStatus, reason?: string | null, tradeId?: string | null, handledAt?: string | null, partner?: { __typename?: 'Partner', id: string, name: string } | null, amount: { __typename?: 'Money', amount: string } }> } | null, withdrawals?: { __typename?: 'WithdrawalConnection', totalCount: number, nodes: Array<{ __typename?: 'Withdrawal', id: string, account: WithdrawalAccount, bankName: string, accountName: string, bankAccountNumber: string, status: WithdrawalStatus, tradeId: string, reason?: string | null, payoutReference?: string | null, handledAt?: string | null, partner?: { __typename?: 'Partner', id: string, name: string } | null, amount: { __typename?: 'Money', amount: string } }> } | null, rechargePayments?: { __typename?: 'RechargePaymentConnection', totalCount: number, nodes: Array<{ __typename?: 'RechargePayment', id: string, status: RechargePaymentStatus, paymentReference: string, providerReference?: string | null, createdAt: string, expiresAt: string, settledAt?: string | null, amount: { __typename?: 'Money', amount: string } }> } | null } };

export type AcctOperatorPartnersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AcctOperatorPartnersQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', partners?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', id: string, contractingEntity?: string | null, remittanceClaims?: { __typename?: 'RemittanceClaimConnection', totalCount: number, nodes: Array<{ __typename?: 'RemittanceClaim', id: string, status: RemittanceClaimStatus }> } | null, withdrawals?: { __typename?: 'WithdrawalConnection', totalCount: number, nodes: Array<{ __typename?: 'Withdrawal', id: string, status: WithdrawalStatus }> } | null }> } | null } };

export type PayAgrUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type PayAgrAgreementFragment = { __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } };

export type PayAgrCreateMutationVariables = Exact<{
  input: CreatePaymentAgreementInput;
}>;


export type PayAgrCreateMutation = { __typename?: 'Mutation', createPaymentAgreement: { __typename?: 'PaymentAgreementPayload', agreement?: { __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, customer?: { __typename?: 'SubCustomer', id: string } | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type PayAgrAcceptMutationVariables = Exact<{
  input: AnswerPaymentAgreementInput;
}>;


export type PayAgrAcceptMutation = { __typename?: 'Mutation', acceptPaymentAgreement: { __typename?: 'PaymentAgreementPayload', agreement?: { __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type PayAgrRejectMutationVariables = Exact<{
  input: AnswerPaymentAgreementInput;
}>;


export type PayAgrRejectMutation = { __typename?: 'Mutation', rejectPaymentAgreement: { __typename?: 'PaymentAgreementPayload', agreement?: { __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type PayAgrTerminateMutationVariables = Exact<{
  input: TerminatePaymentAgreementInput;
}>;


export type PayAgrTerminateMutation = { __typename?: 'Mutation', terminatePaymentAgreement: { __typename?: 'PaymentAgreementPayload', agreement?: { __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type PayAgrPartnerListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<PaymentAgreementFilter>;
}>;


export type PayAgrPartnerListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', paymentAgreements?: { __typename?: 'PaymentAgreementConnection', totalCount: number, nodes: Array<{ __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, customer?: { __typename?: 'SubCustomer', id: string, accountName: string, paymentAgreement?: { __typename?: 'PaymentAgreement', id: string, status: PaymentAgreementStatus } | null } | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } }> } | null } } };

export type PayAgrCustomersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type PayAgrCustomersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', customers?: { __typename?: 'SubCustomerConnection', nodes: Array<{ __typename?: 'SubCustomer', id: string, paymentAgreement?: { __typename?: 'PaymentAgreement', id: string, status: PaymentAgreementStatus } | null }> } | null } } };

export type PayAgrCustomerListQueryVariables = Exact<{ [key: string]: never; }>;


export type PayAgrCustomerListQuery = { __typename?: 'Query', customerViewer: { __typename?: 'CustomerViewer', paymentAgreements: { __typename?: 'PaymentAgreementConnection', nodes: Array<{ __typename?: 'PaymentAgreement', id: string, agreementType: PaymentAgreementType, status: PaymentAgreementStatus, createdAt: string, expiresAt: string, answeredAt?: string | null, terminatedAt?: string | null, terminatedBy?: AgreementParty | null, reason?: string | null, perOrderLimit?: { __typename?: 'Money', amount: string } | null, monthlyLimit?: { __typename?: 'Money', amount: string } | null, usedThisMonth: { __typename?: 'Money', amount: string } }> } } };

export type PayAgrPayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayAgrPayOrderMutation = { __typename?: 'Mutation', payOrder: { __typename?: 'PayOrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus, amountInfo: { __typename?: 'OrderAmountInfo', onBehalfAmount: { __typename?: 'Money', amount: string }, creditAmount: { __typename?: 'Money', amount: string } } } | null, cashPaid?: { __typename?: 'Money', amount: string } | null, creditPaid?: { __typename?: 'Money', amount: string } | null, paidOnBehalf?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type PerfFiguresFragment = { __typename?: 'PerformanceFigures', paidOrders: number, newCustomers: number, revenue: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, refundAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, consumptionAmount: { __typename?: 'Money', amount: string } };

export type PerfResellerFiguresFragment = { __typename?: 'ResellerPerformance', paidOrders: number, newCustomers: number, revenue: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, refundAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, consumptionAmount: { __typename?: 'Money', amount: string } };

export type PerfResellersQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PerfResellersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellerPerformance?: { __typename?: 'ResellerPerformanceConnection', from: string, to: string, totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ResellerPerformance', paidOrders: number, newCustomers: number, reseller: { __typename?: 'Partner', id: string, name: string }, revenue: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, refundAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, consumptionAmount: { __typename?: 'Money', amount: string } }>, total: { __typename?: 'PerformanceFigures', paidOrders: number, newCustomers: number, revenue: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, refundAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, consumptionAmount: { __typename?: 'Money', amount: string } }, own: { __typename?: 'PerformanceFigures', paidOrders: number, newCustomers: number, revenue: { __typename?: 'Money', amount: string }, paidAmount: { __typename?: 'Money', amount: string }, refundAmount: { __typename?: 'Money', amount: string }, couponAmount: { __typename?: 'Money', amount: string }, consumptionAmount: { __typename?: 'Money', amount: string } } } | null } } };

export type PerfResellersPageQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PerfResellersPageQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellerPerformance?: { __typename?: 'ResellerPerformanceConnection', nodes: Array<{ __typename?: 'ResellerPerformance', newCustomers: number, reseller: { __typename?: 'Partner', id: string, name: string }, revenue: { __typename?: 'Money', amount: string } }> } | null } } };

export type PerfParentResellersQueryVariables = Exact<{ [key: string]: never; }>;


export type PerfParentResellersQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', parent?: { __typename?: 'Partner', name: string, resellerPerformance?: { __typename?: 'ResellerPerformanceConnection', nodes: Array<{ __typename?: 'ResellerPerformance', reseller: { __typename?: 'Partner', name: string } }> } | null } | null } } };

export type PerfOfResellerQueryVariables = Exact<{ [key: string]: never; }>;


export type PerfOfResellerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', resellers?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', name: string, resellerPerformance?: { __typename?: 'ResellerPerformanceConnection', nodes: Array<{ __typename?: 'ResellerPerformance', reseller: { __typename?: 'Partner', name: string } }> } | null }> } | null } } };

export type PerfOperatorQueryVariables = Exact<{
  identity?: InputMaybe<PartnerIdentity>;
}>;


export type PerfOperatorQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', partners?: { __typename?: 'PartnerConnection', nodes: Array<{ __typename?: 'Partner', id: string, name: string, resellerPerformance?: { __typename?: 'ResellerPerformanceConnection', nodes: Array<{ __typename?: 'ResellerPerformance', reseller: { __typename?: 'Partner', id: string, name: string }, revenue: { __typename?: 'Money', amount: string } }>, total: { __typename?: 'PerformanceFigures', revenue: { __typename?: 'Money', amount: string } } } | null }> } | null } };

export type QuoteUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type QuoteCatalogueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceCatalogueFilter>;
}>;


export type QuoteCatalogueQuery = { __typename?: 'Query', priceCatalogue: { __typename?: 'PriceCatalogueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PriceCatalogueEntry', id: string, productCode: string, serviceTypeCode: string, resourceTypeCode: string, productSpecDesc: string, regionCode: string, periodType: PeriodType, listPrice: { __typename?: 'Money', amount: string, currency: string } }> } };

export type QuotePriceQueryVariables = Exact<{
  input: QuotePriceInput;
}>;


export type QuotePriceQuery = { __typename?: 'Query', quotePrice: { __typename?: 'QuotePricePayload', items: Array<{ __typename?: 'PriceQuoteItem', index: number, periodCount: number, quantity: number, entry: { __typename?: 'PriceCatalogueEntry', productCode: string, serviceTypeCode: string, regionCode: string, periodType: PeriodType, listPrice: { __typename?: 'Money', amount: string } }, listAmount: { __typename?: 'Money', amount: string }, discounts: Array<{ __typename?: 'DiscountQuote', discountType: CustomerDiscountType, discountRate: number, discount: { __typename?: 'CustomerDiscount', serviceTypeCode?: string | null }, discountAmount: { __typename?: 'Money', amount: string }, finalPrice: { __typename?: 'Money', amount: string } }>, finalPrice: { __typename?: 'Money', amount: string } }>, listTotal?: { __typename?: 'Money', amount: string } | null, finalTotal?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type QuoteRenewalQueryVariables = Exact<{
  input: QuoteRenewalInput;
}>;


export type QuoteRenewalQuery = { __typename?: 'Query', quoteRenewal: { __typename?: 'QuoteRenewalPayload', lines: Array<{ __typename?: 'RenewalQuoteLine', index: number, resource: { __typename?: 'Resource', id: string, isMainResource: boolean }, mainResource?: { __typename?: 'Resource', id: string } | null, amount: { __typename?: 'Money', amount: string } }>, failed: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }>, total?: { __typename?: 'Money', amount: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type RegSendCustomerRegistrationCodeMutationVariables = Exact<{
  input: SendCustomerRegistrationCodeInput;
}>;


export type RegSendCustomerRegistrationCodeMutation = { __typename?: 'Mutation', sendCustomerRegistrationCode: { __typename?: 'SendCustomerRegistrationCodePayload', sentTo?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field?: string | null }> } };

export type SelfUserErrorFragment = { __typename?: 'UserError', code: string, field?: string | null, message: string };

export type SelfQualificationFragment = { __typename?: 'MemberQualification', id: string, kind: QualificationKind, title: string, organisation?: string | null, startedOn?: string | null, endedOn?: string | null, description?: string | null, createdAt: string, updatedAt: string };

export type SelfApplicationFragment = { __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string };

export type SelfAcceptMutationVariables = Exact<{
  input: AcceptMemberInvitationInput;
}>;


export type SelfAcceptMutation = { __typename?: 'Mutation', acceptMemberInvitation: { __typename?: 'AcceptMemberInvitationPayload', memberId?: string | null, loginName?: string | null, token?: string | null, tokenExpiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfUpdateAccountMutationVariables = Exact<{
  input: UpdateMyAccountInput;
}>;


export type SelfUpdateAccountMutation = { __typename?: 'Mutation', updateMyAccount: { __typename?: 'MyAccountPayload', member?: { __typename?: 'Member', id: string, displayName: string, email?: string | null, mobile?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfChangePasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type SelfChangePasswordMutation = { __typename?: 'Mutation', changeMyPassword: { __typename?: 'ChangeMyPasswordPayload', token?: string | null, tokenExpiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfRequestCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type SelfRequestCodeMutation = { __typename?: 'Mutation', requestVerificationCode: { __typename?: 'RequestVerificationCodePayload', sentTo?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfMeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', member: { __typename?: 'Member', id: string, loginName: string, displayName: string, email?: string | null, mobile?: string | null, roles?: Array<{ __typename?: 'Role', name: string }> | null, qualifications?: Array<{ __typename?: 'MemberQualification', id: string, kind: QualificationKind, title: string, organisation?: string | null, startedOn?: string | null, endedOn?: string | null, description?: string | null, createdAt: string, updatedAt: string }> | null, specialistApplications?: Array<{ __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string }> | null } } };

export type SelfMemberQualificationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfMemberQualificationsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member', id: string, status: MemberStatus, qualifications?: Array<{ __typename?: 'MemberQualification', id: string, kind: QualificationKind, title: string, organisation?: string | null, startedOn?: string | null, endedOn?: string | null, description?: string | null, createdAt: string, updatedAt: string }> | null, specialistApplications?: Array<{ __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string }> | null }
    | { __typename?: 'MemberInvitation' }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type SelfNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord', id: string }
    | { __typename?: 'AdjustRecord', id: string }
    | { __typename?: 'AssociationEvent', id: string }
    | { __typename?: 'CloudStoreOrder', id: string }
    | { __typename?: 'ConsumptionRecord', id: string }
    | { __typename?: 'Coupon', id: string }
    | { __typename?: 'CouponQuota', id: string }
    | { __typename?: 'CouponRecord', id: string }
    | { __typename?: 'CustomerInvitation', id: string }
    | { __typename?: 'IncentiveRecord', id: string }
    | { __typename?: 'Invoice', id: string }
    | { __typename?: 'Member', id: string }
    | { __typename?: 'MemberInvitation', id: string }
    | { __typename?: 'MemberQualification', title: string, id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Order', id: string }
    | { __typename?: 'OrderAuthorization', id: string }
    | { __typename?: 'Partner', id: string }
    | { __typename?: 'PartnerNews', id: string }
    | { __typename?: 'QuotaRecord', id: string }
    | { __typename?: 'RechargePayment', id: string }
    | { __typename?: 'RemittanceClaim', id: string }
    | { __typename?: 'Resource', id: string }
    | { __typename?: 'Role', id: string }
    | { __typename?: 'SpecialistApplication', status: SpecialistApplicationStatus, id: string }
    | { __typename?: 'SubCustomer', id: string }
    | { __typename?: 'Withdrawal', id: string }
   | null };

export type SelfSaveQualificationMutationVariables = Exact<{
  input: SaveMyQualificationInput;
}>;


export type SelfSaveQualificationMutation = { __typename?: 'Mutation', saveMyQualification: { __typename?: 'MyQualificationPayload', qualification?: { __typename?: 'MemberQualification', id: string, kind: QualificationKind, title: string, organisation?: string | null, startedOn?: string | null, endedOn?: string | null, description?: string | null, createdAt: string, updatedAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfDeleteQualificationMutationVariables = Exact<{
  input: DeleteMyQualificationInput;
}>;


export type SelfDeleteQualificationMutation = { __typename?: 'Mutation', deleteMyQualification: { __typename?: 'MyQualificationPayload', qualification?: { __typename?: 'MemberQualification', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfApplySpecialistMutationVariables = Exact<{
  input: ApplyForProjectSpecialistInput;
}>;


export type SelfApplySpecialistMutation = { __typename?: 'Mutation', applyForProjectSpecialist: { __typename?: 'SpecialistApplicationPayload', application?: { __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string, member?: { __typename?: 'Member', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfAssessSpecialistMutationVariables = Exact<{
  input: AssessSpecialistApplicationInput;
}>;


export type SelfAssessSpecialistMutation = { __typename?: 'Mutation', assessSpecialistApplication: { __typename?: 'SpecialistApplicationPayload', application?: { __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: string | null, message: string }> } };

export type SelfOperatorQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SpecialistApplicationStatus>;
}>;


export type SelfOperatorQueueQuery = { __typename?: 'Query', operatorViewer: { __typename?: 'OperatorViewer', specialistApplications?: { __typename?: 'SpecialistApplicationConnection', totalCount: number, nodes: Array<{ __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string }> } | null } };

export type SelfInvitationTokenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfInvitationTokenQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccountChangeRecord' }
    | { __typename?: 'AdjustRecord' }
    | { __typename?: 'AssociationEvent' }
    | { __typename?: 'CloudStoreOrder' }
    | { __typename?: 'ConsumptionRecord' }
    | { __typename?: 'Coupon' }
    | { __typename?: 'CouponQuota' }
    | { __typename?: 'CouponRecord' }
    | { __typename?: 'CustomerInvitation' }
    | { __typename?: 'IncentiveRecord' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberInvitation', id: string, status: InvitationStatus, acceptToken?: string | null, acceptedAt?: string | null }
    | { __typename?: 'MemberQualification' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAuthorization' }
    | { __typename?: 'Partner' }
    | { __typename?: 'PartnerNews' }
    | { __typename?: 'QuotaRecord' }
    | { __typename?: 'RechargePayment' }
    | { __typename?: 'RemittanceClaim' }
    | { __typename?: 'Resource' }
    | { __typename?: 'Role' }
    | { __typename?: 'SpecialistApplication' }
    | { __typename?: 'SubCustomer' }
    | { __typename?: 'Withdrawal' }
   | null };

export type SelfMembersQualificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SelfMembersQualificationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', partner: { __typename?: 'Partner', members?: { __typename?: 'MemberConnection', nodes: Array<{ __typename?: 'Member', id: string, qualifications?: Array<{ __typename?: 'MemberQualification', id: string, kind: QualificationKind, title: string, organisation?: string | null, startedOn?: string | null, endedOn?: string | null, description?: string | null, createdAt: string, updatedAt: string }> | null, specialistApplications?: Array<{ __typename?: 'SpecialistApplication', id: string, status: SpecialistApplicationStatus, resume: string, createdAt: string, assessedAt?: string | null, assessment?: string | null, applicantName: string, partnerName: string, member?: { __typename?: 'Member', id: string } | null }> | null }> } | null } } };

export type SelfNewsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SelfNewsQuery = { __typename?: 'Query', partnerNews: { __typename?: 'PartnerNewsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PartnerNews', id: string, title: string, summary: string, body: string, publishedAt: string }> } };

export const AssocCustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssocCustomerFieldsFragment, unknown>;
export const AssocUserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocUserErrorFieldsFragment, unknown>;
export const AssocChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocChangeFieldsFragment, unknown>;
export const CloudStoreOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CloudStoreOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudStoreOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"curated"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resalePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]} as unknown as DocumentNode<CloudStoreOrderFieldsFragment, unknown>;
export const CouponHistErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponHistErrorFragment, unknown>;
export const CouponHistRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponHistRecordFragment, unknown>;
export const CouponMutUserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutUserErrorFieldsFragment, unknown>;
export const CouponMutRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponMutRecordFieldsFragment, unknown>;
export const CouponMutQuotaRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutQuotaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponMutQuotaRecordFieldsFragment, unknown>;
export const CouponFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponFieldsFragment, unknown>;
export const CouponQuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponQuotaFieldsFragment, unknown>;
export const InviteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<InviteFieldsFragment, unknown>;
export const FundsAdjustRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundsAdjustRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"operationTime"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<FundsAdjustRecordFieldsFragment, unknown>;
export const FundsAccountChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundsAccountChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerType"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"tradeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundsAccountChangeFieldsFragment, unknown>;
export const IncentiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"titleType"}},{"kind":"Field","name":{"kind":"Name","value":"titleName"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceType"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNo"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnCourierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]}}]} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const ModelUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelUserErrorFragment, unknown>;
export const OrderMutUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrderMutUserErrorFragment, unknown>;
export const OrderMutOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<OrderMutOrderFragment, unknown>;
export const OrderMutResourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}}]}}]}}]} as unknown as DocumentNode<OrderMutResourceFragment, unknown>;
export const OrgAssociationEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAssociationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<OrgAssociationEventFieldsFragment, unknown>;
export const OrgMutUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutUserErrorFragment, unknown>;
export const OrgMutRoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OrgMutRoleFragment, unknown>;
export const OrgMutMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgMutMemberFragment, unknown>;
export const OrgMutInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgMutInvitationFragment, unknown>;
export const OrgRoleRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRoleRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}}]} as unknown as DocumentNode<OrgRoleRefFragment, unknown>;
export const OrgMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRoleRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRoleRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}}]} as unknown as DocumentNode<OrgMemberFieldsFragment, unknown>;
export const OrgPermissionPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]} as unknown as DocumentNode<OrgPermissionPointFragment, unknown>;
export const OrgPermissionTreeNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]} as unknown as DocumentNode<OrgPermissionTreeNodeFragment, unknown>;
export const OrgPermissionTreeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionPoint"}}]}}]}}]} as unknown as DocumentNode<OrgPermissionTreeFragment, unknown>;
export const AcctRechargeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctRechargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]} as unknown as DocumentNode<AcctRechargeFieldsFragment, unknown>;
export const AcctClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctClaimFieldsFragment, unknown>;
export const AcctWithdrawalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctWithdrawalFieldsFragment, unknown>;
export const PayAgrUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrUserErrorFragment, unknown>;
export const PayAgrAgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PayAgrAgreementFragment, unknown>;
export const PerfFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerfFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}}]}}]} as unknown as DocumentNode<PerfFiguresFragment, unknown>;
export const PerfResellerFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerfResellerFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}}]}}]} as unknown as DocumentNode<PerfResellerFiguresFragment, unknown>;
export const QuoteUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuoteUserErrorFragment, unknown>;
export const SelfUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfUserErrorFragment, unknown>;
export const SelfQualificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfQualification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SelfQualificationFragment, unknown>;
export const SelfApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]} as unknown as DocumentNode<SelfApplicationFragment, unknown>;
export const AssocCheckCustomerRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssocCheckCustomerRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckCustomerRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkCustomerRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocCheckCustomerRegistrationQuery, AssocCheckCustomerRegistrationQueryVariables>;
export const AssocCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocCreateCustomerMutation, AssocCreateCustomerMutationVariables>;
export const AssocCreateCustomerInFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocCreateCustomerInFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telephone"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"customerType"}},{"kind":"Field","name":{"kind":"Name","value":"customerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"isFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"xaccountId"}},{"kind":"Field","name":{"kind":"Name","value":"xaccountType"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocCreateCustomerInFullMutation, AssocCreateCustomerInFullMutationVariables>;
export const AssocUnbindCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocUnbindCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AssocUnbindCustomerMutation, AssocUnbindCustomerMutationVariables>;
export const AssocSwitchAssociationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocSwitchAssociationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchAssociationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAssociationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AssocSwitchAssociationTypeMutation, AssocSwitchAssociationTypeMutationVariables>;
export const AssocHandleUnbindRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocHandleUnbindRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandleUnbindRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleUnbindRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocCustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocCustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AssocHandleUnbindRequestMutation, AssocHandleUnbindRequestMutationVariables>;
export const AssocGrantOrderAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocGrantOrderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantOrderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocGrantOrderAuthorizationMutation, AssocGrantOrderAuthorizationMutationVariables>;
export const AssocRevokeOrderAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocRevokeOrderAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeOrderAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOrderAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocRevokeOrderAuthorizationMutation, AssocRevokeOrderAuthorizationMutationVariables>;
export const AssocRequestVerificationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocRequestVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocRequestVerificationCodeMutation, AssocRequestVerificationCodeMutationVariables>;
export const AssocUpdatePartnerSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocUpdatePartnerSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocUpdatePartnerSettingsMutation, AssocUpdatePartnerSettingsMutationVariables>;
export const AssocAnswerUnbindRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocAnswerUnbindRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerUnbindRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerUnbindRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCouponCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocAnswerUnbindRequestMutation, AssocAnswerUnbindRequestMutationVariables>;
export const AssocRequestUnbindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssocRequestUnbind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUnbindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUnbind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssocUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssocUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssocRequestUnbindMutation, AssocRequestUnbindMutationVariables>;
export const AssocCustomerViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssocCustomerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AssocCustomerViewerQuery, AssocCustomerViewerQueryVariables>;
export const AssocPartnerSeesCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssocPartnerSeesCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssocPartnerSeesCustomerQuery, AssocPartnerSeesCustomerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CloudStoreOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudStoreOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudStoreOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudStoreOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CloudStoreOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CloudStoreOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudStoreOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"curated"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resalePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]} as unknown as DocumentNode<CloudStoreOrdersQuery, CloudStoreOrdersQueryVariables>;
export const ConsumptionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsumptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumptionFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumptionRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"chargingMode"}},{"kind":"Field","name":{"kind":"Name","value":"billDetailType"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsumptionListQuery, ConsumptionListQueryVariables>;
export const CustomerConsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerConsumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"billCycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billCycle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerConsumptionQuery, CustomerConsumptionQueryVariables>;
export const CouponHistIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponHistIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponHistIssueMutation, CouponHistIssueMutationVariables>;
export const CouponHistPartnerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponHistPartnerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponHistPartnerListQuery, CouponHistPartnerListQueryVariables>;
export const CouponHistCustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponHistCustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCouponFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponHistCustomerListQuery, CouponHistCustomerListQueryVariables>;
export const CouponHistRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponHistRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponHistoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistRecord"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponHistRecordsQuery, CouponHistRecordsQueryVariables>;
export const CouponHistNestedRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponHistNestedRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponHistNestedRecordsQuery, CouponHistNestedRecordsQueryVariables>;
export const CouponHistPartnerRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponHistPartnerRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistRecord"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponHistPartnerRecordsQuery, CouponHistPartnerRecordsQueryVariables>;
export const CouponHistReclaimFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponHistReclaimFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponHistReclaimFundsMutation, CouponHistReclaimFundsMutationVariables>;
export const CouponHistIssueSubQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponHistIssueSubQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSubQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSubQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponHistError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponHistError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponHistIssueSubQuotaMutation, CouponHistIssueSubQuotaMutationVariables>;
export const CouponMutIssueCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutIssueCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponFields"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutRecordFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponMutIssueCouponsMutation, CouponMutIssueCouponsMutationVariables>;
export const CouponMutReclaimCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutReclaimCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponFields"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutRecordFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouponMutReclaimCouponsMutation, CouponMutReclaimCouponsMutationVariables>;
export const CouponMutIssueSubQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutIssueSubQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSubQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSubQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutQuotaRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutQuotaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutIssueSubQuotaMutation, CouponMutIssueSubQuotaMutationVariables>;
export const CouponMutReclaimSubQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutReclaimSubQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimSubQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimSubQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutQuotaRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutQuotaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutReclaimSubQuotaMutation, CouponMutReclaimSubQuotaMutationVariables>;
export const CouponMutCustomerViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponMutCustomerView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]} as unknown as DocumentNode<CouponMutCustomerViewQuery, CouponMutCustomerViewQueryVariables>;
export const CouponMutSetVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutSetVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutSetVerificationMutation, CouponMutSetVerificationMutationVariables>;
export const CouponMutRequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutRequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutRequestCodeMutation, CouponMutRequestCodeMutationVariables>;
export const CouponMutIssueCouponsBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponMutIssueCouponsBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponMutUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponMutUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CouponMutIssueCouponsBriefMutation, CouponMutIssueCouponsBriefMutationVariables>;
export const DistCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponFields"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DistCouponsQuery, DistCouponsQueryVariables>;
export const PartnerCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCouponsQuery, PartnerCouponsQueryVariables>;
export const PartnerCouponQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCouponQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuotaFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerCouponQuotasQuery, PartnerCouponQuotasQueryVariables>;
export const OwnCouponQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnCouponQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuotaFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouponQuotaFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouponQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}},{"kind":"Field","name":{"kind":"Name","value":"designatedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OwnCouponQuotasQuery, OwnCouponQuotasQueryVariables>;
export const QuotaParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuotaParentQuery, QuotaParentQueryVariables>;
export const CouponNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"couponOperation"},"name":{"kind":"Name","value":"operationType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"quotaOperation"},"name":{"kind":"Name","value":"operationType"}}]}}]}}]}}]} as unknown as DocumentNode<CouponNodeQuery, CouponNodeQueryVariables>;
export const CustomerCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"couponsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCouponFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"couponsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"couponId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCouponsQuery, CustomerCouponsQueryVariables>;
export const ResellerCustomerCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerCustomerCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerCustomerCouponsQuery, ResellerCustomerCouponsQueryVariables>;
export const CouponRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponRecordsQuery, CouponRecordsQueryVariables>;
export const QuotaRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuotaRecordsQuery, QuotaRecordsQueryVariables>;
export const PartnerQuotaRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerQuotaRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerQuotaRecordsQuery, PartnerQuotaRecordsQueryVariables>;
export const InviteCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pngBase64"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<InviteCreateMutation, InviteCreateMutationVariables>;
export const InviteCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelCustomerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCustomerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<InviteCancelMutation, InviteCancelMutationVariables>;
export const InviteAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCustomerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCustomerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"associatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InviteAcceptMutation, InviteAcceptMutationVariables>;
export const InviteListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInvitationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<InviteListQuery, InviteListQueryVariables>;
export const InviteCustomerViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteCustomerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteCustomerViewerQuery, InviteCustomerViewerQueryVariables>;
export const CustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"associatedOn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const CustomerNestedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNestedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerNestedPageQuery, CustomerNestedPageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountManagerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountManagerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountManagerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByServiceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomersByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resaleRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiredCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringPendingOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionByAccountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ResellerDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumptionByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerDashboardQuery, ResellerDashboardQueryVariables>;
export const CustomerDiscountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDiscounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeExpired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeExpired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeExpired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDiscountsQuery, CustomerDiscountsQueryVariables>;
export const AllocateFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateFundsMutation, AllocateFundsMutationVariables>;
export const ReclaimFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReclaimFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReclaimFundsMutation, ReclaimFundsMutationVariables>;
export const AllocateFundsToResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateFundsToReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundsToResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFundsToReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateFundsToResellerMutation, AllocateFundsToResellerMutationVariables>;
export const ReclaimFundsFromResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReclaimFundsFromReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimFundsFromResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimFundsFromReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReclaimFundsFromResellerMutation, ReclaimFundsFromResellerMutationVariables>;
export const RequestVerificationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestVerificationCodeMutation, RequestVerificationCodeMutationVariables>;
export const UpdatePartnerSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlertThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBalanceAlertThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerSettingsMutation, UpdatePartnerSettingsMutationVariables>;
export const FundsAdjustRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsAdjustRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundsAdjustRecordFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundsAdjustRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transId"}},{"kind":"Field","name":{"kind":"Name","value":"operationTime"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<FundsAdjustRecordsQuery, FundsAdjustRecordsQueryVariables>;
export const FundsAccountChangeRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsAccountChangeRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountChangeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundsAccountChangeFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundsAccountChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerType"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"tradeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundsAccountChangeRecordsQuery, FundsAccountChangeRecordsQueryVariables>;
export const FundsCustomerLedgersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsCustomerLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountChangeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundsAccountChangeFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundsAccountChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerType"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"tradeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"tradeTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundsCustomerLedgersQuery, FundsCustomerLedgersQueryVariables>;
export const FundsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeId"}}]}}]}}]}}]} as unknown as DocumentNode<FundsNodeQuery, FundsNodeQueryVariables>;
export const FundsPartnerAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsPartnerAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAlertThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBalanceAlertThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundsPartnerAccountsQuery, FundsPartnerAccountsQueryVariables>;
export const FundsResellerAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsResellerAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundsResellerAccountsQuery, FundsResellerAccountsQueryVariables>;
export const IncentiveListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentiveAutoApply"}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncentiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveListQuery, IncentiveListQueryVariables>;
export const IncentivePceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentivePce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pceEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"newCloudCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"cashPaidBeforeVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentivePceQuery, IncentivePceQueryVariables>;
export const IncentiveInvoicingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveInvoicing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentiveInvoicingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toInvoiceAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveInvoicingQuery, IncentiveInvoicingQueryVariables>;
export const IncentiveStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentiveStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveStatsQuery, IncentiveStatsQueryVariables>;
export const IncentiveOperatorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveOperatorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncentiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveOperatorListQuery, IncentiveOperatorListQueryVariables>;
export const IncentiveApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncentiveApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyIncentivesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyIncentives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncentiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveApplyMutation, IncentiveApplyMutationVariables>;
export const IncentiveAutoApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncentiveAutoApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIncentiveAutoApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIncentiveAutoApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveAutoApply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveAutoApplyMutation, IncentiveAutoApplyMutationVariables>;
export const IncentiveInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncentiveInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceIncentiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceIncentive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncentiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveInvoiceMutation, IncentiveInvoiceMutationVariables>;
export const IncentiveProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncentiveProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessIncentiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processIncentive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncentiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncentiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentiveRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsReason"}}]}}]}}]} as unknown as DocumentNode<IncentiveProcessMutation, IncentiveProcessMutationVariables>;
export const InvoiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"titleType"}},{"kind":"Field","name":{"kind":"Name","value":"titleName"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceType"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNo"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnCourierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const InvoiceOperatorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceOperatorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceOperatorListQuery, InvoiceOperatorListQueryVariables>;
export const InvoiceQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceQuoteQuery, InvoiceQuoteQueryVariables>;
export const InvoiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"titleType"}},{"kind":"Field","name":{"kind":"Name","value":"titleName"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceType"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNo"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnCourierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]}}]} as unknown as DocumentNode<InvoiceRequestMutation, InvoiceRequestMutationVariables>;
export const InvoiceReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"billCycle"}},{"kind":"Field","name":{"kind":"Name","value":"titleType"}},{"kind":"Field","name":{"kind":"Name","value":"titleName"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceType"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNo"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnCourierPaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}}]}}]}}]} as unknown as DocumentNode<InvoiceReturnMutation, InvoiceReturnMutationVariables>;
export const InvoiceMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceMoveMutation, InvoiceMoveMutationVariables>;
export const ModelAllocateFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelAllocateFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelAllocateFundsMutation, ModelAllocateFundsMutationVariables>;
export const ModelReclaimFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelReclaimFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelReclaimFundsMutation, ModelReclaimFundsMutationVariables>;
export const ModelAllocateFundsToResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelAllocateFundsToReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundsToResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFundsToReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelAllocateFundsToResellerMutation, ModelAllocateFundsToResellerMutationVariables>;
export const ModelReclaimFundsFromResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelReclaimFundsFromReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimFundsFromResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimFundsFromReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelReclaimFundsFromResellerMutation, ModelReclaimFundsFromResellerMutationVariables>;
export const ModelIssueCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelIssueCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelIssueCouponsMutation, ModelIssueCouponsMutationVariables>;
export const ModelReclaimCouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelReclaimCoupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimCouponsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimCoupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelReclaimCouponsMutation, ModelReclaimCouponsMutationVariables>;
export const ModelIssueSubQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelIssueSubQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSubQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSubQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelIssueSubQuotaMutation, ModelIssueSubQuotaMutationVariables>;
export const ModelReclaimSubQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelReclaimSubQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimSubQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimSubQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelReclaimSubQuotaMutation, ModelReclaimSubQuotaMutationVariables>;
export const ModelUnbindCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelUnbindCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelUnbindCustomerMutation, ModelUnbindCustomerMutationVariables>;
export const ModelSwitchAssociationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelSwitchAssociationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchAssociationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAssociationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclaimedCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelSwitchAssociationTypeMutation, ModelSwitchAssociationTypeMutationVariables>;
export const ModelPayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelPayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelPayOrderMutation, ModelPayOrderMutationVariables>;
export const NotifListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotifList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotifListQuery, NotifListQueryVariables>;
export const NotifColleaguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotifColleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotifColleaguesQuery, NotifColleaguesQueryVariables>;
export const NotifMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotifMarkReadMutation, NotifMarkReadMutationVariables>;
export const NotifReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotifReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotifReceivedSubscription, NotifReceivedSubscriptionVariables>;
export const OrderMutPayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderMutPayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedOnOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrderMutPayOrderMutation, OrderMutPayOrderMutationVariables>;
export const OrderMutCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderMutCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrderMutCancelOrderMutation, OrderMutCancelOrderMutationVariables>;
export const OrderMutRenewResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderMutRenewResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewResourcesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<OrderMutRenewResourcesMutation, OrderMutRenewResourcesMutationVariables>;
export const OrderMutUnsubscribeResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderMutUnsubscribeResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeResourcesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<OrderMutUnsubscribeResourcesMutation, OrderMutUnsubscribeResourcesMutationVariables>;
export const OrderMutSetAutoRenewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderMutSetAutoRenew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoRenewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoRenew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutResource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrderMutSetAutoRenewMutation, OrderMutSetAutoRenewMutationVariables>;
export const OrderListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"createTime"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPaymentEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountAfterDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashCouponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodNum"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionNum"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderListQuery, OrderListQueryVariables>;
export const OrderNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderNodeQuery, OrderNodeQueryVariables>;
export const OrderNestedLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNestedLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderNestedLineItemsQuery, OrderNestedLineItemsQueryVariables>;
export const CustomerOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"orderAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOrdersQuery, CustomerOrdersQueryVariables>;
export const ResourceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTime"}},{"kind":"Field","name":{"kind":"Name","value":"expireTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewTimes"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceListQuery, ResourceListQueryVariables>;
export const OrgAssociationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAssociationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAssociationEventFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAssociationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<OrgAssociationEventsQuery, OrgAssociationEventsQueryVariables>;
export const OrgCustomerAssociationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCustomerAssociationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAssociationEventFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAssociationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromType"}},{"kind":"Field","name":{"kind":"Name","value":"toType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<OrgCustomerAssociationEventsQuery, OrgCustomerAssociationEventsQueryVariables>;
export const OrgResellerCustomerAssociationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgResellerCustomerAssociationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"associationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgResellerCustomerAssociationEventsQuery, OrgResellerCustomerAssociationEventsQueryVariables>;
export const OrgMutCreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutCreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutCreateRoleMutation, OrgMutCreateRoleMutationVariables>;
export const OrgMutUpdateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutUpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutUpdateRoleMutation, OrgMutUpdateRoleMutationVariables>;
export const OrgMutDeleteRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutDeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutDeleteRoleMutation, OrgMutDeleteRoleMutationVariables>;
export const OrgMutAssignMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutAssignMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMemberRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassignedCustomerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detachedManagerCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutAssignMemberRolesMutation, OrgMutAssignMemberRolesMutationVariables>;
export const OrgMutCancelMemberAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutCancelMemberAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMemberAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMemberAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassignedCustomerCount"}},{"kind":"Field","name":{"kind":"Name","value":"detachedManagerCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutCancelMemberAssociationMutation, OrgMutCancelMemberAssociationMutationVariables>;
export const OrgMutInviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutInviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutInvitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutInviteMemberMutation, OrgMutInviteMemberMutationVariables>;
export const OrgMutCancelInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutCancelInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutInvitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutCancelInvitationMutation, OrgMutCancelInvitationMutationVariables>;
export const OrgMutAssignAccountManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutAssignAccountManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAccountManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAccountManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMutUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMutUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OrgMutAssignAccountManagerMutation, OrgMutAssignAccountManagerMutationVariables>;
export const OrgMutViewerMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMutViewerMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgMutViewerMembersQuery, OrgMutViewerMembersQueryVariables>;
export const OrgMutViewerCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMutViewerCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgMutViewerCustomersQuery, OrgMutViewerCustomersQueryVariables>;
export const OrgMutAssignTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgMutAssignTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMemberRolesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMemberRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"assignMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"assignMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgMutAssignTwiceMutation, OrgMutAssignTwiceMutationVariables>;
export const OrgMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMemberFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRoleRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRoleRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]} as unknown as DocumentNode<OrgMembersQuery, OrgMembersQueryVariables>;
export const OrgInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRoleRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRoleRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}}]} as unknown as DocumentNode<OrgInvitationsQuery, OrgInvitationsQueryVariables>;
export const OrgRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRoleRef"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTree"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRoleRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgRolesQuery, OrgRolesQueryVariables>;
export const OrgViewerPermissionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgViewerPermissionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTree"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPermissionTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionTreeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPermissionTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgViewerPermissionTreeQuery, OrgViewerPermissionTreeQueryVariables>;
export const OrgNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}}]}}]}}]} as unknown as DocumentNode<OrgNodeQuery, OrgNodeQueryVariables>;
export const OrgMemberRolesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMemberRolesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgMemberRolesPageQuery, OrgMemberRolesPageQueryVariables>;
export const AcctCreateRechargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctCreateRecharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRechargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rechargePayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctRechargeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctRechargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]} as unknown as DocumentNode<AcctCreateRechargeMutation, AcctCreateRechargeMutationVariables>;
export const AcctSettleRechargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctSettleRecharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleRechargePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleRechargePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rechargePayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctRechargeFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctRechargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]} as unknown as DocumentNode<AcctSettleRechargeMutation, AcctSettleRechargeMutationVariables>;
export const AcctSubmitClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctSubmitClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRemittanceClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRemittanceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittanceClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctSubmitClaimMutation, AcctSubmitClaimMutationVariables>;
export const AcctCancelClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctCancelClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaimActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRemittanceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittanceClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctCancelClaimMutation, AcctCancelClaimMutationVariables>;
export const AcctConfirmClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctConfirmClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaimActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRemittanceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittanceClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctConfirmClaimMutation, AcctConfirmClaimMutationVariables>;
export const AcctRejectClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctRejectClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRemittanceClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRemittanceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittanceClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctRejectClaimMutation, AcctRejectClaimMutationVariables>;
export const AcctRequestWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctRequestWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestWithdrawalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctWithdrawalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctRequestWithdrawalMutation, AcctRequestWithdrawalMutationVariables>;
export const AcctPayWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctPayWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayWithdrawalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctWithdrawalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctPayWithdrawalMutation, AcctPayWithdrawalMutationVariables>;
export const AcctRejectWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctRejectWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectWithdrawalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctWithdrawalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctRejectWithdrawalMutation, AcctRejectWithdrawalMutationVariables>;
export const AcctRequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcctRequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AcctRequestCodeMutation, AcctRequestCodeMutationVariables>;
export const AcctPartnerListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcctPartnerLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rechargeFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractingEntity"}},{"kind":"Field","name":{"kind":"Name","value":"rechargePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rechargeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctRechargeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remittanceClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctWithdrawalFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctRechargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]} as unknown as DocumentNode<AcctPartnerListsQuery, AcctPartnerListsQueryVariables>;
export const AcctNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcctNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rechargeStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"claimStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"withdrawalStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}}]}}]}}]}}]} as unknown as DocumentNode<AcctNodeQuery, AcctNodeQueryVariables>;
export const AcctOperatorQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcctOperatorQueues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rechargeFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittanceClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctClaimFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctWithdrawalFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rechargePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rechargeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcctRechargeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittanceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"remittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctWithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"payoutReference"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcctRechargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RechargePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]} as unknown as DocumentNode<AcctOperatorQueuesQuery, AcctOperatorQueuesQueryVariables>;
export const AcctOperatorPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcctOperatorPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractingEntity"}},{"kind":"Field","name":{"kind":"Name","value":"remittanceClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcctOperatorPartnersQuery, AcctOperatorPartnersQueryVariables>;
export const PayAgrCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayAgrCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrCreateMutation, PayAgrCreateMutationVariables>;
export const PayAgrAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayAgrAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPaymentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPaymentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrAcceptMutation, PayAgrAcceptMutationVariables>;
export const PayAgrRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayAgrReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPaymentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPaymentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrRejectMutation, PayAgrRejectMutationVariables>;
export const PayAgrTerminateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayAgrTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminatePaymentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminatePaymentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrTerminateMutation, PayAgrTerminateMutationVariables>;
export const PayAgrPartnerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayAgrPartnerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PayAgrPartnerListQuery, PayAgrPartnerListQueryVariables>;
export const PayAgrCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayAgrCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayAgrCustomersQuery, PayAgrCustomersQueryVariables>;
export const PayAgrCustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayAgrCustomerList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrAgreement"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PayAgrCustomerListQuery, PayAgrCustomerListQueryVariables>;
export const PayAgrPayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayAgrPayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onBehalfAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOnBehalf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayAgrUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayAgrUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PayAgrPayOrderMutation, PayAgrPayOrderMutationVariables>;
export const PerfResellersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerfResellers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerfResellerFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerfFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"own"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerfFigures"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerfResellerFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerfFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumptionAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}}]}}]} as unknown as DocumentNode<PerfResellersQuery, PerfResellersQueryVariables>;
export const PerfResellersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerfResellersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerfResellersPageQuery, PerfResellersPageQueryVariables>;
export const PerfParentResellersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerfParentResellers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resellerPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerfParentResellersQuery, PerfParentResellersQueryVariables>;
export const PerfOfResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerfOfReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resellerPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerfOfResellerQuery, PerfOfResellerQueryVariables>;
export const PerfOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerfOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerIdentity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resellerPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerfOperatorQuery, PerfOperatorQueryVariables>;
export const QuoteCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceCatalogueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"productSpecDesc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuoteCatalogueQuery, QuoteCatalogueQueryVariables>;
export const QuotePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotePriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotePrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodCount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"listTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuotePriceQuery, QuotePriceQueryVariables>;
export const QuoteRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRenewalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMainResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteUserError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuoteRenewalQuery, QuoteRenewalQueryVariables>;
export const RegSendCustomerRegistrationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegSendCustomerRegistrationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCustomerRegistrationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCustomerRegistrationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegSendCustomerRegistrationCodeMutation, RegSendCustomerRegistrationCodeMutationVariables>;
export const SelfAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptMemberInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMemberInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfAcceptMutation, SelfAcceptMutationVariables>;
export const SelfUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfUpdateAccountMutation, SelfUpdateAccountMutationVariables>;
export const SelfChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfChangePasswordMutation, SelfChangePasswordMutationVariables>;
export const SelfRequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfRequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfRequestCodeMutation, SelfRequestCodeMutationVariables>;
export const SelfMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfQualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialistApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfQualification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]} as unknown as DocumentNode<SelfMeQuery, SelfMeQueryVariables>;
export const SelfMemberQualificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfMemberQualifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfQualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialistApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfQualification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]} as unknown as DocumentNode<SelfMemberQualificationsQuery, SelfMemberQualificationsQueryVariables>;
export const SelfNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SelfNodeQuery, SelfNodeQueryVariables>;
export const SelfSaveQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfSaveQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMyQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMyQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfQualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfQualification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfSaveQualificationMutation, SelfSaveQualificationMutationVariables>;
export const SelfDeleteQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfDeleteQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfDeleteQualificationMutation, SelfDeleteQualificationMutationVariables>;
export const SelfApplySpecialistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfApplySpecialist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForProjectSpecialistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForProjectSpecialist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfApplySpecialistMutation, SelfApplySpecialistMutationVariables>;
export const SelfAssessSpecialistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfAssessSpecialist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessSpecialistApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessSpecialistApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SelfAssessSpecialistMutation, SelfAssessSpecialistMutationVariables>;
export const SelfOperatorQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfOperatorQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplicationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialistApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]} as unknown as DocumentNode<SelfOperatorQueueQuery, SelfOperatorQueueQueryVariables>;
export const SelfInvitationTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfInvitationToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptToken"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SelfInvitationTokenQuery, SelfInvitationTokenQueryVariables>;
export const SelfMembersQualificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfMembersQualifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfQualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialistApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfApplication"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfQualification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberQualification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialistApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]} as unknown as DocumentNode<SelfMembersQualificationsQuery, SelfMembersQualificationsQueryVariables>;
export const SelfNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SelfNewsQuery, SelfNewsQueryVariables>;