/** The one table of a solution's steps: from each status, the next one and who takes it. */
import { SolutionStatus, SolutionStepBy } from './solution.enums';

export interface SolutionStep {
  to: SolutionStatus;
  by: SolutionStepBy;
}

export const STATUS_ZH: Record<SolutionStatus, string> = {
  PROJECT_APPROVED: '立项完成',
  VERIFIED: '方案验证完成',
  DESIGNING: '方案设计中',
  LISTING: '联合销售商品上架中',
  CONFIGURATOR_DEVELOPING: '配置器开发中',
  CONFIGURATOR_DONE: '配置器开发完成',
};

/** (design) 方案验证 and 联合销售商品上架 are the cloud's PDM/PSA (seeds 004); design and configurator the partner's. */
export const NEXT_STEP: Record<SolutionStatus, SolutionStep | null> = {
  PROJECT_APPROVED: { to: SolutionStatus.VERIFIED, by: SolutionStepBy.OPERATOR },
  VERIFIED: { to: SolutionStatus.DESIGNING, by: SolutionStepBy.PARTNER },
  DESIGNING: { to: SolutionStatus.LISTING, by: SolutionStepBy.OPERATOR },
  LISTING: { to: SolutionStatus.CONFIGURATOR_DEVELOPING, by: SolutionStepBy.PARTNER },
  CONFIGURATOR_DEVELOPING: { to: SolutionStatus.CONFIGURATOR_DONE, by: SolutionStepBy.PARTNER },
  CONFIGURATOR_DONE: null,
};
