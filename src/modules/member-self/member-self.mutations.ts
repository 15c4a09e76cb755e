import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { acceptMemberInvitation } from './invitation-accept.service';
import { changeMyPassword, updateMyAccount } from './member-account.service';
import {
  AcceptMemberInvitationInput,
  ChangeMyPasswordInput,
  UpdateMyAccountInput,
} from './member-self.mutation-inputs';
import { AcceptMemberInvitationPayload, ChangeMyPasswordPayload, MyAccountPayload } from './member-self.payloads';

/** The invited person's acceptance and a member's own account: never another member's record. */
@Resolver()
export class MemberSelfMutationResolver {
  @Mutation(() => AcceptMemberInvitationPayload, {
    description:
      "伙伴成员接受伙伴邀请: the invited person (no sign-in needed: the token is its proof, it went to the invited mobile, email or account) creates its personal sign-in and joins the partner with the roles of the invitation; the invitation becomes ACCEPTED. Refusals, nothing created: MEMBER_INVITATION_NOT_FOUND (wrong token), MEMBER_INVITATION_EXPIRED, MEMBER_INVITATION_USED (already accepted, also by a concurrent request), MEMBER_INVITATION_CANCELLED, MEMBER_INVITATION_ROLES_GONE, INVITATION_TARGET_MISMATCH, INVALID_ACCOUNT_NAME, LOGIN_NAME_TAKEN, DISPLAY_NAME_INVALID, PASSWORD_TOO_WEAK, PARTNER_FROZEN. Design: not keyed by an idempotency key (the caller is anonymous); the token is single-use, so a retry answers MEMBER_INVITATION_USED and never creates a second member. Audited in the partner's log.",
  })
  acceptMemberInvitation(
    @Arg('input', () => AcceptMemberInvitationInput, {
      description: 'The invitation token and the personal sign-in to create.',
    })
    input: AcceptMemberInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<AcceptMemberInvitationPayload> {
    return acceptMemberInvitation(ctx, input);
  }

  @Mutation(() => MyAccountPayload, {
    description:
      '修改账号信息: changes your own display name, email or mobile. Refusals: DISPLAY_NAME_INVALID, INVALID_EMAIL, INVALID_MOBILE, VALUE_TOO_LONG, CONTACT_REQUIRED. Idempotent with its key. Needs partner-info:edit-account. Audited.',
  })
  updateMyAccount(
    @Arg('input', () => UpdateMyAccountInput, { description: 'The fields to change.' }) input: UpdateMyAccountInput,
    @Ctx() ctx: Context,
  ): Promise<MyAccountPayload> {
    return updateMyAccount(ctx, input);
  }

  @Mutation(() => ChangeMyPasswordPayload, {
    description:
      'Changes your own password: the current password, then a verification code (requestVerificationCode with operation CHANGE_PASSWORD). Design: every bearer token issued before the change stops working at once (other devices sign in again); the payload carries a fresh token for this client; access keys (AK/SK) are managed apart and stay valid. Refusals, nothing changed: WRONG_PASSWORD, PASSWORD_TOO_WEAK, PASSWORD_UNCHANGED, VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID. Not keyed by an idempotency key: the code is single-use, so a retry is refused and never changes the password twice. Needs partner-info:credentials. Audited (never the password or its hash).',
  })
  changeMyPassword(
    @Arg('input', () => ChangeMyPasswordInput, { description: 'Current password, new password and the code.' })
    input: ChangeMyPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeMyPasswordPayload> {
    return changeMyPassword(ctx, input);
  }
}
