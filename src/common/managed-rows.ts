import {
  type Dictionary,
  type EntityDictionary,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QBQueryOrderMap,
  raw,
  Utils,
} from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { runStatement, shapedStatement } from './sql-shape';

/**
 * Managed entities from a statement built once per shape.
 *
 * The viewer's rows (member, partner, roles) are read on every request and must stay managed
 * entities: mutations change and flush them. `em.find` builds their SQL with MikroORM's query
 * builder and knex on every call: on a short read (one order) that was a third of everything the
 * request allocated and a tenth of its CPU (BENCHMARKS.md, session 10). Here the statement comes
 * from the shape cache (sql-shape.ts: built by the query builder on first use, then reused with
 * new values), and each row is handed to `em.map`: MikroORM's own result mapper, identity map and
 * change-set snapshot, exactly what `em.find` does with a row.
 *
 * Joined relations are selected in the same statement, each column under `<alias>__<column>` (as
 * MikroORM's joined loading names them), and mapped as entities of their own first, so the root's
 * reference to them is the managed instance.
 */

/** A to-one relation of the root (alias `e`) selected in the same statement under `alias`. */
export interface JoinedRelation {
  property: string;
  alias: string;
}

type Condition<T> = FilterQuery<T> | Dictionary;

/** The columns MikroORM maps for an entity (no formulas, lazy or virtual properties). */
function columnsOf(em: SqlEntityManager, meta: EntityMetadata): string[] {
  const platform = em.getPlatform();
  return meta.props
    .filter((prop) => prop.fieldNames && !prop.formula && !prop.lazy && platform.shouldHaveColumn(prop, [], [], false))
    .flatMap((prop) => prop.fieldNames);
}

/** `alias.column as alias__column` for each column, quoted for the platform. */
function aliasedColumns(em: SqlEntityManager, meta: EntityMetadata, alias: string) {
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  return columnsOf(em, meta).map((column) =>
    raw(`${quote(alias)}.${quote(column)} as ${quote(`${alias}__${column}`)}`),
  );
}

/** The columns of one alias in a row, under their own names. */
function part<E>(row: Record<string, unknown>, alias: string): EntityDictionary<E> {
  const prefix = `${alias}__`;
  // The entity's columns, as MikroORM's result mapper takes them (it checks names against the metadata).
  const data = Object.create(Object.prototype);
  for (const key in row) if (key.startsWith(prefix)) data[key.slice(prefix.length)] = row[key];
  return data;
}

/**
 * The rows of `root` matching `where` as managed entities, each with the `joins` relations selected
 * in the same statement and managed too (reach them through the root's reference). Outside a
 * transaction the statement runs where cached shapes run (a prepared statement on PostgreSQL,
 * SQLite's read connection); inside one, on its connection.
 */
export async function findManaged<T extends object>(
  em: SqlEntityManager,
  root: EntityName<T>,
  where: Condition<T>,
  joins: readonly JoinedRelation[] = [],
  shape: { orderBy?: QBQueryOrderMap<T>; limit?: number } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(Utils.className(root));
  const joined = joins.map((join) => {
    const target = meta.props.find((prop) => prop.name === join.property)?.targetMeta;
    if (!target) throw new Error(`${meta.className}.${join.property} is not a relation`);
    return { ...join, meta: target };
  });
  const joinKind = joins.map((j) => `${j.property}:${j.alias}`).join(',');
  const kind = `managed|${meta.className}|${joinKind}|${JSON.stringify(shape.orderBy ?? null)}`;
  const extras = shape.limit == null ? [] : [shape.limit];
  const statement = shapedStatement(em, kind, where, extras, (condition, [limit]) => {
    const qb = em
      .createQueryBuilder(root, 'e')
      .select([...aliasedColumns(em, meta, 'e'), ...joined.flatMap((j) => aliasedColumns(em, j.meta, j.alias))]);
    for (const join of joined) qb.join(`e.${join.property}`, join.alias);
    qb.where(condition);
    if (shape.orderBy) qb.orderBy(shape.orderBy);
    if (limit != null) qb.limit(limit);
    return qb.getKnexQuery().toSQL();
  });
  const rows = await runStatement(em, statement);
  return rows.map((row) => {
    // Relations first: the root's reference then resolves to the managed instance.
    for (const join of joined) em.map(join.meta.class, part(row, join.alias));
    return em.map(root, part<T>(row, 'e'));
  });
}
