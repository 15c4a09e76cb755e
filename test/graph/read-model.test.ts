import { describe, expect, it } from 'vitest';
import { selectRows, type SqlEntityManager } from '../../src/common/paging';
import { Coupon, CouponQuota } from '../../src/modules/coupon/coupon.entity';
import { Order, OrderLineItem, Resource } from '../../src/modules/order/order.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { useTestServer } from '../support/server';

/**
 * The read graph builds read-only rows (src/common/read-model.ts) instead of managed entities.
 * They must hold exactly what MikroORM would hydrate, on SQLite and on PostgreSQL: every column,
 * converted the same way (money, JSON, dates, booleans, enums), relations as references by id.
 */
const server = useTestServer();

/** The entity's columns as plain data, relations as their ids. */
function columns(row: object, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    const v = (row as Record<string, unknown>)[p];
    out[p] =
      v && typeof v === 'object' && 'id' in v && !(v instanceof Date) && !Array.isArray(v)
        ? { id: (v as { id: number }).id }
        : v;
  }
  return out;
}

describe('read-only rows', () => {
  for (const entity of [SubCustomer, Coupon, CouponQuota, Order, OrderLineItem, Resource]) {
    it(`${entity.name}: the same values as the managed entities of em.find`, async () => {
      const em = server.em();
      const meta = em.getMetadata().get(entity.name);
      const props = meta.props
        .filter((p) => p.fieldNames && p.persist !== false && !p.lazy && ['scalar', 'm:1', '1:1'].includes(p.kind))
        .map((p) => p.name);
      const managed = (await em.find(entity as never, {}, { orderBy: { id: 'asc' }, limit: 50 } as never)) as object[];
      expect(managed.length).toBeGreaterThan(0);
      const ids = managed.map((m) => (m as { id: number }).id);
      const readOnly = await selectRows(em.fork() as SqlEntityManager, entity as never, { id: { $in: ids } } as never, {
        orderBy: { id: 'asc' },
      });
      expect(readOnly).toHaveLength(managed.length);
      readOnly.forEach((row, i) => {
        expect(row).toBeInstanceOf(entity);
        expect(columns(row, props)).toEqual(columns(managed[i], props));
      });
    });
  }

  it('a relation is a plain { id }: it works in a where clause and as create data', async () => {
    const em = server.em();
    const [coupon] = await selectRows(em, Coupon, {} as never, { orderBy: { id: 'asc' }, limit: 1 });
    expect(coupon.customer).toEqual({ id: expect.any(Number) });
    expect(Object.getPrototypeOf(coupon.customer)).toBe(Object.prototype);
    const orm = em as never as {
      find: (e: unknown, w: unknown) => Promise<Coupon[]>;
      create: (e: unknown, d: unknown) => Coupon;
    };
    const same = await orm.find(Coupon, { customer: coupon.customer, id: coupon.id });
    expect(same.map((c) => c.id)).toEqual([coupon.id]);
    const made = orm.create(Coupon, {
      ...coupon,
      id: undefined,
      customer: coupon.customer,
      partner: coupon.partner,
      quota: coupon.quota,
    });
    expect(made.customer.id).toBe(coupon.customer.id);
  });

  it('rows are not managed: changing one and flushing writes nothing', async () => {
    const em = server.em();
    const [customer] = await selectRows(em, SubCustomer, {} as never, { orderBy: { id: 'asc' }, limit: 1 });
    const before = customer.label;
    customer.label = 'changed on a read-only row';
    await (em as never as { flush: () => Promise<void> }).flush();
    const fresh = await server.em().findOneOrFail(SubCustomer, customer.id);
    expect(fresh.label).toBe(before);
  });
});
