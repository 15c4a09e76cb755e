/**
 * The error codes of the program workflows (伙伴计划, 发展路径, 分销计划, 邀请关联云经销商), spread into
 * ERROR_CODES (error-codes.ts), kept apart so that file stays within its length.
 */
export const PROGRAM_ERROR_CODES = {
  PROGRAM_NOT_A_PATH:
    'inviteToDevelopmentPath: the program is not a development path (发展路径); the distribution and solution-provider programs are joined otherwise.',
  PROGRAM_PARTNER_NOT_FOUND: 'inviteToDevelopmentPath: no partner with that id.',
  PROGRAM_ALREADY_JOINED:
    'inviteToDevelopmentPath / acceptProgramInvitation / applyForDistributionProgram: the partner already holds an ACTIVE membership of that program.',
  PROGRAM_INVITATION_PENDING:
    'inviteToDevelopmentPath: the partner already has a PENDING invitation to that path (a repeated send answers this, so one invitation is open at a time).',
  PROGRAM_INVITATION_NOT_FOUND:
    'acceptProgramInvitation / declineProgramInvitation: no development-path invitation with that id for your partner (another partner’s answer the same).',
  PROGRAM_INVITATION_EXPIRED:
    'acceptProgramInvitation / declineProgramInvitation: the invitation was not answered before expiresAt; ask the cloud for a new one.',
  PROGRAM_INVITATION_ANSWERED:
    'acceptProgramInvitation / declineProgramInvitation: the invitation was already accepted or declined (also the second of two concurrent answers).',
  PROGRAM_APPLICANT_IDENTITY:
    'applyForDistributionProgram: (design) only a solution provider (解决方案提供商) applies to become a distributor; a distributor is one already and a cloud reseller belongs to its distributor.',
  PROGRAM_APPLICATION_PENDING: 'applyForDistributionProgram: your partner already has an application waiting (审核中).',
  PROGRAM_ACCOUNT_IN_ARREARS:
    'applyForDistributionProgram: your account is in arrears (该账号已欠费); recharge to pay what it owes, then apply.',
  PROGRAM_ENTERPRISE_ACCOUNT:
    'applyForDistributionProgram: your account is an enterprise master or sub account (该账号已经成为企业主账号或企业子账号); it cannot join the distribution program.',
  PROGRAM_CREDIT_ACCOUNT:
    'applyForDistributionProgram: your account has a credit account (该账号有信用账户); it cannot join the distribution program.',
  PROGRAM_BUSINESS_INFO_INVALID:
    'applyForDistributionProgram: the business information (商业信息) must be 1–500 characters.',
  PROGRAM_APPLICATION_NOT_FOUND: 'handleProgramApplication: no program application with that id.',
  PROGRAM_APPLICATION_HANDLED:
    'handleProgramApplication: the application was already approved or rejected (also the second of two operators handling it at once); nothing changed.',
  PROGRAM_REASON_REQUIRED: 'handleProgramApplication: a rejection needs a reason (1–500 characters).',
  PROGRAM_REASON_TOO_LONG: 'handleProgramApplication: the reason has more than 500 characters.',
  RESELLER_INVITER_FROZEN:
    'inviteReseller / acceptResellerInvitation: the distributor is frozen (冻结): a frozen distributor cannot invite or associate cloud resellers.',
  RESELLER_INVITATION_NOT_FOUND:
    'acceptResellerInvitation / cancelResellerInvitation: no reseller invitation with that token (or, to cancel, that id of your partner).',
  RESELLER_INVITATION_EXPIRED:
    'acceptResellerInvitation / cancelResellerInvitation: the link was not used within 24 hours (链接已失效); the distributor must invite again.',
  RESELLER_INVITATION_CLOSED:
    'acceptResellerInvitation / cancelResellerInvitation: the invitation was already accepted or cancelled (also the second of two concurrent acceptances).',
  RESELLER_INVITATION_NOT_FOR_YOU:
    'acceptResellerInvitation: (design) the invitation was sent to an e-mail address none of your partner’s members has; only the invited partner accepts it.',
  RESELLER_INVITEE_IDENTITY:
    'acceptResellerInvitation: your partner is a distributor or already a cloud reseller; only a solution provider switches to cloud reseller (转云经销商).',
  SOLUTION_PROVIDER_PROGRAM_ACTIVE:
    'acceptResellerInvitation: your solution-provider program (解决方案提供商计划) has not expired; a solution provider switches to cloud reseller only once it has.',
  MASTER_ACCOUNT_NO_CHANNEL:
    'requestResellerInvitationCode: your partner’s master account (主账号: its first administrator) has no mobile number or e-mail to send the code to.',
} as const;
