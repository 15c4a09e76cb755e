import { Field, InputType } from 'type-graphql';

@InputType('AcceptMemberInvitationInput', {
  description:
    'The invited person (not signed in) accepts a member invitation (伙伴成员接受伙伴邀请) by creating its personal sign-in: it becomes a member of the inviting partner with the roles the invitation gives.',
})
export class AcceptMemberInvitationInput {
  @Field(() => String, {
    description:
      'The invitation token (MemberInvitation.acceptToken, delivered to the invited mobile, email or account). Wrong or unknown: MEMBER_INVITATION_NOT_FOUND.',
  })
  token!: string;

  @Field(() => String, {
    description:
      'Login name of the personal account: 5–32 letters, digits, _ or -, not starting with a digit, op_ or shadow_ (INVALID_ACCOUNT_NAME); unique across the partner center (LOGIN_NAME_TAKEN). For an ACCOUNT_NAME invitation it must be the invited account name (INVITATION_TARGET_MISMATCH).',
  })
  loginName!: string;

  @Field(() => String, { description: 'Name shown to colleagues, 1–100 characters (DISPLAY_NAME_INVALID).' })
  displayName!: string;

  @Field(() => String, {
    description:
      'Password: 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, not the login name or its reverse (PASSWORD_TOO_WEAK). Stored only as a scrypt hash; never logged or echoed.',
  })
  password!: string;
}

@InputType('UpdateMyAccountInput', {
  description:
    "修改账号信息: the signed-in member's own account information. Omitted fields stay as they are; null clears email or mobile (a member keeps at least one of them: CONTACT_REQUIRED, the channel verification codes go to).",
})
export class UpdateMyAccountInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1–100 characters (DISPLAY_NAME_INVALID).' })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New email address, at most 200 characters (INVALID_EMAIL); stored lower-case. null clears it.',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New mobile, 00XX-XXXXXXX, e.g. 0086-13912345678 (INVALID_MOBILE, VALUE_TOO_LONG). null clears it.',
  })
  mobile?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType('ChangeMyPasswordInput', {
  description:
    "The signed-in member's own password change: the current password, then a verification code (operation CHANGE_PASSWORD, always required).",
})
export class ChangeMyPasswordInput {
  @Field(() => String, { description: 'The current password (WRONG_PASSWORD otherwise). Never logged or echoed.' })
  oldPassword!: string;

  @Field(() => String, {
    description:
      'The new password: same rule as at acceptance (PASSWORD_TOO_WEAK) and not the current one (PASSWORD_UNCHANGED). Never logged or echoed.',
  })
  newPassword!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Verification code from requestVerificationCode (operation CHANGE_PASSWORD), sent to your mobile or email: always required (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID).',
  })
  verificationCode?: string | null;
}
