/**
 * Baseline (c): a bare graphql-js HTTP server for the customer-list query. node:http + graphql's
 * parse/validate/execute, a hand-written schema and hand-written resolvers issuing the same
 * batched SQL as the application (one statement per level, IN (…) lists, a window function for
 * "5 per customer"), on the same database through the same driver (sqlite3 / pg). No Apollo, no
 * type-graphql, no graphql-shield, no ORM. It verifies the same bearer token and loads the viewer
 * with the same three statements, so both servers issue the same number of statements; it has
 * no permission rules beyond the partner's row scope (a distributor administrator sees all of
 * its partner's customers in full, which is what the benchmark signs in as).
 *
 * It answers bench/operations/customer-list.graphql with byte-identical JSON (the runner checks).
 *
 * Environment: DATABASE_URL (sqlite:… or postgres://…), AUTH_SECRET, PORT (0 = any).
 */
import http from 'node:http';
import DataLoader from 'dataloader';
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';
import { jwtVerify } from 'jose';
import { listenForBench } from './listen';

type Row = Record<string, unknown>;

interface Db {
  /** Runs one statement with `?` placeholders. */
  all(sql: string, params: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

async function openDb(url: string): Promise<Db> {
  if (url.startsWith('sqlite:')) {
    // The same driver MikroORM's SQLite driver uses, one connection as there.
    const sqlite3 = (await import('sqlite3')).default;
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    const db = await new Promise<import('sqlite3').Database>((resolve, reject) => {
      const d = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(d)));
    });
    const run = (sql: string) =>
      new Promise<void>((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())));
    // The app's pragmas (src/db/orm.ts), its 64 MiB page cache included.
    for (const pragma of [
      'PRAGMA journal_mode = WAL',
      'PRAGMA foreign_keys = ON',
      'PRAGMA busy_timeout = 5000',
      'PRAGMA synchronous = NORMAL',
      'PRAGMA cache_size = -65536',
    ])
      await run(pragma);
    return {
      all: (sql, params) =>
        new Promise((resolve, reject) =>
          db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as Row[]))),
        ),
      close: () => new Promise((resolve) => db.close(() => resolve())),
    };
  }
  const { Pool, types } = await import('pg');
  types.setTypeParser(20, (v: string) => Number(v)); // int8 → number (amounts in fen are safe integers)
  const pool = new Pool({ connectionString: url, max: 10 });
  return {
    async all(sql, params) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      return (await pool.query(text, params)).rows as Row[];
    },
    close: () => pool.end(),
  };
}

// ---- helpers that mirror the application's wire formats (ids, cursors, money, dates) ----

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const cursorOf = (id: number) => Buffer.from(`c:${id}`, 'utf8').toString('base64url');
function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
const money = (fen: unknown) => ({ amount: formatFen(Number(fen)), currency: 'CNY' });
const toDate = (v: unknown): Date | null =>
  v == null
    ? null
    : v instanceof Date
      ? v
      : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number));
const placeholders = (n: number) => new Array(n).fill('?').join(', ');
const addMonths = (date: Date, months: number) => {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

// ---- request context ----

interface Viewer {
  memberId: number;
  partnerId: number;
}

interface Ctx {
  db: Db;
  viewer: Viewer | null;
  sqlite: boolean;
  statements: number;
  loaders: Map<string, DataLoader<number, unknown>>;
}

function query(ctx: Ctx, sql: string, params: unknown[]): Promise<Row[]> {
  ctx.statements += 1;
  return ctx.db.all(sql, params);
}

function loader<V>(ctx: Ctx, name: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
  let l = ctx.loaders.get(name) as DataLoader<number, V> | undefined;
  if (!l) {
    l = new DataLoader<number, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, l as DataLoader<number, unknown>);
  }
  return l;
}

function requireViewer(ctx: Ctx): Viewer {
  if (!ctx.viewer) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.viewer;
}

// Dates: SQLite stores epoch milliseconds, PostgreSQL timestamptz. Bound as the column stores them.
const dateParam = (ctx: Ctx, d: Date) => (ctx.sqlite ? d.getTime() : d);

/** The same three statements the application issues to load a viewer. */
async function loadViewer(ctx: Ctx, memberId: number, partnerId: number): Promise<Viewer | null> {
  const members = await query(
    ctx,
    'select m.id, m.partner_id, m.login_name, m.display_name, m.status, p.id as p_id, p.identity as p_identity, p.status as p_status from member m inner join partner p on m.partner_id = p.id where m.id = ? and m.partner_id = ? and m.status = ? limit 1',
    [memberId, partnerId, 'ACTIVE'],
  );
  if (members.length === 0) return null;
  await query(
    ctx,
    'select mr.*, r.id as r_id, r.permission_codes as r_permission_codes from member_role mr inner join role r on mr.role_id = r.id where mr.member_id = ?',
    [memberId],
  );
  await query(ctx, 'select p.id from partner p where p.parent_id = ?', [partnerId]);
  return { memberId, partnerId };
}

/** Rows of many parents, `size + 1` per parent, newest first: one statement. */
async function pagesByParent(
  ctx: Ctx,
  table: string,
  parentColumn: string,
  parentIds: readonly number[],
  size: number,
  extraWhere: string,
  extraParams: unknown[],
): Promise<Map<number, Row[]>> {
  const rows = await query(
    ctx,
    // The app's SQL on SQLite names the parent index (src/common/paging.ts): so does the baseline.
    `select * from (select e.*, row_number() over (partition by e.${parentColumn} order by e.id desc) as page_row from ${table} e${ctx.sqlite ? ` indexed by ${table}_${parentColumn}_index` : ''} where ${extraWhere} and e.${parentColumn} in (${placeholders(parentIds.length)})) w where page_row <= ? order by ${parentColumn} asc, page_row asc`,
    [...extraParams, ...parentIds, size + 1],
  );
  const byParent = new Map<number, Row[]>();
  for (const row of rows) {
    const key = Number(row[parentColumn]);
    const list = byParent.get(key);
    if (list) list.push(row);
    else byParent.set(key, [row]);
  }
  return byParent;
}

function connection<T extends { id: number }>(rowsPlusOne: T[], size: number) {
  const hasMore = rowsPlusOne.length > size;
  const nodes = hasMore ? rowsPlusOne.slice(0, size) : rowsPlusOne;
  const edges = nodes.map((node) => ({ cursor: cursorOf(node.id), node }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: hasMore,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100)
    throw new GraphQLError(`first must be from 1 to 100, got ${size}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return size;
}

// ---- row mapping (what the ORM's hydration does for the application) ----

interface CustomerRow {
  id: number;
  customerId: string;
  accountName: string;
  associationType: number;
  associatedOn: Date;
  balance: number;
  debtAmount: number;
  accountManagerId: number | null;
  partnerId: number;
}
const customerOf = (r: Row): CustomerRow => ({
  id: Number(r.id),
  customerId: r.customer_id as string,
  accountName: r.account_name as string,
  associationType: Number(r.association_type),
  associatedOn: toDate(r.associated_on)!,
  balance: Number(r.balance),
  debtAmount: Number(r.debt_amount),
  accountManagerId: r.account_manager_id == null ? null : Number(r.account_manager_id),
  partnerId: Number(r.partner_id),
});
const couponOf = (r: Row) => ({
  id: Number(r.id),
  couponId: r.coupon_id as string,
  kind: r.kind as string,
  status: Number(r.status),
  balance: Number(r.balance),
  expireTime: toDate(r.expire_time)!,
});
const orderOf = (r: Row) => ({
  id: Number(r.id),
  orderId: r.order_id as string,
  status: Number(r.status),
  createTime: toDate(r.create_time)!,
  amountAfterDiscount: Number(r.amount_after_discount),
});
const lineItemOf = (r: Row) => ({
  id: Number(r.id),
  orderId: Number(r.order_id),
  productId: r.product_id as string,
  serviceTypeCode: r.service_type_code as string,
  periodType: Number(r.period_type),
  periodNum: Number(r.period_num),
  subscriptionNum: Number(r.subscription_num),
  amount: Number(r.amount),
});

// ---- the hand-written schema ----

const nn = <T extends import('graphql').GraphQLType>(t: T) => new GraphQLNonNull(t);
const list = <T extends import('graphql').GraphQLType>(t: T) => new GraphQLList(t);

const DateTimeISO = new GraphQLScalarType({
  name: 'DateTimeISO',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as number).toISOString()),
});
const enumOf = (name: string, values: Record<string, number | string>) =>
  new GraphQLEnumType({ name, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) });
const AssociationType = enumOf('AssociationType', { ADVISORY: 1, RESALE: 2 });
const CouponKind = enumOf('CouponKind', { VOUCHER: 'VOUCHER', CASH: 'CASH', PICKUP: 'PICKUP' });
const CouponStatus = enumOf('CouponStatus', { INACTIVE: 1, USABLE: 2, USED: 3, EXPIRED: 4, RECLAIMED: 5 });
const OrderStatus = enumOf('OrderStatus', {
  PENDING_APPROVAL: 1,
  PENDING_REFUND: 2,
  PROCESSING: 3,
  CANCELLED: 4,
  COMPLETED: 5,
  PENDING_PAYMENT: 6,
  PENDING_CONFIRMATION: 9,
});
const PeriodType = enumOf('PeriodType', { MONTH: 2, YEAR: 3 });

const Money = new GraphQLObjectType({
  name: 'Money',
  fields: { amount: { type: nn(GraphQLString) }, currency: { type: nn(GraphQLString) } },
});
const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: {
    hasNextPage: { type: nn(GraphQLBoolean) },
    hasPreviousPage: { type: nn(GraphQLBoolean) },
    startCursor: { type: GraphQLString },
    endCursor: { type: GraphQLString },
  },
});
const pageArgs = { first: { type: GraphQLInt }, after: { type: GraphQLString } };

function connectionType(name: string, node: GraphQLObjectType) {
  const edge = new GraphQLObjectType({
    name: `${name}Edge`,
    fields: { cursor: { type: nn(GraphQLString) }, node: { type: nn(node) } },
  });
  return new GraphQLObjectType({
    name: `${name}Connection`,
    fields: {
      edges: { type: nn(list(nn(edge))) },
      nodes: { type: nn(list(nn(node))) },
      pageInfo: { type: nn(PageInfo) },
    },
  });
}

const Member = new GraphQLObjectType({
  name: 'Member',
  fields: {
    id: { type: nn(GraphQLID), resolve: (m: Row) => globalId('Member', Number(m.id)) },
    displayName: { type: nn(GraphQLString), resolve: (m: Row) => m.display_name },
    loginName: { type: nn(GraphQLString), resolve: (m: Row) => m.login_name },
  },
});

const OrderLineItem = new GraphQLObjectType({
  name: 'OrderLineItem',
  fields: {
    productId: { type: nn(GraphQLString) },
    serviceTypeCode: { type: nn(GraphQLString) },
    periodType: { type: nn(PeriodType) },
    periodNum: { type: nn(GraphQLInt) },
    subscriptionNum: { type: nn(GraphQLInt) },
    amount: { type: nn(Money), resolve: (i: ReturnType<typeof lineItemOf>) => money(i.amount) },
  },
});

const Order = new GraphQLObjectType({
  name: 'Order',
  fields: {
    id: { type: nn(GraphQLID), resolve: (o: ReturnType<typeof orderOf>) => globalId('Order', o.id) },
    orderId: { type: nn(GraphQLString) },
    status: { type: nn(OrderStatus) },
    createTime: { type: nn(DateTimeISO) },
    amountAfterDiscount: { type: nn(Money), resolve: (o: ReturnType<typeof orderOf>) => money(o.amountAfterDiscount) },
    lineItems: {
      type: nn(list(nn(OrderLineItem))),
      resolve: (o: ReturnType<typeof orderOf>, _args, ctx: Ctx) =>
        loader(ctx, 'lineItemsByOrderId', async (ids) => {
          const rows = await query(
            ctx,
            `select * from order_line_item where order_id in (${placeholders(ids.length)}) order by id asc`,
            [...ids],
          );
          const byOrder = new Map<number, ReturnType<typeof lineItemOf>[]>();
          for (const r of rows) {
            const item = lineItemOf(r);
            const l = byOrder.get(item.orderId);
            if (l) l.push(item);
            else byOrder.set(item.orderId, [item]);
          }
          return ids.map((id) => byOrder.get(id) ?? []);
        }).load(o.id),
    },
  },
});

const Coupon = new GraphQLObjectType({
  name: 'Coupon',
  fields: {
    id: { type: nn(GraphQLID), resolve: (c: ReturnType<typeof couponOf>) => globalId('Coupon', c.id) },
    couponId: { type: nn(GraphQLString) },
    kind: { type: nn(CouponKind) },
    status: { type: nn(CouponStatus) },
    balance: { type: nn(Money), resolve: (c: ReturnType<typeof couponOf>) => money(c.balance) },
    expireTime: { type: nn(DateTimeISO) },
  },
});

const CustomerBalance = new GraphQLObjectType({
  name: 'CustomerBalance',
  fields: { amount: { type: nn(Money) }, debtAmount: { type: nn(Money) } },
});
const CouponConnection = connectionType('Coupon', Coupon);
const OrderConnection = connectionType('Order', Order);

const SubCustomer = new GraphQLObjectType({
  name: 'SubCustomer',
  fields: {
    id: { type: nn(GraphQLID), resolve: (c: CustomerRow) => globalId('SubCustomer', c.id) },
    customerId: { type: nn(GraphQLString) },
    accountName: { type: nn(GraphQLString) },
    associationType: { type: nn(AssociationType) },
    associatedOn: { type: nn(DateTimeISO) },
    balance: {
      type: CustomerBalance,
      resolve: (c: CustomerRow) =>
        c.associationType === 2 ? { amount: money(c.balance), debtAmount: money(c.debtAmount) } : null,
    },
    accountManager: {
      type: Member,
      resolve: (c: CustomerRow, _args, ctx: Ctx) =>
        c.accountManagerId == null
          ? null
          : loader(ctx, 'memberById', async (ids) => {
              const rows = await query(
                ctx,
                `select m.id, m.partner_id, m.login_name, m.display_name, m.email, m.mobile, m.status, m.supervisor_id, m.created_at from member m where m.partner_id = ? and m.id in (${placeholders(ids.length)})`,
                [requireViewer(ctx).partnerId, ...ids],
              );
              const byId = new Map(rows.map((r) => [Number(r.id), r]));
              return ids.map((id) => byId.get(id) ?? null);
            }).load(c.accountManagerId),
    },
    coupons: {
      type: nn(CouponConnection),
      args: pageArgs,
      resolve: async (c: CustomerRow, args: { first?: number | null }, ctx: Ctx) => {
        const size = pageSize(args.first);
        const now = new Date();
        const rows = await loader(ctx, `couponsByCustomerId|${size}`, async (ids) => {
          const byParent = await pagesByParent(
            ctx,
            'coupon',
            'customer_id',
            ids,
            size,
            'e.partner_id = ? and e.expire_time >= ? and e.expire_time <= ?',
            [requireViewer(ctx).partnerId, dateParam(ctx, addMonths(now, -12)), dateParam(ctx, addMonths(now, 12))],
          );
          return ids.map((id) => (byParent.get(id) ?? []).map(couponOf));
        }).load(c.id);
        return connection(rows, size);
      },
    },
    orders: {
      type: nn(OrderConnection),
      args: pageArgs,
      resolve: async (c: CustomerRow, args: { first?: number | null }, ctx: Ctx) => {
        const size = pageSize(args.first);
        const now = new Date();
        const rows = await loader(ctx, `ordersByCustomerId|${size}`, async (ids) => {
          // The app's rule: orders created within the last year (Order.createTime, both ends included).
          const byParent = await pagesByParent(
            ctx,
            'customer_order',
            'customer_id',
            ids,
            size,
            'e.partner_id = ? and e.create_time >= ? and e.create_time <= ?',
            [requireViewer(ctx).partnerId, dateParam(ctx, addMonths(now, -12)), dateParam(ctx, now)],
          );
          return ids.map((id) => (byParent.get(id) ?? []).map(orderOf));
        }).load(c.id);
        return connection(rows, size);
      },
    },
  },
});

const SubCustomerConnection = connectionType('SubCustomer', SubCustomer);

const Partner = new GraphQLObjectType({
  name: 'Partner',
  fields: {
    id: { type: nn(GraphQLID), resolve: (p: { id: number }) => globalId('Partner', p.id) },
    customers: {
      type: nn(SubCustomerConnection),
      args: pageArgs,
      resolve: async (p: { id: number }, args: { first?: number | null }, ctx: Ctx) => {
        const size = pageSize(args.first);
        const rows = await query(ctx, 'select * from sub_customer where partner_id = ? order by id desc limit ?', [
          p.id,
          size + 1,
        ]);
        return connection(rows.map(customerOf), size);
      },
    },
  },
});

const Viewer = new GraphQLObjectType({
  name: 'Viewer',
  fields: { partner: { type: nn(Partner), resolve: (v: Viewer) => ({ id: v.partnerId }) } },
});

export const bareSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { viewer: { type: nn(Viewer), resolve: (_r, _a, ctx: Ctx) => requireViewer(ctx) } },
  }),
});

// ---- HTTP ----

const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

/** Parsed and validated once per query text (Apollo keeps the same kind of document cache). */
function documentFor(text: string): DocumentNode | readonly GraphQLError[] {
  let doc = documents.get(text);
  if (!doc) {
    try {
      const parsed = parse(text);
      const errors = validate(bareSchema, parsed, specifiedRules);
      doc = errors.length ? errors : parsed;
    } catch (err) {
      doc = [err as GraphQLError];
    }
    if (documents.size < 1000) documents.set(text, doc);
  }
  return doc;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const secret = process.env.AUTH_SECRET;
  if (!url || !secret) throw new Error('DATABASE_URL and AUTH_SECRET are required');
  const db = await openDb(url);
  const key = new TextEncoder().encode(secret);
  const sqlite = url.startsWith('sqlite:');

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown, statements: number) => {
      const text = `${JSON.stringify(body)}\n`;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'x-sql-statements': String(statements),
      });
      res.end(text);
    };
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql'))
      return send(404, { errors: [{ message: 'POST /graphql' }] }, 0);
    const ctx: Ctx = { db, viewer: null, sqlite, statements: 0, loaders: new Map() };
    try {
      const payload = JSON.parse(await readBody(req)) as {
        query?: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const doc = documentFor(payload.query ?? '');
      if (Array.isArray(doc)) return send(400, { errors: doc.map((e) => ({ message: e.message })) }, 0);
      const auth = req.headers.authorization;
      const match = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
      if (match) {
        try {
          const { payload: claims } = await jwtVerify(match[1], key, {
            issuer: 'partner-graph',
            algorithms: ['HS256'],
          });
          ctx.viewer = await loadViewer(ctx, Number(claims.sub), Number(claims.pid));
        } catch {
          ctx.viewer = null;
        }
        if (!ctx.viewer)
          return send(
            401,
            {
              errors: [
                {
                  message: 'The bearer token is invalid or expired; sign in again.',
                  extensions: { code: 'UNAUTHENTICATED' },
                },
              ],
            },
            ctx.statements,
          );
      }
      const result = await execute({
        schema: bareSchema,
        document: doc as DocumentNode,
        variableValues: payload.variables,
        operationName: payload.operationName,
        contextValue: ctx,
      });
      send(200, result, ctx.statements);
    } catch (err) {
      send(500, { errors: [{ message: (err as Error).message }] }, ctx.statements);
    }
  });
  await listenForBench(server, 'bare graphql-js server (/graphql)', () => db.close());
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
