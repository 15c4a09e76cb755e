import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { ProgramMembership } from './program.entity';
import { ProgramApplication, ProgramInvitation } from './program-workflow.entity';
import { ResellerInvitation } from './reseller-invitation.entity';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of inviteToDevelopmentPath, acceptProgramInvitation and declineProgramInvitation.',
})
export class ProgramInvitationPayload extends MutationPayload {
  @Field(() => ProgramInvitation, {
    nullable: true,
    description: 'The invitation in its new status; null when refused, and then nothing changed.',
  })
  invitation!: ProgramInvitation | null;

  @Field(() => ProgramMembership, {
    nullable: true,
    description: 'acceptProgramInvitation: the membership of the path now held; null otherwise.',
  })
  membership!: ProgramMembership | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of applyForDistributionProgram and handleProgramApplication.',
})
export class ProgramApplicationPayload extends MutationPayload {
  @Field(() => ProgramApplication, {
    nullable: true,
    description: 'The application in its new status; null when refused, and then nothing changed.',
  })
  application!: ProgramApplication | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of inviteReseller, cancelResellerInvitation and acceptResellerInvitation.',
})
export class ResellerInvitationPayload extends MutationPayload {
  @Field(() => ResellerInvitation, {
    nullable: true,
    description: 'The invitation in its new status; null when refused, and then nothing changed.',
  })
  invitation!: ResellerInvitation | null;

  @Field(() => ProgramMembership, {
    nullable: true,
    description:
      'acceptResellerInvitation: your partner’s new membership of the distribution program as cloud reseller; null otherwise.',
  })
  membership!: ProgramMembership | null;
}
