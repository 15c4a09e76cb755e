import { badInput } from './errors';

/**
 * Opaque global ids: base64url("Type:primaryKey"). Clients must treat them as opaque;
 * the platform's own identifiers (customerId, orderId, couponId) stay plain fields.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (
    typeof globalId !== 'string' ||
    globalId.length === 0 ||
    globalId.length > 200 ||
    !/^[A-Za-z0-9_-]+$/.test(globalId)
  ) {
    return null;
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { type: match[1], id } : null;
}

/** Primary key of a global id of the given type, or BAD_USER_INPUT naming the argument. */
export function idOfType(globalId: string, type: string, argName: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`${argName} is not a ${type} id.`, argName);
  return parsed.id;
}
