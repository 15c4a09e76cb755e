/**
 * The maintenance jobs, one entry each: what it does and how. A job receives a fresh entity
 * manager, the runner's `now` (injected in tests), the configuration and a stop signal, works in
 * batches and returns the number of rows it changed. Adding a job is one entry in MAINTENANCE_JOBS
 * (its lease row and metrics follow from the name). Every job is idempotent: running it twice, or
 * after a crash halfway, changes nothing more than running it once.
 *
 * The finance workflows' deadlines (payment agreements, online recharges) and automatic incentive
 * applications are entries here; the growth workflows' deadlines will be too.
 */
import { type EntityKey, type EntityName, type FilterQuery, QueryOrder, type QueryOrderMap } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import type { SqlEntityManager } from '../db/orm';
import { RateLimitBucket } from '../db/rate-limit.entity';
import { SIGNATURE_WINDOW_MS } from '../http/signing';
import { SignedRequestReplay } from '../modules/access-key/access-key.entity';
import { FAILURE_MEMORY_MS } from '../modules/auth/sign-in-throttle';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity';
import { expireCouponsInTx, usableCouponsPastExpiry } from '../modules/coupon/coupon-expiry';
import { IdempotencyRecord } from '../modules/idempotency/idempotency.entity';
import { IDEMPOTENCY_RETENTION_MS } from '../modules/idempotency/idempotency.service';
import { expireInvitations } from '../modules/member/invitation-expiry';
import { expireUnbindRequests } from '../modules/association/unbind-requests.service';
import { expirePaymentAgreements } from '../modules/payment-agreement/payment-agreement.service';
import { expireRechargePayments } from '../modules/partner-account/recharge.service';
import { autoApplyIncentives } from '../modules/incentive/incentive-auto-apply';
import { expireMarketingTasks } from '../modules/marketing-task/marketing-task-expiry';
import { VerificationCode } from '../modules/verification/verification.entity';
import { MAX_FAILED_ATTEMPTS, RESEND_INTERVAL_MS } from '../modules/verification/verification.service';

export interface JobContext {
  /** A fresh fork for this run. */
  em: SqlEntityManager;
  /** The runner's clock at the start of the run. */
  now: Date;
  config: AppConfig;
  /** Rows per statement or transaction. */
  batchSize: number;
  /** True once the run should end after its current batch (time budget spent, or the process stopping). */
  shouldStop(): boolean;
  /** Names the run in audit rows (`maintenance:<job>:<holder>`). */
  runId: string;
}

export interface MaintenanceJob {
  /** Stable: the lease row's key and the metrics label. */
  name: string;
  description: string;
  /** Rows changed (deleted or updated). */
  run(ctx: JobContext): Promise<number>;
}

/** Deletes the rows matching `where` in batches of primary keys (short statements, no long lock). */
async function deleteInBatches<T extends object>(
  ctx: JobContext,
  entity: EntityName<T>,
  primaryKey: EntityKey<T>,
  where: FilterQuery<T>,
): Promise<number> {
  let deleted = 0;
  const orderBy: QueryOrderMap<T> = {};
  orderBy[primaryKey] = QueryOrder.ASC;
  for (;;) {
    const rows = await ctx.em
      .createQueryBuilder(entity)
      .select(primaryKey)
      .where(where)
      .orderBy(orderBy)
      .limit(ctx.batchSize)
      .getResultList();
    if (!rows.length) break;
    const keys = rows.map((r) => r[primaryKey]);
    // The condition again: a row that changed since it was read (e.g. a bucket used again) stays.
    // Cast: MikroORM's FilterQuery<T> cannot be built from a key of a generic T ({ [key]: … } widens).
    deleted += await ctx.em.nativeDelete(entity, { $and: [where, { [primaryKey]: { $in: keys } }] } as FilterQuery<T>);
    ctx.em.clear();
    if (rows.length < ctx.batchSize || ctx.shouldStop()) break;
  }
  return deleted;
}

/**
 * Runs one batch step (it changes at most ctx.batchSize rows and answers how many) until a batch
 * comes back short or the run should stop; answers the rows changed in all.
 */
async function untilDone(ctx: JobContext, step: () => Promise<number>): Promise<number> {
  let changed = 0;
  for (;;) {
    const n = await step();
    ctx.em.clear();
    changed += n;
    if (n < ctx.batchSize || ctx.shouldStop()) return changed;
  }
}

/** How long a rate-limit bucket must be idle before it is surely full again (and so worth nothing). */
export function idleBucketMs(config: AppConfig): number {
  const { capacity, restorePerSecond, anonymousCapacity, anonymousRestorePerSecond } = config.rateLimit;
  const refill = Math.max(capacity / restorePerSecond, anonymousCapacity / anonymousRestorePerSecond) * 1000;
  return Math.max(3600_000, Math.ceil(refill));
}

export const MAINTENANCE_JOBS: readonly MaintenanceJob[] = [
  {
    name: 'prune-idempotency-records',
    description: `Idempotency records (whole first answers) older than the retention (${IDEMPOTENCY_RETENTION_MS / 86_400_000} days); a key reused after it runs as new anyway.`,
    run: (ctx) =>
      deleteInBatches(ctx, IdempotencyRecord, 'id', {
        createdAt: { $lt: new Date(ctx.now.getTime() - IDEMPOTENCY_RETENTION_MS) },
      }),
  },
  {
    name: 'prune-rate-limit-buckets',
    description:
      'Rate-limit buckets idle long enough to be full again (at least an hour): a new bucket starts full, so deleting one changes no answer.',
    run: (ctx) =>
      deleteInBatches(ctx, RateLimitBucket, 'bucketKey', {
        updatedAtMs: { $lt: ctx.now.getTime() - idleBucketMs(ctx.config) },
      }),
  },
  {
    name: 'prune-signed-request-replays',
    description:
      'Replay-cache entries whose X-Sdk-Date left the 15-minute signature window, with one more window of margin for clock skew between instances.',
    run: (ctx) =>
      deleteInBatches(ctx, SignedRequestReplay, 'signature', {
        expiresAt: { $lt: new Date(ctx.now.getTime() - SIGNATURE_WINDOW_MS) },
      }),
  },
  {
    name: 'prune-verification-codes',
    description:
      'Verification codes used, expired or dead (too many wrong tries), once older than the resend interval (which counts recent codes).',
    run: (ctx) =>
      deleteInBatches(ctx, VerificationCode, 'id', {
        createdAt: { $lt: new Date(ctx.now.getTime() - RESEND_INTERVAL_MS) },
        $or: [
          { usedAt: { $ne: null } },
          { expiresAt: { $lte: ctx.now } },
          { failedAttempts: { $gte: MAX_FAILED_ATTEMPTS } },
        ],
      }),
  },
  {
    name: 'prune-sign-in-throttle',
    description:
      'Sign-in throttle rows neither locked nor remembered any more (last attempt over a day ago): the same as no row.',
    run: (ctx) =>
      deleteInBatches(ctx, SignInThrottle, 'loginKey', {
        lastAttemptMs: { $lt: ctx.now.getTime() - FAILURE_MEMORY_MS },
        $or: [{ lockedUntilMs: null }, { lockedUntilMs: { $lte: ctx.now.getTime() } }],
      }),
  },
  {
    name: 'expire-invitations',
    description: 'Pending member invitations past their expiry become EXPIRED, each with an audit row.',
    run: (ctx) => untilDone(ctx, () => expireInvitations(ctx.em, ctx.now, ctx.batchSize, ctx.runId)),
  },
  {
    name: 'expire-unbind-requests',
    description: 'Unbind requests nobody answered within 7 days become EXPIRED (nothing else changes).',
    run: (ctx) => untilDone(ctx, () => expireUnbindRequests(ctx.em, ctx.now, ctx.batchSize)),
  },
  {
    name: 'expire-payment-agreements',
    description:
      'Payment-on-behalf agreements (代付) the customer left unanswered for 7 days become EXPIRED (nothing else changes).',
    run: (ctx) => untilDone(ctx, () => expirePaymentAgreements(ctx.em, ctx.now, ctx.batchSize)),
  },
  {
    name: 'expire-recharge-payments',
    description:
      'Online recharges still PENDING 30 minutes after they were started become EXPIRED (nothing is credited).',
    run: (ctx) => untilDone(ctx, () => expireRechargePayments(ctx.em, ctx.now, ctx.batchSize)),
  },
  {
    name: 'auto-apply-incentives',
    description:
      '设置自动申请发放激励: incentive records waiting for an application (待提交申请) of partners that turned automatic application on are applied (申请处理中, actor SYSTEM), each with an audit row.',
    run: (ctx) => untilDone(ctx, () => autoApplyIncentives(ctx.em, ctx.now, ctx.batchSize, ctx.runId)),
  },
  {
    name: 'expire-marketing-tasks',
    description: 'Marketing tasks (营销任务) still PENDING or IN_PROGRESS past their dueAt become EXPIRED.',
    run: (ctx) => untilDone(ctx, () => expireMarketingTasks(ctx.em, ctx.now, ctx.batchSize)),
  },
  {
    name: 'expire-coupons',
    description:
      'USABLE coupons past their expiry time become EXPIRED, each with its coupon record (EXPIRY_RECLAIM, the lapsed balance).',
    async run(ctx) {
      let expired = 0;
      for (;;) {
        const ids = await usableCouponsPastExpiry(ctx.em, ctx.now, ctx.batchSize);
        if (!ids.length) return expired;
        // One short transaction per batch, coupons in ascending ids (the ledger's lock order).
        expired += await ctx.em.transactional((tx) => expireCouponsInTx(tx, ids, ctx.now));
        ctx.em.clear();
        if (ids.length < ctx.batchSize || ctx.shouldStop()) return expired;
      }
    },
  },
];
