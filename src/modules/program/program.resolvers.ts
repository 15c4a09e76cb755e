/** The program module's resolver classes, spread into src/resolvers.ts (one line there). */
import { ProgramMutationResolver } from './program.mutations';
import {
  OperatorProgramsResolver,
  PartnerProgramsResolver,
  ProgramApplicationResolver,
  ProgramInvitationResolver,
  ResellerInvitationResolver,
} from './program.resolver';

export const PROGRAM_RESOLVERS = [
  PartnerProgramsResolver,
  ProgramInvitationResolver,
  ProgramApplicationResolver,
  ResellerInvitationResolver,
  OperatorProgramsResolver,
  ProgramMutationResolver,
] as const;
