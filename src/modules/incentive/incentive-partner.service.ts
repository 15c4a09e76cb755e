/**
 * The partner's side of the payout (激励): apply for records (申请发放激励), turn automatic application
 * on or off (设置自动申请发放激励), and invoice a record (为激励开票). Each in the mutation kit's shape.
 */
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { parseAmount } from '../../common/money';
import { type BatchSpec, batchSizeError, firstRefusal, parseIds, refusal, success } from '../../common/mutation-kit';
import { idOfType } from '../../common/global-id';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, idempotent } from '../idempotency/idempotency.service';
import { Partner } from '../partner/partner.entity';
import { IncentiveRecord } from './incentive.entity';
import { IncentiveAction, IncentiveActorKind } from './incentive.enums';
import type {
  ApplyIncentivesInput,
  InvoiceIncentiveInput,
  SetIncentiveAutoApplyInput,
} from './incentive.mutation-inputs';
import type { ApplyIncentivesPayload, IncentivePayload, SetIncentiveAutoApplyPayload } from './incentive.payloads';
import { invoiceNumberCheck, uninvoicedCloudStoreBills } from './incentive.rules';
import { moveIncentive, type IncentiveActor, type Moved } from './incentive.transition';
import { incentivesMoved } from './incentive-rollup';

const INCENTIVES: BatchSpec = {
  field: 'input.ids',
  type: 'IncentiveRecord',
  noun: 'incentive records',
  duplicate: { code: 'DUPLICATE_INCENTIVE', message: 'This incentive record is listed before.' },
};

const refusedApply = refusal<ApplyIncentivesPayload>({ succeeded: [], failed: [] });
const refusedIncentive = refusal<IncentivePayload>({ incentive: null });

const memberActor = (viewer: Viewer): IncentiveActor => ({
  kind: IncentiveActorKind.PARTNER,
  label: `member:${viewer.member.id}`,
});

/** 申请发放激励: each record 待提交申请 → 申请处理中; the others are refused one by one. */
export async function applyIncentives(ctx: Context, input: ApplyIncentivesInput): Promise<ApplyIncentivesPayload> {
  const viewer = requireViewer(ctx);
  const size = batchSizeError(input.ids, INCENTIVES);
  if (size) return refusedApply(size);
  return idempotent(ctx, {
    operation: 'applyIncentives',
    input,
    refused: refusedApply,
    execute: async (tx) => {
      const batch = parseIds(input.ids, INCENTIVES);
      const at = new Date();
      const moves: Moved[] = [];
      // Ascending ids: the lock order within incentive_record.
      for (const item of [...batch.items].sort((a, b) => a.id - b.id)) {
        const moved = await moveIncentive(tx, {
          recordId: item.id,
          action: IncentiveAction.APPLY,
          actor: memberActor(viewer),
          at,
          field: item.field,
          partnerId: viewer.partner.id,
        });
        if (moved instanceof UserError) batch.fail(item, moved);
        else moves.push(moved);
      }
      // incentive_month after every record of the batch is locked (incentive-rollup.ts).
      await incentivesMoved(tx, moves);
      const applied = moves.map((m) => m.record);
      const byInput = batch.items.flatMap((item) => applied.filter((r) => r.id === item.id));
      await recordAudit(
        tx,
        ctx,
        byInput.map((r) => ({
          action: 'applyIncentives',
          target: r.globalId,
          before: { stage: 'PENDING_APPLICATION' },
          after: { stage: r.stage },
        })),
      );
      return success<ApplyIncentivesPayload>({ succeeded: byInput, failed: batch.failed });
    },
  });
}

/** 设置自动申请发放激励: the partner's switch; the maintenance job applies for it while on. */
export async function setIncentiveAutoApply(
  ctx: Context,
  input: SetIncentiveAutoApplyInput,
): Promise<SetIncentiveAutoApplyPayload> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (tx) => {
    const partner = await tx.findOneOrFail(Partner, { id: viewer.partner.id }, { refresh: true });
    const before = partner.incentiveAutoApply;
    if (before !== input.enabled) {
      await tx.nativeUpdate(Partner, { id: partner.id }, { incentiveAutoApply: input.enabled });
      await recordAudit(tx, ctx, {
        action: 'setIncentiveAutoApply',
        target: partner.globalId,
        before: { incentiveAutoApply: before },
        after: { incentiveAutoApply: input.enabled },
      });
    }
    const updated = await tx.findOneOrFail(Partner, { id: partner.id }, { refresh: true });
    return success<SetIncentiveAutoApplyPayload>({ partner: updated });
  });
}

/** INVOICE_AMOUNT_MISMATCH unless the amount parses to exactly the record's fen. */
function amountMismatch(text: string, fen: number): UserError | null {
  const parsed = parseAmount(text);
  if (parsed.ok && parsed.fen === fen) return null;
  return new UserError(
    'INVOICE_AMOUNT_MISMATCH',
    'The invoiced amount must equal the incentive amount exactly.',
    'input.amount',
  );
}

/** 为激励开票: 待伙伴开票 → 待付款, once the partner's cloud-store bills of the period are invoiced. */
export async function invoiceIncentive(ctx: Context, input: InvoiceIncentiveInput): Promise<IncentivePayload> {
  const viewer = requireViewer(ctx);
  idempotencyKeyOf(ctx, input.idempotencyKey);
  const id = idOfType(input.id, 'IncentiveRecord', 'input.id');
  const shape = await firstRefusal(invoiceNumberCheck(input.invoiceNumber));
  if (shape) return refusedIncentive(shape);
  return idempotent(ctx, {
    operation: 'invoiceIncentive',
    input,
    refused: refusedIncentive,
    execute: async (tx) => {
      const record = await tx.findOne(IncentiveRecord, { id, partner: viewer.partner.id });
      if (!record)
        return refusedIncentive(new UserError('INCENTIVE_NOT_FOUND', 'No incentive record with that id.', 'input.id'));
      const mismatch = amountMismatch(input.amount, record.amount);
      if (mismatch) return refusedIncentive(mismatch);
      const open = await uninvoicedCloudStoreBills(tx, viewer.partner.id, record.period);
      if (open > 0)
        return refusedIncentive(
          new UserError(
            'INCENTIVE_BILLS_NOT_INVOICED',
            `${open} cloud-store order(s) of period ${record.period} are not invoiced yet; invoice them first.`,
            'input.id',
          ),
        );
      const moved = await moveIncentive(tx, {
        recordId: id,
        action: IncentiveAction.INVOICE,
        actor: memberActor(viewer),
        at: new Date(),
        field: 'input.id',
        partnerId: viewer.partner.id,
        invoiceNumber: input.invoiceNumber,
      });
      if (moved instanceof UserError) return refusedIncentive(moved);
      await incentivesMoved(tx, [moved]);
      await recordAudit(tx, ctx, {
        action: 'invoiceIncentive',
        target: moved.record.globalId,
        before: { stage: moved.from },
        after: { stage: moved.record.stage, invoiceNumber: input.invoiceNumber },
      });
      return success<IncentivePayload>({ incentive: moved.record });
    },
  });
}
