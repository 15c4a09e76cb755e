import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { RequestVerificationCodePayload } from '../verification/verification.resolver';
import { applyForDistributionProgram, handleProgramApplication } from './program-application.service';
import { answerProgramInvitation, inviteToDevelopmentPath } from './program-path.service';
import {
  AcceptResellerInvitationInput,
  AnswerProgramInvitationInput,
  ApplyForDistributionProgramInput,
  CancelResellerInvitationInput,
  HandleProgramApplicationInput,
  InviteResellerInput,
  InviteToDevelopmentPathInput,
} from './program.mutation-inputs';
import { ProgramApplicationPayload, ProgramInvitationPayload, ResellerInvitationPayload } from './program.payloads';
import { acceptResellerInvitation } from './reseller-invitation-accept.service';
import { cancelResellerInvitation, inviteReseller, requestResellerInvitationCode } from './reseller-invitation.service';

const INPUT = (description: string) => ({ description });

@Resolver()
export class ProgramMutationResolver {
  @Mutation(() => ProgramInvitationPayload, {
    description:
      'Cloud operators only (ops:program): 发展路径邀请, invite a partner to a development path by e-mail (an outbox e-mail whose link opens the partner center; the partner answers within 30 days, design). Refused, with nothing changed: PROGRAM_NOT_A_PATH, INVALID_EMAIL, PROGRAM_PARTNER_NOT_FOUND, PROGRAM_ALREADY_JOINED, PROGRAM_INVITATION_PENDING (one open invitation per path: a repeated send answers this). FORBIDDEN for members and customers.',
  })
  inviteToDevelopmentPath(
    @Arg('input', () => InviteToDevelopmentPathInput, INPUT('The partner, the path and the address.'))
    input: InviteToDevelopmentPathInput,
    @Ctx() ctx: Context,
  ) {
    return inviteToDevelopmentPath(ctx, input);
  }

  @Mutation(() => ProgramInvitationPayload, {
    description:
      '加入发展路径: accept a PENDING development-path invitation of your partner; your partner joins the path (a ProgramMembership joined by you, the account that can later download its certificate). Refused, with nothing changed: PROGRAM_INVITATION_NOT_FOUND, PROGRAM_INVITATION_EXPIRED, PROGRAM_INVITATION_ANSWERED, PROGRAM_ALREADY_JOINED. Idempotent with its key. Needs program:join.',
  })
  acceptProgramInvitation(
    @Arg('input', () => AnswerProgramInvitationInput, INPUT('The invitation.')) input: AnswerProgramInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return answerProgramInvitation(ctx, input, true);
  }

  @Mutation(() => ProgramInvitationPayload, {
    description:
      '拒绝发展路径邀请: decline a PENDING development-path invitation of your partner (DECLINED). Refused, with nothing changed: PROGRAM_INVITATION_NOT_FOUND, PROGRAM_INVITATION_EXPIRED, PROGRAM_INVITATION_ANSWERED. Idempotent with its key. Needs program:join.',
  })
  declineProgramInvitation(
    @Arg('input', () => AnswerProgramInvitationInput, INPUT('The invitation.')) input: AnswerProgramInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return answerProgramInvitation(ctx, input, false);
  }

  @Mutation(() => ProgramApplicationPayload, {
    description:
      '加入分销计划(总经销商): apply to become a distributor. Refused, each with its own code and nothing changed, in this order: PROGRAM_BUSINESS_INFO_INVALID; the account’s own facts (design: checked first, whatever the identity) PROGRAM_ACCOUNT_IN_ARREARS (欠费), PROGRAM_ENTERPRISE_ACCOUNT (企业主账号/子账号), PROGRAM_CREDIT_ACCOUNT (信用账户); then PROGRAM_APPLICANT_IDENTITY (design: solution providers only), PROGRAM_ALREADY_JOINED, PROGRAM_APPLICATION_PENDING. The cloud’s operators then approve or reject it. Idempotent with its key. Needs program:join.',
  })
  applyForDistributionProgram(
    @Arg('input', () => ApplyForDistributionProgramInput, INPUT('The business information.'))
    input: ApplyForDistributionProgramInput,
    @Ctx() ctx: Context,
  ) {
    return applyForDistributionProgram(ctx, input);
  }

  @Mutation(() => ProgramApplicationPayload, {
    description:
      'Cloud operators only (ops:program): approve or reject a PENDING program application; the member who applied is notified (PROGRAM_APPLICATION_HANDLED). Approval, in the same transaction: the partner becomes a distributor (identity DISTRIBUTOR, its roles’ permissions recomputed for it), its solution-provider program ends and it joins DISTRIBUTION_DISTRIBUTOR. Refused, with nothing changed: PROGRAM_APPLICATION_NOT_FOUND, PROGRAM_APPLICATION_HANDLED (also the second of two operators), PROGRAM_REASON_REQUIRED, PROGRAM_REASON_TOO_LONG, PROGRAM_APPLICANT_IDENTITY (the partner is no longer a solution provider). FORBIDDEN for members and customers.',
  })
  handleProgramApplication(
    @Arg('input', () => HandleProgramApplicationInput, INPUT('The application and the decision.'))
    input: HandleProgramApplicationInput,
    @Ctx() ctx: Context,
  ) {
    return handleProgramApplication(ctx, input);
  }

  @Mutation(() => RequestVerificationCodePayload, {
    description:
      '获取验证码 for inviteReseller: a 6-digit code sent to your partner’s master account (主账号: design, its first active administrator), to its mobile or else its e-mail, valid 5 minutes, bound to that address; at most one a minute. Refusals: RESELLER_INVITER_FROZEN, MASTER_ACCOUNT_NO_CHANNEL, VERIFICATION_CODE_TOO_SOON. Needs program:invite-reseller.',
  })
  requestResellerInvitationCode(@Ctx() ctx: Context) {
    return requestResellerInvitationCode(ctx);
  }

  @Mutation(() => ResellerInvitationPayload, {
    description:
      '邀请关联云经销商: e-mail a partner a link to associate as your cloud reseller; it works for 24 hours (then EXPIRED, checked when it is used). The code from requestResellerInvitationCode is always required. Active members with that e-mail (other partners’) are notified (RESELLER_INVITED, also by SMS or e-mail). Refused, with nothing changed: INVALID_EMAIL, RESELLER_INVITER_FROZEN (a frozen distributor cannot invite), MASTER_ACCOUNT_NO_CHANNEL, VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID. Idempotent with its key. Needs program:invite-reseller (distributors).',
  })
  inviteReseller(
    @Arg('input', () => InviteResellerInput, INPUT('The address, the code and the idempotency key.'))
    input: InviteResellerInput,
    @Ctx() ctx: Context,
  ) {
    return inviteReseller(ctx, input);
  }

  @Mutation(() => ResellerInvitationPayload, {
    description:
      '取消邀请: a PENDING reseller invitation of your partner stops working at once (CANCELLED). Refused: RESELLER_INVITATION_NOT_FOUND, RESELLER_INVITATION_EXPIRED, RESELLER_INVITATION_CLOSED. Needs program:invite-reseller.',
  })
  cancelResellerInvitation(
    @Arg('input', () => CancelResellerInvitationInput, INPUT('The invitation.')) input: CancelResellerInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return cancelResellerInvitation(ctx, input);
  }

  @Mutation(() => ResellerInvitationPayload, {
    description:
      '接受云经销商邀请 (转云经销商): your partner becomes the inviting distributor’s cloud reseller, in one transaction: its identity becomes CLOUD_RESELLER with the distributor as parent, its roles’ permissions are recomputed, its expired solution-provider program is closed and it joins DISTRIBUTION_RESELLER. Refused, with nothing changed: RESELLER_INVITATION_NOT_FOUND, RESELLER_INVITATION_EXPIRED (24 hours passed), RESELLER_INVITATION_CLOSED, RESELLER_INVITATION_NOT_FOR_YOU (design: the e-mail is none of your active members’), RESELLER_INVITER_FROZEN, RESELLER_INVITEE_IDENTITY, SOLUTION_PROVIDER_PROGRAM_ACTIVE. Idempotent with its key. Needs program:join.',
  })
  acceptResellerInvitation(
    @Arg('input', () => AcceptResellerInvitationInput, INPUT('The link’s token.')) input: AcceptResellerInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return acceptResellerInvitation(ctx, input);
  }
}
