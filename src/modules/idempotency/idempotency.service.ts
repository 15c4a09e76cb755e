import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { isErrorCode } from '../../common/error-codes';
import { badInput, UserError } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { nodeLoader } from '../../common/node-registry';
import { IdempotencyRecord } from './idempotency.entity';

/** Keys are kept at least this long; a key reused after that runs as new. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 3600 * 1000;
const MAX_KEY_LENGTH = 128;

/** Canonical JSON: keys sorted, so the same input always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The key from `input.idempotencyKey` or the `Idempotency-Key` header; both given must agree. */
export function idempotencyKeyOf(ctx: Context, inputKey: string | null | undefined): string | null {
  const header = ctx.idempotencyKeyHeader ?? null;
  if (inputKey != null && header != null && inputKey !== header) {
    throw badInput('input.idempotencyKey and the Idempotency-Key header differ; send one key.', 'input.idempotencyKey');
  }
  const key = inputKey ?? header;
  if (key == null) return null;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw badInput(
      `The idempotency key must be 1–${MAX_KEY_LENGTH} printable ASCII characters.`,
      'input.idempotencyKey',
    );
  }
  return key;
}

/** Payload → JSON: entities become their global ids, dates ISO strings. */
function store(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(store);
  if (value && typeof value === 'object') {
    if ('id' in value && 'globalId' in value && typeof value.id === 'number' && typeof value.globalId === 'string')
      return { $node: value.globalId };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, store(v)]));
  }
  return value;
}

/** A stored user error: exactly code, message and field, and a code this version still knows. */
function revivedUserError(record: object): UserError | null {
  if (!('code' in record) || !('message' in record) || !isErrorCode(record.code)) return null;
  if (!Object.keys(record).every((k) => ['code', 'message', 'field'].includes(k))) return null;
  const field = 'field' in record && typeof record.field === 'string' ? record.field : null;
  return new UserError(record.code, String(record.message), field);
}

/** JSON → payload: global ids are loaded again under the viewer's scopes (current state). */
async function revive(ctx: Context, value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => revive(ctx, v)));
  if (value && typeof value === 'object') {
    if ('$date' in value && typeof value.$date === 'string') return new Date(value.$date);
    if ('$node' in value && typeof value.$node === 'string') {
      const parsed = fromGlobalId(value.$node);
      const load = parsed && nodeLoader(parsed.type);
      return load ? ((await load(ctx, [parsed.id]))[0] ?? null) : null;
    }
    const error = revivedUserError(value);
    if (error) return error;
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await revive(ctx, v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

export interface IdempotentRun<P> {
  ctx: Context;
  /** The mutation name. */
  operation: string;
  key: string | null;
  /** The input as received (the key itself is left out of the hash). */
  input: object;
  /** Does the work in the given transaction and returns the payload. */
  execute: (tx: SqlEntityManager) => Promise<P>;
  /** The payload to answer when the key was used with another input. */
  conflict: (error: UserError) => P;
}

/**
 * Runs a money-moving mutation once per (partner, key): the key row is inserted in the same
 * transaction as the effect, so a concurrent duplicate waits on the unique index and then
 * finds the first answer, which it replays. Same key with another input → IDEMPOTENCY_KEY_REUSED.
 */
export async function runIdempotent<P>(run: IdempotentRun<P>): Promise<P> {
  const { ctx, operation, key } = run;
  if (key == null) return ctx.em.transactional((tx) => run.execute(tx));
  const viewer = requireViewer(ctx);
  const rest = Object.fromEntries(Object.entries(run.input).filter(([k]) => k !== 'idempotencyKey'));
  const requestHash = createHash('sha256')
    .update(canonical({ operation, input: rest }))
    .digest('hex');
  let conflictError: unknown;
  try {
    return await ctx.em.transactional(async (tx) => {
      await tx.nativeDelete(IdempotencyRecord, {
        partner: viewer.partner.id,
        key,
        createdAt: { $lt: new Date(Date.now() - IDEMPOTENCY_RETENTION_MS) },
      });
      await tx.insert(IdempotencyRecord, {
        partner: viewer.partner.id,
        key,
        operation,
        requestHash,
        response: null,
        createdAt: new Date(),
      });
      const payload = await run.execute(tx);
      await tx.nativeUpdate(IdempotencyRecord, { partner: viewer.partner.id, key }, { response: store(payload) });
      return payload;
    });
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    conflictError = err;
  }
  const first = await ctx.em.fork().findOne(IdempotencyRecord, { partner: viewer.partner.id, key });
  // No key row: the unique violation came from the work itself, not from a duplicate key.
  if (!first || first.response == null) throw conflictError;
  if (first.operation !== operation || first.requestHash !== requestHash) {
    return run.conflict(
      new UserError(
        'IDEMPOTENCY_KEY_REUSED',
        `This idempotency key was already used for a different ${first.operation === operation ? 'input' : 'operation'}; use a new key for a new request.`,
        'input.idempotencyKey',
      ),
    );
  }
  // The stored answer was a P when it was stored; revive gives back the same shape with fresh rows.
  return (await revive(ctx, first.response)) as P;
}

/** What the kit's idempotent() needs of an input: the key a client may send in it. */
export interface IdempotentInput {
  idempotencyKey?: string | null;
}

export interface Idempotent<I extends IdempotentInput, P> {
  /** The mutation name. */
  operation: string;
  /** The validated input; hashed without its idempotencyKey (and without `unhashed` fields). */
  input: I;
  /** Fields that never enter the hash (or anything stored), e.g. a password. */
  unhashed?: readonly (keyof I)[];
  /** The answer for a key reused with another input: the mutation's refusal. */
  refused: (error: UserError) => P;
  /** The mutation's work, in the transaction that also records the key. */
  execute: (tx: SqlEntityManager) => Promise<P>;
}

/**
 * The mutation kit's transaction (see common/mutation-kit.ts): runs `execute` once per
 * (partner, idempotency key), the key taken from input.idempotencyKey or the Idempotency-Key header;
 * without a key, in a plain transaction.
 */
export function idempotent<I extends IdempotentInput, P>(ctx: Context, run: Idempotent<I, P>): Promise<P> {
  const key = idempotencyKeyOf(ctx, run.input.idempotencyKey);
  const unhashed: readonly PropertyKey[] = run.unhashed ?? [];
  const input = Object.fromEntries(Object.entries(run.input).filter(([k]) => !unhashed.includes(k)));
  return runIdempotent({ ctx, operation: run.operation, key, input, conflict: run.refused, execute: run.execute });
}
