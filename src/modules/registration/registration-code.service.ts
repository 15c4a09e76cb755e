import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { requireViewer } from '../../permissions/viewer';
import { PartnerStatus } from '../partner/partner.enums';
import { issueVerificationCode } from '../verification/verification.service';
import type { SendCustomerRegistrationCodeInput } from './registration.mutation-inputs';
import type { SendCustomerRegistrationCodePayload } from './registration.payloads';
import { checkMobile, REGISTRATION_CODE_PURPOSE } from './registration.rules';
import { takenErrors, usedValues } from './registration.service';

const refusedSend = refusal<SendCustomerRegistrationCodePayload>({ sentTo: null, expiresAt: null });

/**
 * 发送验证码: a registration code to the mobile a new customer will have, through the outbox (SMS),
 * bound to that number and to the member who asked: createCustomer with that mobile consumes it.
 * Not sent when createCustomer would refuse the number anyway (taken, over the cap) or the partner
 * cannot acquire customers (frozen); at most one a minute per member.
 */
export async function sendCustomerRegistrationCode(
  ctx: Context,
  input: SendCustomerRegistrationCodeInput,
): Promise<SendCustomerRegistrationCodePayload> {
  const viewer = requireViewer(ctx);
  if (viewer.partner.status === PartnerStatus.FROZEN)
    return refusedSend(
      new UserError('PARTNER_FROZEN', 'Your partner is frozen (冻结): it cannot acquire customers.', null),
    );
  const mobile = checkMobile(input.mobile, 'input.mobile');
  if (!mobile.ok) return refusedSend(mobile.error);
  const taken = takenErrors(await usedValues(ctx.em, { mobile: mobile.value }), 'input');
  if (taken.length) return refusedSend(...taken);
  const sent = await issueVerificationCode(ctx, {
    holder: { memberId: viewer.member.id },
    purpose: REGISTRATION_CODE_PURPOSE,
    destination: mobile.value.mobile,
    boundToDestination: true,
  });
  if (!sent.ok) return refusedSend(new UserError(sent.error.code, sent.error.message, null));
  return success<SendCustomerRegistrationCodePayload>({ sentTo: sent.sentTo, expiresAt: sent.expiresAt });
}
