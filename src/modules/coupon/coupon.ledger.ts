import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockCouponsAndTheirQuotas, lockRows } from '../../db/locks';
import { dbTime, placeholders, rows } from '../../db/sql';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import {
  CouponKind,
  CouponOperationType,
  CouponStatus,
  OperationResult,
  QuotaOperationType,
  QuotaStatus,
} from './coupon.enums';

/**
 * The owner of coupon money: `changeQuotaBalance` is the only code that changes a quota's balance
 * and `changeCouponBalance` the only code that changes a coupon's (test/money/ledger-ownership
 * proves it); a coupon or a sub-quota is created with its opening balance here too. Each change is a
 * conditional UPDATE … RETURNING, exact on SQLite and PostgreSQL under concurrency (the check and the
 * change are one statement). Locks follow db/locks.ts: coupons before quotas.
 */

/** What a quota's balance may do: each with the rule its WHERE holds. */
type QuotaChange =
  /** Issue from it: NORMAL, valid at `now`, enough balance. */
  | { take: number; now: Date }
  /** Give back to it: never above its value. */
  | { giveBack: number }
  /** A sub-quota just marked RECLAIMED (its row held) gives up `drain`, its whole balance. */
  | { drain: number };

async function changeQuotaBalance(tx: SqlEntityManager, quotaId: number, change: QuotaChange): Promise<number | null> {
  const [row] =
    'take' in change
      ? await rows(
          tx,
          `update coupon_quota set balance = balance - ?, version = version + 1
            where id = ? and status = ? and balance >= ? and effective_time <= ? and expire_time > ?
            returning balance`,
          [change.take, quotaId, QuotaStatus.NORMAL, change.take, change.now, change.now],
        )
      : 'giveBack' in change
        ? await rows(
            tx,
            `update coupon_quota set balance = balance + ?, version = version + 1
              where id = ? and balance + ? <= quota_value
              returning balance`,
            [change.giveBack, quotaId, change.giveBack],
          )
        : await rows(tx, 'update coupon_quota set balance = balance - ? where id = ? returning balance', [
            change.drain,
            quotaId,
          ]);
  return row ? Number(row.balance) : null;
}

/**
 * Takes `amount` fen out of a quota that is NORMAL and valid at `now`. Returns the new balance,
 * or null when the quota refuses (status, validity or balance): never over-issued.
 */
export function takeFromQuota(
  tx: SqlEntityManager,
  quotaId: number,
  amount: number,
  now = new Date(),
): Promise<number | null> {
  return changeQuotaBalance(tx, quotaId, { take: amount, now });
}

/** Gives `amount` fen back to a quota (never above its value). Returns the new balance. */
export async function returnToQuota(tx: SqlEntityManager, quotaId: number, amount: number): Promise<number> {
  const balance = await changeQuotaBalance(tx, quotaId, { giveBack: amount });
  if (balance == null) throw new Error(`quota ${quotaId} would exceed its value when given back ${amount}`);
  return balance;
}

/** What a coupon's balance may do: each with the rule its WHERE holds. */
type CouponChange =
  /**
   * Pay `spend` fen of an order: the coupon is USABLE and valid at `now`, of this partner and
   * customer, with enough balance; it records the order and becomes USED at 0. Both engines evaluate
   * every SET expression on the row as it was before the update, so the CASE sees the old balance.
   */
  | { spend: number; partnerId: number; customerId: number; orderId: number; now: Date }
  /** A coupon just marked RECLAIMED (its row held) gives up its whole balance. */
  | { empty: true };

async function changeCouponBalance(
  tx: SqlEntityManager,
  couponId: number,
  change: CouponChange,
): Promise<{ balance: number; kind: CouponKind } | null> {
  if ('empty' in change) {
    await rows(tx, 'update coupon set balance = 0 where id = ?', [couponId]);
    return null;
  }
  const now = dbTime(tx, change.now);
  const [row] = await rows(
    tx,
    `update coupon set balance = balance - ?, status = case when balance - ? = 0 then ? else status end,
        used_on_order_id = ?, version = version + 1
      where id = ? and partner_id = ? and customer_id = ? and status = ? and balance >= ? and effective_time <= ? and expire_time > ?
      returning balance, kind`,
    [
      change.spend,
      change.spend,
      CouponStatus.USED,
      change.orderId,
      couponId,
      change.partnerId,
      change.customerId,
      CouponStatus.USABLE,
      change.spend,
      now,
      now,
    ],
  );
  const kind = Object.values(CouponKind).find((k) => k === row?.kind);
  return row && kind ? { balance: Number(row.balance), kind } : null;
}

/**
 * Takes `amount` fen from a coupon of `customerId` issued by `partnerId` that is USABLE and valid
 * at `now`, marks it used on `orderId`, makes it USED when its balance reaches 0, and writes its USE
 * record (the order, the amount, the time, the paying member): one per payment, so a coupon keeps
 * its whole usage history. Returns the new balance and kind, or null when the coupon refuses
 * (status, validity, owner or balance changed under us), with nothing written.
 */
export async function spendCoupon(
  tx: SqlEntityManager,
  args: {
    couponId: number;
    partnerId: number;
    customerId: number;
    amount: number;
    orderId: number;
    now: Date;
    operatorId?: number | null;
  },
): Promise<{ balance: number; kind: CouponKind } | null> {
  const { couponId, amount, operatorId, ...rest } = args;
  const spent = await changeCouponBalance(tx, couponId, { spend: amount, ...rest });
  if (!spent) return null;
  await tx.insert(CouponRecord, {
    partner: args.partnerId,
    coupon: couponId,
    customer: args.customerId,
    operationType: CouponOperationType.USE,
    amount,
    operator: operatorId ?? null,
    time: args.now,
    result: OperationResult.SUCCESS,
    memo: null,
    order: args.orderId,
  });
  return spent;
}

export interface ReclaimedCoupon {
  couponId: number;
  amount: number;
  quotaId: number;
  customerId: number;
  partnerId: number;
}

/**
 * Reclaims a USABLE coupon's whole remaining balance back to its quota, with its coupon record
 * (operation type 2 manual, 3 on unbind, 8 on switch, …). Returns null if the coupon is not
 * USABLE at this instant (already used up, reclaimed, expired or inactive). The caller adds its
 * batch's reclaimed coupons to coupon_month once, after the batch (couponsReclaimed).
 */
export async function reclaimCouponInTx(
  tx: SqlEntityManager,
  args: {
    couponId: number;
    operationType: CouponOperationType;
    operatorId: number | null;
    memo?: string | null;
    fromStatuses?: readonly CouponStatus[];
  },
): Promise<ReclaimedCoupon | null> {
  // Manual reclaims take USABLE coupons only; an unbind or a switch also ends coupons not yet active.
  const from = args.fromStatuses ?? [CouponStatus.USABLE];
  // Status first: once RECLAIMED nothing else can spend the balance, so reading it is safe.
  const [row] = await rows(
    tx,
    `update coupon set status = ?, version = version + 1 where id = ? and status in (${placeholders(from)})
      returning balance, quota_id, customer_id, partner_id`,
    [CouponStatus.RECLAIMED, args.couponId, ...from],
  );
  if (!row) return null;
  const reclaimed: ReclaimedCoupon = {
    couponId: args.couponId,
    amount: Number(row.balance),
    quotaId: Number(row.quota_id),
    customerId: Number(row.customer_id),
    partnerId: Number(row.partner_id),
  };
  await changeCouponBalance(tx, args.couponId, { empty: true });
  if (reclaimed.amount > 0) await returnToQuota(tx, reclaimed.quotaId, reclaimed.amount);
  await tx.insert(CouponRecord, {
    partner: reclaimed.partnerId,
    coupon: args.couponId,
    customer: reclaimed.customerId,
    operationType: args.operationType,
    amount: reclaimed.amount,
    operator: args.operatorId,
    time: new Date(),
    result: OperationResult.SUCCESS,
    memo: args.memo ?? null,
  });
  return reclaimed;
}

/**
 * Takes the row locks of coupons and then of their quotas, each in ascending ids (db/locks.ts), so
 * concurrent reclaim batches, payments and unbinds never wait on each other in a circle whatever
 * order their inputs name the coupons in. An operation on a customer holds the customer first.
 */
export async function lockCouponsAndQuotas(
  tx: SqlEntityManager,
  coupons: readonly { couponId: number; quotaId?: number | null }[],
): Promise<void> {
  await lockCouponsAndTheirQuotas(
    tx,
    coupons.map((c) => c.couponId),
    coupons.flatMap((c) => (c.quotaId == null ? [] : [c.quotaId])),
  );
}

/** A platform-style id: prefix + UTC yyyymmddhhmmss + 10 random hex digits (e.g. CP20261121170232…). */
export function newPlatformId(prefix: 'CP' | 'QT', at = new Date()): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${prefix}${stamp}${randomBytes(5).toString('hex').toUpperCase()}`;
}

export interface IssueCouponArgs {
  partnerId: number;
  quotaId: number;
  customerId: number;
  kind: CouponKind;
  faceValue: number;
  effectiveTime: Date;
  expireTime: Date;
  operatorId: number | null;
  memo?: string | null;
  now?: Date;
}

/**
 * Issues one coupon: takes its face value out of the quota (conditional: NORMAL, valid now, enough
 * balance), then writes the coupon (USABLE when effective now, else INACTIVE) and its ISSUE record.
 * The caller adds its batch's coupons to coupon_month once, after the batch (couponsIssued).
 * Returns null, with nothing written, when the quota refuses.
 */
export async function issueCouponInTx(
  tx: SqlEntityManager,
  args: IssueCouponArgs,
): Promise<{ couponId: number; recordId: number; quotaBalance: number } | null> {
  const now = args.now ?? new Date();
  const quotaBalance = await takeFromQuota(tx, args.quotaId, args.faceValue, now);
  if (quotaBalance == null) return null;
  const couponId = await tx.insert(Coupon, {
    partner: args.partnerId,
    couponId: newPlatformId('CP', now),
    kind: args.kind,
    quota: args.quotaId,
    customer: args.customerId,
    status: args.effectiveTime.getTime() <= now.getTime() ? CouponStatus.USABLE : CouponStatus.INACTIVE,
    faceValue: args.faceValue,
    balance: args.faceValue,
    effectiveTime: args.effectiveTime,
    expireTime: args.expireTime,
    memo: args.memo ?? null,
    usedOnOrder: null,
    issuedAt: now,
    version: 1,
  });
  const recordId = await tx.insert(CouponRecord, {
    partner: args.partnerId,
    coupon: couponId,
    customer: args.customerId,
    operationType: CouponOperationType.ISSUE,
    amount: args.faceValue,
    operator: args.operatorId,
    time: now,
    result: OperationResult.SUCCESS,
    memo: args.memo ?? null,
  });
  return { couponId, recordId, quotaBalance };
}

export interface CarveSubQuotaArgs {
  distributorId: number;
  parent: Pick<CouponQuota, 'id' | 'kind' | 'cloudServiceTypes' | 'productIds' | 'designatedCustomerIds'>;
  resellerId: number;
  amount: number;
  effectiveTime: Date;
  expireTime: Date;
  operatorId: number | null;
  remark?: string | null;
  now?: Date;
}

/**
 * Carves a NORMAL sub-quota of `amount` fen for a reseller out of the parent quota (conditional
 * take: NORMAL, valid now, enough balance), inheriting the parent's kind and limits, with its quota
 * record (10). Returns null, with nothing written, when the parent refuses.
 */
export async function carveSubQuotaInTx(
  tx: SqlEntityManager,
  args: CarveSubQuotaArgs,
): Promise<{ subQuotaId: number; recordId: number; parentBalance: number } | null> {
  const now = args.now ?? new Date();
  const parentBalance = await takeFromQuota(tx, args.parent.id, args.amount, now);
  if (parentBalance == null) return null;
  const subQuotaId = await tx.insert(CouponQuota, {
    partner: args.resellerId,
    quotaId: newPlatformId('QT', now),
    kind: args.parent.kind,
    quotaValue: args.amount,
    balance: args.amount,
    status: QuotaStatus.NORMAL,
    effectiveTime: args.effectiveTime,
    expireTime: args.expireTime,
    cloudServiceTypes: [...args.parent.cloudServiceTypes],
    productIds: [...args.parent.productIds],
    designatedCustomerIds: [...args.parent.designatedCustomerIds],
    parentQuota: args.parent.id,
    createdAt: now,
    version: 1,
  });
  const recordId = await tx.insert(QuotaRecord, {
    partner: args.distributorId,
    quota: subQuotaId,
    parentQuota: args.parent.id,
    operationType: QuotaOperationType.ISSUE,
    amount: args.amount,
    operator: args.operatorId,
    reseller: args.resellerId,
    time: now,
    result: OperationResult.SUCCESS,
    remark: args.remark ?? null,
  });
  return { subQuotaId, recordId, parentBalance };
}

/**
 * Reclaims a NORMAL sub-quota: it becomes RECLAIMED and its whole unused balance goes back to its
 * parent, with the quota record (11). Returns null when the sub-quota is not NORMAL at this instant.
 */
export async function reclaimSubQuotaInTx(
  tx: SqlEntityManager,
  args: { subQuotaId: number; distributorId: number; operatorId: number | null; remark?: string | null; now?: Date },
): Promise<{
  amount: number;
  parentQuotaId: number;
  resellerId: number;
  recordId: number;
  parentBalance: number | null;
} | null> {
  const now = args.now ?? new Date();
  // The sub-quota and its parent in ascending ids (db/locks.ts) before either changes.
  const [sub] = await rows(tx, 'select parent_quota_id from coupon_quota where id = ?', [args.subQuotaId]);
  if (sub?.parent_quota_id == null) return null;
  await lockRows(tx, 'coupon_quota', [args.subQuotaId, Number(sub.parent_quota_id)]);
  // Status first: a RECLAIMED quota issues nothing, and the row stays locked until commit, so the
  // balance read here is the one taken back. RETURNING gives the new row, hence two statements.
  const [row] = await rows(
    tx,
    `update coupon_quota set status = ?, version = version + 1 where id = ? and status = ? and parent_quota_id is not null
      returning balance, parent_quota_id, partner_id`,
    [QuotaStatus.RECLAIMED, args.subQuotaId, QuotaStatus.NORMAL],
  );
  if (!row) return null;
  const amount = Number(row.balance);
  const parentQuotaId = Number(row.parent_quota_id);
  const resellerId = Number(row.partner_id);
  await changeQuotaBalance(tx, args.subQuotaId, { drain: amount });
  const parentBalance = amount > 0 ? await returnToQuota(tx, parentQuotaId, amount) : null;
  const recordId = await tx.insert(QuotaRecord, {
    partner: args.distributorId,
    quota: args.subQuotaId,
    parentQuota: parentQuotaId,
    operationType: QuotaOperationType.RECLAIM,
    amount,
    operator: args.operatorId,
    reseller: resellerId,
    time: now,
    result: OperationResult.SUCCESS,
    remark: args.remark ?? null,
  });
  return { amount, parentQuotaId, resellerId, recordId, parentBalance };
}
