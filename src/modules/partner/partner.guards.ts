import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import type { Check } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
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

/** The mutation kit's partner-status step (partnerStatusError as a Check). */
export function partnerActive(viewer: Viewer): Check {
  return () => partnerStatusError(viewer);
}

/**
 * Serializes every organisation change of one partner (roles, members, invitations, account
 * managers) and answers the partner's current status. On PostgreSQL it locks the partner row
 * (`FOR NO KEY UPDATE`: it does not block inserts that only reference the partner); the counts and
 * checks that follow in the same transaction then see every change committed before, so limits
 * (10 custom roles, 100 invitations a day) and "last administrator" stay exact under concurrency.
 * SQLite has one connection per process and runs transactions one after the other already.
 */
export async function lockOrganisation(tx: SqlEntityManager, partnerId: number): Promise<{ status: PartnerStatus }> {
  const [row] = await lockRows<{ status: PartnerStatus }>(tx, 'partner', [partnerId], ['status']);
  if (!row) throw new Error(`partner ${partnerId} of a signed-in member does not exist`);
  return { status: row.status };
}
