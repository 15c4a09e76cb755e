import { registerEnumType } from 'type-graphql';

/**
 * A solution's lifecycle (解决方案, seeds 001/004), in the order of the seeds' table: 立项完成 →
 * 方案验证完成 → 方案设计中 → 联合销售商品上架中 → 配置器开发中 → 配置器开发完成. (design) One status
 * at a time, each step forward by the side the seeds give it (solution.lifecycle.ts).
 */
export enum SolutionStatus {
  PROJECT_APPROVED = 'PROJECT_APPROVED',
  VERIFIED = 'VERIFIED',
  DESIGNING = 'DESIGNING',
  LISTING = 'LISTING',
  CONFIGURATOR_DEVELOPING = 'CONFIGURATOR_DEVELOPING',
  CONFIGURATOR_DONE = 'CONFIGURATOR_DONE',
}

/** Who takes a lifecycle step. */
export enum SolutionStepBy {
  PARTNER = 'PARTNER',
  OPERATOR = 'OPERATOR',
}

registerEnumType(SolutionStatus, {
  name: 'SolutionStatus',
  description: 'Where a solution (解决方案) stands; the values are in lifecycle order.',
  valuesConfig: {
    PROJECT_APPROVED: {
      description: '立项完成: created by the partner (createSolution); next, the cloud verifies it.',
    },
    VERIFIED: { description: '方案验证完成: the cloud’s PDM/PSA verified it; next, the partner designs it.' },
    DESIGNING: { description: '方案设计中: the partner designs it; next, the PDM lists the joint-sales goods.' },
    LISTING: {
      description:
        '联合销售商品上架中: the PDM lists the joint-sales goods; next, the partner builds the configurator.',
    },
    CONFIGURATOR_DEVELOPING: { description: '配置器开发中: the partner develops the configurator.' },
    CONFIGURATOR_DONE: { description: '配置器开发完成: the end of the lifecycle.' },
  },
});
registerEnumType(SolutionStepBy, {
  name: 'SolutionStepBy',
  description: 'Who takes a step of a solution’s lifecycle.',
  valuesConfig: {
    PARTNER: { description: 'The partner’s member with solution:manage (moveSolution).' },
    OPERATOR: { description: 'A cloud operator with ops:program (reviewSolution): the PDM/PSA.' },
  },
});
