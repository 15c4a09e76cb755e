import { badInput } from './errors';

/**
 * Opaque global ids: base64url("Type:primaryKey"). Clients must treat them as opaque;
 * the platform's own identifiers (customerId, orderId, couponId) stay plain fields.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export type ParsedGlobalId = Readonly<{ type: string; id: number }>;

/**
 * Decoded ids, shared by every request: an id is read more than once per request (the `node` rule
 * checks each id's type, then the resolver loads it), and decoding (base64 and two patterns, ≈ 1 µs)
 * was most of the `nodes` permission cost (BENCHMARKS.md, session 22). Only valid ids are kept, and
 * the map is emptied when full, so memory stays bounded (≤ 10,000 ids of ≤ 200 characters) whatever
 * a client sends.
 */
const DECODED_LIMIT = 10_000;
const decoded = new Map<string, ParsedGlobalId>();

export function fromGlobalId(globalId: string): ParsedGlobalId | null {
  const known = decoded.get(globalId);
  if (known) return known;
  const parsed = decode(globalId);
  if (parsed) {
    if (decoded.size >= DECODED_LIMIT) decoded.clear();
    decoded.set(globalId, parsed);
  }
  return parsed;
}

function decode(globalId: string): ParsedGlobalId | null {
  if (
    typeof globalId !== 'string' ||
    globalId.length === 0 ||
    globalId.length > 200 ||
    !/^[A-Za-z0-9_-]+$/.test(globalId)
  ) {
    return null;
  }
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(text);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? Object.freeze({ type: match[1], id }) : null;
}
/** Primary key of a global id of the given type, or BAD_USER_INPUT naming the argument. */
export function idOfType(globalId: string, type: string, argName: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`${argName} is not a ${type} id.`, argName);
  return parsed.id;
}
