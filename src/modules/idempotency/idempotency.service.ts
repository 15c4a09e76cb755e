import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
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
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
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

type Stored = unknown;

/** Payload → JSON: entities become their global ids, dates ISO strings. */
function store(value: unknown): Stored {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(store);
  if (value && typeof value === 'object') {
    const maybeNode = value as { globalId?: unknown; id?: unknown };
    if (typeof maybeNode.id === 'number' && typeof maybeNode.globalId === 'string')
      return { $node: maybeNode.globalId };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, store(v)]));
  }
  return value;
}

/** JSON → payload: global ids are loaded again under the viewer's scopes (current state). */
async function revive(ctx: Context, value: Stored): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => revive(ctx, v)));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$date === 'string') return new Date(record.$date);
    if (typeof record.$node === 'string') {
      const parsed = fromGlobalId(record.$node);
      const load = parsed && nodeLoader(parsed.type);
      return load ? ((await load(ctx, [parsed.id]))[0] ?? null) : null;
    }
    if (
      'code' in record &&
      'message' in record &&
      Object.keys(record).every((k) => ['code', 'message', 'field'].includes(k))
    ) {
      return new UserError(String(record.code), String(record.message), (record.field as string | null) ?? null);
    }
    const entries = await Promise.all(Object.entries(record).map(async ([k, v]) => [k, await revive(ctx, v)] as const));
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
  input: Record<string, unknown>;
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
  const { idempotencyKey: _ignored, ...rest } = run.input;
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
      await tx.nativeUpdate(
        IdempotencyRecord,
        { partner: viewer.partner.id, key },
        { response: store(payload) as object },
      );
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
  return (await revive(ctx, first.response)) as P;
}
