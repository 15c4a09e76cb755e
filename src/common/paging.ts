import { type Dictionary, type EntityName, type FilterQuery, type QBQueryOrderMap, raw, Utils } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { toConnection, type ConnectionResult, type PageRequest } from './connection';
import { readOnlyRows } from './read-model';
import { runStatement, shapedStatement, type Statement } from './sql-shape';

/** The SQL entity manager of either driver (they share the query builder API). */
export type { SqlEntityManager };

type WithId = { id: number };

/**
 * A query builder's condition. Conditions of an entity type parameter `T` are built as plain
 * objects here: MikroORM's FilterQuery<T> only checks property names once T is a known entity.
 */
type Condition<T> = FilterQuery<T> | Dictionary;

function keysetCondition<T>(where: Condition<T>, page: PageRequest): Condition<T> {
  if (page.cursorId == null) return where;
  const id = page.direction === 'forward' ? { $lt: page.cursorId } : { $gt: page.cursorId };
  return { $and: [where, { id }] };
}

/** The rows of `where` whose `parentProperty` is one of `parentIds`. */
const ofParents = <T>(where: Condition<T>, parentProperty: string, parentIds: readonly number[]): Condition<T> => ({
  $and: [where, { [parentProperty]: { $in: [...parentIds] } }],
});

/** The column of a to-one property (`customer` → `customer_id`). */
function columnOf<T>(em: SqlEntityManager, entity: EntityName<T>, property: string): string {
  const meta = em.getMetadata().get(Utils.className(entity));
  return meta.properties[property].fieldNames[0];
}

/**
 * A where, or a function that builds it. Pass a function when the where holds raw-SQL keys
 * (containsText, subqueries): MikroORM 6 forgets a raw key once a query has used it, so the later
 * COUNT needs a where built afresh.
 */
export type WhereSource<T> = FilterQuery<T> | (() => FilterQuery<T>);

const isBuilder = <T>(where: WhereSource<T>): where is () => FilterQuery<T> => typeof where === 'function';
const build = <T>(where: WhereSource<T>): FilterQuery<T> => (isBuilder(where) ? where() : where);

/**
 * Pages already read by an entity manager (one per request), by entity, where and page: a list
 * reached again through another parent that is the same row (every customer's `partner`, a
 * record's `operator`) is read once per request, not once per parent, and answers the same rows.
 * Queries only: a mutation's entity manager reads afresh (readPagesAfresh, http/page-memo.ts).
 */
const pagesRead = new WeakMap<SqlEntityManager, Map<string, Promise<unknown>>>();

/** Entity managers whose pages are always read afresh: a mutation's (its payloads are read after its writes). */
const readAfresh = new WeakSet<SqlEntityManager>();

/**
 * The request changes data (a mutation): every page it lists is read afresh, so the payload of a
 * second mutation in the same document sees what the first one wrote.
 */
export function readPagesAfresh(em: SqlEntityManager): void {
  readAfresh.add(em);
}

/**
 * The memo key of a page, or null when its where cannot be written as JSON (entities in it). A
 * raw-SQL key carries a fresh id each time it is built, so a where holding one never matches.
 */
function pageKey<T>(entity: EntityName<T>, where: FilterQuery<T>, page: PageRequest): string | null {
  try {
    return `${Utils.className(entity)}|${JSON.stringify(where)}|${JSON.stringify(page)}`;
  } catch {
    return null;
  }
}

/**
 * One page of a top-level list, newest first by primary key (keyset paging: the cost does not
 * grow with the page number). One statement, plus one COUNT only if totalCount is asked for; the
 * same page asked again in the request is not read again.
 */
export function findPage<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: WhereSource<T>,
  page: PageRequest,
): Promise<ConnectionResult<T>> {
  const built = build(where);
  const key = pageKey(entity, built, page);
  if (key == null || readAfresh.has(em)) return readPage(em, entity, built, where, page);
  const read = pagesRead.get(em) ?? new Map<string, Promise<unknown>>();
  pagesRead.set(em, read);
  // The key names the entity, so what is stored under it is a page of T.
  const known = read.get(key) as Promise<ConnectionResult<T>> | undefined;
  if (known) return known;
  const pending = readPage(em, entity, built, where, page);
  read.set(key, pending);
  return pending;
}

/** Reads a page with the where already built; the COUNT builds it again (raw keys are used once). */
async function readPage<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  built: FilterQuery<T>,
  where: WhereSource<T>,
  page: PageRequest,
): Promise<ConnectionResult<T>> {
  const rows = await selectRows(em, entity, keysetCondition(built, page), {
    orderBy: { id: page.direction === 'forward' ? 'desc' : 'asc' },
    limit: page.size + 1,
  });
  return toConnection(rows, page, () => em.count(entity, build(where)));
}

/** The SQL of findPagesByParent: each parent's first `rowsPerParent` rows of `condition`, by a window function. */
function pagesByParentSql<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  parentColumn: string,
  direction: 'asc' | 'desc',
  condition: Condition<T>,
  rowsPerParent: number,
): Statement {
  const meta = em.getMetadata().get(Utils.className(entity));
  const inner = em
    .createQueryBuilder(entity, 'e')
    .select(['e.*', raw(`row_number() over (partition by e.${parentColumn} order by e.id ${direction}) as page_row`)])
    .where(condition)
    .getKnexQuery();
  const knex = em.getKnex();
  const platform = em.getPlatform();
  if (platform instanceof SqlitePlatform) {
    // SQLite's planner knows only average rows per key (no STAT4 in this build): for a partner
    // with most of the rows it takes the scope index (partner_id, …) and reads all the partner's
    // rows, 30 ms instead of 1 ms on the large seed. The parent keys are the selective condition;
    // their index is named by the same naming strategy that named it in the migrations.
    const parentIndex = platform.getIndexName(meta.tableName, [parentColumn], 'index');
    inner.from(knex.raw('?? as ?? indexed by ??', [meta.tableName, 'e', parentIndex]));
  }
  return knex
    .select('*')
    .from(inner.as('w'))
    .where('page_row', '<=', rowsPerParent)
    .orderBy([{ column: parentColumn }, { column: 'page_row' }])
    .toSQL();
}

/**
 * The same page of a nested list for many parents in ONE statement: a window function numbers the
 * rows of each parent and keeps size + 1 of them. Returns each parent's rows in page order.
 */
export async function findPagesByParent<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  parentProperty: string,
  parentIds: readonly number[],
  where: FilterQuery<T>,
  page: PageRequest,
): Promise<Map<number, T[]>> {
  const parentColumn = columnOf(em, entity, parentProperty);
  const direction = page.direction === 'forward' ? 'desc' : 'asc';
  const statement = shapedStatement(
    em,
    `pages|${Utils.className(entity)}|${parentColumn}|${direction}`,
    keysetCondition(ofParents(where, parentProperty, parentIds), page),
    [page.size + 1],
    (condition, [rowsPerParent]) => pagesByParentSql(em, entity, parentColumn, direction, condition, rowsPerParent),
  );
  const rows = await runStatement(em, statement);
  const entities = readOnlyRows<T>(em, entity, rows);
  const byParent = new Map<number, T[]>();
  for (let i = 0; i < rows.length; i++) {
    const parentId = Number(rows[i][parentColumn]);
    const list = byParent.get(parentId);
    if (list) list.push(entities[i]);
    else byParent.set(parentId, [entities[i]]);
  }
  return byParent;
}

/** Row counts per parent in one GROUP BY statement. */
export async function countByParent<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  parentProperty: string,
  parentIds: readonly number[],
  where: FilterQuery<T>,
): Promise<Map<number, number>> {
  const parentColumn = columnOf(em, entity, parentProperty);
  const statement = shapedStatement(
    em,
    `counts|${Utils.className(entity)}|${parentColumn}`,
    ofParents(where, parentProperty, parentIds),
    [],
    (condition) =>
      em
        .createQueryBuilder(entity, 'e')
        .select([raw(`e.${parentColumn} as parent_id`), raw('count(*) as row_count')])
        .where(condition)
        .groupBy(`e.${parentColumn}`)
        .getKnexQuery()
        .toSQL(),
  );
  const rows = await runStatement(em, statement);
  return new Map(rows.map((r) => [Number(r.parent_id), Number(r.row_count)]));
}

/** Rows by primary key, returned in key order (null where missing or filtered out). */
export async function findByIds<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  ids: readonly number[],
  where?: FilterQuery<T>,
): Promise<(T | null)[]> {
  const byIds = { id: { $in: [...ids] } };
  const rows = await selectRows(em, entity, where ? { $and: [where, byIds] } : byIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The order and row limit of a `selectRows` statement (part of its shape: see sql-shape.ts). */
export interface RowShape {
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number;
}

/**
 * The rows matching `where` as read-only instances (see read-model.ts): the same SQL `em.find`
 * would issue, without making them managed entities; built once per shape (sql-shape.ts).
 */
export async function selectRows<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: Condition<T>,
  shape: RowShape = {},
): Promise<T[]> {
  const statement = shapedStatement(
    em,
    `rows|${Utils.className(entity)}|${JSON.stringify(shape.orderBy ?? null)}`,
    where,
    shape.limit == null ? [] : [shape.limit],
    (condition, [limit]) => {
      const qb = em.createQueryBuilder(entity, 'e').select('e.*').where(condition);
      // The order's properties are the entity's, named by the caller (FilterQuery cannot check them for a type parameter).
      if (shape.orderBy) qb.orderBy(shape.orderBy as QBQueryOrderMap<T>);
      if (limit != null) qb.limit(limit);
      return qb.getKnexQuery().toSQL();
    },
  );
  const rows = await runStatement(em, statement);
  return readOnlyRows<T>(em, entity, rows);
}

/** The ids of the rows matching `where`, ascending; built once per shape (sql-shape.ts). */
export async function selectIds<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: Condition<T>,
): Promise<number[]> {
  const statement = shapedStatement(em, `ids|${Utils.className(entity)}`, where, [], (condition) =>
    em.createQueryBuilder(entity, 'e').select('e.id').where(condition).orderBy({ id: 'asc' }).getKnexQuery().toSQL(),
  );
  return (await runStatement(em, statement)).map((row) => Number(row.id));
}

/** Connection for one parent out of a batch result. */
export function connectionFromBatch<T extends WithId>(
  rows: T[] | undefined,
  page: PageRequest,
  count: () => Promise<number>,
): ConnectionResult<T> {
  return toConnection(rows ?? [], page, count);
}
