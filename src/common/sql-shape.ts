import { RawQueryFragment } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { canRunPrepared, runPrepared } from './pg-prepared';
import { canReadDirectly, readDirectly } from './sqlite-reads';
import { LRUCache } from 'lru-cache';

/**
 * The read path's SQL, built once per shape.
 *
 * MikroORM's query builder and knex build the SQL of every batch on every request (criteria
 * processing, quoting, binding): in the bench's CPU profile the largest block left in the
 * server. A page or batch of the same shape (entity, parent column, order, the where's structure)
 * always gets the same SQL text; only its bindings change. So the text is kept per shape, and a
 * later batch of that shape sends it with its own values.
 *
 * A shape is the where with every value replaced by its type: keys, operators and nesting stay,
 * nulls stay (they become `is null`), and a list keeps its length (`in (?, ?, ?)` has one
 * placeholder per element: the cache holds one text per length, bounded by the LRU below).
 * Only plain data is shaped (numbers, strings, nulls, Dates): a where holding a raw-SQL key, a
 * boolean, an entity or any other object is built by the query builder every time, as before. A
 * Date stays a Date among the bindings; whoever sends them converts it as MikroORM would write it
 * into the text (pg-prepared.ts: ISO text; sqlite-reads.ts: milliseconds; MikroORM's own path formats it).
 *
 * Correct by construction: a text is kept only if the query builder's own bindings for it were
 * exactly the where's values in walk order, followed by the caller's extra values (limit…); so a
 * cached statement is the very text and bindings the query builder would have produced. Anything
 * MikroORM rewrites (a converted value, reordered conditions) marks the shape as not cacheable.
 */

/** The where's shape, its values in walk order, and the same where with each value replaced by a marker. */
export interface WhereShape {
  key: string;
  values: unknown[];
  marked: unknown;
}

const FAIL = Symbol('not plain data');

/** A value no real where holds in the same place: numbers above any id, strings no user types. */
const numberMarker = (index: number): number => 987_000_001 + index;
const marker = (value: number | string, index: number): number | string =>
  typeof value === 'number' ? numberMarker(index) : `\u0001shape-${index}\u0001`;
/** A Date marker: 2001-04-11T14:40:01Z plus the value's index in milliseconds. */
const DATE_MARKER_MS = 987_000_001_000;

function shapeInto(value: unknown, parts: string[], values: unknown[]): unknown {
  if (value === null || value === undefined) {
    parts.push(value === null ? 'N' : 'U');
    return value;
  }
  if (typeof value === 'number' || typeof value === 'string') {
    parts.push(typeof value === 'number' ? 'n' : 's');
    values.push(value);
    return marker(value, values.length - 1);
  }
  if (value instanceof Date) {
    parts.push('d');
    values.push(value);
    return new Date(DATE_MARKER_MS + values.length - 1);
  }
  if (Array.isArray(value)) {
    parts.push(`[${value.length}`);
    const out: unknown[] = [];
    for (const item of value) {
      const marked = shapeInto(item, parts, values);
      if (marked === FAIL) return FAIL;
      out.push(marked);
    }
    parts.push(']');
    return out;
  }
  if (typeof value !== 'object') return FAIL; // booleans are not told apart by a marker: built every time
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(value).length > 0) return FAIL;
  parts.push('{');
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A raw-SQL key names a fragment with a fresh id each time it is built: never the same shape.
    if (key.startsWith('[raw]') || RawQueryFragment.isKnownFragment(key)) return FAIL;
    parts.push(JSON.stringify(key), ':');
    const marked = shapeInto(item, parts, values);
    if (marked === FAIL) return FAIL;
    out[key] = marked;
  }
  parts.push('}');
  return out;
}

export function shapeOfWhere(where: unknown): WhereShape | null {
  const parts: string[] = [];
  const values: unknown[] = [];
  const marked = shapeInto(where, parts, values);
  return marked === FAIL ? null : { key: parts.join(''), values, marked };
}

/** A statement ready to send: its text and bindings, exactly as the query builder produced them. */
export interface Statement {
  sql: string;
  bindings: readonly unknown[];
  /** A text of the shape cache (fixed per shape): PostgreSQL runs it as a prepared statement. */
  shaped?: boolean;
}

/** A cached shape: its text, and for each binding the index of the value it takes (where's values, then extras). */
interface CachedShape {
  sql: string;
  plan: number[];
}

/** Not cacheable: the query builder's SQL or bindings do not follow the where's values (see above). */
const UNCACHEABLE = Symbol('uncacheable');

/** Shapes kept per database (platform); the least recently used is dropped beyond the bound. */
export const SQL_CACHE_SIZE = 2000;

const caches = new WeakMap<object, LRUCache<string, CachedShape | typeof UNCACHEABLE>>();

/** Whether the cache is used; tests switch it off to compare with the query builder's own path. */
let enabled = process.env.SQL_SHAPE_CACHE !== 'off';

export function useSqlShapeCache(on: boolean): void {
  enabled = on;
}

/** Which value each binding of the marked statement takes, or null if one is not a marker. */
function planOf(marked: Statement, count: number): number[] | null {
  const byMarker = new Map<unknown, number>();
  for (let i = 0; i < count; i++) byMarker.set(marker(0, i), i).set(marker('', i), i);
  const plan: number[] = [];
  for (const binding of marked.bindings) {
    const index = binding instanceof Date ? binding.getTime() - DATE_MARKER_MS : byMarker.get(binding);
    if (index === undefined || !(index >= 0 && index < count)) return null;
    plan.push(index);
  }
  return plan;
}

/** Learns a shape from the query builder: the marked where must give the same SQL and bindings that follow the values. */
function learn(real: Statement, marked: Statement, values: readonly unknown[]): CachedShape | typeof UNCACHEABLE {
  if (marked.sql !== real.sql || marked.bindings.length !== real.bindings.length) return UNCACHEABLE;
  const plan = planOf(marked, values.length);
  if (plan == null) return UNCACHEABLE;
  for (let i = 0; i < plan.length; i++) if (real.bindings[i] !== values[plan[i]]) return UNCACHEABLE;
  return { sql: real.sql, plan };
}

/**
 * The statement for `kind` (which names everything that shapes the SQL besides the where: entity,
 * order, columns) and `where`, with numeric `extras` (limit…) bound as `build` places them. `build`
 * is the query builder path; it runs on a miss (twice: with the values and with markers), for a
 * shape that is not cacheable, and when the cache is off.
 */
export function shapedStatement<W>(
  em: SqlEntityManager,
  kind: string,
  where: W,
  extras: readonly number[],
  build: (where: W, extras: readonly number[]) => Statement,
): Statement {
  const shape = enabled ? shapeOfWhere(where) : null;
  if (shape == null) return build(where, extras);
  const platform = em.getPlatform();
  const cache = caches.get(platform) ?? new LRUCache<string, CachedShape | typeof UNCACHEABLE>({ max: SQL_CACHE_SIZE });
  caches.set(platform, cache);
  const key = `${kind}|${extras.length}|${shape.key}`;
  const values = extras.length > 0 ? [...shape.values, ...extras] : shape.values;
  const known = cache.get(key);
  if (known !== undefined) {
    if (known === UNCACHEABLE) return build(where, extras);
    return { sql: known.sql, bindings: known.plan.map((i) => values[i]), shaped: true };
  }
  const statement = build(where, extras);
  const markedExtras = extras.map((_value, i) => numberMarker(shape.values.length + i));
  // The marked where has the where's shape with other values: its type is the where's.
  const marked = build(shape.marked as W, markedExtras);
  const learnt = learn(statement, marked, values);
  cache.set(key, learnt);
  return learnt === UNCACHEABLE ? statement : { ...statement, shaped: true };
}

/** Shapes cached for this database (tests). */
export function cachedShapes(em: SqlEntityManager): { cached: number; uncacheable: number } {
  const cache = caches.get(em.getPlatform());
  let cached = 0;
  let uncacheable = 0;
  for (const value of cache?.values() ?? []) {
    if (value === UNCACHEABLE) uncacheable += 1;
    else cached += 1;
  }
  return { cached, uncacheable };
}

/**
 * Sends a statement through MikroORM's connection (statement counter, transaction, logging as before),
 * or, for a cached shape outside a transaction, as a prepared statement on PostgreSQL (common/pg-prepared.ts)
 * and on SQLite's read connection (common/sqlite-reads.ts).
 */
export function runStatement(em: SqlEntityManager, statement: Statement): Promise<Record<string, unknown>[]> {
  if (statement.shaped && canRunPrepared(em)) return runPrepared(em, statement.sql, statement.bindings);
  if (statement.shaped && canReadDirectly(em)) return readDirectly(em, statement.sql, statement.bindings);
  return em
    .getConnection()
    .execute<Record<string, unknown>[]>(statement.sql, [...statement.bindings], 'all', em.getTransactionContext());
}
