/**
 * The read SQL built once per shape (src/common/sql-shape.ts): a cached statement must answer
 * exactly what the query builder's own statement answers, with the same number of statements,
 * for every list path of the schema (generated, as in batched-paths.test.ts), on both databases.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countByParent, findByIds, findPage, findPagesByParent, selectRows } from '../../src/common/paging';
import { cachedShapes, SQL_CACHE_SIZE, shapedStatement, useSqlShapeCache } from '../../src/common/sql-shape';
import { PREPARED_READS_CACHE_SIZE, readDirectly } from '../../src/common/sqlite-reads';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Order, OrderLineItem, Resource } from '../../src/modules/order/order.entity';
import { CustomerNestedPageDocument } from '../generated/graphql';
import { groupName, groupQuery, type PathGroup, pathGroups } from '../support/schema-walk';
import { testDatabaseKind } from '../support/database';
import { useTestServer } from '../support/server';
import { sql } from '../support/rows';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;
const server = useTestServer({}, { MAX_QUERY_COST: '100000000', MAX_TOKENS: '1000000', MAX_ALIASES: '10000' });

afterEach(() => useSqlShapeCache(true));

/** Runs `read` with the query builder's own SQL, then twice cached (the miss that learns, the hit). */
async function threeWays<R>(read: () => Promise<R>): Promise<[R, R, R]> {
  // Every dashboard revision changes before each read, so each computes what it would keep
  // (Dashboard.topCustomers; kept answers have their own test in test/dashboard/rollups.test.ts).
  const computing = async () => {
    await sql(server, 'update dashboard_revision set revision = ?', [randomUUID()]);
    return read();
  };
  useSqlShapeCache(false);
  const uncached = await computing();
  useSqlShapeCache(true);
  return [uncached, await computing(), await computing()];
}

describe('the paging functions, cached and uncached', () => {
  it('return the same rows for every shape: pages, nested pages, counts, batches by id', async () => {
    const em = server.em();
    const partner = (await em.findOneOrFail(Coupon, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } })).partner.id;
    const customers = (await selectRows(em, SubCustomer, { partner }, { orderBy: { id: 'asc' }, limit: 40 })).map(
      (c) => c.id,
    );
    expect(customers.length).toBeGreaterThan(10);
    for (const ids of [customers, customers.slice(3, 11), customers.slice(0, 1)]) {
      for (const direction of ['forward', 'backward'] as const) {
        const page = { size: 3, direction, cursorId: direction === 'forward' ? null : 1 };
        const reads = {
          pages: () => findPagesByParent(server.em(), Coupon, 'customer', ids, { partner }, page),
          orders: () =>
            findPagesByParent(server.em(), Order, 'customer', ids, { partner, status: { $ne: null } }, page),
          counts: () => countByParent(server.em(), Order, 'customer', ids, { partner }),
          byIds: () => findByIds(server.em(), SubCustomer, [...ids, 999_999], { partner }),
          page: () => findPage(server.em(), SubCustomer, { partner, id: { $in: ids } }, page),
          lines: () =>
            selectRows(server.em(), OrderLineItem, { order: { customer: { $in: ids } } }, { orderBy: { id: 'asc' } }),
        };
        for (const [name, read] of Object.entries(reads)) {
          const [uncached, miss, hit] = await threeWays(read as () => Promise<unknown>);
          expect({ name, rows: miss }).toEqual({ name, rows: uncached });
          expect({ name, rows: hit }).toEqual({ name, rows: uncached });
        }
      }
    }
    // The loaders' shapes are plain data: none fell back to the query builder.
    expect(cachedShapes(em)).toMatchObject({ uncacheable: 0 });
    expect(cachedShapes(em).cached).toBeGreaterThan(10);
  });

  it('a where with a Date is cached, one with a boolean is built every time, and both answer the same', async () => {
    const em = server.em();
    const reads = [
      [() => selectRows(server.em(), Order, { createTime: { $gte: new Date('2020-01-01T00:00:00Z') } }, {}), true],
      [
        () =>
          selectRows(
            server.em(),
            Order,
            { createTime: { $lt: new Date('2099-01-01T00:00:00Z') }, status: { $ne: null } },
            { limit: 5 },
          ),
        true,
      ],
      [() => selectRows(server.em(), Resource, { isMainResource: true }, { orderBy: { id: 'asc' }, limit: 5 }), false],
    ] as const;
    for (const [read, cacheable] of reads) {
      const before = cachedShapes(em);
      const [uncached, miss, hit] = await threeWays<unknown[]>(read);
      expect(uncached.length).toBeGreaterThan(0);
      expect(miss).toEqual(uncached);
      expect(hit).toEqual(uncached);
      expect(cachedShapes(em).cached - before.cached, String(read)).toBe(cacheable ? 1 : 0);
    }
    // A later Date of the same shape reuses the text, with its own value.
    expect(
      await selectRows(server.em(), Order, { createTime: { $gte: new Date('2100-01-01T00:00:00Z') } }, {}),
    ).toEqual([]);
  });

  it('the cache is bounded: the least recently used shape is dropped', () => {
    const em = server.em();
    let built = 0;
    const build = (where: { id: unknown }) => {
      built += 1;
      return { sql: 'select ?', bindings: [where.id] };
    };
    for (let i = 0; i <= SQL_CACHE_SIZE + 10; i++) shapedStatement(em, `bound-test-${i}`, { id: i }, [], build);
    const { cached, uncacheable } = cachedShapes(em);
    expect(cached + uncacheable).toBeLessThanOrEqual(SQL_CACHE_SIZE);
    built = 0;
    const again = shapedStatement(em, `bound-test-${SQL_CACHE_SIZE + 10}`, { id: 42 }, [], build);
    expect(again).toEqual({ sql: 'select ?', bindings: [42], shaped: true });
    expect(built).toBe(0); // the most recent shape is still there: a hit builds nothing
    shapedStatement(em, 'bound-test-0', { id: 7 }, [], build);
    expect(built).toBe(2); // the oldest was dropped: built again, with values and with markers
  });
});

describe.runIf(testDatabaseKind() === 'postgresql')('PostgreSQL prepared statements (common/pg-prepared.ts)', () => {
  it('runs the cached shapes of a nested page as named prepared statements, with the same rows as unprepared', async () => {
    const token = await server.signIn('dist-admin');
    const knex = server.orm.em.getConnection().getKnex();
    const names: string[] = [];
    const onQuery = (query: { name?: string }) => {
      if (query.name) names.push(query.name);
    };
    knex.on('query', onQuery);
    try {
      const [uncached, miss, hit] = await threeWays(() =>
        server.execute(CustomerNestedPageDocument, { first: 20 }, token),
      );
      // Uncached statements are never prepared; the miss and the hit send their shapes prepared.
      expect(names.length).toBeGreaterThanOrEqual(2 * 3);
      expect(new Set(names).size).toBeLessThan(names.length);
      expect(names.every((name) => /^shape_\d+$/.test(name))).toBe(true);
      for (const cached of [miss, hit]) {
        expect(cached.data).toEqual(uncached.data);
        expect(cached.sqlStatements).toBe(uncached.sqlStatements);
      }
    } finally {
      knex.off('query', onQuery);
    }
  });
});

describe.runIf(testDatabaseKind() === 'sqlite')('SQLite read connection (common/sqlite-reads.ts)', () => {
  /** Statements seen while `read` runs: knex's own carry a query uid, the read connection's do not. */
  async function sent<R>(read: () => Promise<R>): Promise<{ result: R; direct: number; viaKnex: number }> {
    const knex = server.orm.em.getConnection().getKnex();
    const seen: boolean[] = [];
    const onQuery = (query: { __knexQueryUid?: string }) => seen.push(!query.__knexQueryUid);
    knex.on('query', onQuery);
    try {
      const result = await read();
      return { result, direct: seen.filter(Boolean).length, viaKnex: seen.filter((d) => !d).length };
    } finally {
      knex.off('query', onQuery);
    }
  }

  it('answers every read of a nested page outside a transaction, cached shapes and MikroORM finds alike', async () => {
    const token = await server.signIn('dist-admin');
    const page = () => server.execute(CustomerNestedPageDocument, { first: 20 }, token);
    useSqlShapeCache(false);
    const uncached = await sent(page);
    useSqlShapeCache(true);
    await page();
    const cached = await sent(page);
    // Viewer, customers, managers, coupons, orders (their Dates included) and line items.
    for (const run of [uncached, cached]) expect(run).toMatchObject({ viaKnex: 0, direct: expect.any(Number) });
    expect(cached.direct).toBeGreaterThanOrEqual(6);
    expect(cached.result.data).toEqual(uncached.result.data);
    expect(cached.result.sqlStatements).toBe(uncached.result.sqlStatements);
    // MikroORM's own finds and counts go the same way, and answer as they did.
    const em = server.em();
    const first = await sent(() => em.findOneOrFail(SubCustomer, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } }));
    const count = await sent(() => em.count(SubCustomer, { partner: first.result.partner }));
    expect([first.direct, first.viaKnex, count.direct, count.viaKnex]).toEqual([1, 0, 1, 0]);
    expect(count.result).toBeGreaterThan(0);
  });

  it('inside a transaction reads stay on its connection; after a commit the read connection sees the write', async () => {
    const em = server.em();
    const [customer] = await selectRows(em, SubCustomer, { id: { $gt: 0 } }, { orderBy: { id: 'asc' }, limit: 1 });
    const read = (on: typeof em) => selectRows(on, SubCustomer, { id: customer.id }, {});
    await em
      .transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            'update sub_customer set name = ? where id = ?',
            ['未提交', customer.id],
            'run',
            tx.getTransactionContext(),
          );
        const inside = await sent(() => read(tx));
        expect(inside).toMatchObject({ direct: 0, viaKnex: 1 });
        expect(inside.result[0].name).toBe('未提交');
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    const outside = await sent(() => read(server.em()));
    expect(outside).toMatchObject({ direct: 1, viaKnex: 0 });
    expect(outside.result[0].name).toBe(customer.name);
    await em.getConnection().execute('update sub_customer set name = ? where id = ?', ['已提交', customer.id], 'run');
    expect((await read(server.em()))[0].name).toBe('已提交');
    await em
      .getConnection()
      .execute('update sub_customer set name = ? where id = ?', [customer.name, customer.id], 'run');
  });

  it('keeps a prepared statement per text: the same text runs again with new values, and a text that does not prepare is refused with its own error, every time', async () => {
    const em = server.em();
    const byId = 'select id, name from sub_customer where id = ?';
    const [first] = await readDirectly(em, byId, [1]);
    const [second] = await readDirectly(em, byId, [2]);
    expect([first?.id, second?.id]).toEqual([1, 2]);
    // Concurrent runs of one statement queue inside the driver and each gets its own rows.
    const ids = [3, 4, 5, 6, 7, 8];
    const rows = await Promise.all(ids.map((id) => readDirectly(em, byId, [id])));
    expect(rows.map(([row]) => row?.id)).toEqual(ids);
    for (let i = 0; i < 2; i++)
      await expect(readDirectly(em, 'select * from no_such_table where id = ?', [1])).rejects.toThrow(/no such table/);
  });

  it('keeps at most PREPARED_READS_CACHE_SIZE statements: the least recently used are finalized, also while their reads are queued, and prepare again when read again', async () => {
    const em = server.em();
    const texts = Array.from(
      { length: PREPARED_READS_CACHE_SIZE + 20 },
      (_, i) => `select id, ${i} as text_no from sub_customer where id = ?`,
    );
    // All at once: the first texts are dropped while their runs wait in the driver.
    const rows = await Promise.all(texts.map((text) => readDirectly(em, text, [1])));
    expect(rows.map(([row]) => [row?.id, row?.text_no])).toEqual(texts.map((_, i) => [1, i]));
    const [again] = await readDirectly(em, texts[0], [2]);
    expect(again).toEqual({ id: 2, text_no: 0 });
  });

  it('cannot write', async () => {
    await expect(readDirectly(server.em(), 'delete from sub_customer where id = ?', [1])).rejects.toThrow(
      /readonly|read-only|query_only/i,
    );
  });
});

const unexpectedErrors = (errors: readonly { message: string; extensions?: Record<string, unknown> }[] = []) =>
  errors.filter((e) => e.extensions?.code !== 'FORBIDDEN').map((e) => e.message);

const sortedErrors = (errors: readonly object[] = []) => errors.map((e) => JSON.stringify(e)).sort();

describe('every list path of the schema, cached and uncached', () => {
  let token: string;
  beforeAll(async () => {
    token = await server.signIn('dist-admin');
  });

  it('the nested customer page answers the same with the same statement count', async () => {
    const [uncached, miss, hit] = await threeWays(() =>
      server.execute(CustomerNestedPageDocument, { first: 50 }, token),
    );
    expect(uncached.errors).toBeUndefined();
    for (const cached of [miss, hit]) {
      expect(cached.data).toEqual(uncached.data);
      expect(cached.sqlStatements).toBe(uncached.sqlStatements);
    }
  });

  const groups: PathGroup[] = pathGroups(typeOf('Viewer'), 'viewer', 3);
  it.each(groups.map((group) => [groupName(group), group] as const))(
    '%s',
    async (_name, group) => {
      const query = groupQuery(schema, typeOf('Viewer'), group);
      const [uncached, miss, hit] = await threeWays(() => server.execute(query, { n: 4 }, token));
      expect(unexpectedErrors(uncached.errors)).toEqual([]);
      for (const cached of [miss, hit]) {
        expect(cached.data).toEqual(uncached.data);
        // Errors come in the order resolvers settle, which varies between runs: compared as a set.
        expect(sortedErrors(cached.errors)).toEqual(sortedErrors(uncached.errors));
        // The cache changes SQL text only: the same statements, now that a request's batches are the
        // same on every run (common/loaders.ts dispatches only when none of its statements runs).
        expect(cached.sqlStatements).toBe(uncached.sqlStatements);
      }
    },
    60_000,
  );
});
