/** 价格目录, 询价 and 续订金额 through the HTTP API on the seeded database. */
import { describe, expect, it } from 'vitest';
import {
  AllocateFundsDocument,
  OrderMutRenewResourcesDocument,
  QuoteCatalogueDocument,
  QuotePriceDocument,
  QuoteRenewalDocument,
} from '../generated/graphql';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { CustomerDiscount, CustomerDiscountType } from '../../src/modules/customer/customer-discount.entity';
import { Order, Resource } from '../../src/modules/order/order.entity';
import { PeriodType, ResourceStatus } from '../../src/modules/order/order.enums';
import { AccountChangeRecord } from '../../src/modules/funds/funds.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { demoMember } from '../../seeds/demo-data';
import { PriceCatalogueEntry } from '../../src/modules/price-catalogue/price-catalogue.entity';
import { priceAfterRate } from '../../src/modules/price-catalogue/quote.pricing';
import { MONTHLY_ONLY_PRODUCT, priceCatalogueRows } from '../../seeds/finance-price-catalogue';
import { PRODUCTS, REGIONS } from '../../seeds/vocabulary';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { customerNamed, sql } from '../support/rows';
import { DIST, OTHER_DIST } from '../support/demo';
import { yuan } from '../support/money';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-sa', 'dist-am', 'other-dist-admin']);
const customerTokens = useTokens(server, ['yunfan-tech'], 'CUSTOMER');
const operatorTokens = useTokens(server, ['ops-admin'], 'OPERATOR');

const ECS = PRODUCTS[0].specs[0]; // hws.service.type.ec2, 180 元 a month
const item = (over: Record<string, unknown> = {}) => ({
  productCode: ECS.productId,
  region: 'cn-north-4',
  period: 'MONTH' as const,
  periodCount: 3,
  quantity: 2,
  ...over,
});
const fen = (s: string) => Math.round(Number(s) * 100);
const pick = (errors: { code: string; field?: string | null }[]) => errors.map(({ code, field }) => ({ code, field }));

describe('priceCatalogue (价格目录, design)', () => {
  it('holds every seeded row, pages them and filters by product, service, region and period', async () => {
    const rows = priceCatalogueRows();
    expect(await server.em().count(PriceCatalogueEntry, {})).toBe(rows.length);
    const all = await server.execute(QuoteCatalogueDocument, { first: 100 }, tokens['dist-admin']);
    expect(all.errors).toBeUndefined();
    expect(all.data!.priceCatalogue.totalCount).toBe(rows.length);
    expect(all.data!.priceCatalogue.nodes).toHaveLength(100);
    const next = await server.execute(
      QuoteCatalogueDocument,
      { first: 100, after: all.data!.priceCatalogue.pageInfo.endCursor },
      tokens['dist-admin'],
    );
    const ids = [...all.data!.priceCatalogue.nodes, ...next.data!.priceCatalogue.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);

    const ecs = await server.execute(
      QuoteCatalogueDocument,
      { filter: { productCode: ECS.productId, period: 'YEAR' } },
      tokens['dist-admin'],
    );
    expect(ecs.data!.priceCatalogue.nodes.map((n) => n.regionCode).sort()).toEqual([...REGIONS].sort());
    expect(new Set(ecs.data!.priceCatalogue.nodes.map((n) => n.listPrice.amount))).toEqual(
      new Set([yuan(ECS.monthly * 10)]),
    );
    const cdn = await server.execute(
      QuoteCatalogueDocument,
      { filter: { serviceTypeCode: MONTHLY_ONLY_PRODUCT.serviceTypeCode, region: 'cn-east-3' } },
      tokens['other-dist-admin'],
    );
    expect(cdn.data!.priceCatalogue.nodes).toMatchObject([
      { productCode: MONTHLY_ONLY_PRODUCT.productCode, periodType: 'MONTH', listPrice: { amount: '126.00' } },
    ]);
  });

  it('prices every seeded resource, main and dependent, from its own product in its region per MONTH; per YEAR all but the EIPs abroad', async () => {
    const missing = (period: PeriodType) =>
      sql<{ id: number; resource_type_code: string; region_code: string }>(
        server,
        `select r.id, r.resource_type_code, r.region_code from resource r
           where not exists (select 1 from price_catalogue pc
             where pc.product_code = r.product_code and pc.region_code = r.region_code and pc.period_type = ?)`,
        [period],
      );
    const [{ n }] = await sql<{ n: number }>(server, 'select count(*) as n from resource where product_code is null');
    expect(Number(n)).toBe(0);
    expect(await missing(PeriodType.MONTH)).toEqual([]);
    const byYear = await missing(PeriodType.YEAR);
    expect(
      byYear.every((r) => r.resource_type_code === 'hws.resource.type.ip' && r.region_code === 'ap-southeast-1'),
    ).toBe(true);
    const [{ m }] = await sql<{ m: number }>(server, 'select count(*) as m from resource where order_id is not null');
    expect(Number(m)).toBeGreaterThan(50);
  });

  it('runs the same number of SQL statements for 10 and 100 entries', async () => {
    const small = await server.execute(QuoteCatalogueDocument, { first: 10 }, tokens['dist-admin']);
    const large = await server.execute(QuoteCatalogueDocument, { first: 100 }, tokens['dist-admin']);
    expect(large.data!.priceCatalogue.nodes).toHaveLength(100);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('quotePrice (询价, seed 001)', () => {
  it('answers one result per current discount; with autoPay the commercial discount first', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const now = Date.now();
    const current = (await server.em().find(CustomerDiscount, { partner: DIST, customer: customer.id })).filter(
      (d) =>
        d.effectiveTime.getTime() <= now &&
        (d.expireTime == null || d.expireTime.getTime() > now) &&
        (d.serviceTypeCode == null || d.serviceTypeCode === 'hws.service.type.ec2'),
    );
    expect(new Set(current.map((d) => d.discountType))).toEqual(
      new Set([CustomerDiscountType.PARTNER_DISCOUNT, CustomerDiscountType.COMMERCIAL_DISCOUNT]),
    );
    const list = ECS.monthly * 3 * 2;
    const expected = [...current]
      .sort((a, b) => a.id - b.id)
      .map((d) => ({
        discountType: d.discountType,
        discountRate: d.rateBasisPoints / 10_000,
        discountAmount: { amount: yuan(list - priceAfterRate(list, d.rateBasisPoints)) },
        finalPrice: { amount: yuan(priceAfterRate(list, d.rateBasisPoints)) },
      }));
    const byPrice = [...expected].sort(
      (a, b) => Number(a.finalPrice.amount) - Number(b.finalPrice.amount), // stable: ties stay in id order
    );
    for (const autoPay of [false, true]) {
      const res = await server.execute(
        QuotePriceDocument,
        { input: { customerId: gid('SubCustomer', customer.id), items: [item()], autoPay } },
        tokens['dist-admin'],
      );
      expect(res.errors).toBeUndefined();
      const q = res.data!.quotePrice;
      expect(q.userErrors).toEqual([]);
      expect(q.items[0]).toMatchObject({ index: 0, periodCount: 3, quantity: 2, listAmount: { amount: yuan(list) } });
      const order = autoPay
        ? [
            ...byPrice.filter((r) => r.discountType === 'COMMERCIAL_DISCOUNT'),
            ...byPrice.filter((r) => r.discountType !== 'COMMERCIAL_DISCOUNT'),
          ]
        : byPrice;
      expect(q.items[0].discounts).toMatchObject(order);
      expect(q.items[0].finalPrice).toEqual(order[0].finalPrice);
      expect(q.listTotal).toEqual({ amount: yuan(list) });
      expect(q.finalTotal).toEqual(order[0].finalPrice);
    }
  });

  it('prices several items, a discount only where it covers the service; the totals add up', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const items = [
      item(),
      item({ productCode: MONTHLY_ONLY_PRODUCT.productCode, region: 'cn-east-3', periodCount: 1, quantity: 1 }),
    ];
    const res = await server.execute(
      QuotePriceDocument,
      { input: { customerId: gid('SubCustomer', customer.id), items } },
      tokens['dist-admin'],
    );
    const q = res.data!.quotePrice;
    expect(q.items.map((i) => i.index)).toEqual([0, 1]);
    // The CDN package: only the every-service partner discount covers it.
    expect(q.items[1].discounts.map((d) => d.discountType)).toEqual(['PARTNER_DISCOUNT']);
    const fen = (s: string) => Math.round(Number(s) * 100);
    expect(fen(q.finalTotal!.amount)).toBe(q.items.reduce((s, i) => s + fen(i.finalPrice.amount), 0));
    expect(fen(q.listTotal!.amount)).toBe(q.items.reduce((s, i) => s + fen(i.listAmount.amount), 0));
  });

  it('refuses with codes, nothing priced', async () => {
    const customer = gid('SubCustomer', (await customerNamed(server, 'yunfan-tech')).id);
    const cases: [unknown, { code: string; field: string }[]][] = [
      [{ customerId: customer, items: [] }, [{ code: 'BATCH_EMPTY', field: 'input.items' }]],
      [
        { customerId: customer, items: Array.from({ length: 11 }, () => item()) },
        [{ code: 'BATCH_TOO_LARGE', field: 'input.items' }],
      ],
      [
        {
          customerId: customer,
          items: [item({ periodCount: 12 }), item({ period: 'YEAR', periodCount: 4 }), item({ quantity: 0 })],
        },
        [
          { code: 'INVALID_PERIOD', field: 'input.items[0].periodCount' },
          { code: 'INVALID_PERIOD', field: 'input.items[1].periodCount' },
          { code: 'INVALID_QUANTITY', field: 'input.items[2].quantity' },
        ],
      ],
      [
        {
          customerId: customer,
          items: [
            item({ productCode: 'OFFI-NOPE' }),
            item({ region: 'eu-west-0' }),
            item({ productCode: MONTHLY_ONLY_PRODUCT.productCode, region: 'cn-south-1' }),
            item({ productCode: MONTHLY_ONLY_PRODUCT.productCode, period: 'YEAR', periodCount: 1 }),
            item(),
          ],
        },
        [
          { code: 'UNKNOWN_PRODUCT', field: 'input.items[0].productCode' },
          { code: 'UNKNOWN_REGION', field: 'input.items[1].region' },
          { code: 'UNKNOWN_REGION', field: 'input.items[2].region' },
          { code: 'PERIOD_NOT_OFFERED', field: 'input.items[3].period' },
        ],
      ],
      [{ customerId: 'bm90LWFuLWlk', items: [item()] }, [{ code: 'CUSTOMER_NOT_FOUND', field: 'input.customerId' }]],
    ];
    for (const [input, errors] of cases) {
      const res = await server.execute(QuotePriceDocument, { input: input as never }, tokens['dist-admin']);
      expect(res.errors).toBeUndefined();
      expect(pick(res.data!.quotePrice.userErrors)).toEqual(errors);
      expect(res.data!.quotePrice).toMatchObject({ items: [], listTotal: null, finalTotal: null });
    }
  });

  it("answers another partner's customer like an unknown one; needs order:manage; not for customers or operators", async () => {
    const foreign = (await server.em().findOneOrFail(CustomerDiscount, { partner: OTHER_DIST })).customer.id;
    const input = { customerId: gid('SubCustomer', foreign), items: [item()] };
    const res = await server.execute(QuotePriceDocument, { input }, tokens['dist-admin']);
    expect(pick(res.data!.quotePrice.userErrors)).toEqual([{ code: 'CUSTOMER_NOT_FOUND', field: 'input.customerId' }]);
    const own = await server.execute(QuotePriceDocument, { input }, tokens['other-dist-admin']);
    expect(own.data!.quotePrice.userErrors).toEqual([]);
    for (const token of [tokens['dist-sa'], customerTokens['yunfan-tech'], operatorTokens['ops-admin']]) {
      expect(errorCodes(await server.execute(QuotePriceDocument, { input }, token))).toEqual(['FORBIDDEN']);
    }
    // An account manager quotes only the customers assigned to it.
    const am = demoMember('dist-am').id;
    const mine = await server.em().findOneOrFail(SubCustomer, { partner: DIST, accountManager: am, unboundAt: null });
    const notMine = await server.em().findOneOrFail(SubCustomer, {
      partner: DIST,
      unboundAt: null,
      $or: [{ accountManager: null }, { accountManager: { $ne: am } }],
    });
    const quoteAs = (id: number) =>
      server.execute(
        QuotePriceDocument,
        { input: { customerId: gid('SubCustomer', id), items: [item()] } },
        tokens['dist-am'],
      );
    expect((await quoteAs(mine.id)).data!.quotePrice.userErrors).toEqual([]);
    expect(pick((await quoteAs(notMine.id)).data!.quotePrice.userErrors)).toEqual([
      { code: 'CUSTOMER_NOT_FOUND', field: 'input.customerId' },
    ]);
  });

  it('runs the same number of SQL statements for 1 and 10 items', async () => {
    const customerId = gid('SubCustomer', (await customerNamed(server, 'yunfan-tech')).id);
    const one = await server.execute(
      QuotePriceDocument,
      { input: { customerId, items: [item()] } },
      tokens['dist-admin'],
    );
    const ten = await server.execute(
      QuotePriceDocument,
      {
        input: {
          customerId,
          items: PRODUCTS.flatMap((p) => p.specs)
            .slice(0, 10)
            .map((s) => item({ productCode: s.productId })),
        },
      },
      tokens['dist-admin'],
    );
    expect(ten.data!.quotePrice.items).toHaveLength(10);
    expect(ten.sqlStatements).toBe(one.sqlStatements);
  });
});

describe('quoteRenewal (续订金额, seed 002) and renewResources', () => {
  /** One IN_USE main resource of DIST's authorized customers per shape (service type × dependents), up to 10. */
  async function oneResourcePerShape() {
    const auths = await server
      .em()
      .find(OrderAuthorization, { partner: DIST }, { orderBy: { grantedAt: 'desc', id: 'desc' } });
    const latest = new Map<number, OrderAuthorizationStatus>();
    for (const a of auths) if (!latest.has(a.customer.id)) latest.set(a.customer.id, a.status);
    const authorized = [...latest].filter(([, s]) => s === OrderAuthorizationStatus.GRANTED).map(([id]) => id);
    const mains = await server.em().find(
      Resource,
      {
        partner: DIST,
        customer: { $in: authorized },
        isMainResource: true,
        status: ResourceStatus.IN_USE,
        order: { $ne: null },
      },
      { orderBy: { id: 'asc' } },
    );
    const deps = await server.em().find(Resource, {
      parentResource: { $in: mains.map((m) => m.id) },
      status: { $ne: ResourceStatus.CLOSED },
    });
    const shapes = new Map<string, { main: Resource; dependents: number[] }>();
    for (const main of mains) {
      const own = deps.filter((d) => d.parentResource?.id === main.id).map((d) => d.id);
      const shape = `${main.serviceTypeCode}:${deps
        .filter((d) => d.parentResource?.id === main.id)
        .map((d) => d.resourceTypeCode)
        .sort()
        .join('+')}`;
      if (!shapes.has(shape)) shapes.set(shape, { main, dependents: own });
    }
    return [...shapes.values()].slice(0, 10);
  }

  it('lists each main resource with its dependents (added when not named) and charges exactly the quote, for every seeded shape', async () => {
    const picked = await oneResourcePerShape();
    expect(picked.length).toBeGreaterThanOrEqual(4);
    expect(picked.some((p) => p.dependents.length >= 2)).toBe(true);
    const input = { resourceIds: picked.map((p) => gid('Resource', p.main.id)), periodType: 'YEAR' as const };
    const quote = await server.execute(
      QuoteRenewalDocument,
      { input: { ...input, periodCount: 1 } },
      tokens['dist-admin'],
    );
    expect(quote.errors).toBeUndefined();
    const q = quote.data!.quoteRenewal;
    expect(q.userErrors).toEqual([]);
    const failedIndexes = new Set(q.failed.map((f) => Number(/\[(\d+)\]/.exec(f.field ?? '')![1])));
    for (const [index, p] of picked.entries()) {
      if (failedIndexes.has(index)) continue;
      const lines = q.lines.filter((l) => l.index === index);
      expect(lines.map((l) => pk(l.resource.id))).toEqual([p.main.id, ...[...p.dependents].sort((a, b) => a - b)]);
      expect(lines[0]).toMatchObject({ mainResource: null, resource: { isMainResource: true } });
      for (const dep of lines.slice(1)) expect(dep).toMatchObject({ mainResource: { id: gid('Resource', p.main.id) } });
      // Each resource at its own catalogue entry × 1 year, less the discount chosen as quotePrice chooses it.
      const resources = await server.em().find(Resource, { id: { $in: lines.map((l) => pk(l.resource.id)) } });
      for (const line of lines) {
        const r = resources.find((x) => x.id === pk(line.resource.id))!;
        expect(line.entry).toMatchObject({ productCode: r.productCode, regionCode: r.regionCode, periodType: 'YEAR' });
        expect(line.listAmount.amount).toBe(line.entry.listPrice.amount);
        expect(fen(line.amount.amount) + fen(line.discountAmount.amount)).toBe(fen(line.listAmount.amount));
        expect(fen(line.listAmount.amount)).toBeGreaterThan(0);
      }
    }
    expect(q.lines.length).toBeGreaterThan(picked.length - failedIndexes.size);
    expect(fen(q.listTotal!.amount)).toBe(q.lines.reduce((s, l) => s + fen(l.listAmount.amount), 0));
    expect(fen(q.total!.amount)).toBe(q.lines.reduce((s, l) => s + fen(l.amount.amount), 0));

    // The same statements for 1 and for every shape.
    const one = await server.execute(
      QuoteRenewalDocument,
      { input: { resourceIds: [gid('Resource', picked[0].main.id)], periodType: 'MONTH', periodCount: 1 } },
      tokens['dist-admin'],
    );
    const many = await server.execute(
      QuoteRenewalDocument,
      { input: { resourceIds: picked.map((p) => gid('Resource', p.main.id)), periodType: 'MONTH', periodCount: 1 } },
      tokens['dist-admin'],
    );
    expect(many.data!.quoteRenewal.lines.length).toBeGreaterThan(one.data!.quoteRenewal.lines.length);
    expect(many.sqlStatements).toBe(one.sqlStatements);

    const renewed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { ...input, periodNum: 1 } },
      tokens['dist-admin'],
    );
    const r = renewed.data!.renewResources;
    expect(pick(r.failed)).toEqual(pick(q.failed));
    expect(r.succeeded.length).toBe(picked.length - failedIndexes.size);
    for (const s of r.succeeded) {
      const quoted = q.lines.filter((l) => l.index === s.index).reduce((sum, l) => sum + fen(l.amount.amount), 0);
      expect(fen(s.amount.amount)).toBe(quoted);
    }
    const orders = await server.em().find(Order, { id: { $in: r.orders.map((o) => pk(o.id)) } });
    expect(orders.reduce((s, o) => s + o.officialAmount, 0)).toBe(fen(q.listTotal!.amount));
    expect(orders.reduce((s, o) => s + o.amountAfterDiscount, 0)).toBe(fen(q.total!.amount));
  });

  it('with autoPay charges a main resource with dependents exactly the quote: quote total = order = ledger row', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const mains = await server
      .em()
      .find(
        Resource,
        { customer: customer.id, isMainResource: true, status: ResourceStatus.IN_USE, order: { $ne: null } },
        { orderBy: { id: 'asc' } },
      );
    const deps = await server.em().find(Resource, {
      parentResource: { $in: mains.map((m) => m.id) },
      status: { $ne: ResourceStatus.CLOSED },
    });
    const main = mains.find((m) => deps.some((d) => d.parentResource?.id === m.id))!;
    expect(main).toBeDefined();
    const input = { resourceIds: [gid('Resource', main.id)], periodType: 'MONTH' as const, autoPay: true };
    const quote = await server.execute(
      QuoteRenewalDocument,
      { input: { ...input, periodCount: 2 } },
      tokens['dist-admin'],
    );
    const q = quote.data!.quoteRenewal;
    expect([q.userErrors, q.failed]).toEqual([[], []]);
    expect(q.lines.length).toBeGreaterThanOrEqual(2);
    expect(q.lines.slice(1).every((l) => fen(l.amount.amount) > 0)).toBe(true);
    const total = fen(q.total!.amount);
    const funded = await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', customer.id), amount: yuan(total) }] } },
      tokens['dist-admin'],
    );
    expect(funded.data!.allocateFunds.failed).toEqual([]);
    const before = (await server.em().findOneOrFail(SubCustomer, customer.id)).balance;

    const renewed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { ...input, periodNum: 2 } },
      tokens['dist-admin'],
    );
    const r = renewed.data!.renewResources;
    expect([r.userErrors, r.failed]).toEqual([[], []]);
    expect(fen(r.succeeded[0].amount.amount)).toBe(total);
    const order = await server.em().findOneOrFail(Order, pk(r.orders[0].id));
    expect([order.officialAmount, order.amountAfterDiscount]).toEqual([fen(q.listTotal!.amount), total]);
    const ledger = await server.em().find(AccountChangeRecord, { tradeId: order.orderId });
    expect(ledger.map((l) => [l.tradeType, l.amount])).toEqual([['ORDER_PAYMENT', -total]]);
    expect((await server.em().findOneOrFail(SubCustomer, customer.id)).balance).toBe(before - total);
  });

  it('refuses a resource whose dependent has no catalogue price for the period: RENEWAL_NOT_IN_CATALOGUE, nothing created', async () => {
    const [found] = await sql<{ id: number }>(
      server,
      `select m.id from resource m join resource d on d.parent_resource_id = m.id
        where m.partner_id = ? and m.status = ? and m.order_id is not null and d.status <> ?
          and d.resource_type_code = 'hws.resource.type.ip' and d.region_code = 'ap-southeast-1'
        order by m.id limit 1`,
      [DIST, ResourceStatus.IN_USE, ResourceStatus.CLOSED],
    );
    expect(found).toBeDefined();
    const ids = [gid('Resource', Number(found.id))];
    const year = await server.execute(
      QuoteRenewalDocument,
      { input: { resourceIds: ids, periodType: 'YEAR', periodCount: 1 } },
      tokens['dist-admin'],
    );
    const failed = pick(year.data!.quoteRenewal.failed);
    expect(failed).toEqual([{ code: 'RENEWAL_NOT_IN_CATALOGUE', field: 'input.resourceIds[0]' }]);
    const orders = await server.em().count(Order, {});
    const renewed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: ids, periodType: 'YEAR', periodNum: 1 } },
      tokens['dist-admin'],
    );
    expect(pick(renewed.data!.renewResources.failed)).toEqual(failed);
    expect(await server.em().count(Order, {})).toBe(orders);
    // Per month the same resource is priced.
    const month = await server.execute(
      QuoteRenewalDocument,
      { input: { resourceIds: ids, periodType: 'MONTH', periodCount: 1 } },
      tokens['dist-admin'],
    );
    expect(month.data!.quoteRenewal.failed).toEqual([]);
  });

  it('refuses like renewResources: a dependent, a foreign resource, a bad period', async () => {
    const picked = await oneResourcePerShape();
    const withDeps = picked.find((p) => p.dependents.length > 0)!;
    const foreign = await server.em().findOneOrFail(Resource, { partner: OTHER_DIST });
    const res = await server.execute(
      QuoteRenewalDocument,
      {
        input: {
          resourceIds: [gid('Resource', withDeps.dependents[0]), gid('Resource', foreign.id), gid('Resource', 999_999)],
          periodType: 'MONTH',
          periodCount: 1,
        },
      },
      tokens['dist-admin'],
    );
    expect(res.data!.quoteRenewal.failed.map((f) => f.code)).toEqual([
      'NOT_MAIN_RESOURCE',
      'RESOURCE_NOT_FOUND',
      'RESOURCE_NOT_FOUND',
    ]);
    expect(res.data!.quoteRenewal.lines).toEqual([]);
    const bad = await server.execute(
      QuoteRenewalDocument,
      { input: { resourceIds: [gid('Resource', withDeps.main.id)], periodType: 'MONTH', periodCount: 12 } },
      tokens['dist-admin'],
    );
    expect(pick(bad.data!.quoteRenewal.userErrors)).toEqual([{ code: 'INVALID_PERIOD', field: 'input.periodCount' }]);
    expect(
      errorCodes(
        await server.execute(
          QuoteRenewalDocument,
          { input: { resourceIds: [gid('Resource', withDeps.main.id)], periodType: 'MONTH', periodCount: 1 } },
          tokens['dist-sa'],
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
