import { randomBytes } from 'node:crypto';
import { UserError } from '../../common/errors';
import type { CloudAccount } from '../cloud-account/cloud-account.entity';
import { CustomerInvitationStatus } from './customer-invitation.enums';
import { type CustomerInvitation, invitationStatusAt } from './customer-invitation.entity';

/** An invitation lives 7 days unless asked otherwise (as member invitations), at most 90 (a poster, an event). */
export const DEFAULT_EXPIRES_IN_DAYS = 7;
export const MIN_EXPIRES_IN_DAYS = 1;
export const MAX_EXPIRES_IN_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

/** 256 random bits, base64url: 43 characters. */
export const newInvitationToken = (): string => randomBytes(32).toString('base64url');
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** A token of the right shape may exist; anything else cannot (answered without a query). */
export const isTokenShaped = (token: string): boolean => TOKEN_FORMAT.test(token);

/** The link a customer opens (or the QR code encodes): `<PUBLIC_BASE_URL>/customer-invitation?token=…`. */
export function invitationLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/customer-invitation?token=${encodeURIComponent(token)}`;
}

/** When an invitation created at `now` for `days` days expires, or INVALID_INVITATION_EXPIRY. */
export function expiryOf(days: number | null | undefined, now: Date): Date | UserError {
  const d = days ?? DEFAULT_EXPIRES_IN_DAYS;
  if (!Number.isInteger(d) || d < MIN_EXPIRES_IN_DAYS || d > MAX_EXPIRES_IN_DAYS)
    return new UserError(
      'INVALID_INVITATION_EXPIRY',
      `expiresInDays must be a whole number from ${MIN_EXPIRES_IN_DAYS} to ${MAX_EXPIRES_IN_DAYS}.`,
      'input.expiresInDays',
    );
  return new Date(now.getTime() + d * DAY_MS);
}

export const invitationNotFound = (field: string) =>
  new UserError('CUSTOMER_INVITATION_NOT_FOUND', 'No customer invitation matches.', field);

/** Why an invitation cannot be accepted (or cancelled) at `now`: unknown, cancelled or expired. */
export function invitationRefusal(invitation: CustomerInvitation | null, now: Date, field: string): UserError | null {
  if (!invitation) return invitationNotFound(field);
  switch (invitationStatusAt(invitation, now)) {
    case CustomerInvitationStatus.CANCELLED:
      return new UserError('CUSTOMER_INVITATION_CANCELLED', 'The partner cancelled this invitation.', field);
    case CustomerInvitationStatus.EXPIRED:
      return new UserError(
        'CUSTOMER_INVITATION_EXPIRED',
        `This invitation expired at ${invitation.expiresAt.toISOString()}.`,
        field,
      );
    default:
      return null;
  }
}

/** The cloud registry's reasons an account cannot be associated (seed 001), each its own code, in the seed's order. */
export function accountRefusal(account: CloudAccount): UserError | null {
  if (account.international)
    return new UserError(
      'ACCOUNT_INTERNATIONAL',
      'Your cloud account is registered on the international site: it cannot be associated with a partner here.',
      null,
    );
  if (account.isPartner)
    return new UserError(
      'ACCOUNT_IS_PARTNER',
      'Your cloud account is itself a solution provider or cloud reseller: it cannot be a sub-customer.',
      null,
    );
  if (account.reportedByCloud)
    return new UserError(
      'ACCOUNT_REPORTED_BY_CLOUD',
      'Your cloud account was already reported (报备) by the cloud: it cannot be associated with a partner.',
      null,
    );
  if (account.governmentSubsidy)
    return new UserError(
      'ACCOUNT_GOVERNMENT_SUBSIDY',
      'Your cloud account is in a government-subsidy program: it cannot be associated with a partner.',
      null,
    );
  return null;
}

/** The account's active association (if any) against the inviting partner. */
export function associationRefusal(activePartnerId: number | null, invitingPartnerId: number): UserError | null {
  if (activePartnerId == null) return null;
  if (activePartnerId === invitingPartnerId)
    return new UserError(
      'ALREADY_ASSOCIATED_WITH_PARTNER',
      'Your cloud account is already associated with this partner.',
      null,
    );
  return new UserError(
    'ACCOUNT_ASSOCIATED_ELSEWHERE',
    'Your cloud account is already associated with another partner; that association must end first.',
    null,
  );
}
