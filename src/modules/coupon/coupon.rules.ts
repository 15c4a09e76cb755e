import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { firstRefusal, memoLength } from '../../common/mutation-kit';
import type { Viewer } from '../../permissions/viewer';
import { partnerActive } from '../partner/partner.guards';
import type { SensitiveOperation } from '../verification/verification.enums';
import { verified } from '../verification/verification.service';
import { CouponQuota } from './coupon.entity';
import { QuotaStatus } from './coupon.enums';

/** 99,999,999,999.00 元: the largest face value of one coupon. */
export const MAX_FACE_VALUE_FEN = 9_999_999_999_900;
/** 100,000,000.00 元: the largest sub-quota a distributor may carve in one call. */
export const MAX_SUB_QUOTA_FEN = 10_000_000_000;
/** ≤ 10 cloud service types and ≤ 10 products per quota or coupon. */
export const MAX_LIMIT_ITEMS = 10;

/** Checks shared by every coupon and quota mutation, before anything moves: status, note, verification. */
export function couponPreChecks(
  tx: SqlEntityManager,
  ctx: Context,
  viewer: Viewer,
  note: { text: string | null | undefined; field: 'input.memo' | 'input.remark' },
  operation: SensitiveOperation,
  verificationCode: string | null | undefined,
): Promise<UserError | null> {
  return firstRefusal(
    partnerActive(viewer),
    memoLength(note.text, note.field),
    verified(tx, ctx, operation, verificationCode),
  );
}

export const quotaNotFound = (field: string) =>
  new UserError('QUOTA_NOT_FOUND', 'No coupon quota of yours has that id.', field);

export function quotaUsable(quota: CouponQuota, now: Date): boolean {
  return (
    quota.status === QuotaStatus.NORMAL &&
    quota.effectiveTime.getTime() <= now.getTime() &&
    now.getTime() < quota.expireTime.getTime()
  );
}

export function quotaNotUsable(quota: CouponQuota, now: Date, field: string): UserError {
  const why =
    quota.status !== QuotaStatus.NORMAL
      ? `it is ${QuotaStatus[quota.status]}, not NORMAL`
      : quota.effectiveTime.getTime() > now.getTime()
        ? `its validity starts at ${quota.effectiveTime.toISOString()}`
        : `its validity ended at ${quota.expireTime.toISOString()}`;
  return new UserError('QUOTA_NOT_USABLE', `Nothing can be issued from this quota: ${why}.`, field);
}

/** Why a conditional take from a quota refused: read again, it is either no longer usable or short. */
export async function quotaRefusal(
  tx: SqlEntityManager,
  quotaId: number,
  fen: number,
  now: Date,
  field: string,
): Promise<UserError> {
  const quota = await tx.findOneOrFail(CouponQuota, quotaId, { refresh: true });
  if (!quotaUsable(quota, now)) return quotaNotUsable(quota, now, field);
  return new UserError(
    'QUOTA_INSUFFICIENT',
    `The quota's balance (${formatFen(quota.balance)}) is less than ${formatFen(fen)}.`,
    field,
  );
}

/** Validity inside `bounds`, defaulting to it; ends after it starts and in the future. */
export function checkValidity(
  requested: { effectiveTime?: Date | null; expireTime?: Date | null },
  bounds: { effectiveTime: Date; expireTime: Date },
  now: Date,
  what: string,
): { effectiveTime: Date; expireTime: Date } | UserError {
  const effectiveTime = requested.effectiveTime ?? bounds.effectiveTime;
  const expireTime = requested.expireTime ?? bounds.expireTime;
  const out = (message: string, field: string) => new UserError('VALIDITY_OUT_OF_RANGE', message, field);
  if (effectiveTime.getTime() < bounds.effectiveTime.getTime())
    return out(
      `effectiveTime is before the start of the ${what} (${bounds.effectiveTime.toISOString()}).`,
      'input.effectiveTime',
    );
  if (expireTime.getTime() > bounds.expireTime.getTime())
    return out(`expireTime is after the end of the ${what} (${bounds.expireTime.toISOString()}).`, 'input.expireTime');
  if (expireTime.getTime() <= effectiveTime.getTime())
    return out('expireTime must be after effectiveTime.', 'input.expireTime');
  if (expireTime.getTime() <= now.getTime()) return out('expireTime is not in the future.', 'input.expireTime');
  return { effectiveTime, expireTime };
}

/** A coupon's limits: the quota's, or a narrowing of them (≤ 10, a subset of a non-empty quota list). */
export function checkLimits(
  given: string[] | null | undefined,
  allowed: string[],
  field: string,
): string[] | UserError {
  const values = [...new Set(given ?? [])];
  if (values.length === 0) return [...allowed];
  if (values.length > MAX_LIMIT_ITEMS)
    return new UserError(
      'TOO_MANY_LIMITS',
      `${field.slice('input.'.length)} has more than ${MAX_LIMIT_ITEMS} distinct values.`,
      field,
    );
  if (allowed.length > 0) {
    const outside = (given ?? []).findIndex((v) => !allowed.includes(v));
    if (outside >= 0)
      return new UserError(
        'LIMIT_NOT_IN_QUOTA',
        `"${(given ?? [])[outside]}" is not among the quota's ${field.slice('input.'.length)}; a coupon may only narrow them.`,
        `${field}[${outside}]`,
      );
  }
  return values;
}

/** The viewer's own quota (not a reseller's), or null for unknown and foreign ids alike. */
export async function loadOwnQuota(
  tx: SqlEntityManager,
  viewer: Viewer,
  globalId: string,
): Promise<CouponQuota | null> {
  const id = fromGlobalId(globalId);
  if (id?.type !== 'CouponQuota') return null;
  return tx.findOne(CouponQuota, { id: id.id, partner: viewer.partner.id });
}
