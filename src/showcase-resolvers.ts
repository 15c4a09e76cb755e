/** The resolver classes of the growth showcase (计划证书, 云实验, 解决方案); resolvers.ts spreads them in. */
import {
  CloudLabApplicationResolver,
  CloudLabQueryResolver,
  OperatorCloudLabResolver,
  PartnerCloudLabResolver,
} from './modules/cloud-lab/cloud-lab.resolver';
import {
  PartnerProgramCertificatesResolver,
  ProgramCertificateResolver,
} from './modules/program-certificate/program-certificate.resolver';
import {
  OperatorSolutionsResolver,
  PartnerSolutionsResolver,
  SolutionMutationResolver,
  SolutionResolver,
} from './modules/solution/solution.resolver';

export const SHOWCASE_RESOLVERS = [
  ProgramCertificateResolver,
  PartnerProgramCertificatesResolver,
  CloudLabApplicationResolver,
  PartnerCloudLabResolver,
  OperatorCloudLabResolver,
  CloudLabQueryResolver,
  SolutionResolver,
  PartnerSolutionsResolver,
  OperatorSolutionsResolver,
  SolutionMutationResolver,
] as const;
