/**
 * Generates one customer and its whole history: association events, order-on-behalf authorization,
 * orders with line items and resources, coupons and their records, the customer's cash ledger with
 * the partner's allocations, and consumption records. The partner's side of every fund movement is
 * queued as a ledger event and resolved later (seed.ts), once all customers are known.
 */
import {
  AssociationType,
  CustomerLevel,
  CustomerType,
  FrozenState,
  VerifiedStatus,
} from '../src/modules/customer/customer.enums';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from '../src/modules/association/association.enums';
import {
  ExpirePolicy,
  OrderSource,
  OrderStatus,
  OrderType,
  PeriodType,
  ResourceStatus,
} from '../src/modules/order/order.enums';
import {
  CouponKind,
  CouponOperationType,
  CouponStatus,
  OperationResult,
  QuotaStatus,
} from '../src/modules/coupon/coupon.enums';
import { AdjustOperationType, LedgerOwner, TradeType } from '../src/modules/funds/funds.enums';
import { PartnerAccountType } from '../src/modules/partner/partner.entity';
import { BillDetailType, ChargingMode } from '../src/modules/consumption/consumption.enums';
import type { Row } from './bulk';
import type { DemoCustomer } from './demo-data';
import { Rng } from './random';
import { customerDiscounts } from './discounts';
import {
  DAY,
  HOUR,
  MINUTE,
  addMonths,
  b36,
  billCycleOf,
  monthStart,
  roundUp,
  yymmdd,
  yymmddhhmm,
  type PartnerPlan,
  type QuotaPlan,
  type TableKey,
} from './model';
import {
  ALLOCATE_MEMOS,
  BRANDS,
  CITIES,
  COUPON_MEMOS,
  CUSTOMER_REJECT_REASONS,
  DISCOUNT_TYPES,
  EN_BRANDS,
  EN_FIELDS,
  EN_SUFFIXES,
  GIVEN_NAMES,
  INDUSTRIES,
  LABELS,
  PARTNER_UNBIND_REASONS,
  PRODUCTS,
  RECLAIM_MEMOS,
  REGIONS,
  REJECT_REASONS,
  RESOURCE_ENVS,
  SURNAMES,
  SWITCH_REASONS,
  UNBIND_REASONS,
  USAGE_SERVICES,
  type Product,
} from './vocabulary';

export interface ScaleConfig {
  /** Customers per demo partner. */
  customers: Record<string, number>;
  /** Extra generated partners (large scale). */
  generated: null | {
    distributors: number;
    resellers: readonly [number, number];
    solutionProviders: number;
    customers: number;
  };
  /** Mean orders per customer per 12 months of association. */
  ordersPerYear: number;
  couponsPerResaleCustomer: number;
  /** Mean on-demand usage records per customer per month. */
  usagePerMonth: number;
  /** Chance that a completed new-purchase order is seeded with its resources. */
  resourceProbability: number;
  /** Share of customers with an order waiting for payment. */
  pendingOrderShare: number;
  /**
   * Extra rows for the demo distributor's list pages (incentives, invoices, leads, and the
   * notifications of its demo members), so the bench reads full pages of 100 (large scale); 0 adds none.
   */
  listPageRows: number;
}

/**
 * Life story of a customer. A: RESALE since association; B: ADVISORY since association;
 * C: ADVISORY then switched to RESALE; D: RESALE then switched to ADVISORY (balance returned, usable
 * coupons reclaimed); E: first associated with the reseller's distributor, then moved to the reseller.
 */
export type Kind = 'A' | 'B' | 'C' | 'D' | 'E';

/** Traits forced on a few customers so every enum value occurs even at the small scale. */
export interface Trait {
  kind?: Kind;
  eApproved?: boolean;
  /**
   * An unbind request of the customer's (PENDING, REJECTED by the partner, EXPIRED) or of its
   * partner's (PARTNER_…: PENDING, REJECTED by the customer, EXPIRED).
   */
  unbind?: UnbindStory;
  frozen?: FrozenState;
  verified?: VerifiedStatus;
  customerType?: CustomerType;
  debtor?: boolean;
}

/** What became of a request to end the association (see Trait.unbind). */
export type UnbindStory =
  | 'PENDING'
  | 'REJECTED'
  | 'EXPIRED'
  | 'PARTNER_PENDING'
  | 'PARTNER_REJECTED'
  | 'PARTNER_EXPIRED';

/** An unbind request is answered within this many days or expires (unbind-requests.service.ts). */
const UNBIND_TTL = 7 * DAY;

type EventRow = (
  partner: number,
  eventType: AssociationEventType,
  initiator: AssociationInitiator,
  status: AssociationEventStatus,
  createdAt: number,
  handledAt: number | null,
  handledBy: number | null,
  reason: string | null,
  fromType: AssociationType | null,
  toType: AssociationType | null,
  expiresAt?: number | null,
) => void;

export interface Sink {
  readonly ref: number;
  /**
   * The start of the seeding day (UTC): open unbind requests are placed in the days before it, so
   * that their 7 days have not run out when the data is used, and one pending order of the demo
   * distributor falls due two days after it (the rest of the data depends on the month only).
   */
  readonly today: number;
  /** The incentives paid to a partner's bonus account in the seed (its ledger's rows before the rebate withdrawals). */
  incentivesPaid(p: PartnerPlan): number;
  readonly cfg: ScaleConfig;
  nextId(table: TableKey): number;
  push(table: TableKey, row: Row): void;
  nextSeq(): number;
  memberId(loginName: string): number;
}

const LEVELS: readonly (readonly [CustomerLevel, number])[] = [
  [CustomerLevel.V0, 25],
  [CustomerLevel.V1, 30],
  [CustomerLevel.V2, 22],
  [CustomerLevel.V3, 13],
  [CustomerLevel.V4, 7],
  [CustomerLevel.V5, 3],
];
const LEVEL_ORDERS: Record<CustomerLevel, number> = { V0: 0.6, V1: 0.8, V2: 1, V3: 1.3, V4: 1.6, V5: 2 };
const LEVEL_SPEND: Record<CustomerLevel, number> = { V0: 0.5, V1: 0.8, V2: 1, V3: 1.6, V4: 2.5, V5: 4 };

const ORDER_TYPES: readonly (readonly [OrderType, number])[] = [
  [OrderType.NEW, 55],
  [OrderType.RENEWAL, 22],
  [OrderType.CHANGE, 8],
  [OrderType.UNSUBSCRIBE, 7],
  [OrderType.TO_ON_DEMAND, 4],
  [OrderType.TO_PERIODIC, 4],
];
const CHARGE_TYPES = new Set([OrderType.NEW, OrderType.RENEWAL, OrderType.CHANGE, OrderType.TO_PERIODIC]);
const PAID = new Set([OrderStatus.COMPLETED, OrderStatus.PROCESSING]);

const FACES: Record<CouponKind, readonly (readonly [number, number])[]> = {
  [CouponKind.VOUCHER]: [
    [50, 10],
    [100, 20],
    [200, 18],
    [300, 12],
    [500, 14],
    [800, 8],
    [1000, 10],
    [2000, 5],
    [5000, 3],
  ],
  [CouponKind.CASH]: [
    [100, 10],
    [200, 14],
    [500, 18],
    [1000, 16],
    [2000, 10],
    [5000, 6],
    [10000, 3],
  ],
  [CouponKind.PICKUP]: [
    [1000, 10],
    [2000, 8],
    [5000, 5],
    [10000, 2],
  ],
};

interface ItemSim {
  row: Row;
  product: Product;
  months: number;
  effective: number | null;
  expire: number | null;
}

interface OrderSim {
  row: Row;
  id: number;
  orderId: string;
  type: OrderType;
  status: OrderStatus;
  createTime: number;
  paymentTime: number | null;
  payable: number;
  coupons: number;
  items: ItemSim[];
  resourceId: string | null;
}

/** A coupon still USABLE or INACTIVE at the reference date, and how to write a record of it. */
interface OpenCoupon {
  row: Row;
  q: QuotaPlan;
  /** Its issue or its last payment, whichever is later. */
  lastAt: number;
  record: (
    operationType: CouponOperationType,
    amount: number,
    operator: number | null,
    time: number,
    result: OperationResult,
    memo: string | null,
  ) => void;
}

interface CustomerCtx {
  p: PartnerPlan;
  rng: Rng;
  id: number;
  customerId: string;
  level: CustomerLevel;
  spend: number;
  associatedOn: number;
  accountManager: number | null;
  /** When the customer was RESALE with its current partner: [from, to); to null = still. */
  resaleFrom: number | null;
  resaleTo: number | null;
  oldPartner: PartnerPlan | null;
  oldStart: number;
  frozen: FrozenState;
  debtor: boolean;
  showcase: DemoCustomer | undefined;
  authorization: { grantedAt: number; revokedAt: number | null } | null;
  region: string;
  /** When the ledger took the customer's whole balance back (a debtor's full withdrawal), if it did. */
  fullWithdrawalAt?: number;
}

/** Every 23rd generated customer was registered without a mobile (a mobile is optional). */
const noMobile = (id: number, showcase: DemoCustomer | undefined) => !showcase && id % 23 === 0;

/**
 * A customer's mobile number, unique across customers as the platform requires: 1, a random second
 * digit and one random digit, then the customer's row id in 8 digits. Both draws are always made,
 * so every later draw of the seed stays the same whatever this returns.
 */
function mobileNumber(second: string, digits: string, id: number, showcase: DemoCustomer | undefined): string | null {
  return noMobile(id, showcase) ? null : `1${second}${digits.slice(0, 1)}${String(id).padStart(8, '0')}`;
}

function hexId(rng: Rng, id: number): string {
  return rng.hex(24) + id.toString(16).padStart(8, '0');
}

function uuidLike(rng: Rng, tail: string): string {
  const h = rng.hex(20);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${tail}`;
}

export class CustomerGenerator {
  /** Whether the distributor's order due within days (Dashboard.expiringPendingOrders) was placed. */
  private expiringPlaced = false;

  constructor(private readonly sink: Sink) {}

  private get ref(): number {
    return this.sink.ref;
  }

  generate(p: PartnerPlan, rng: Rng, showcase: DemoCustomer | undefined, trait: Trait | undefined): void {
    const { sink, ref } = this;
    const id = sink.nextId('subCustomer');

    let kind: Kind = showcase
      ? showcase.associationType === AssociationType.RESALE
        ? 'A'
        : 'B'
      : (trait?.kind ??
        rng.weighted<Kind>([
          ['A', 55],
          ['B', 34],
          ['C', 4],
          ['D', 4],
          ['E', p.parent ? 3 : 0],
        ]));
    if (kind === 'E' && !p.parent) kind = 'A';

    let associatedOn: number;
    let oldStart = 0;
    if (showcase) associatedOn = ref - rng.int(420, 640) * DAY - rng.int(0, DAY - 1);
    else if (kind === 'E') {
      associatedOn = ref - rng.int(60, 420) * DAY - rng.int(0, DAY - 1);
      oldStart = associatedOn - rng.int(90, 300) * DAY;
    } else associatedOn = ref - Math.max(3, Math.floor(730 * Math.sqrt(rng.next()))) * DAY - rng.int(0, DAY - 1);
    if ((kind === 'C' || kind === 'D') && associatedOn > ref - 150 * DAY) associatedOn = ref - rng.int(150, 700) * DAY;
    const switchTime =
      kind === 'C' || kind === 'D'
        ? associatedOn + Math.floor((ref - 40 * DAY - associatedOn) * (0.3 + 0.5 * rng.next()))
        : 0;

    const eResale = kind === 'E' && rng.chance(0.65);
    const oldResale = kind === 'E' && rng.chance(0.6);
    const finalType = kind === 'A' || kind === 'C' || eResale ? AssociationType.RESALE : AssociationType.ADVISORY;
    const initialType = kind === 'C' ? AssociationType.ADVISORY : kind === 'D' ? AssociationType.RESALE : finalType;
    let resaleFrom: number | null = null;
    let resaleTo: number | null = null;
    if (kind === 'A' || (kind === 'E' && eResale)) resaleFrom = associatedOn;
    else if (kind === 'C') resaleFrom = switchTime;
    else if (kind === 'D') {
      resaleFrom = associatedOn;
      resaleTo = switchTime;
    }

    // Who the customer is.
    const level = showcase ? rng.pick([CustomerLevel.V2, CustomerLevel.V3, CustomerLevel.V4]) : rng.weighted(LEVELS);
    const customerType = showcase
      ? CustomerType.ENTERPRISE
      : (trait?.customerType ??
        rng.weighted([
          [CustomerType.ENTERPRISE, 80],
          [CustomerType.INDIVIDUAL, 15],
          [CustomerType.NONE, 5],
        ]));
    const verified = showcase
      ? VerifiedStatus.VERIFIED
      : (trait?.verified ??
        (customerType === CustomerType.NONE
          ? VerifiedStatus.NOT_VERIFIED
          : rng.weighted([
              [VerifiedStatus.VERIFIED, 82],
              [VerifiedStatus.UNDER_REVIEW, 6],
              [VerifiedStatus.REJECTED, 4],
              [VerifiedStatus.NOT_VERIFIED, 8],
            ])));
    const who = this.identity(rng, id, customerType, showcase);
    const frozen = showcase
      ? showcase.accountName === 'jinhua-retail'
        ? FrozenState.ACCOUNT
        : FrozenState.NOT_FROZEN
      : (trait?.frozen ??
        rng.weighted([
          [FrozenState.NOT_FROZEN, 960],
          [FrozenState.ACCOUNT, 25],
          [FrozenState.ACCOUNT_AND_RESOURCES, 15],
        ]));
    const resaleNow = finalType === AssociationType.RESALE;
    const debtor =
      resaleNow &&
      (showcase
        ? showcase.accountName === 'jinhua-retail'
        : (trait?.debtor ?? (frozen !== FrozenState.NOT_FROZEN ? rng.chance(0.7) : rng.chance(0.03))));
    const accountManager = showcase
      ? showcase.accountManager
        ? sink.memberId(showcase.accountManager)
        : null
      : rng.weighted(p.managers);

    const ctx: CustomerCtx = {
      p,
      rng,
      id,
      customerId: hexId(rng, id),
      level,
      spend: LEVEL_SPEND[level],
      associatedOn,
      accountManager,
      resaleFrom,
      resaleTo,
      oldPartner: kind === 'E' ? p.parent : null,
      oldStart,
      frozen,
      debtor,
      showcase,
      authorization: null,
      region: rng.pick(REGIONS),
    };

    // Designated-customer quotas list a few RESALE customers of the partner.
    if (kind === 'A' && !showcase) {
      for (const q of p.quotas) {
        if (q.designated && q.designated.length < q.designatedMax && rng.chance(0.25))
          q.designated.push(ctx.customerId);
      }
    }

    const customerRow: Row = {
      id,
      partner: p.id,
      customerId: ctx.customerId,
      accountName: who.accountName,
      name: verified === VerifiedStatus.NOT_VERIFIED ? null : who.name,
      associatedOn,
      associationType: finalType,
      label: showcase ? 'KA' : rng.chance(0.55) ? rng.pick(LABELS) : null,
      telephone: mobileNumber(rng.pick(['3', '5', '7', '8', '9']), rng.digits(9), id, showcase),
      countryCode: noMobile(id, showcase) ? null : who.countryCode,
      email: who.email,
      verifiedStatus: verified,
      customerType,
      isFrozen: frozen,
      customerLevel: level,
      accountManager,
      xaccountId: `${p.slug.toUpperCase().slice(0, 3)}${String(100000 + id)}`,
      xaccountType: `${p.slug}_crm`,
      balance: 0,
      debtAmount: debtor ? rng.int(50, 3000) * 100 : 0,
      version: 1,
    };
    const held: { table: TableKey; row: Row }[] = [];
    const hold = (table: TableKey, row: Row) => held.push({ table, row });

    this.associationEvents(ctx, kind, initialType, finalType, switchTime, oldResale, trait, hold);
    this.authorization(ctx, hold);
    const orders = this.orders(ctx);
    const openCoupons = this.coupons(ctx, orders, hold);
    for (const o of orders) {
      hold('order', o.row);
      for (const item of o.items) hold('orderLineItem', item.row);
    }
    const resources = this.resources(ctx, orders, hold);
    customerRow.balance = this.ledger(ctx, orders, oldResale, hold);
    if (ctx.fullWithdrawalAt !== undefined) this.fullWithdrawal(ctx, openCoupons, ctx.fullWithdrawalAt, hold);
    this.consumption(ctx, orders, resources, Number(customerRow.debtAmount), hold);

    // The customer's cloud account (registration check), then the customer row, then everything
    // that points at it, in foreign-key order.
    sink.push('cloudAccount', {
      id: sink.nextId('cloudAccount'),
      accountName: who.accountName,
      email: who.email,
      mobile: customerRow.telephone == null ? null : `${who.countryCode}-${customerRow.telephone}`,
      international: false,
      isPartner: false,
      reportedByCloud: false,
      governmentSubsidy: false,
      createdAt: (ctx.oldPartner ? ctx.oldStart : associatedOn) - rng.int(1, 400) * DAY,
    });
    sink.push('subCustomer', customerRow);
    const discounts = customerDiscounts({
      customerRowId: id,
      partnerId: p.id,
      customerId: ctx.customerId,
      associatedOn,
      showcase,
      ref,
    });
    for (const d of discounts) sink.push('customerDiscount', { id: sink.nextId('customerDiscount'), ...d });
    for (const table of HOLD_ORDER) for (const h of held) if (h.table === table) sink.push(table, h.row);
  }

  private identity(rng: Rng, id: number, type: CustomerType, showcase: DemoCustomer | undefined) {
    if (showcase) {
      const english = /^[A-Za-z]/.test(showcase.name);
      return {
        name: showcase.name,
        accountName: showcase.accountName,
        email: `it@${showcase.accountName.replace(/-/g, '')}.${english ? 'com' : 'com.cn'}`,
        countryCode: '0086',
      };
    }
    if (type === CustomerType.INDIVIDUAL || (type === CustomerType.NONE && rng.chance(0.5))) {
      const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
      return {
        name,
        accountName: `hid_${rng.hex(6)}${id}`,
        email: `${rng.hex(8)}@${rng.pick(['163.com', 'qq.com', '126.com', 'gmail.com'])}`,
        countryCode: '0086',
      };
    }
    if (rng.chance(0.25)) {
      const brand = rng.pick(EN_BRANDS);
      const field = rng.pick(EN_FIELDS);
      const slug = `${brand}-${field}`
        .toLowerCase()
        .replace(/[^a-z-]/g, '')
        .slice(0, 22);
      return {
        name: `${brand} ${field} ${rng.pick(EN_SUFFIXES)}`,
        accountName: `${slug}-${id}`,
        email: `${rng.pick(['it', 'ops', 'cloud', 'finance'])}@${slug.replace(/-/g, '')}.com`,
        countryCode: rng.weighted([
          ['0086', 60],
          ['00852', 20],
          ['0065', 12],
          ['001', 8],
        ]),
      };
    }
    const [city, citySlug] = rng.pick(CITIES);
    const [brand, brandSlug] = rng.pick(BRANDS);
    const suffix = rng.chance(0.9) ? '有限公司' : '股份有限公司';
    return {
      name: `${city}${brand}${rng.pick(INDUSTRIES)}${suffix}`,
      accountName: `${citySlug}-${brandSlug}-${id}`,
      email: `${rng.pick(['it', 'ops', 'admin', 'finance', 'cloud'])}@${citySlug}${brandSlug}.com.cn`,
      countryCode: '0086',
    };
  }

  private associationEvents(
    ctx: CustomerCtx,
    kind: Kind,
    initialType: AssociationType,
    finalType: AssociationType,
    switchTime: number,
    oldResale: boolean,
    trait: Trait | undefined,
    hold: (table: TableKey, row: Row) => void,
  ): void {
    const { sink } = this;
    const { p, rng, id } = ctx;
    const event: EventRow = (
      partner,
      eventType,
      initiator,
      status,
      createdAt,
      handledAt,
      handledBy,
      reason,
      fromType,
      toType,
      expiresAt = null,
    ) =>
      hold('associationEvent', {
        id: sink.nextId('associationEvent'),
        partner,
        customer: id,
        eventType,
        initiator,
        status,
        reason,
        fromType,
        toType,
        createdAt,
        handledAt,
        handledBy,
        expiresAt,
      });

    if (ctx.oldPartner) {
      const old = ctx.oldPartner;
      const oldType = oldResale ? AssociationType.RESALE : AssociationType.ADVISORY;
      event(
        old.id,
        AssociationEventType.ASSOCIATE,
        AssociationInitiator.PARTNER,
        AssociationEventStatus.COMPLETED,
        ctx.oldStart - HOUR,
        ctx.oldStart,
        old.adminId,
        null,
        null,
        oldType,
      );
      if (trait?.eApproved ?? rng.chance(0.5)) {
        const asked = ctx.associatedOn - rng.int(2, 6) * DAY;
        event(
          old.id,
          AssociationEventType.UNBIND,
          AssociationInitiator.CUSTOMER,
          AssociationEventStatus.APPROVED,
          asked,
          ctx.associatedOn - DAY,
          old.adminId,
          rng.pick(UNBIND_REASONS),
          oldType,
          null,
          asked + UNBIND_TTL,
        );
      } else {
        // The old partner's request, approved by the customer (it answers: handledBy stays null).
        const asked = ctx.associatedOn - 3 * DAY - 10 * MINUTE;
        event(
          old.id,
          AssociationEventType.UNBIND,
          AssociationInitiator.PARTNER,
          AssociationEventStatus.APPROVED,
          asked,
          ctx.associatedOn - DAY,
          null,
          `转移至云经销商 ${p.name}（客户同意）`,
          oldType,
          null,
          asked + UNBIND_TTL,
        );
      }
    }
    const initiator = rng.chance(0.7) ? AssociationInitiator.PARTNER : AssociationInitiator.CUSTOMER;
    event(
      p.id,
      AssociationEventType.ASSOCIATE,
      initiator,
      AssociationEventStatus.COMPLETED,
      ctx.associatedOn - rng.int(10, 600) * MINUTE,
      ctx.associatedOn,
      p.adminId,
      null,
      null,
      initialType,
    );
    if (kind === 'C' || kind === 'D') {
      event(
        p.id,
        AssociationEventType.SWITCH_TYPE,
        AssociationInitiator.PARTNER,
        AssociationEventStatus.COMPLETED,
        switchTime - 5 * MINUTE,
        switchTime,
        p.adminId,
        rng.pick(SWITCH_REASONS),
        initialType,
        finalType,
      );
    }
    if (ctx.showcase) return;
    // Random stories: a customer's request that expired unanswered, or one its partner rejected.
    const unbind = trait?.unbind ?? (rng.chance(0.02) ? 'EXPIRED' : rng.chance(0.02) ? 'REJECTED' : null);
    if (unbind) this.unbindRequest(ctx, unbind, finalType, Math.max(ctx.associatedOn, switchTime) + 7 * DAY, event);
  }

  /** One unbind request and what became of it (Trait.unbind); none when the association is too young. */
  private unbindRequest(
    ctx: CustomerCtx,
    story: UnbindStory,
    finalType: AssociationType,
    earliest: number,
    event: EventRow,
  ): void {
    const { p, rng } = ctx;
    const byCustomer = !story.startsWith('PARTNER_');
    const initiator = byCustomer ? AssociationInitiator.CUSTOMER : AssociationInitiator.PARTNER;
    const request = (status: AssociationEventStatus, at: number, handledAt: number | null, reason: string) => {
      if (at < earliest) return;
      event(
        p.id,
        AssociationEventType.UNBIND,
        initiator,
        status,
        at,
        handledAt,
        // The partner's member when the partner answered; nobody when the customer did or time ran out.
        byCustomer && status === AssociationEventStatus.REJECTED ? p.adminId : null,
        reason,
        finalType,
        null,
        at + UNBIND_TTL,
      );
    };
    const reason = rng.pick(byCustomer ? UNBIND_REASONS : PARTNER_UNBIND_REASONS);
    switch (story) {
      case 'PENDING':
      case 'PARTNER_PENDING': {
        // Open: made 1–5 days before the seeding day, so still within its 7 days.
        request(
          AssociationEventStatus.PENDING,
          this.sink.today - rng.int(1, 5) * DAY + rng.int(9 * 60, 18 * 60) * MINUTE,
          null,
          reason,
        );
        return;
      }
      case 'EXPIRED':
      case 'PARTNER_EXPIRED': {
        const at = this.ref - rng.int(8, 27) * DAY;
        request(AssociationEventStatus.EXPIRED, at, at + UNBIND_TTL, reason);
        return;
      }
      default: {
        const at = Math.max(earliest, this.ref - rng.int(30, 300) * DAY);
        const answer = byCustomer
          ? `（驳回：${rng.pick(REJECT_REASONS)}）`
          : `（客户驳回：${rng.pick(CUSTOMER_REJECT_REASONS)}）`;
        if (at + 4 * DAY < this.ref)
          request(AssociationEventStatus.REJECTED, at, at + rng.int(1, 3) * DAY, reason + answer);
      }
    }
  }

  private authorization(ctx: CustomerCtx, hold: (table: TableKey, row: Row) => void): void {
    const { rng } = ctx;
    if (ctx.resaleFrom === null) return;
    const status = ctx.showcase
      ? ctx.showcase.accountName === 'xinghe-edu'
        ? OrderAuthorizationStatus.REVOKED
        : OrderAuthorizationStatus.GRANTED
      : rng.weighted<OrderAuthorizationStatus | null>([
          [OrderAuthorizationStatus.GRANTED, 80],
          [OrderAuthorizationStatus.REVOKED, 10],
          [null, 10],
        ]);
    if (!status) return;
    const grantedAt = Math.min(this.ref - DAY, ctx.resaleFrom + rng.int(1, 30) * DAY + rng.int(0, DAY - 1));
    const revokedAt =
      status === OrderAuthorizationStatus.REVOKED
        ? grantedAt + Math.floor((this.ref - grantedAt) * (0.3 + 0.6 * rng.next()))
        : null;
    ctx.authorization = { grantedAt, revokedAt };
    hold('orderAuthorization', {
      id: this.sink.nextId('orderAuthorization'),
      partner: ctx.p.id,
      customer: ctx.id,
      status,
      grantedAt,
      revokedAt,
    });
  }

  private authorizedAt(ctx: CustomerCtx, t: number): boolean {
    const a = ctx.authorization;
    return !!a && a.grantedAt <= t && (a.revokedAt === null || t < a.revokedAt);
  }

  private orders(ctx: CustomerCtx): OrderSim[] {
    const { sink, ref } = this;
    const { rng } = ctx;
    const activeMonths = (ref - ctx.associatedOn) / (30.44 * DAY);
    const n = Math.min(
      400,
      Math.round((rng.exp(sink.cfg.ordersPerYear * LEVEL_ORDERS[ctx.level]) * activeMonths) / 12),
    );
    const times: number[] = [];
    for (let i = 0; i < n; i++)
      times.push(
        ctx.associatedOn + HOUR + Math.floor(rng.next() * Math.max(HOUR, ref - DAY - ctx.associatedOn - HOUR)),
      );
    times.sort((a, b) => a - b);
    const orders: OrderSim[] = [];
    if (ctx.showcase) {
      // An in-use ECS server with its disk and EIP (see DEMO_CUSTOMERS).
      orders.push(
        this.order(ctx, ref - rng.int(60, 150) * DAY - rng.int(8 * 60, 20 * 60) * MINUTE, {
          type: OrderType.NEW,
          status: OrderStatus.COMPLETED,
          product: PRODUCTS[0],
          year: true,
          withResources: true,
        }),
      );
    }
    for (const t of times) orders.push(this.order(ctx, t, {}));
    const pending = ctx.showcase ? (ctx.resaleFrom !== null ? 2 : 1) : rng.chance(sink.cfg.pendingOrderShare) ? 1 : 0;
    for (let i = 0; i < pending; i++) {
      orders.push(
        this.order(ctx, ref - rng.int(30, 5 * 24 * 60) * MINUTE - rng.int(0, MINUTE - 1), {
          type: rng.chance(0.7) ? OrderType.NEW : OrderType.RENEWAL,
          status: OrderStatus.PENDING_PAYMENT,
        }),
      );
    }
    orders.sort((a, b) => a.createTime - b.createTime);
    return orders;
  }

  private order(
    ctx: CustomerCtx,
    createTime: number,
    force: { type?: OrderType; status?: OrderStatus; product?: Product; year?: boolean; withResources?: boolean },
  ): OrderSim {
    const { sink, ref } = this;
    const { rng } = ctx;
    const id = sink.nextId('order');
    const type = force.type ?? rng.weighted(ORDER_TYPES);
    let status: OrderStatus;
    if (force.status !== undefined) status = force.status;
    else if (type === OrderType.UNSUBSCRIBE)
      status = rng.chance(0.8) ? OrderStatus.COMPLETED : OrderStatus.PENDING_REFUND;
    else if (type === OrderType.TO_ON_DEMAND) status = rng.chance(0.9) ? OrderStatus.COMPLETED : OrderStatus.CANCELLED;
    else if (createTime > ref - 3 * DAY && rng.chance(0.3)) status = OrderStatus.PROCESSING;
    else {
      status = rng.weighted([
        [OrderStatus.COMPLETED, 82],
        [OrderStatus.CANCELLED, 9],
        [OrderStatus.PENDING_APPROVAL, 3],
        [OrderStatus.PENDING_CONFIRMATION, 3],
        [OrderStatus.PROCESSING, 3],
      ]);
    }
    const charge = CHARGE_TYPES.has(type);
    const paymentTime =
      charge && PAID.has(status) ? Math.min(ref - MINUTE, createTime + rng.int(1, 360) * MINUTE) : null;
    const orderId = `CS${yymmddhhmm(createTime)}${b36(id, 5)}`;

    const nItems =
      type === OrderType.UNSUBSCRIBE || type === OrderType.TO_ON_DEMAND
        ? 1
        : force.product
          ? 1
          : rng.weighted([
              [1, 60],
              [2, 28],
              [3, 12],
            ]);
    const items: ItemSim[] = [];
    let official = 0;
    for (let i = 0; i < nItems; i++) {
      const product = force.product ?? rng.weighted(PRODUCTS.map((pr) => [pr, pr.weight] as const));
      const specIndex =
        ctx.spend >= 1.6 && rng.chance(0.5) ? product.specs.length - 1 : rng.int(0, product.specs.length - 1);
      const spec = product.specs[specIndex];
      const year = force.year ?? (type !== OrderType.UNSUBSCRIBE && type !== OrderType.TO_ON_DEMAND && rng.chance(0.3));
      const periodNum = year
        ? rng.weighted([
            [1, 70],
            [2, 20],
            [3, 10],
          ])
        : rng.weighted([
            [1, 40],
            [2, 8],
            [3, 14],
            [6, 18],
            [9, 6],
            [11, 4],
          ]);
      const months = year ? periodNum * 12 : periodNum;
      const subscriptionNum = force.product
        ? 1
        : rng.weighted([
            [1, 70],
            [2, 14],
            [3, 8],
            [5, 5],
            [10, 3],
          ]);
      let amount: number;
      if (type === OrderType.TO_ON_DEMAND) amount = 0;
      else
        amount = Math.round(
          spec.monthly * months * subscriptionNum * (year ? 10 / 12 : 1) * (0.7 + 0.6 * ctx.spend * rng.next()),
        );
      official += amount;
      let effective: number | null = null;
      let expire: number | null = null;
      if (paymentTime !== null) {
        effective = type === OrderType.RENEWAL ? paymentTime + rng.int(1, 20) * DAY : paymentTime;
        expire = addMonths(effective, months);
      }
      items.push({
        product,
        months,
        effective,
        expire,
        row: {
          id: sink.nextId('orderLineItem'),
          order: id,
          productId: spec.productId,
          serviceTypeCode: product.serviceTypeCode,
          productSpecDesc: spec.desc,
          periodType: year ? PeriodType.YEAR : PeriodType.MONTH,
          periodNum,
          subscriptionNum,
          amount,
          effectiveTime: effective,
          expireTime: expire,
        },
      });
    }
    const discounts =
      charge && official > 0 && rng.chance(0.3)
        ? [{ type: rng.pick(DISCOUNT_TYPES), amount: Math.round((official * rng.pick([5, 8, 10, 15, 20])) / 100) }]
        : [];
    const amountAfterDiscount = official - discounts.reduce((s, d) => s + d.amount, 0);
    const sourceType =
      this.authorizedAt(ctx, createTime) && rng.chance(0.5) ? OrderSource.PARTNER : OrderSource.CUSTOMER;
    let pendingPaymentEndTime: number | null = null;
    if (status === OrderStatus.PENDING_PAYMENT) {
      pendingPaymentEndTime = ref + rng.int(32, 45) * DAY + rng.int(0, 23) * HOUR;
      // Payable all month, but for one: the demo distributor's first pending order outside the showcase
      // is due two days after the seeding day (no draw: the other rows stay as they were).
      if (!this.expiringPlaced && ctx.p.key === 'dist' && !ctx.showcase) {
        this.expiringPlaced = true;
        pendingPaymentEndTime = sink.today + 2 * DAY + 10 * HOUR;
      }
    } else if (status === OrderStatus.CANCELLED) pendingPaymentEndTime = createTime + rng.int(3, 7) * DAY;
    const row: Row = {
      id,
      partner: ctx.p.id,
      customer: ctx.id,
      orderId,
      status,
      orderType: type,
      sourceType,
      serviceTypeCode: items[0].product.serviceTypeCode,
      officialAmount: official,
      amountAfterDiscount,
      discounts,
      couponAmount: 0,
      cashCouponAmount: 0,
      creditAmount: 0,
      createTime,
      paymentTime,
      pendingPaymentEndTime,
      version: 1,
    };
    const sim: OrderSim = {
      row,
      id,
      orderId,
      type,
      status,
      createTime,
      paymentTime,
      payable: amountAfterDiscount,
      coupons: 0,
      items,
      resourceId: null,
    };
    (sim as OrderSim & { withResources?: boolean }).withResources = force.withResources;
    return sim;
  }

  private pickQuota(
    ctx: CustomerCtx,
    until: number,
    kind?: CouponKind,
  ): { q: QuotaPlan; lo: number; hi: number } | null {
    const { rng } = ctx;
    const options: (readonly [{ q: QuotaPlan; lo: number; hi: number }, number])[] = [];
    for (const q of ctx.p.quotas) {
      if (q.designated && !q.designated.includes(ctx.customerId)) continue;
      if (kind && q.kind !== kind) continue;
      const lo = Math.max(ctx.resaleFrom!, q.effective, q.createdAt) + HOUR;
      const hi = Math.min(until, q.issueUntil, q.expire, this.ref) - HOUR;
      if (hi - lo < DAY) continue;
      options.push([{ q, lo, hi }, q.weight]);
    }
    return options.length ? rng.weighted(options) : null;
  }

  private coupons(ctx: CustomerCtx, orders: OrderSim[], hold: (table: TableKey, row: Row) => void): OpenCoupon[] {
    const open: OpenCoupon[] = [];
    if (ctx.resaleFrom === null) return open;
    const { sink, ref } = this;
    const { rng, p } = ctx;
    const until = ctx.resaleTo ?? ref;
    const count = ctx.showcase ? 2 : Math.min(30, Math.round(rng.exp(sink.cfg.couponsPerResaleCustomer)));
    const issuer = (): number => rng.pick(p.couponOperators);
    const paidOrders = orders.filter((o) => o.paymentTime !== null && CHARGE_TYPES.has(o.type));
    for (let j = 0; j < count; j++) {
      const forced = ctx.showcase && j === 0;
      let pick: { q: QuotaPlan; lo: number; hi: number } | null;
      if (forced) {
        const q = p.quotas.find(
          (x) =>
            x.kind === CouponKind.VOUCHER &&
            x.status === QuotaStatus.NORMAL &&
            !x.designated &&
            x.expire > ref + 120 * DAY,
        )!;
        pick = { q, lo: ref - 25 * DAY, hi: ref - 10 * DAY };
      } else if (ctx.showcase && j === 1 && p.quotas.some((x) => x.kind === CouponKind.PICKUP)) {
        // The solution provider's showcase customer also holds a 提货券, so every kind occurs.
        pick = this.pickQuota(ctx, until, CouponKind.PICKUP);
      } else pick = this.pickQuota(ctx, until);
      if (!pick) continue;
      const { q } = pick;
      let face = rng.weighted(FACES[q.kind]) * 100;
      if (ctx.spend >= 2.5 && rng.chance(0.3)) face *= 2;
      if (q.available < face) face = FACES[q.kind][0][0] * 100;
      if (q.available < face) continue;
      const t = pick.lo + Math.floor(rng.next() * (pick.hi - pick.lo));

      let effective = t;
      let expire: number;
      if (!forced && ctx.resaleTo === null && q.expire > ref + 100 * DAY && rng.chance(0.07)) {
        effective = ref + rng.int(35, 60) * DAY;
        expire = Math.min(q.expire, effective + rng.int(90, 180) * DAY);
      } else if (forced) {
        expire = Math.min(q.expire, ref + 120 * DAY);
      } else {
        expire = Math.min(q.expire, t + rng.pick([90, 180, 365]) * DAY);
      }
      // Keep "USABLE" true all month: nothing expires in the first 45 days after the reference date.
      if (expire >= ref && expire < ref + 45 * DAY) {
        if (ref + 46 * DAY <= q.expire && effective < ref) expire = ref + 46 * DAY + rng.int(0, 23) * HOUR;
        else expire = ref - rng.int(1, 10) * DAY;
      }
      if (expire <= effective + DAY) continue;

      q.available -= face;
      const couponRowId = sink.nextId('coupon');
      let balance = face;
      let usedOn: number | null = null;
      let usedAt = t;
      /** Each payment the coupon made (one USE record each). */
      const uses: { order: OrderSim; amount: number }[] = [];
      const spend = (o: OrderSim, use: number) => {
        balance -= use;
        o.payable -= use;
        o.coupons += 1;
        if (q.kind === CouponKind.CASH) o.row.cashCouponAmount = Number(o.row.cashCouponAmount) + use;
        else o.row.couponAmount = Number(o.row.couponAmount) + use;
        uses.push({ order: o, amount: use });
        usedOn = o.id;
        usedAt = o.paymentTime!;
      };
      if (!forced && rng.chance(0.65)) {
        const cutoff = Math.min(expire, until);
        const eligible = paidOrders.filter(
          (o) => o.paymentTime! >= effective && o.paymentTime! < cutoff && o.coupons < 3 && o.payable > 0,
        );
        if (eligible.length) {
          const o = rng.pick(eligible);
          const use = rng.chance(0.5)
            ? Math.min(balance, o.payable)
            : Math.min(balance, o.payable, Math.max(1, Math.round(balance * (0.2 + 0.6 * rng.next()))));
          spend(o, use);
          // Every third coupon with a balance left pays a later order too (no draw: the rest of the
          // customer's data stays as it was), so coupons show a usage history of several orders.
          const later = eligible.find((x) => x.paymentTime! > usedAt && x.payable > 0 && x.coupons < 3);
          if (!ctx.showcase && balance > 0 && couponRowId % 3 === 0 && later)
            spend(later, Math.min(balance, later.payable));
        }
      }
      let status: CouponStatus;
      let reclaim: { at: number; op: CouponOperationType; operator: number | null } | null = null;
      if (balance > 0 && ctx.resaleTo !== null && expire > ctx.resaleTo) {
        reclaim = { at: ctx.resaleTo, op: CouponOperationType.SWITCH_RECLAIM, operator: null };
      } else if (balance > 0 && !forced && rng.chance(0.12)) {
        const lo = Math.max(effective, usedAt) + DAY;
        const hi = Math.min(expire, ref) - DAY;
        if (hi > lo)
          reclaim = {
            at: lo + Math.floor(rng.next() * (hi - lo)),
            op: CouponOperationType.MANUAL_RECLAIM,
            operator: issuer(),
          };
      }
      const reclaimed = balance;
      if (reclaim) {
        status = CouponStatus.RECLAIMED;
        q.available += balance;
        balance = 0;
      } else if (effective > ref) status = CouponStatus.INACTIVE;
      else if (expire <= ref) status = balance === 0 ? CouponStatus.USED : CouponStatus.EXPIRED;
      else status = balance === 0 ? CouponStatus.USED : CouponStatus.USABLE;

      const memo = rng.chance(0.7) ? rng.pick(COUPON_MEMOS) : null;
      const couponRow: Row = {
        id: couponRowId,
        partner: p.id,
        couponId: `CP${yymmdd(t)}${b36(couponRowId, 7)}`,
        kind: q.kind,
        quota: q.id,
        customer: ctx.id,
        status,
        faceValue: face,
        balance,
        effectiveTime: effective,
        expireTime: expire,
        memo,
        usedOnOrder: usedOn,
        issuedAt: t,
        version: 1,
      };
      hold('coupon', couponRow);
      const record = (
        operationType: CouponOperationType,
        amount: number,
        operator: number | null,
        time: number,
        result: OperationResult,
        recordMemo: string | null,
        order: number | null = null,
      ) =>
        hold('couponRecord', {
          id: sink.nextId('couponRecord'),
          partner: p.id,
          coupon: couponRowId,
          customer: ctx.id,
          operationType,
          amount,
          operator,
          time,
          result,
          memo: recordMemo,
          order,
        });
      record(CouponOperationType.ISSUE, face, issuer(), t, OperationResult.SUCCESS, memo);
      // Seeded payments were made by the customer's side, not by a member: no operator.
      for (const u of uses)
        record(
          CouponOperationType.USE,
          u.amount,
          null,
          u.order.paymentTime!,
          OperationResult.SUCCESS,
          null,
          u.order.id,
        );
      if (reclaim)
        record(
          reclaim.op,
          reclaimed,
          reclaim.operator,
          reclaim.at,
          OperationResult.SUCCESS,
          reclaim.op === CouponOperationType.SWITCH_RECLAIM ? '切换关联模式自动回收' : null,
        );
      else if (status === CouponStatus.USED && rng.chance(0.05))
        record(
          CouponOperationType.MANUAL_RECLAIM,
          0,
          issuer(),
          Math.min(ref - HOUR, usedAt + rng.int(1, 20) * DAY),
          OperationResult.FAILED,
          '代金券已使用，无法回收',
        );
      if (status === CouponStatus.USABLE || status === CouponStatus.INACTIVE)
        open.push({ row: couponRow, q, lastAt: Math.max(t, usedAt), record });
    }
    open.push(...this.farCoupon(ctx, hold));
    return open;
  }

  /**
   * The issue's own example (issue 12): a showcase customer still RESALE gets a VOUCHER issued a
   * few days ago with the quota's default validity, which ends more than 12 months from now (outside
   * the default window of the coupon lists). No draw from the customer's random stream.
   */
  private farCoupon(ctx: CustomerCtx, hold: (table: TableKey, row: Row) => void): OpenCoupon[] {
    const ref = this.ref;
    const face = 300_000;
    const q = ctx.p.quotas.find(
      (x) =>
        x.kind === CouponKind.VOUCHER &&
        x.status === QuotaStatus.NORMAL &&
        !x.designated &&
        !x.parent &&
        x.expire > addMonths(ref, 12) + DAY &&
        x.available >= face,
    );
    const t = ref - 4 * DAY + 10 * HOUR;
    if (!ctx.showcase || ctx.resaleTo !== null || !q) return [];
    if (t < Math.max(ctx.resaleFrom ?? ref, q.effective, q.createdAt)) return [];
    return [this.defaultValidityCoupon(ctx, hold, q, face, t, '默认有效期（额度有效期）')];
  }

  /** A USABLE coupon issued at `t` with its quota's validity, and its ISSUE record (no draw). */
  private defaultValidityCoupon(
    ctx: CustomerCtx,
    hold: (table: TableKey, row: Row) => void,
    q: QuotaPlan,
    face: number,
    t: number,
    memo: string,
  ): OpenCoupon {
    const { sink } = this;
    const { p } = ctx;
    q.available -= face;
    const id = sink.nextId('coupon');
    const row: Row = {
      id,
      partner: p.id,
      couponId: `CP${yymmdd(t)}${b36(id, 7)}`,
      kind: q.kind,
      quota: q.id,
      customer: ctx.id,
      status: CouponStatus.USABLE,
      faceValue: face,
      balance: face,
      effectiveTime: q.effective,
      expireTime: q.expire,
      memo,
      usedOnOrder: null,
      issuedAt: t,
      version: 1,
    };
    hold('coupon', row);
    const record: OpenCoupon['record'] = (operationType, amount, operator, time, result, recordMemo) =>
      hold('couponRecord', {
        id: sink.nextId('couponRecord'),
        partner: p.id,
        coupon: id,
        customer: ctx.id,
        operationType,
        amount,
        operator,
        time,
        result,
        memo: recordMemo,
        order: null,
      });
    record(CouponOperationType.ISSUE, face, p.adminId, t, OperationResult.SUCCESS, memo);
    return { row, q, lastAt: t, record };
  }

  /**
   * Seed 003: on the customer's full withdrawal at `at`, each CASH or PICKUP coupon it held then
   * (issued and last used before) returns its balance to its quota: RECLAIMED, with its
   * FULL_WITHDRAWAL_RECLAIM record, as reclaimFunds of the whole balance does.
   */
  private fullWithdrawal(
    ctx: CustomerCtx,
    open: OpenCoupon[],
    at: number,
    hold: (table: TableKey, row: Row) => void,
  ): void {
    const returned = (c: OpenCoupon) => c.row.kind !== CouponKind.VOUCHER && c.lastAt < at;
    // A showcase debtor always shows one: a 现金券 issued a week before with its quota's validity.
    const cash = ctx.p.quotas.find(
      (x) =>
        x.kind === CouponKind.CASH &&
        x.status === QuotaStatus.NORMAL &&
        !x.designated &&
        !x.parent &&
        Math.max(x.effective, x.createdAt, ctx.resaleFrom ?? at) < at - 7 * DAY &&
        x.expire > this.ref + DAY &&
        x.available >= 80_000,
    );
    if (ctx.showcase && cash && !open.some(returned))
      open.push(this.defaultValidityCoupon(ctx, hold, cash, 80_000, at - 7 * DAY, '全额提现演示'));
    for (const c of open) {
      if (!returned(c)) continue;
      const amount = Number(c.row.balance);
      c.row.status = CouponStatus.RECLAIMED;
      c.row.balance = 0;
      c.q.available += amount;
      c.record(
        CouponOperationType.FULL_WITHDRAWAL_RECLAIM,
        amount,
        ctx.p.adminId,
        at,
        OperationResult.SUCCESS,
        '客户全额提现，余额退回额度',
      );
    }
  }

  private resources(ctx: CustomerCtx, orders: OrderSim[], hold: (table: TableKey, row: Row) => void): ResourceSim[] {
    const { sink, ref } = this;
    const { rng, p } = ctx;
    const out: ResourceSim[] = [];
    for (const o of orders) {
      if (o.paymentTime === null || (o.type !== OrderType.NEW && o.type !== OrderType.TO_PERIODIC)) continue;
      const forced = (o as OrderSim & { withResources?: boolean }).withResources === true;
      if (!forced && !rng.chance(sink.cfg.resourceProbability)) continue;
      o.items.forEach((item, index) => {
        if (index > 0 && (forced || !rng.chance(0.3))) return;
        const mains = Math.min(2, Number(item.row.subscriptionNum));
        for (let m = 0; m < mains; m++) {
          const policy = forced
            ? ExpirePolicy.AUTO_RENEW
            : rng.weighted([
                [ExpirePolicy.GRACE_PERIOD, 35],
                [ExpirePolicy.TO_ON_DEMAND, 10],
                [ExpirePolicy.DELETE, 15],
                [ExpirePolicy.AUTO_RENEW, 30],
                [ExpirePolicy.FREEZE, 10],
              ]);
          const effective = item.effective!;
          let expire = item.expire!;
          const renewals: number[] = [];
          let status: ResourceStatus;
          if (policy === ExpirePolicy.AUTO_RENEW) {
            while (expire < ref) {
              renewals.push(expire);
              expire = addMonths(expire, item.months);
            }
            status = ResourceStatus.IN_USE;
          } else if (expire < ref) {
            status =
              policy === ExpirePolicy.DELETE
                ? ResourceStatus.CLOSED
                : policy === ExpirePolicy.FREEZE
                  ? ResourceStatus.FROZEN
                  : ResourceStatus.EXPIRED;
          } else status = ResourceStatus.IN_USE;
          if (status === ResourceStatus.IN_USE && ctx.frozen === FrozenState.ACCOUNT_AND_RESOURCES)
            status = ResourceStatus.FROZEN;
          const autoRenewTimes = policy === ExpirePolicy.AUTO_RENEW ? rng.pick([0, 0, 1, 3, 6, 12, 99]) : null;
          const region = rng.chance(0.7) ? ctx.region : rng.pick(REGIONS);
          const env = rng.pick(RESOURCE_ENVS);
          const num = String(rng.int(1, 99)).padStart(2, '0');
          const mainId = sink.nextId('resource');
          const resourceId = uuidLike(rng, mainId.toString(16).padStart(12, '0'));
          if (!o.resourceId) o.resourceId = resourceId;
          const row = (
            id: number,
            rid: string,
            name: string,
            service: string,
            type: string,
            isMain: boolean,
            parent: number | null,
            productCode: string,
          ): Row => ({
            id,
            partner: p.id,
            customer: ctx.id,
            order: o.id,
            resourceId: rid,
            name,
            regionCode: region,
            serviceTypeCode: service,
            resourceTypeCode: type,
            isMainResource: isMain,
            parentResource: parent,
            productCode,
            status,
            effectiveTime: effective,
            expireTime: expire,
            expirePolicy: policy,
            autoRenewTimes,
          });
          const mainName = `${item.product.namePrefix}-${env}-${num}`;
          hold(
            'resource',
            row(
              mainId,
              resourceId,
              mainName,
              item.product.serviceTypeCode,
              item.product.resourceTypeCode,
              true,
              null,
              String(item.row.productId),
            ),
          );
          out.push({
            resourceId,
            serviceTypeCode: item.product.serviceTypeCode,
            monthly: Math.round(Number(item.row.amount) / Math.max(1, item.months)),
            months: item.months,
            renewals,
          });
          for (const dep of item.product.dependents) {
            if (!forced && !rng.chance(dep.probability)) continue;
            const depId = sink.nextId('resource');
            hold(
              'resource',
              row(
                depId,
                uuidLike(rng, depId.toString(16).padStart(12, '0')),
                `${mainName}-${dep.namePrefix}`,
                dep.serviceTypeCode,
                dep.resourceTypeCode,
                false,
                mainId,
                dep.spec.productId,
              ),
            );
          }
        }
      });
    }
    return out;
  }

  /**
   * The customer's cash ledger while RESALE: the partner allocates ahead of payments, sometimes
   * reclaims, returns the balance on a switch away from RESALE. Returns the final balance.
   */
  private ledger(
    ctx: CustomerCtx,
    orders: OrderSim[],
    oldResale: boolean,
    hold: (table: TableKey, row: Row) => void,
  ): number {
    const { sink, ref } = this;
    const { rng, p } = ctx;

    if (ctx.oldPartner && oldResale) {
      // Funds the distributor gave before the move, returned when the customer left it.
      const old = ctx.oldPartner;
      const book = new Book(this.sink, ctx, old, hold);
      let t = ctx.oldStart + rng.int(1, 10) * DAY;
      const moves = rng.int(1, 3);
      for (let i = 0; i < moves && t < ctx.associatedOn - 2 * DAY; i++) {
        book.allocate(t, roundUp(rng.int(1_000, 20_000) * 100, 10_000));
        t += rng.int(5, 60) * DAY;
      }
      book.unbindReturn(ctx.associatedOn - DAY);
    }
    if (ctx.resaleFrom === null) return 0;

    const from = ctx.resaleFrom;
    const to = ctx.resaleTo ?? ref;
    const events: { t: number; amount: number; type: TradeType; tradeId: string }[] = [];
    for (const o of orders) {
      if (o.paymentTime !== null && CHARGE_TYPES.has(o.type) && o.paymentTime >= from && o.paymentTime < to) {
        const due = Number(o.row.amountAfterDiscount) - Number(o.row.couponAmount) - Number(o.row.cashCouponAmount);
        // Now and then the partner's credit pays part of it (cash first, then credit: seed 002).
        // Its own stream, so the rest of the generated data stays as it was.
        const byCredit = Rng.derive(ctx.id, `credit:${o.orderId}`).chance(0.05);
        const credit = due >= 20_000 && p.grants.credit > 0 && byCredit ? roundUp(due * 0.4, 100) : 0;
        if (credit > 0) {
          o.row.creditAmount = credit;
          p.creditEvents.push({
            t: o.paymentTime,
            amount: -credit,
            type: TradeType.ORDER_PAYMENT,
            tradeId: o.orderId,
            seq: sink.nextSeq(),
          });
        }
        const cash = due - credit;
        if (cash > 0)
          events.push({ t: o.paymentTime, amount: -cash, type: TradeType.ORDER_PAYMENT, tradeId: o.orderId });
      }
      if (
        o.type === OrderType.UNSUBSCRIBE &&
        o.status === OrderStatus.COMPLETED &&
        o.createTime >= from &&
        o.createTime + 2 * HOUR < to &&
        Number(o.row.amountAfterDiscount) > 0
      ) {
        events.push({
          t: o.createTime + 2 * HOUR,
          amount: Number(o.row.amountAfterDiscount),
          type: TradeType.REFUND,
          tradeId: o.orderId,
        });
      }
    }
    events.sort((a, b) => a.t - b.t);
    const monthly = 30_000 * ctx.spend;
    const book = new Book(sink, ctx, p, hold);
    const openAt = Math.min(from + rng.int(1, 72) * HOUR, events.length ? events[0].t - MINUTE : to - HOUR, ref - HOUR);
    book.allocate(Math.max(from, openAt), roundUp(monthly * (1 + 2 * rng.next()) + 50_000, 10_000));
    for (const e of events) {
      if (e.amount < 0 && book.balance + e.amount < 0) {
        book.allocate(
          Math.max(book.last, e.t - rng.int(1, 48) * HOUR),
          roundUp(-(book.balance + e.amount) + rng.exp(monthly * 2), 10_000),
        );
      }
      book.change(e.t, e.amount, e.type, e.tradeId);
      if (book.balance > 200_000 && rng.chance(0.04))
        book.reclaim(e.t + rng.int(1, 30) * MINUTE, roundUp(book.balance * 0.3, 10_000));
    }
    if (ctx.resaleTo !== null) book.unbindReturn(Math.max(book.last, ctx.resaleTo));
    else if (ctx.debtor) {
      if (book.balance > 0) {
        // The whole balance: a full withdrawal (全额提现), which also returns CASH and PICKUP coupons.
        ctx.fullWithdrawalAt = Math.max(book.last, ref - rng.int(3, 20) * DAY + rng.int(0, DAY - 1));
        book.reclaim(ctx.fullWithdrawalAt, book.balance);
      }
    } else if (ctx.showcase && book.balance < 100_000) {
      book.allocate(Math.max(book.last, ref - 3 * DAY + rng.int(0, DAY - 1)), roundUp(500_000 - book.balance, 10_000));
    } else if (rng.chance(0.3)) {
      book.allocate(
        Math.max(book.last, ref - rng.int(1, 60) * DAY + rng.int(0, DAY - 1)),
        roundUp(monthly * (0.5 + rng.next()), 10_000),
      );
    }
    return book.balance;
  }

  private consumption(
    ctx: CustomerCtx,
    orders: OrderSim[],
    resources: ResourceSim[],
    debt: number,
    hold: (table: TableKey, row: Row) => void,
  ): void {
    const { sink, ref } = this;
    const { rng, p } = ctx;
    const windowStart = addMonths(ref, -24);
    const since = Math.max(windowStart, ctx.oldPartner ? ctx.oldStart : ctx.associatedOn);
    const lastMonth = addMonths(ref, -1);
    const rows: Row[] = [];
    const owner = (t: number): [number, number | null] =>
      ctx.oldPartner && t < ctx.associatedOn ? [ctx.oldPartner.id, null] : [p.id, ctx.accountManager];
    const resaleAt = (t: number): boolean =>
      ctx.resaleFrom !== null && t >= ctx.resaleFrom && (ctx.resaleTo === null || t < ctx.resaleTo);
    const add = (
      t: number,
      service: string,
      resourceId: string | null,
      chargingMode: ChargingMode,
      billDetailType: BillDetailType,
      official: number,
      payment: number,
      coupon: number,
      debtAmount: number,
    ) => {
      const [partner, accountManager] = owner(t);
      rows.push({
        id: 0,
        partner,
        customer: ctx.id,
        billCycle: billCycleOf(t),
        serviceTypeCode: service,
        resourceId,
        chargingMode,
        billDetailType,
        tradeTime: t,
        officialAmount: official,
        paymentAmount: payment,
        cashAmount: payment - coupon - debtAmount,
        couponAmount: coupon,
        debtAmount,
        accountManager,
      });
    };

    // On-demand usage and reserved instances, billed monthly.
    const firstMonth = monthStart(since);
    const months = Math.max(0, Math.round((monthStart(lastMonth) - firstMonth) / (30.44 * DAY)) + 1);
    const usage = Math.round(sink.cfg.usagePerMonth * months * Math.sqrt(ctx.spend) * (0.4 + 1.2 * rng.next()));
    for (let i = 0; i < usage; i++) {
      const m = addMonths(firstMonth, rng.int(0, months - 1));
      const t = Math.max(since, m + rng.int(0, 27) * DAY + rng.int(0, DAY - 1));
      if (t >= ref) continue;
      const [service, base] = rng.pick(USAGE_SERVICES);
      const official = Math.max(100, Math.round(base * ctx.spend * (0.2 + rng.exp(0.8))));
      const payment = Math.round(official * (0.85 + 0.15 * rng.next()));
      const coupon = resaleAt(t) && rng.chance(0.1) ? Math.round(payment * (0.2 + 0.3 * rng.next())) : 0;
      const ri = rng.chance(0.12);
      const resourceId =
        service === 'hws.service.type.ec2' || service === 'hws.service.type.rds' ? uuidLike(rng, rng.hex(12)) : null;
      add(
        t,
        service,
        resourceId,
        ri ? ChargingMode.RESERVED_INSTANCE : ChargingMode.ON_DEMAND,
        ri && rng.chance(0.3) ? BillDetailType.NEW : BillDetailType.USAGE,
        official,
        payment,
        coupon,
        0,
      );
    }
    // Yearly/monthly orders as billed.
    for (const o of orders) {
      const paid = o.paymentTime !== null && CHARGE_TYPES.has(o.type);
      const refunded = o.type === OrderType.UNSUBSCRIBE && o.status === OrderStatus.COMPLETED;
      if (!paid && !refunded) continue;
      const t = paid ? o.paymentTime! : o.createTime + 2 * HOUR;
      if (t < since || t >= ref) continue;
      const official = Number(o.row.officialAmount);
      const payment = Number(o.row.amountAfterDiscount);
      const coupon = Number(o.row.couponAmount) + Number(o.row.cashCouponAmount);
      const type =
        o.type === OrderType.RENEWAL
          ? BillDetailType.RENEWAL
          : o.type === OrderType.CHANGE
            ? BillDetailType.CHANGE
            : o.type === OrderType.UNSUBSCRIBE
              ? BillDetailType.UNSUBSCRIBE
              : BillDetailType.NEW;
      const sign = refunded ? -1 : 1;
      add(
        t,
        String(o.row.serviceTypeCode),
        o.resourceId,
        ChargingMode.PERIODIC,
        type,
        sign * official,
        sign * payment,
        sign * coupon,
        0,
      );
    }
    // Automatic renewals of resources.
    for (const r of resources) {
      for (const t of r.renewals) {
        if (t < since || t >= ref) continue;
        const amount = r.monthly * r.months;
        add(
          t,
          r.serviceTypeCode,
          r.resourceId,
          ChargingMode.PERIODIC,
          BillDetailType.AUTO_RENEWAL,
          amount,
          amount,
          0,
          0,
        );
      }
    }
    // The debt of a customer in arrears comes from last month's usage.
    if (debt > 0) {
      const t = Math.max(since, monthStart(lastMonth) + rng.int(0, 25) * DAY);
      if (t < ref)
        add(t, 'hws.service.type.ec2', null, ChargingMode.ON_DEMAND, BillDetailType.USAGE, debt, debt, 0, debt);
    }
    rows.sort((a, b) => Number(a.tradeTime) - Number(b.tradeTime));
    for (const row of rows) {
      row.id = sink.nextId('consumptionRecord');
      hold('consumptionRecord', row);
    }
  }
}

interface ResourceSim {
  resourceId: string;
  serviceTypeCode: string;
  monthly: number;
  months: number;
  renewals: number[];
}

/** Rows that follow a customer, in foreign-key order. */
const HOLD_ORDER: readonly TableKey[] = [
  'associationEvent',
  'orderAuthorization',
  'order',
  'orderLineItem',
  'resource',
  'coupon',
  'couponRecord',
  'adjustRecord',
  'accountChangeRecord',
  'consumptionRecord',
];

/** One customer's ledger with one partner: every movement writes the adjust record and both sides. */
class Book {
  balance = 0;
  last = 0;

  constructor(
    private readonly sink: Sink,
    private readonly ctx: CustomerCtx,
    private readonly partner: PartnerPlan,
    private readonly hold: (table: TableKey, row: Row) => void,
  ) {}

  change(t: number, amount: number, tradeType: TradeType, tradeId: string): void {
    this.balance += amount;
    this.last = Math.max(this.last, t);
    this.hold('accountChangeRecord', {
      id: this.sink.nextId('accountChangeRecord'),
      partner: this.partner.id,
      ownerType: LedgerOwner.CUSTOMER,
      customer: this.ctx.id,
      accountType: PartnerAccountType.CASH,
      tradeType,
      amount,
      balanceAfter: this.balance,
      tradeId,
      tradeTime: t,
    });
  }

  private adjust(
    t: number,
    operationType: AdjustOperationType,
    amount: number,
    memo: string | null,
    operator: number | null,
  ): string {
    const id = this.sink.nextId('adjustRecord');
    const transId = `TR${yymmdd(t)}${b36(id, 8)}`;
    this.hold('adjustRecord', {
      id,
      partner: this.partner.id,
      customer: this.ctx.id,
      reseller: null,
      operationType,
      amount,
      transId,
      operator,
      operationTime: t,
      memo,
    });
    return transId;
  }

  private partnerEvent(t: number, amount: number, type: TradeType, tradeId: string): void {
    this.partner.events.push({ t, amount, type, tradeId, seq: this.sink.nextSeq() });
  }

  allocate(t: number, amount: number): void {
    if (amount <= 0) return;
    const memo = this.ctx.rng.chance(0.5) ? this.ctx.rng.pick(ALLOCATE_MEMOS) : null;
    const transId = this.adjust(t, AdjustOperationType.BEADJUST, amount, memo, this.partner.adminId);
    this.partnerEvent(t, -amount, TradeType.ALLOCATE_OUT, transId);
    this.change(t, amount, TradeType.ALLOCATE_IN, transId);
  }

  reclaim(t: number, amount: number): void {
    amount = Math.min(amount, this.balance);
    if (amount <= 0) return;
    const memo = this.ctx.rng.chance(0.6) ? this.ctx.rng.pick(RECLAIM_MEMOS) : null;
    const transId = this.adjust(t, AdjustOperationType.BERETRIEVE, amount, memo, this.partner.adminId);
    this.partnerEvent(t, amount, TradeType.RECLAIM_IN, transId);
    this.change(t, -amount, TradeType.RECLAIM_OUT, transId);
  }

  unbindReturn(t: number): void {
    const amount = this.balance;
    if (amount <= 0) return;
    const transId = this.adjust(
      t,
      AdjustOperationType.BEUNBIND,
      amount,
      '解绑/切换关联模式，余额退回',
      this.partner.adminId,
    );
    this.partnerEvent(t, amount, TradeType.UNBIND_RETURN_IN, transId);
    this.change(t, -amount, TradeType.UNBIND_RETURN_OUT, transId);
  }
}
