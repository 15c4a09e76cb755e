import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { Solution } from './solution.entity';
import { solutionPartnerById } from './solution.loaders';
import { SolutionStatus } from './solution.enums';
import { NEXT_STEP, STATUS_ZH } from './solution.lifecycle';
import { CreateSolutionInput, MoveSolutionInput, ReviewSolutionInput } from './solution.mutation-inputs';
import { SolutionPayload } from './solution.payloads';
import { createSolution, listAllSolutions, listSolutions, moveSolution, reviewSolution } from './solution.service';
import { SolutionConnection, SolutionNextStep } from './solution.types';

const STATUS_ARG = { nullable: true, description: 'Only solutions in this status.' } as const;

@Resolver(() => Solution)
export class SolutionResolver {
  @FieldResolver(() => String, { description: 'The status’s name as the partner center shows it (立项完成 …).' })
  statusName(@Root() s: Solution): string {
    return STATUS_ZH[s.status];
  }

  @FieldResolver(() => SolutionNextStep, {
    nullable: true,
    description: 'The next step and who takes it; null once 配置器开发完成.',
  })
  nextStep(@Root() s: Solution): SolutionNextStep | null {
    const next = NEXT_STEP[s.status];
    return next ? { to: next.to, toName: STATUS_ZH[next.to], by: next.by } : null;
  }

  @FieldResolver(() => Partner, {
    description: 'The partner whose solution it is (its name is what an operator’s queue shows).',
  })
  async partner(@Root() s: Solution, @Ctx() ctx: Context): Promise<Partner> {
    const partner = await solutionPartnerById(ctx).load(s.partner.id);
    if (!partner) throw new Error(`solution ${s.id} without its partner`);
    return partner;
  }
}

@Resolver(() => Partner)
export class PartnerSolutionsResolver {
  @FieldResolver(() => SolutionConnection, {
    description: '解决方案: your own partner’s solutions, newest first (needs solution:view).',
  })
  solutions(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('status', () => SolutionStatus, STATUS_ARG) status: SolutionStatus | null,
    @Ctx() ctx: Context,
  ) {
    return listSolutions(ctx, partner.id, status, args);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorSolutionsResolver {
  @FieldResolver(() => SolutionConnection, {
    description:
      'Every partner’s solutions, newest first (needs ops:program): status PROJECT_APPROVED to verify, DESIGNING to list.',
  })
  solutions(
    @Args() args: ConnectionArgs,
    @Arg('status', () => SolutionStatus, STATUS_ARG) status: SolutionStatus | null,
    @Ctx() ctx: Context,
  ) {
    return listAllSolutions(ctx, status, args);
  }
}

@Resolver()
export class SolutionMutationResolver {
  @Mutation(() => SolutionPayload, {
    description:
      '立项: create a solution of your partner, 立项完成 (PROJECT_APPROVED). Refused, with nothing changed: SOLUTION_NAME_INVALID, SOLUTION_NAME_TAKEN, SOLUTION_DESCRIPTION_TOO_LONG. Idempotent with its key. Needs solution:manage.',
  })
  createSolution(
    @Arg('input', () => CreateSolutionInput, { description: 'Name and description.' }) input: CreateSolutionInput,
    @Ctx() ctx: Context,
  ) {
    return createSolution(ctx, input);
  }

  @Mutation(() => SolutionPayload, {
    description:
      'Take a partner step of your solution’s lifecycle: 方案验证完成 → 方案设计中, 联合销售商品上架中 → 配置器开发中, 配置器开发中 → 配置器开发完成. Refused, with nothing changed: SOLUTION_NOT_FOUND, SOLUTION_STATUS_INVALID (not the next status, or moved meanwhile), SOLUTION_STEP_NOT_YOURS (the cloud’s step). Idempotent with its key. Needs solution:manage.',
  })
  moveSolution(
    @Arg('input', () => MoveSolutionInput, { description: 'The solution and the status to move it to.' })
    input: MoveSolutionInput,
    @Ctx() ctx: Context,
  ) {
    return moveSolution(ctx, input);
  }

  @Mutation(() => SolutionPayload, {
    description:
      'Cloud operators only (ops:program), the PDM/PSA: 立项完成 → 方案验证完成 (verified), 方案设计中 → 联合销售商品上架中 (joint-sales goods listed). Refused, with nothing changed: SOLUTION_NOT_FOUND, SOLUTION_STATUS_INVALID, SOLUTION_STEP_NOT_YOURS (the partner’s step). FORBIDDEN for members and customers.',
  })
  reviewSolution(
    @Arg('input', () => ReviewSolutionInput, { description: 'The solution and the status to move it to.' })
    input: ReviewSolutionInput,
    @Ctx() ctx: Context,
  ) {
    return reviewSolution(ctx, input);
  }
}
