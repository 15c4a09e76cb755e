import { type EntityMetadata, type EntityName, ReferenceKind, Utils } from '@mikro-orm/core';
import type { SqlEntityManager } from './paging';

/**
 * Read-only rows for the read graph.
 *
 * MikroORM hydrates every row into a managed entity: identity map, change-set snapshot and one
 * accessor per column defined on each instance (`EntityHelper.ensurePropagation`). For the
 * customer-list page that is ~2,700 entities per request and, in the CPU profile of
 * `npm run bench`, about 40 % of the server's time plus most of its garbage. Rows that a query
 * only reads never need any of it, so the list and batch loaders build plain instances of the
 * entity class instead: the class prototype (so getters such as `globalId` work and type-graphql
 * sees the right type), the columns converted exactly as MikroORM converts them (its own result
 * mapper for dates and booleans, the property's custom type for money and JSON), and to-one
 * relations as a plain `{ id }`: what every reader uses (`row.customer.id`), and what MikroORM
 * takes as that row in a where clause or create data. There is no `unwrap()`/`getEntity()`: the
 * relation was never loaded (code that needs the entity loads it through a loader).
 *
 * They are not managed: changing one and flushing does nothing. Writes load their rows through
 * the entity manager, under locks, as they always did (no mutation path uses these loaders).
 */

interface ColumnPlan {
  name: string;
  convert?: (value: unknown) => unknown;
  /** A to-one relation: the column holds the other row's id. */
  relation?: boolean;
}

interface RowPlan {
  /**
   * Builds one instance from a mapped row: a constructor per entity whose prototype is the entity's
   * prototype with every column shadowed by a plain data property (MikroORM puts setters for the
   * columns on the entity prototype itself; they create per-instance accessors and the entity's
   * helper on first write), and which sets every column in one fixed order, so V8 gives its
   * instances room for all of them up front instead of growing each row's property store column
   * by column (a quarter of the `nodes` request's garbage; BENCHMARKS.md, session 11).
   */
  Row: ReturnType<typeof rowConstructor>;
}

const plans = new WeakMap<EntityMetadata, RowPlan>();

function planFor(em: SqlEntityManager, meta: EntityMetadata): RowPlan {
  const known = plans.get(meta);
  if (known) return known;
  const platform = em.getPlatform();
  const plan: ColumnPlan[] = [];
  for (const prop of meta.props) {
    if (!prop.fieldNames || prop.persist === false || prop.lazy) continue;
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      const type = prop.customType;
      plan.push({ name: prop.name, convert: type ? (v) => type.convertToJSValue(v, platform) : undefined });
    } else if (
      (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) &&
      prop.targetMeta
    ) {
      plan.push({ name: prop.name, relation: true });
    }
  }
  const prototype: object = Object.create(meta.prototype);
  for (const column of plan)
    Object.defineProperty(prototype, column.name, {
      value: undefined,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  const rowPlan = { Row: rowConstructor(prototype, plan) };
  plans.set(meta, rowPlan);
  return rowPlan;
}

/**
 * The constructor of a plan's rows, generated once per entity (as MikroORM generates its hydrators):
 * a column absent from the row (not selected) stays unset, as on a row MikroORM would build.
 */
function rowConstructor(prototype: object, columns: readonly ColumnPlan[]) {
  const body = columns.map((column, i) => {
    const key = JSON.stringify(column.name);
    if (column.relation)
      return `v = data[${key}]; if (v !== undefined) this[${key}] = v === null ? null : { id: Number(v) };`;
    if (column.convert)
      return `v = data[${key}]; if (v !== undefined) this[${key}] = v === null ? null : convert[${i}](v);`;
    return `v = data[${key}]; if (v !== undefined) this[${key}] = v;`;
  });
  const convert = columns.map((c) => c.convert);
  const Row = new Function('convert', `return function Row(data) { let v; ${body.join(' ')} };`)(convert);
  Row.prototype = prototype;
  return Row;
}

/** Builds read-only instances of `entity` from raw rows (column names, as the driver returns them). */
export function readOnlyRows<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  rows: Record<string, unknown>[],
): T[] {
  const meta = em.getMetadata().get(Utils.className(entity));
  const { Row } = planFor(em, meta);
  const comparator = em.getComparator();
  const out: T[] = new Array(rows.length);
  // An instance of T's class (a generated constructor is typed `any`, as Object.create is).
  for (let i = 0; i < rows.length; i++) out[i] = new Row(comparator.mapResult(meta.className, rows[i]));
  return out;
}
