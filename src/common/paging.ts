import { raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { toConnection, type ConnectionResult, type PageRequest } from './connection';
import { readOnlyRows } from './read-model';

/** The SQL entity manager of either driver (they share the query builder API). */
export type { SqlEntityManager };

type WithId = { id: number };

function keysetCondition<T>(where: FilterQuery<T>, page: PageRequest): FilterQuery<T> {
  if (page.cursorId == null) return where;
  const id = page.direction === 'forward' ? { $lt: page.cursorId } : { $gt: page.cursorId };
  return { $and: [where, { id }] } as FilterQuery<T>;
}

/**
 * A where, or a function that builds it. Pass a function when the where holds raw-SQL keys
 * (containsText, subqueries): MikroORM 6 forgets a raw key once a query has used it, so the later
 * COUNT needs a where built afresh.
 */
export type WhereSource<T> = FilterQuery<T> | (() => FilterQuery<T>);

const build = <T>(where: WhereSource<T>): FilterQuery<T> =>
  typeof where === 'function' ? (where as () => FilterQuery<T>)() : where;

/**
 * One page of a top-level list, newest first by primary key (keyset paging: the cost does not
 * grow with the page number). One statement, plus one COUNT only if totalCount is asked for.
 */
export async function findPage<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: WhereSource<T>,
  page: PageRequest,
): Promise<ConnectionResult<T>> {
  const rows = await selectRows(em, entity, keysetCondition(build(where), page), (qb) =>
    qb.orderBy({ id: page.direction === 'forward' ? 'desc' : 'asc' }).limit(page.size + 1),
  );
  return toConnection(rows, page, () => em.count(entity, build(where)));
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
  const sqlEm = em;
  const meta = sqlEm.getMetadata().get(entity as string);
  const parentColumn = meta.properties[parentProperty as keyof typeof meta.properties].fieldNames[0];
  const direction = page.direction === 'forward' ? 'desc' : 'asc';
  const inner = sqlEm
    .createQueryBuilder(entity as EntityName<WithId>, 'e')
    .select(['e.*', raw(`row_number() over (partition by e.${parentColumn} order by e.id ${direction}) as page_row`)])
    .where(keysetCondition({ $and: [where, { [parentProperty]: { $in: [...parentIds] } }] } as never, page) as never)
    .getKnexQuery();
  const knex = sqlEm.getKnex();
  const platform = sqlEm.getPlatform();
  if (platform instanceof SqlitePlatform) {
    // SQLite's planner knows only average rows per key (no STAT4 in this build): for a partner
    // with most of the rows it takes the scope index (partner_id, …) and reads all the partner's
    // rows, 30 ms instead of 1 ms on the large seed. The parent keys are the selective condition;
    // their index is named by the same naming strategy that named it in the migrations.
    const parentIndex = platform.getIndexName(meta.tableName, [parentColumn], 'index');
    inner.from(knex.raw('?? as ?? indexed by ??', [meta.tableName, 'e', parentIndex]));
  }
  const outer = knex
    .select('*')
    .from(inner.as('w'))
    .where('page_row', '<=', page.size + 1)
    .orderBy([{ column: parentColumn }, { column: 'page_row' }]);
  const rows: Record<string, unknown>[] = await sqlEm.getConnection().execute(outer);
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
  const sqlEm = em;
  const meta = sqlEm.getMetadata().get(entity as string);
  const parentColumn = meta.properties[parentProperty as keyof typeof meta.properties].fieldNames[0];
  const rows: Record<string, unknown>[] = await sqlEm
    .createQueryBuilder(entity as EntityName<WithId>, 'e')
    .select([raw(`e.${parentColumn} as parent_id`), raw('count(*) as row_count')])
    .where({ $and: [where, { [parentProperty]: { $in: [...parentIds] } }] } as never)
    .groupBy(`e.${parentColumn}`)
    .execute('all', false);
  return new Map(rows.map((r) => [Number(r.parent_id), Number(r.row_count)]));
}

/** Rows by primary key, returned in key order (null where missing or filtered out). */
export async function findByIds<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  ids: readonly number[],
  where?: FilterQuery<T>,
): Promise<(T | null)[]> {
  const cond = (where ? { $and: [where, { id: { $in: [...ids] } }] } : { id: { $in: [...ids] } }) as FilterQuery<T>;
  const rows = await selectRows(em, entity, cond);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

type RowQuery = { orderBy(order: Record<string, string>): RowQuery; limit(n: number): RowQuery };

/**
 * The rows matching `where` as read-only instances (see read-model.ts): the same SQL `em.find`
 * would issue, without making them managed entities.
 */
export async function selectRows<T extends WithId>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  shape?: (qb: RowQuery) => RowQuery,
): Promise<T[]> {
  const sqlEm = em;
  const qb = sqlEm
    .createQueryBuilder(entity as EntityName<WithId>, 'e')
    .select('e.*')
    .where(where as never);
  if (shape) shape(qb as unknown as RowQuery);
  const rows = (await qb.execute('all', false)) as Record<string, unknown>[];
  return readOnlyRows<T>(em, entity, rows);
}

/** Connection for one parent out of a batch result. */
export function connectionFromBatch<T extends WithId>(
  rows: T[] | undefined,
  page: PageRequest,
  count: () => Promise<number>,
): ConnectionResult<T> {
  return toConnection(rows ?? [], page, count);
}
