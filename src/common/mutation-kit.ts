import type { ErrorCode } from './error-codes';
import { badInput, UserError } from './errors';
import { fromGlobalId } from './global-id';

/*
 * The mutation kit: every mutation has one shape (README, "Mutations"), so a new one is its rule
 * and nothing else:
 *
 *   const refused = refusal<Payload>({ ...its changed objects, empty })
 *   batchSizeError(list, SPEC) → refused(error)                   shape, before any transaction
 *   return idempotent(ctx, { operation, input, refused, execute: async (tx) => {
 *     firstRefusal(partnerActive(viewer), memoLength(input.memo), verified(tx, ctx, op, code)) → refused
 *     const batch = parseIds(list, SPEC)                          INVALID_ID, duplicates: failed items
 *     …the rule, item by item: batch.fail(item, error)…
 *     return success<Payload>({ ...changed objects, failed: batch.failed })
 *   } })
 *
 * This file holds the parts that read no module's rows, so every module may import it and common/
 * imports no module. The steps that read rows live with the module that owns them, typed `Check`:
 * partnerActive (partner/partner.guards.ts) and verified (verification/verification.service.ts);
 * the idempotent transaction is idempotent() in idempotency/idempotency.service.ts.
 */

// ── Payloads ────────────────────────────────────────────────────────────────────────────────────

/** A payload's fields besides userErrors: the changed objects. */
export type Changed<P> = Omit<P, 'userErrors'>;
/** A payload as the kit builds it; assignable to the payload class P. */
export type Answer<P> = Changed<P> & { userErrors: UserError[] };

/**
 * The answer of a refused call: `empty` changed objects (null, []) and the errors. Also the answer to
 * an idempotency key reused with another input, so both look alike to clients.
 */
export function refusal<P>(empty: Changed<P>): (...errors: UserError[]) => Answer<P> {
  return (...userErrors) => ({ ...empty, userErrors });
}

/** The answer of a call that went through: the changed objects, no userErrors. */
export function success<P>(changed: Changed<P>): Answer<P> {
  return { ...changed, userErrors: [] };
}

// ── Pre-checks ──────────────────────────────────────────────────────────────────────────────────

/** One rule checked before the work: a refusal, or null to go on. Lazy, so later checks may have effects. */
export type Check = () => UserError | null | Promise<UserError | null>;

/**
 * Runs the checks in order and answers the first refusal; the checks after it do not run (a
 * verification code, checked last, is consumed only when everything before it passed).
 */
export async function firstRefusal(...checks: Check[]): Promise<UserError | null> {
  for (const check of checks) {
    const error = await check();
    if (error) return error;
  }
  return null;
}

/** Longest memo (funds, coupons) or remark (sub-quotas), in characters. */
export const MAX_MEMO_LENGTH = 200;

/** MEMO_TOO_LONG for a memo or remark over MAX_MEMO_LENGTH; `field` names it ("input.memo", "input.remark"). */
export function memoLength(text: string | null | undefined, field = 'input.memo'): Check {
  return () =>
    text != null && text.length > MAX_MEMO_LENGTH
      ? new UserError(
          'MEMO_TOO_LONG',
          `${field.slice('input.'.length)} is longer than ${MAX_MEMO_LENGTH} characters.`,
          field,
        )
      : null;
}

// ── Batches ─────────────────────────────────────────────────────────────────────────────────────

/** Items per batch mutation unless the mutation says otherwise (domain.md §2). */
export const MAX_BATCH_SIZE = 100;

/** A batch mutation's list: where it is, what it holds, and its limits and duplicate code. */
export interface BatchSpec {
  /** Input path of the list, e.g. "input.customerIds". */
  field: string;
  /** Node type of the ids, e.g. "SubCustomer". */
  type: string;
  /** The items in BATCH_TOO_LARGE's message, e.g. "customers". */
  noun: string;
  /** Most items per call; MAX_BATCH_SIZE when left out (10 for resources). */
  max?: number;
  /** The mutation's own code and message for an item listed twice (DUPLICATE_CUSTOMER, …). */
  duplicate: { code: ErrorCode; message: string };
}

/** BATCH_EMPTY or BATCH_TOO_LARGE: the whole call is refused before anything runs. */
export function batchSizeError(list: readonly unknown[], spec: BatchSpec): UserError | null {
  const max = spec.max ?? MAX_BATCH_SIZE;
  if (list.length === 0) return new UserError('BATCH_EMPTY', `${spec.field} is empty.`, spec.field);
  if (list.length > max)
    return new UserError('BATCH_TOO_LARGE', `At most ${max} ${spec.noun} per call; got ${list.length}.`, spec.field);
  return null;
}

/** One item of a batch that passed the shape checks. */
export interface BatchItem<V> {
  /** Index in the input list. */
  index: number;
  /** Input path of the item, e.g. "input.allocations[3]". */
  field: string;
  /** Input path of its id: the item's path for a list of ids, e.g. "input.allocations[3].customerId" otherwise. */
  idField: string;
  /** Primary key of its id. */
  id: number;
  /** What the item carries besides its id (null for a list of ids). */
  value: V;
}

/**
 * A parsed batch: the items that passed the shape checks, in input order, and the refusals so far.
 * The mutation's rule takes the items one by one and refuses some with fail(); `failed` answers them
 * all in input order, as the payloads promise, whatever order they were found in.
 */
export class Batch<V> {
  private readonly refusals: { index: number; error: UserError }[] = [];

  constructor(readonly items: BatchItem<V>[]) {}

  /** Refuses one item (its index orders the answer). */
  fail(item: { index: number }, error: UserError): void {
    this.refusals.push({ index: item.index, error });
  }

  /** Every refusal, in input order. */
  get failed(): UserError[] {
    return [...this.refusals].sort((a, b) => a.index - b.index).map((r) => r.error);
  }

  /** The primary keys of the items (distinct: duplicates were refused). */
  ids(): number[] {
    return this.items.map((item) => item.id);
  }
}

/** How to read an item of a list of objects: its id, and the rest checked after the id. */
export interface ItemReader<I, V> {
  id(item: I): string;
  /** Where the id sits in an item, e.g. ".customerId". */
  idPath: string;
  /** The item's other fields, checked after its id and before the duplicate check; a UserError refuses it. */
  value(item: I, field: string): V | UserError;
}

/**
 * Parses a list of objects that each name one node: INVALID_ID for an id of another type, the
 * reader's refusal, then the spec's duplicate code for an id listed before, each as a failed item.
 */
export function parseItems<I, V>(list: readonly I[], spec: BatchSpec, reader: ItemReader<I, V>): Batch<V> {
  const items: BatchItem<V>[] = [];
  const batch = new Batch(items);
  const seen = new Set<number>();
  list.forEach((entry, index) => {
    const field = `${spec.field}[${index}]`;
    const idField = `${field}${reader.idPath}`;
    const parsed = fromGlobalId(reader.id(entry));
    if (parsed?.type !== spec.type) {
      batch.fail({ index }, new UserError('INVALID_ID', `${idField} is not a ${spec.type} id.`, idField));
      return;
    }
    const value = reader.value(entry, field);
    if (value instanceof UserError) batch.fail({ index }, value);
    else if (seen.has(parsed.id))
      batch.fail({ index }, new UserError(spec.duplicate.code, spec.duplicate.message, idField));
    else {
      seen.add(parsed.id);
      items.push({ index, field, idField, id: parsed.id, value });
    }
  });
  return batch;
}

const idOnly: ItemReader<string, null> = { id: (id) => id, idPath: '', value: () => null };

/** Parses a list of global ids of one type (see parseItems). */
export function parseIds(ids: readonly string[], spec: BatchSpec): Batch<null> {
  return parseItems(ids, spec, idOnly);
}

/**
 * Primary keys of a list of global ids of one type, for inputs refused outright when malformed: an id
 * of another type or one listed twice is a top-level BAD_USER_INPUT naming the item.
 */
export function distinctIds(ids: readonly string[], spec: { field: string; type: string; singular: string }): number[] {
  const parsed = ids.map((id, i) => {
    const found = fromGlobalId(id);
    const field = `${spec.field}[${i}]`;
    if (found?.type !== spec.type) throw badInput(`${field} is not a ${spec.type} id.`, field);
    return found.id;
  });
  const dup = parsed.findIndex((id, i) => parsed.indexOf(id) !== i);
  if (dup >= 0) {
    const field = `${spec.field}[${dup}]`;
    throw badInput(`${field} repeats a ${spec.singular} listed before.`, field);
  }
  return parsed;
}
