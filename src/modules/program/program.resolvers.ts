/** The program module's resolver classes, spread into src/resolvers.ts (one line there). */
import { PartnerProgramsResolver } from './program.resolver';

export const PROGRAM_RESOLVERS = [PartnerProgramsResolver] as const;
