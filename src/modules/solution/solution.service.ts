/**
 * Solutions (解决方案): the partner's list and the operators' queue, creating one (立项) and the steps
 * of its lifecycle, each by its side (solution.lifecycle.ts). A step is a conditional UPDATE on the
 * current status: two clicks at once move it once, the second is refused (SOLUTION_STATUS_INVALID).
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Solution } from './solution.entity';
import { SolutionStatus, SolutionStepBy } from './solution.enums';
import { NEXT_STEP, STATUS_ZH } from './solution.lifecycle';
import type { CreateSolutionInput, MoveSolutionInput, ReviewSolutionInput } from './solution.mutation-inputs';
import type { SolutionPayload } from './solution.payloads';

const refused = refusal<SolutionPayload>({ solution: null });
const MAX_NAME = 100;
const MAX_DESCRIPTION = 1000;

const statusFilter = (status: SolutionStatus | null | undefined): FilterQuery<Solution> => (status ? { status } : {});

/** Partner.solutions: the viewer's own partner's solutions, newest first. */
export function listSolutions(ctx: Context, partnerId: number, status: SolutionStatus | null, args: ConnectionArgs) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'solutions');
  return findPage(ctx.em, Solution, { $and: [{ partner: partnerId }, statusFilter(status)] }, page);
}

/** OperatorViewer.solutions: every partner's, newest first (filter a status for a work queue). */
export function listAllSolutions(ctx: Context, status: SolutionStatus | null, args: ConnectionArgs) {
  requireOperator(ctx);
  return findPage(ctx.em, Solution, statusFilter(status), toPageRequest(args));
}

function shapeError(name: string, description: string): UserError | null {
  if (name.length === 0 || name.length > MAX_NAME)
    return new UserError('SOLUTION_NAME_INVALID', `The name must be 1–${MAX_NAME} characters.`, 'input.name');
  if (description.length > MAX_DESCRIPTION)
    return new UserError(
      'SOLUTION_DESCRIPTION_TOO_LONG',
      `The description is longer than ${MAX_DESCRIPTION} characters.`,
      'input.description',
    );
  return null;
}

/** 立项: a new solution of the viewer's partner, 立项完成. */
export async function createSolution(ctx: Context, input: CreateSolutionInput): Promise<SolutionPayload> {
  const viewer = requireViewer(ctx);
  const name = input.name.trim();
  const description = input.description?.trim() ?? '';
  const shape = shapeError(name, description);
  if (shape) return refused(shape);
  return idempotent(ctx, {
    operation: 'createSolution',
    input,
    refused,
    execute: async (tx) => {
      if (await tx.count(Solution, { partner: viewer.partner.id, name }))
        return refused(new UserError('SOLUTION_NAME_TAKEN', 'Your partner has a solution of that name.', 'input.name'));
      const at = new Date();
      const solution = tx.create(Solution, {
        partner: viewer.partner.id,
        name,
        description,
        status: SolutionStatus.PROJECT_APPROVED,
        createdBy: viewer.member.id,
        createdAt: at,
        statusChangedAt: at,
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'createSolution',
        target: solution.globalId,
        after: { name, status: solution.status },
      });
      return success<SolutionPayload>({ solution });
    },
  });
}

interface Step {
  id: number;
  to: SolutionStatus;
  by: SolutionStepBy;
  /** A member's partner: other partners' solutions answer SOLUTION_NOT_FOUND. */
  partnerId?: number;
}

const statusInvalid = (from: SolutionStatus, to: SolutionStatus) =>
  new UserError(
    'SOLUTION_STATUS_INVALID',
    `The solution is ${from} (${STATUS_ZH[from]}); ${NEXT_STEP[from] ? `its next status is ${NEXT_STEP[from].to}` : 'its lifecycle is complete'}, not ${to}. Nothing changed.`,
    'input.to',
  );

/** One step: the next status only, by its side, as a conditional UPDATE on the current status. */
async function stepSolution(
  tx: SqlEntityManager,
  step: Step,
): Promise<{ solution: Solution; from: SolutionStatus } | UserError> {
  const where = step.partnerId == null ? { id: step.id } : { id: step.id, partner: step.partnerId };
  const current = await tx.findOne(Solution, where, { refresh: true });
  if (!current) return new UserError('SOLUTION_NOT_FOUND', 'No solution with that id is visible to you.', 'input.id');
  const next = NEXT_STEP[current.status];
  if (!next || next.to !== step.to) return statusInvalid(current.status, step.to);
  if (next.by !== step.by)
    return new UserError(
      'SOLUTION_STEP_NOT_YOURS',
      `${STATUS_ZH[current.status]} → ${STATUS_ZH[next.to]} is taken by the ${next.by === SolutionStepBy.OPERATOR ? 'cloud’s operator (reviewSolution)' : 'partner (moveSolution)'}.`,
      'input.to',
    );
  const at = new Date();
  const changed = await tx.nativeUpdate(
    Solution,
    { id: step.id, status: current.status },
    { status: next.to, statusChangedAt: at, version: current.version + 1 },
  );
  if (changed !== 1) return statusInvalid(current.status, step.to);
  return { solution: await tx.findOneOrFail(Solution, { id: step.id }, { refresh: true }), from: current.status };
}

/** moveSolution: a partner step (方案设计中, 配置器开发中, 配置器开发完成). */
export async function moveSolution(ctx: Context, input: MoveSolutionInput): Promise<SolutionPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.id, 'Solution', 'input.id');
  return idempotent(ctx, {
    operation: 'moveSolution',
    input,
    refused,
    execute: async (tx) => {
      const moved = await stepSolution(tx, {
        id,
        to: input.to,
        by: SolutionStepBy.PARTNER,
        partnerId: viewer.partner.id,
      });
      if (moved instanceof UserError) return refused(moved);
      await recordAudit(tx, ctx, {
        action: 'moveSolution',
        target: moved.solution.globalId,
        before: { status: moved.from },
        after: { status: moved.solution.status },
      });
      return success<SolutionPayload>({ solution: moved.solution });
    },
  });
}

/** reviewSolution: an operator step (方案验证完成, 联合销售商品上架中). */
export async function reviewSolution(ctx: Context, input: ReviewSolutionInput): Promise<SolutionPayload> {
  requireOperator(ctx);
  const id = idOfType(input.id, 'Solution', 'input.id');
  return ctx.em.transactional(async (tx) => {
    const moved = await stepSolution(tx, { id, to: input.to, by: SolutionStepBy.OPERATOR });
    if (moved instanceof UserError) return refused(moved);
    await recordAudit(tx, ctx, {
      action: 'reviewSolution',
      target: moved.solution.globalId,
      partnerId: moved.solution.partner.id,
      before: { status: moved.from },
      after: { status: moved.solution.status },
    });
    return success<SolutionPayload>({ solution: moved.solution });
  });
}
