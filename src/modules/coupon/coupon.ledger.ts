import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AssociationType } from '../customer/customer.enums';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import {
  type CouponKind,
  CouponOperationType,
  CouponStatus,
  OperationResult,
  QuotaOperationType,
  QuotaStatus,
} from './coupon.enums';

/**
 * The only code that changes quota and coupon balances: conditional UPDATE … RETURNING, exact on
 * SQLite and PostgreSQL under concurrency (the check and the change are one statement).
 */

type Row = Record<string, unknown>;
const exec = (tx: EntityManager, sql: string, params: unknown[]) =>
  (tx as unknown as { execute(sql: string, params: unknown[], method: 'all'): Promise<Row[]> }).execute(
    sql,
    params,
    'all',
  );

/**
 * Takes `amount` fen out of a quota that is NORMAL and valid at `now`. Returns the new balance,
 * or null when the quota refuses (status, validity or balance): never over-issued.
 */
export async function takeFromQuota(
  tx: EntityManager,
  quotaId: number,
  amount: number,
  now = new Date(),
): Promise<number | null> {
  const rows = await exec(
    tx,
    `update coupon_quota set balance = balance - ?, version = version + 1
      where id = ? and status = ? and balance >= ? and effective_time <= ? and expire_time > ?
      returning balance`,
    [amount, quotaId, QuotaStatus.NORMAL, amount, now, now],
  );
  return rows[0] ? Number(rows[0].balance) : null;
}

/** Gives `amount` fen back to a quota (never above its value). Returns the new balance. */
export async function returnToQuota(tx: EntityManager, quotaId: number, amount: number): Promise<number> {
  const rows = await exec(
    tx,
    `update coupon_quota set balance = balance + ?, version = version + 1
      where id = ? and balance + ? <= quota_value
      returning balance`,
    [amount, quotaId, amount],
  );
  if (!rows[0]) throw new Error(`quota ${quotaId} would exceed its value when given back ${amount}`);
  return Number(rows[0].balance);
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
 * USABLE at this instant (already used up, reclaimed, expired or inactive).
 */
export async function reclaimCouponInTx(
  tx: EntityManager,
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
  const rows = await exec(
    tx,
    `update coupon set status = ?, version = version + 1 where id = ? and status in (${from.map(() => '?').join(', ')})
      returning balance, quota_id, customer_id, partner_id`,
    [CouponStatus.RECLAIMED, args.couponId, ...from],
  );
  const row = rows[0];
  if (!row) return null;
  const reclaimed: ReclaimedCoupon = {
    couponId: args.couponId,
    amount: Number(row.balance),
    quotaId: Number(row.quota_id),
    customerId: Number(row.customer_id),
    partnerId: Number(row.partner_id),
  };
  await exec(tx, 'update coupon set balance = 0 where id = ?', [args.couponId]);
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
  } as never);
  return reclaimed;
}

/**
 * Takes the row locks of coupons, in ascending ids, and then of their quotas, in ascending ids (no-op
 * conditional UPDATEs; they matter on PostgreSQL, SQLite runs one writer at a time). The lock order
 * of every operation that changes several coupons: the customer first when there is one, then its
 * coupons, then the quotas, so concurrent reclaim batches, payments and unbinds never wait on each
 * other in a circle whatever order their inputs name the coupons in.
 */
export async function lockCouponsAndQuotas(
  tx: EntityManager,
  coupons: readonly { couponId: number; quotaId?: number | null }[],
): Promise<void> {
  const ascending = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
  for (const id of ascending(coupons.map((c) => c.couponId)))
    await exec(tx, 'update coupon set status = status where id = ? returning id', [id]);
  for (const id of ascending(coupons.flatMap((c) => (c.quotaId == null ? [] : [c.quotaId]))))
    await exec(tx, 'update coupon_quota set balance = balance where id = ? returning id', [id]);
}

/** A platform-style id: prefix + UTC yyyymmddhhmmss + 10 random hex digits (e.g. CP20261121170232…). */
export function newPlatformId(prefix: 'CP' | 'QT', at = new Date()): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${prefix}${stamp}${randomBytes(5).toString('hex').toUpperCase()}`;
}

/**
 * Holds a customer of `partnerId` that is RESALE right now for the rest of the transaction (a
 * no-op conditional UPDATE takes the row lock on PostgreSQL), so a concurrent switch or unbind
 * either waits and then sees the new coupons, or wins and this answers false. Callers lock their
 * customers in ascending id order before touching a quota, so batches never deadlock.
 */
export async function holdResaleCustomer(tx: EntityManager, customerId: number, partnerId: number): Promise<boolean> {
  const rows = await exec(
    tx,
    `update sub_customer set association_type = association_type where id = ? and partner_id = ? and association_type = ? and unbound_at is null returning id`,
    [customerId, partnerId, AssociationType.RESALE],
  );
  return rows.length > 0;
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
 * Returns null, with nothing written, when the quota refuses.
 */
export async function issueCouponInTx(
  tx: EntityManager,
  args: IssueCouponArgs,
): Promise<{ couponId: number; recordId: number; quotaBalance: number } | null> {
  const now = args.now ?? new Date();
  const quotaBalance = await takeFromQuota(tx, args.quotaId, args.faceValue, now);
  if (quotaBalance == null) return null;
  const couponId = (await tx.insert(Coupon, {
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
  } as never)) as number;
  const recordId = (await tx.insert(CouponRecord, {
    partner: args.partnerId,
    coupon: couponId,
    customer: args.customerId,
    operationType: CouponOperationType.ISSUE,
    amount: args.faceValue,
    operator: args.operatorId,
    time: now,
    result: OperationResult.SUCCESS,
    memo: args.memo ?? null,
  } as never)) as number;
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
  tx: EntityManager,
  args: CarveSubQuotaArgs,
): Promise<{ subQuotaId: number; recordId: number; parentBalance: number } | null> {
  const now = args.now ?? new Date();
  const parentBalance = await takeFromQuota(tx, args.parent.id, args.amount, now);
  if (parentBalance == null) return null;
  const subQuotaId = (await tx.insert(CouponQuota, {
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
  } as never)) as number;
  const recordId = (await tx.insert(QuotaRecord, {
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
  } as never)) as number;
  return { subQuotaId, recordId, parentBalance };
}

/**
 * Reclaims a NORMAL sub-quota: it becomes RECLAIMED and its whole unused balance goes back to its
 * parent, with the quota record (11). Returns null when the sub-quota is not NORMAL at this instant.
 */
export async function reclaimSubQuotaInTx(
  tx: EntityManager,
  args: { subQuotaId: number; distributorId: number; operatorId: number | null; remark?: string | null; now?: Date },
): Promise<{
  amount: number;
  parentQuotaId: number;
  resellerId: number;
  recordId: number;
  parentBalance: number | null;
} | null> {
  const now = args.now ?? new Date();
  // Status first: a RECLAIMED quota issues nothing, and the row stays locked until commit, so the
  // balance read here is the one taken back. RETURNING gives the new row, hence two statements.
  const rows = await exec(
    tx,
    `update coupon_quota set status = ?, version = version + 1 where id = ? and status = ? and parent_quota_id is not null
      returning balance, parent_quota_id, partner_id`,
    [QuotaStatus.RECLAIMED, args.subQuotaId, QuotaStatus.NORMAL],
  );
  const row = rows[0];
  if (!row) return null;
  const amount = Number(row.balance);
  const parentQuotaId = Number(row.parent_quota_id);
  const resellerId = Number(row.partner_id);
  await exec(tx, 'update coupon_quota set balance = balance - ? where id = ?', [amount, args.subQuotaId]);
  const parentBalance = amount > 0 ? await returnToQuota(tx, parentQuotaId, amount) : null;
  const recordId = (await tx.insert(QuotaRecord, {
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
  } as never)) as number;
  return { amount, parentQuotaId, resellerId, recordId, parentBalance };
}
