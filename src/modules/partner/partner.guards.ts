import { UserError } from '../../common/errors';
import type { Viewer } from '../../permissions/viewer';
import { PartnerStatus } from './partner.enums';

/** Money and coupon operations of a RESTRICTED or FROZEN partner are refused (domain.md §1). */
export function partnerStatusError(viewer: Viewer): UserError | null {
  if (viewer.partner.status === PartnerStatus.FROZEN) {
    return new UserError(
      'PARTNER_FROZEN',
      'Your partner account is frozen (冻结): money and coupon operations are refused.',
      null,
    );
  }
  if (viewer.partner.status === PartnerStatus.RESTRICTED) {
    return new UserError(
      'PARTNER_RESTRICTED',
      'Your partner account is restricted (受限): money and coupon operations are refused.',
      null,
    );
  }
  return null;
}
