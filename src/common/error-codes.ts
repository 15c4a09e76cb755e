/**
 * Every error code the API answers with, and what it means. The README's error table lists each
 * one (a test checks), and schema descriptions refer to them.
 */
import { GROWTH_LEAD_ERROR_CODES } from './error-codes-growth-leads';
import { PROGRAM_ERROR_CODES } from './program-error-codes';
import { GROWTH_ERROR_CODES } from './error-codes-growth';

export const ERROR_CODES = {
  // Top-level errors (`errors[].extensions.code`).
  UNAUTHENTICATED:
    'No valid bearer token: sign in with signIn and send `Authorization: Bearer <token>`. HTTP 401 when a token was sent but is invalid or expired.',
  REBATE_WITHDRAWAL_NOT_PERMITTED:
    'requestWithdrawal of the BONUS account (激励返点提现): your roles lack incentive:rebate-withdraw (cash withdrawals need only the default 提现). Nothing changed.',
  FORBIDDEN:
    "The object exists in your view but this field or operation is not allowed for your roles, identity or partner (e.g. non-basic fields of a reseller's customer).",
  NOT_FOUND:
    'No object with that id is visible to you. Ids of other partners answer exactly like ids that do not exist.',
  BAD_USER_INPUT:
    'An argument is malformed or out of range: page size outside 1–100, a cursor or global id that is not ours, a malformed date, a range backwards or too long, a bill cycle outside the last 18 months; or any text argument holds a control character other than tab, line feed and carriage return (the whole request is refused, HTTP 400, and `extensions.field` names the argument path).',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema.',
  OPERATION_RESOLUTION_FAILURE:
    'The document holds several operations and operationName names none of them (or is missing).',
  INTERNAL_SERVER_ERROR:
    'Something failed on the server; the message is masked, and `extensions.requestId` (also the `x-request-id` header) names the log entry with the cause.',
  // Mutation payload errors (`userErrors[].code`).
  INVALID_CREDENTIALS: 'signIn: the login name or password is wrong (both answer the same).',
  SIGN_IN_LOCKED:
    'signIn: too many failed attempts in a row for this login name (5, then each attempt locks it for a window that doubles from 30 s up to 15 min); `lockedUntil` says when it accepts attempts again. The password is not checked meanwhile, and unknown login names lock alike.',
  // Money-moving mutations (funds, coupons, quotas, associations, orders).
  PARTNER_FROZEN:
    'Your partner is frozen (冻结): money and coupon operations, acquiring customers, unbinding and inviting members or customers are refused (acceptCustomerInvitation / acceptMemberInvitation: the inviting partner is frozen).',
  PARTNER_RESTRICTED: 'Your partner is restricted (受限): money and coupon operations are refused.',
  INVALID_AMOUNT: 'An amount is not a decimal > 0 with at most 2 decimals (e.g. "0", "-1", "1.005", "abc").',
  AMOUNT_TOO_LARGE:
    'An amount is above the limit of the operation (999,999,999.99 for fund movements, 99,999,999,999.00 for a coupon face value, 100,000,000.00 for a sub-quota or a marketing task’s targetAmount).',
  INVALID_ID: 'An id inside a batch is not a global id of the expected type.',
  BATCH_EMPTY: 'A batch mutation (or quotePrice / quoteRenewal) was given no items.',
  BATCH_TOO_LARGE:
    'A batch mutation was given more items than allowed (100; 10 resources for the resource mutations and quoteRenewal; 10 items for quotePrice; 50 resources for dispatchMarketingTask).',
  MEMO_TOO_LONG: 'memo (remark for sub-quotas) is longer than 200 characters.',
  CUSTOMER_NOT_FOUND: 'No customer of yours (in your row scope) has that id; foreign and unknown ids answer alike.',
  DUPLICATE_CUSTOMER: 'The same customer appears twice in one batch.',
  NOT_RESALE_CUSTOMER: 'The operation is for RESALE (代售) customers only; this one is ADVISORY.',
  INSUFFICIENT_BALANCE:
    'Your allocatable balance (amount − designated amount) is less than the amount (payOrder under a payment agreement: your cash account does not cover the order).',
  CUSTOMER_BALANCE_INSUFFICIENT: "The customer's balance is less than the amount to reclaim.",
  RESELLER_NOT_FOUND: 'No cloud reseller of yours has that id.',
  RESELLER_BALANCE_INSUFFICIENT: "The reseller's allocatable balance is less than the amount to reclaim.",
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used with a different input or operation; use a new key.',
  VERIFICATION_REQUIRED:
    'Your partner has verification on: request a code with requestVerificationCode and send it as input.verificationCode. createCustomer with a mobile always needs the code sendCustomerRegistrationCode sent to it; changeMyPassword always needs a CHANGE_PASSWORD code.',
  VERIFICATION_CODE_INVALID:
    'The verification code is wrong, already used, expired, or for another operation (createCustomer: or sent to another mobile, or asked for by another member).',
  VERIFICATION_CODE_TOO_SOON:
    'A code for this operation was sent less than a minute ago (sendCustomerRegistrationCode: one registration code a minute per member).',
  NO_VERIFICATION_CHANNEL:
    'requestVerificationCode: your member profile (or, for a customer, your cloud account) has no mobile number or email to send a code to.',
  VERIFICATION_OPERATION_NOT_YOURS:
    "requestVerificationCode: the operation is another kind of actor's (a customer's operations — ANSWER_UNBIND_REQUEST, REQUEST_UNBIND, CANCEL_ORDER_AUTHORIZATION — are asked for by customers only, the rest by members only).",
  ADMIN_ONLY_SETTING: 'Only an administrator may change this setting (verification on/off).',
  SETTING_NOT_PERMITTED:
    'updatePartnerSettings: a setting your roles hold no permission for (balanceAlertThreshold needs account:balance-alert, customerBalanceAlertThreshold needs funds:allocate); one error per refused field, nothing was changed.',
  // Organisation mutations: roles, members, invitations, account managers.
  CUSTOM_ROLE_LIMIT_REACHED:
    'createRole: your partner already has 10 custom roles (the limit); delete one first. Exact under concurrent requests.',
  ROLE_NAME_INVALID:
    'createRole / updateRole: a role name has 1–64 characters after surrounding spaces are dropped, and no control characters.',
  ROLE_NAME_TAKEN: 'createRole / updateRole: another role of your partner (preset or custom) already has this name.',
  ROLE_DESCRIPTION_TOO_LONG: 'createRole / updateRole: a role description has at most 500 characters.',
  UNKNOWN_PERMISSION: 'createRole / updateRole: a permission code is not in the catalogue (see Viewer.permissionTree).',
  PERMISSION_NOT_ALLOWED_FOR_IDENTITY:
    "createRole / updateRole: the permission does not exist for your partner's identity (e.g. reseller:* outside distributors).",
  PERMISSION_ADMIN_ONLY:
    'createRole / updateRole: the permission belongs to the administrator role only (e.g. customer:association); a custom role cannot hold it.',
  PERMISSION_ESCALATION:
    'Role and member mutations: the role, the roles or the member concerned hold permissions you do not hold yourself; only a member holding them may grant or change them.',
  ROLE_NOT_FOUND: "No role with that id exists in your partner (other partners' roles answer the same).",
  PRESET_ROLE_READ_ONLY: 'updateRole / deleteRole: preset roles cannot be edited or deleted.',
  ROLE_IN_USE:
    'deleteRole: an active member holds the role (a member keeps at least one role) or a pending invitation would give it.',
  ROLE_COUNT_OUT_OF_RANGE: 'assignMemberRoles / inviteMember: a member holds 1–3 roles.',
  ADMIN_ROLE_EXCLUSIVE:
    'assignMemberRoles / inviteMember: the administrator role cannot be combined with another role.',
  ACCOUNT_MANAGER_ROLES_EXCLUSIVE:
    'assignMemberRoles / inviteMember: the account manager and account manager supervisor roles cannot be held together.',
  LAST_ADMIN:
    'assignMemberRoles / cancelMemberAssociation: the member is the last active administrator of your partner; make another member administrator first.',
  MEMBER_NOT_FOUND: "No member with that id exists in your partner (other partners' members answer the same).",
  MEMBER_NOT_ACTIVE:
    "assignMemberRoles / cancelMemberAssociation / applyForProjectSpecialist: the member's association is already cancelled.",
  CANNOT_CANCEL_SELF: 'cancelMemberAssociation: you cannot cancel your own association.',
  INVALID_TARGET:
    'inviteMember: the target does not fit the channel (mobile 00XX-XXXXXXX, an email address, or a cloud login name).',
  INVITATION_PENDING:
    'inviteMember: an invitation to the same target is still pending; cancel it or wait until it lapses (7 days).',
  INVITATION_DAILY_LIMIT:
    'inviteMember: your partner has sent 100 invitations today (the China day, Asia/Shanghai, which starts at 16:00 UTC; cancelled ones included). Exact under concurrent requests.',
  INVITATION_NOT_FOUND:
    "No invitation with that id exists in your partner (other partners' invitations answer the same).",
  INVITATION_NOT_PENDING: 'cancelInvitation: only a PENDING invitation can be cancelled.',
  NOT_AN_ACCOUNT_MANAGER:
    'assignAccountManager: accountManagerId is not an active member of your partner holding the account manager role (for a supervisor: not one it supervises). Nothing changed.',
  // Coupon and quota mutations: issueCoupons, reclaimCoupons, issueSubQuota, reclaimSubQuota.
  QUOTA_NOT_FOUND:
    'No coupon quota of yours has that id (issueCoupons, issueSubQuota: your own quotas; reclaimSubQuota: a sub-quota you carved for one of your resellers). Foreign and unknown ids answer alike.',
  QUOTA_NOT_USABLE:
    'Nothing can be issued from the quota now: it is not NORMAL (INVALID, ADJUSTING, FROZEN, RECLAIMED) or outside its validity.',
  QUOTA_INSUFFICIENT:
    "The quota's balance is less than the amount; issueCoupons reports it for each customer the quota no longer covered. Exact under concurrent requests: a quota is never over-issued.",
  COUPON_KIND_MISMATCH:
    "issueCoupons: input.kind is not the quota's kind; coupon kinds follow the quota (PICKUP only from a PICKUP quota).",
  VALIDITY_OUT_OF_RANGE:
    "issueCoupons / issueSubQuota: the validity must lie inside the quota's, end after it starts, and end in the future.",
  TOO_MANY_LIMITS: 'issueCoupons: more than 10 cloud service types or 10 products.',
  LIMIT_NOT_IN_QUOTA:
    "issueCoupons: a cloud service type or product is outside the quota's own list; a coupon's limits may only narrow the quota's.",
  CUSTOMER_NOT_DESIGNATED:
    'issueCoupons: the quota is for designated customers only, and this customer is not on its list.',
  COUPON_NOT_FOUND:
    'reclaimCoupons: no coupon your partner issued (in your row scope) has that id; foreign and unknown ids answer alike.',
  COUPON_NOT_USABLE:
    "reclaimCoupons: only USABLE coupons can be reclaimed; this one is INACTIVE, USED, EXPIRED or already RECLAIMED. payOrder: the coupon is not a USABLE, currently valid VOUCHER or CASH coupon your partner issued to the order's customer, its quota limits it to other services or products, the coupons before it already cover the order, or it changed meanwhile.",
  DUPLICATE_COUPON: 'reclaimCoupons / payOrder: the same coupon appears twice in one call.',
  QUOTA_NOT_RECLAIMABLE:
    'reclaimSubQuota: only a NORMAL sub-quota can be reclaimed; this one is INVALID, ADJUSTING, FROZEN or already RECLAIMED.',
  DESIGNATED_CUSTOMER_NOT_OF_RESELLER:
    "issueSubQuota: the parent quota is for designated customers, and not all of them are the reseller's customers (platform CBC.50000021).",
  DUPLICATE_RESELLER: 'issueSubQuota with items: the same cloud reseller appears twice in one call.',
  // Customer registration and association (createCustomer, unbindCustomer, switchAssociationType, handleUnbindRequest, order authorization).
  NOTHING_TO_CHECK: 'checkCustomerRegistration: give at least one of accountName, email and mobile.',
  INVALID_ACCOUNT_NAME:
    'checkCustomerRegistration / createCustomer / acceptMemberInvitation: a login name has 5–32 letters, digits, _ or -, does not start with a digit, op_ or shadow_, and is not all digits.',
  INVALID_EMAIL:
    'checkCustomerRegistration / createCustomer / updateMyAccount: not an email address of at most 200 characters.',
  INVALID_MOBILE:
    'checkCustomerRegistration / createCustomer / sendCustomerRegistrationCode / updateMyAccount: a mobile is 00 and the country code (1–4 digits), a dash and 4–14 digits, for 0086 an 11-digit mainland mobile, e.g. 0086-13912345678.',
  PASSWORD_TOO_WEAK:
    'createCustomer / acceptMemberInvitation / changeMyPassword: a password has 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, and is not the login name or the login name reversed.',
  INVALID_XACCOUNT: 'createCustomer: xaccountId and xaccountType are required, 1–64 characters each.',
  VALUE_TOO_LONG:
    'createCustomer: name (200), label (100) or mobile (32; also checkCustomerRegistration and sendCustomerRegistrationCode) is longer than allowed.',
  ACCOUNT_NAME_TAKEN:
    'createCustomer: a cloud account already uses this login name (case-insensitive), also when a concurrent request registered it first.',
  EMAIL_TAKEN:
    'createCustomer: a cloud account already uses this email, also when a concurrent request registered it first.',
  MOBILE_TAKEN:
    'createCustomer / sendCustomerRegistrationCode: another customer (of any partner) already has this mobile (客户间判重), also when a concurrent request registered it first.',
  MOBILE_REGISTRATION_LIMIT:
    'createCustomer / sendCustomerRegistrationCode: the mobile has already registered 5 cloud accounts, the most a number may (注册数量超过上限; checkCustomerRegistration answers REGISTRATION_LIMIT_REACHED). Exact under concurrent requests.',
  REASON_TOO_LONG:
    'unbindCustomer / switchAssociationType / handleUnbindRequest / answerUnbindRequest / requestUnbind / revokeOrderAuthorization / unsubscribeResources / rejectPaymentAgreement / terminatePaymentAgreement: reason is longer than 200 characters (rejectRemittanceClaim / rejectWithdrawal: 500).',
  CUSTOMER_NOT_ASSOCIATED:
    "Association changes, order authorization, allocateFunds, reclaimFunds and issueCoupons: the customer's association with your partner has already ended (unbound); no money or coupons move to or from it.",
  ALREADY_THIS_TYPE: 'switchAssociationType: the customer already has this association type.',
  ASSOCIATION_CHANGE_TOO_SOON:
    'unbindCustomer / switchAssociationType: the customer was unbound or switched (COMPLETED or APPROVED) less than 3 months ago; the message says from when it is possible again.',
  UNBIND_TOO_SOON:
    'unbindCustomer / switchAssociationType / requestUnbind: the customer itself asked to unbind less than 3 months ago (pending, approved, rejected or, for the partner, expired); a pending request is answered with handleUnbindRequest.',
  UNBIND_REQUEST_PENDING:
    "unbindCustomer / switchAssociationType / requestUnbind: an unbind request of this customer (either side's) is waiting for an answer; answer it or wait until it expires (7 days).",
  UNBIND_REQUEST_EXPIRED:
    'answerUnbindRequest / handleUnbindRequest: the unbind request was not answered within its 7 days (EXPIRED, or past its expiresAt before the maintenance job marked it); nothing changed, and a new request may be made.',
  CUSTOMER_IN_DEBT:
    'unbindCustomer / switchAssociationType / handleUnbindRequest / answerUnbindRequest (approve): the customer has debt (debtAmount > 0).',
  CUSTOMER_FROZEN:
    'unbindCustomer / switchAssociationType / handleUnbindRequest / answerUnbindRequest (approve): the customer is frozen.',
  EVENT_NOT_FOUND:
    "handleUnbindRequest / answerUnbindRequest: no association event of yours has that id (other partners' and customers' events answer the same).",
  EVENT_NOT_PENDING:
    'handleUnbindRequest / answerUnbindRequest: only a PENDING unbind request of the other side can be approved or rejected; this one was answered already or is not such a request (e.g. your own).',
  AUTHORIZATION_NOT_GRANTED:
    'revokeOrderAuthorization: you have no GRANTED order-on-behalf authorization to your partner.',
  REASON_REQUIRED:
    'revokeOrderAuthorization / terminatePaymentAgreement: a reason is required (1–200 characters). rejectRemittanceClaim / rejectWithdrawal: a reason for the partner is required (1–500 characters).',
  // Customer invitations (createCustomerInvitation, cancelCustomerInvitation, acceptCustomerInvitation).
  INVALID_INVITATION_EXPIRY:
    'createCustomerInvitation: expiresInDays must be a whole number of days from 1 to 90 (default 7).',
  CUSTOMER_INVITATION_NOT_FOUND:
    "cancelCustomerInvitation: no customer invitation of your partner has that id (other partners' answer the same). acceptCustomerInvitation: no invitation has that token.",
  CUSTOMER_INVITATION_CANCELLED:
    'acceptCustomerInvitation / cancelCustomerInvitation: the partner cancelled the invitation; ask it for a new link.',
  CUSTOMER_INVITATION_EXPIRED:
    'acceptCustomerInvitation / cancelCustomerInvitation: the invitation is past its expiresAt; ask the partner for a new link.',
  ACCOUNT_INTERNATIONAL:
    'acceptCustomerInvitation: your cloud account is registered on the international site and cannot be associated with a partner here (客户在国际站注册).',
  ACCOUNT_ASSOCIATED_ELSEWHERE:
    'acceptCustomerInvitation: your cloud account is already associated with another partner (客户已关联其他合作伙伴); that association must end first. Also when a concurrent acceptance associated it first.',
  ALREADY_ASSOCIATED_WITH_PARTNER:
    "acceptCustomerInvitation: your cloud account is already associated with the invitation's partner; nothing to do.",
  ACCOUNT_IS_PARTNER:
    'acceptCustomerInvitation: your cloud account is itself a solution provider or cloud reseller (客户是解决方案提供商或者云经销商伙伴) and cannot be a sub-customer.',
  ACCOUNT_REPORTED_BY_CLOUD:
    'acceptCustomerInvitation: your cloud account was already reported (报备) by the cloud (客户已被华为云报备) and cannot be associated with a partner.',
  ACCOUNT_GOVERNMENT_SUBSIDY:
    'acceptCustomerInvitation: your cloud account has joined or is joining a government-subsidy program (客户已经或者正在加入政府补贴类计划) and cannot be associated with a partner.',
  // Orders on behalf of customers (payOrder, cancelOrder, renewResources, unsubscribeResources, setAutoRenew).
  ORDER_NOT_FOUND:
    'No order of your customers (in your row scope, still associated with your partner) has that id; foreign and unknown ids answer alike.',
  RESOURCE_NOT_FOUND:
    'No resource of your customers (in your row scope, still associated with your partner) has that id; foreign and unknown ids answer alike.',
  ORDER_AUTHORIZATION_REQUIRED:
    "The order's or resource's customer has not granted your partner order-on-behalf authorization (代下单授权), or has revoked it.",
  ORDER_NOT_PENDING:
    'payOrder / cancelOrder: only PENDING_PAYMENT orders can be paid or cancelled; this one is paid, cancelled or in another state (also when a concurrent request paid or cancelled it first).',
  ORDER_PAYMENT_EXPIRED: 'payOrder: the payment deadline (pendingPaymentEndTime) of the order has passed.',
  TOO_MANY_COUPONS: 'payOrder: at most 3 coupons per order.',
  TOO_MANY_DISCOUNTS:
    'payOrder: at most 1 discount per order; an order listing more needs input.discountTypes to choose one.',
  DISCOUNT_NOT_APPLICABLE: 'payOrder: the order offers no discount of that type (see Order.amountInfo.discounts).',
  INSUFFICIENT_FUNDS:
    "payOrder / renewResources with autoPay: the customer's balance (cash, spent first) and your partner's credit account (信用账户, spent after it) together do not cover what is left after coupons; nothing was changed.",
  NOT_MAIN_RESOURCE:
    'renewResources / unsubscribeResources / setAutoRenew / quoteRenewal: a dependent resource follows its main resource (Resource.parentResource); name the main one.',
  RESOURCE_NOT_IN_USE:
    'Resource mutations: the resource is not IN_USE (closed, frozen or expired), also when a concurrent request closed it first; payOrder: a resource of the renewal order is no longer in use.',
  RESOURCE_NOT_PAID:
    'renewResources / unsubscribeResources / setAutoRenew / quoteRenewal: the resource has no paid order (the one it was bought or last renewed on) to price, refund or confirm it.',
  RENEWAL_NOT_IN_CATALOGUE:
    'renewResources / quoteRenewal: the resource or one of its dependents has no price catalogue entry for its product (Resource.productCode, null when unknown), region and the renewal period unit, so its renewal cannot be priced; nothing was charged for it.',
  RESOURCE_IN_UNPAID_ORDER:
    'renewResources / unsubscribeResources: the resource is already on an order waiting for payment (platform CBC.30050010); pay or cancel that order first.',
  DUPLICATE_RESOURCE: 'Resource mutations: the same resource appears twice in one call.',
  INVALID_PERIOD:
    'renewResources: periodNum must be 1–11 for MONTH and 1–3 for YEAR; quotePrice / quoteRenewal: periodCount, likewise.',
  // Payment on behalf (代付管理).
  INVALID_AGREEMENT_LIMITS:
    'createPaymentAgreement: a FULL agreement takes no limits; a LIMITED one needs perOrderLimit and monthlyLimit (> 0), the per-order one not above the monthly one.',
  PAYMENT_AGREEMENT_EXISTS:
    'createPaymentAgreement / acceptPaymentAgreement: the customer already has an ACTIVE or a PENDING_CUSTOMER payment agreement (one at a time).',
  PAYMENT_AGREEMENT_NOT_FOUND:
    'No payment agreement of yours (your partner’s, or as a customer your own) has that id; foreign and unknown ids answer alike.',
  PAYMENT_AGREEMENT_NOT_PENDING:
    'acceptPaymentAgreement / rejectPaymentAgreement: only a PENDING_CUSTOMER agreement is answered; terminatePaymentAgreement: only a PENDING_CUSTOMER or ACTIVE one ends.',
  PAYMENT_AGREEMENT_EXPIRED:
    'acceptPaymentAgreement / rejectPaymentAgreement: nobody answered within 7 days; the agreement is EXPIRED and nothing changed.',
  PAYMENT_AGREEMENT_NOT_ACTIVE:
    'payOrder: the payment agreement ended while the order was being paid; nothing was paid.',
  AGREEMENT_ORDER_LIMIT_EXCEEDED:
    "payOrder / renewResources with autoPay: what coupons leave of the order is above the payment agreement's per-order limit; nothing moved.",
  AGREEMENT_MONTHLY_LIMIT_EXCEEDED:
    "payOrder / renewResources with autoPay: the order would take the payment agreement's use this month (China time) above its monthly limit; nothing moved.",
  // Quotes (询价): queries that answer their refusals as userErrors.
  UNKNOWN_PRODUCT: 'quotePrice: no product with that productCode is in the price catalogue (see Query.priceCatalogue).',
  UNKNOWN_REGION: 'quotePrice: the product is in the price catalogue but not sold in that region.',
  PERIOD_NOT_OFFERED: 'quotePrice: the product has no price for that period unit (MONTH or YEAR) in that region.',
  INVALID_QUANTITY: 'quotePrice: quantity (subscriptions of an item) must be 1–100.',
  INVALID_AUTO_RENEW_TIMES:
    'setAutoRenew: autoRenewTimes must be 0–99 (0 = unlimited), and is given only with enabled: true.',
  // Partner account operations (createRecharge, settleRechargePayment, remittance claims, withdrawals).
  RECHARGE_ENTITY_NOT_SUPPORTED:
    'createRecharge / submitRemittanceClaim: online recharge and remittance claims are open only to partners whose contracting entity (签约主体, Partner.contractingEntity) is 华为软件技术有限公司 or 华为云计算技术有限公司; otherwise consult your ecosystem manager (请咨询您当地的华为生态经理).',
  AMOUNT_TOO_SMALL: 'createRecharge / submitRemittanceClaim: the amount is below 1.00 (design).',
  RECHARGE_PAYMENT_NOT_FOUND: 'settleRechargePayment: no online recharge has that id.',
  RECHARGE_PAYMENT_NOT_PENDING:
    'settleRechargePayment: the recharge is SUCCEEDED, FAILED or EXPIRED already; a repeated or concurrent callback changes nothing.',
  RECHARGE_PAYMENT_EXPIRED:
    'settleRechargePayment: the recharge is past its expiresAt (30 minutes, design) unpaid; nothing is credited, the partner starts a new one.',
  PROVIDER_REFERENCE_INVALID:
    'settleRechargePayment (providerReference) / payWithdrawal (payoutReference): the reference must have 1–64 characters.',
  PAYER_NAME_INVALID: 'submitRemittanceClaim: payerName must have 1–100 characters.',
  BANK_REFERENCE_INVALID: 'submitRemittanceClaim: bankReference must have 1–64 characters.',
  REMITTANCE_DATE_INVALID:
    'submitRemittanceClaim: remittedOn is not a date YYYY-MM-DD, lies in the future, or is more than 365 days ago (China days; design).',
  REMITTANCE_DUPLICATE_REFERENCE:
    'submitRemittanceClaim: a claim of your partner with this bank reference is pending or confirmed already. confirmRemittanceClaim: another claim of the partner with this bank reference is confirmed already. One remittance is credited once.',
  REMITTANCE_CLAIM_NOT_FOUND:
    "cancelRemittanceClaim / confirmRemittanceClaim / rejectRemittanceClaim: no remittance claim (for a member: of its own partner; others' answer the same) has that id.",
  REMITTANCE_CLAIM_NOT_PENDING:
    'cancelRemittanceClaim / confirmRemittanceClaim / rejectRemittanceClaim: the claim is CONFIRMED, REJECTED or CANCELLED already (also when a concurrent call got there first: it is credited once).',
  WITHDRAWAL_EXCEEDS_WITHDRAWABLE:
    'requestWithdrawal: the amount is more than the account holds to withdraw now (CASH: balance − designated amount; BONUS: its balance; pending withdrawals are already off the balance), also when a concurrent payment or withdrawal took it first.',
  WITHDRAWAL_INVOICED_NOT_RETURNED:
    'requestWithdrawal (CASH): the amount reaches into cash that has been invoiced (cloud-store and cloud invoices ISSUED, SHIPPED, RECEIVED or RETURN_REQUESTED): return those invoices first (退票, seeds 000/002), or withdraw at most balance − designated amount − invoiced amount not returned.',
  BANK_DETAILS_INVALID:
    'requestWithdrawal: bankAccount.bankName and bankAccount.accountName must have 1–100 characters.',
  BANK_ACCOUNT_NUMBER_INVALID: 'requestWithdrawal: bankAccount.accountNumber must be 8–32 digits.',
  WITHDRAWAL_NOT_FOUND: 'payWithdrawal / rejectWithdrawal: no withdrawal has that id.',
  WITHDRAWAL_NOT_PENDING:
    'payWithdrawal / rejectWithdrawal: the withdrawal is PAID or REJECTED already (also when a concurrent call got there first).',
  // Production limits and transport refusals (top-level errors; see README, Limits).
  BAD_REQUEST:
    'Not a GraphQL request this server takes (HTTP 400): malformed JSON, a body that is not an object, a body that is not compressed as its Content-Encoding says, a batch while batching is off or longer than MAX_BATCH_SIZE, a GET without `apollo-require-preflight` (CSRF prevention); a GET mutation answers HTTP 405.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than BODY_LIMIT_BYTES (HTTP 413).',
  UNSUPPORTED_MEDIA_TYPE:
    'A POST whose Content-Type is not application/json, whose charset is not UTF-8, or whose Content-Encoding is not gzip, deflate or br (HTTP 415).',
  QUERY_TOO_DEEP: 'The query nests more field levels than MAX_QUERY_DEPTH (HTTP 400).',
  TOO_MANY_ALIASES: 'The document has more aliases than MAX_ALIASES (HTTP 400).',
  TOO_MANY_DIRECTIVES: 'The document has more directives than MAX_DIRECTIVES (HTTP 400).',
  TOO_MANY_REPEATED_FIELDS:
    'One selection set repeats a response name (a field or an alias) more than 20 times (HTTP 400).',
  TOO_MANY_TOKENS: 'The document has more lexical tokens than MAX_TOKENS; parsing stopped (HTTP 400).',
  QUERY_TOO_COSTLY:
    'The requested cost of the operation (extensions.cost.requestedQueryCost) is above MAX_QUERY_COST; ask for smaller pages (HTTP 400).',
  THROTTLED:
    'Rate limit: your bucket (extensions.cost.throttleStatus) holds fewer points than the query costs; retry after the Retry-After header (seconds). HTTP 429.',
  SERVER_BUSY:
    'HTTP 503 with Retry-After (seconds): the request waited for its turn at the database longer than DB_ACQUIRE_TIMEOUT_MS and ran nothing (extensions.reason wait-budget), or the server is stopping (stopping, pool-closed), or, rarely, an admitted request found no connection within the pool backstop (pool-timeout). Send it again after Retry-After, a mutation with the same idempotency key (see README, Bursts).',
  REQUEST_REPLAYED:
    'A signed request (SDK-HMAC-SHA256) with this signature was already accepted; sign each request anew (HTTP 401).',
  // Persisted documents and automatic persisted queries (see README, Mobile clients).
  PERSISTED_QUERY_NOT_FOUND:
    'The server does not know the document with this hash. Automatic persisted queries (extensions.persistedQuery.sha256Hash): send hash and query once, then the hash alone (HTTP 200). A documentId must name a document of the persisted-documents manifest (HTTP 400).',
  PERSISTED_DOCUMENT_REQUIRED:
    'PERSISTED_DOCUMENTS_ONLY is on: the server runs only documents of its persisted-documents manifest, named by hash (extensions.persistedQuery.sha256Hash or documentId) or sent in full (HTTP 400).',
  // Access keys (createAccessKey, revokeAccessKey).
  ACCESS_KEY_LIMIT_REACHED: 'createAccessKey: you already have 2 active access keys; revoke one first.',
  ACCESS_KEY_DESCRIPTION_TOO_LONG: 'createAccessKey: description has at most 200 characters.',
  ACCESS_KEY_NOT_FOUND: "revokeAccessKey: you have no access key with that id (other members' keys answer the same).",
  // Notifications (markNotificationsRead).
  NOTIFICATION_NOT_FOUND:
    "markNotificationsRead: you have no notification with that id (other recipients' notifications answer the same); nothing else changed for it.",
  DUPLICATE_NOTIFICATION: 'markNotificationsRead: the same notification appears twice in input.ids.',
  // Invoices (requestInvoice, invoiceQuote, returnInvoice, moveInvoice).
  INVOICE_TITLE_INVALID: 'requestInvoice / invoiceQuote: the title (发票抬头) must have 1–100 characters.',
  INVOICE_TAX_ID_INVALID:
    'requestInvoice / invoiceQuote: an ENTERPRISE title needs its tax id (15–20 digits or capital letters); a PERSONAL title has none.',
  INVOICE_SPECIAL_NEEDS_ENTERPRISE:
    'requestInvoice / invoiceQuote: a VAT special invoice (增值税专用发票) is only for an ENTERPRISE title.',
  INVOICE_ADDRESS_REQUIRED:
    'requestInvoice / invoiceQuote: a PAPER invoice needs a mailing address (recipient 1–50, phone 1–32, address 1–200 characters).',
  CLOUD_STORE_ORDER_NOT_FOUND:
    "requestInvoice / invoiceQuote: no cloud-store order of your partner has that id (other partners' answer the same).",
  DUPLICATE_CLOUD_STORE_ORDER: 'requestInvoice / invoiceQuote: the same order appears twice in input.orderIds.',
  CLOUD_STORE_ORDER_IN_ARREARS:
    'requestInvoice / invoiceQuote: the order is in arrears (欠费); it can be invoiced once it is paid.',
  CLOUD_STORE_ORDER_NOT_INVOICEABLE: 'requestInvoice / invoiceQuote: the order was refunded; it is never invoiced.',
  CLOUD_STORE_ORDER_ALREADY_INVOICED:
    'requestInvoice / invoiceQuote: a live invoice (not REJECTED or RETURNED) already covers the order, also when a concurrent request invoiced it first; return that invoice first (returnInvoice) to invoice it again.',
  INVOICE_PROVIDERS_DIFFER:
    'requestInvoice / invoiceQuote: one invoice is issued by one provider (服务商); the orders are of several.',
  INVOICE_NOT_FOUND:
    "returnInvoice / moveInvoice: no invoice with that id (returnInvoice: of your partner; other partners' answer the same).",
  INVOICE_NOT_RETURNABLE:
    'returnInvoice: only a delivered invoice is returned (ELECTRONIC: ISSUED; PAPER: RECEIVED); this one is not, or its return was already asked for.',
  INVOICE_STATUS_CONFLICT:
    'moveInvoice: the invoice cannot move to that status from its current one (see InvoiceStatus), also when a concurrent move changed it first.',
  INVOICE_REASON_REQUIRED: 'returnInvoice / moveInvoice (REJECTED): a reason of 1–200 characters is required.',
  // Incentives (激励: applyIncentives, invoiceIncentive, processIncentive).
  INCENTIVE_NOT_FOUND:
    'applyIncentives / invoiceIncentive / processIncentive: no incentive record with that id (another partner’s records answer the same to a member).',
  INCENTIVE_STAGE_INVALID:
    'applyIncentives / invoiceIncentive / processIncentive: the record is not in the stage this transition starts from (e.g. paying a record already paid, applying one already applied); nothing changed. `message` names the current stage.',
  DUPLICATE_INCENTIVE: 'applyIncentives: the same incentive record appears twice in input.ids.',
  INCENTIVE_REASON_REQUIRED:
    'processIncentive: REJECT_COSIGN, CLOSE and FAIL_PAYMENT_ORDER need a reason (1–500 characters).',
  INCENTIVE_REASON_TOO_LONG: 'processIncentive: the reason has more than 500 characters.',
  INCENTIVE_BILLS_NOT_INVOICED:
    'invoiceIncentive: the partner’s cloud-store bills of the record’s period are not all invoiced yet (伙伴必须先为云商店商品账单开票); invoice them first.',
  INVALID_INVOICE_NUMBER: 'invoiceIncentive: the invoice number must be 8–32 letters, digits or hyphens.',
  INVOICE_AMOUNT_MISMATCH:
    'invoiceIncentive: (design) the invoiced amount must equal the incentive’s amount exactly (one invoice per record).',
  ...GROWTH_LEAD_ERROR_CODES,
  ...PROGRAM_ERROR_CODES,
  ...GROWTH_ERROR_CODES,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether a string read back from storage or another module is one of the codes above. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** A code from a module that types its codes as strings (permissions/roles.ts): checked, not cast. */
export function knownErrorCode(value: string): ErrorCode {
  if (!isErrorCode(value)) throw new Error(`${value} is not in ERROR_CODES`);
  return value;
}
