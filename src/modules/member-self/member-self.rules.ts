import { UserError } from '../../common/errors';

export const MAX_DISPLAY_NAME_LENGTH = 100;

/** A display name: 1–100 characters once trimmed. */
export function checkDisplayName(raw: string, field = 'input.displayName'): UserError | null {
  const name = raw.trim();
  if (name.length >= 1 && name.length <= MAX_DISPLAY_NAME_LENGTH) return null;
  return new UserError(
    'DISPLAY_NAME_INVALID',
    `A display name has 1–${MAX_DISPLAY_NAME_LENGTH} characters (surrounding spaces dropped).`,
    field,
  );
}
