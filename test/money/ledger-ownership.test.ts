/**
 * One owner per balance, one place for row locks. The TypeScript compiler reads src/ and finds every
 * write to a money column (partner cash, customer balance, quota and coupon balances) and to the state
 * of orders and resources, in every form the code can write one:
 *
 * - raw SQL (`update <table> set <column> = …`, `insert into <table>`) in any string or template;
 * - MikroORM calls (nativeUpdate, insert, insertMany, create, upsert, assign, a query builder's
 *   update/insert) on the entity, with the columns named in their data;
 * - assignments to the entity's property (`coupon.balance -= 1`, then a flush).
 *
 * Each write must sit in its owner function (a row created with an opening balance of 0 changes no
 * balance, so creating one is free; a non-zero opening balance only in the one function that issues
 * it). A second writer anywhere fails the first test; the last test shows the scanner catching one.
 * Row locks (`FOR [NO KEY] UPDATE`, `FOR [KEY] SHARE`, or a no-op `set x = x`) live in src/db/locks.ts only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Watched tables: their entity class and columns (SQL name → property name). */
const WATCHED: Record<string, { entity: string; columns: Record<string, string> }> = {
  partner_account: { entity: 'PartnerAccount', columns: { amount: 'amount', designated_amount: 'designatedAmount' } },
  sub_customer: { entity: 'SubCustomer', columns: { balance: 'balance', debt_amount: 'debtAmount' } },
  coupon_quota: { entity: 'CouponQuota', columns: { balance: 'balance', quota_value: 'quotaValue' } },
  coupon: { entity: 'Coupon', columns: { balance: 'balance', face_value: 'faceValue' } },
  customer_order: {
    entity: 'Order',
    columns: {
      status: 'status',
      amount_after_discount: 'amountAfterDiscount',
      coupon_amount: 'couponAmount',
      cash_coupon_amount: 'cashCouponAmount',
      credit_amount: 'creditAmount',
      on_behalf_amount: 'onBehalfAmount',
      payment_time: 'paymentTime',
    },
  },
  // The 业绩 roll-up: written by its one upsert during requests and by the rebuild (see CREATORS).
  partner_performance_month: {
    entity: 'PartnerPerformanceMonth',
    columns: {
      paid_amount: 'paidAmount',
      paid_orders: 'paidOrders',
      refund_amount: 'refundAmount',
      coupon_amount: 'couponAmount',
      consumption_amount: 'consumptionAmount',
      new_customers: 'newCustomers',
    },
  },
  // The 运营看板 roll-ups of facts: written by their one upsert during requests (see CREATORS) and by
  // the rebuild (maintenance/dashboard-rollups.ts, over every roll-up table); no entity class.
  coupon_month: {
    entity: 'CouponMonth',
    columns: { issued: 'issued', face_value: 'faceValue', used: 'used', reclaimed: 'reclaimed', expired: 'expired' },
  },
  coupon_kind_month: {
    entity: 'CouponKindMonth',
    columns: { issued: 'issued', face_value: 'faceValue', used: 'used', reclaimed: 'reclaimed', expired: 'expired' },
  },
  incentive_month: { entity: 'IncentiveMonth', columns: { records: 'records', amount: 'amount' } },
  payment_agreement: { entity: 'PaymentAgreement', columns: { used_amount: 'usedAmount' } },
  resource: {
    entity: 'Resource',
    columns: {
      status: 'status',
      expire_time: 'expireTime',
      expire_policy: 'expirePolicy',
      auto_renew_times: 'autoRenewTimes',
    },
  },
};

/** The one function allowed to change each column of an existing row ("file#function", or a whole file). */
const OWNERS: Record<string, string> = {
  // One statement changes every partner account; each account type has its owner (PARTNER_ACCOUNT_OWNERS).
  'partner_account.amount': 'src/modules/funds/ledger.ts#updatePartnerAccount',
  'sub_customer.balance': 'src/modules/funds/ledger.ts#changeCustomerBalance',
  'coupon_quota.balance': 'src/modules/coupon/coupon.ledger.ts#changeQuotaBalance',
  'coupon.balance': 'src/modules/coupon/coupon.ledger.ts#changeCouponBalance',
  // Orders and resources move between states in the order ledger only.
  'customer_order.status': 'src/modules/order/order.ledger.ts',
  'customer_order.amount_after_discount': 'src/modules/order/order.ledger.ts',
  'customer_order.coupon_amount': 'src/modules/order/order.ledger.ts',
  'customer_order.cash_coupon_amount': 'src/modules/order/order.ledger.ts',
  'customer_order.credit_amount': 'src/modules/order/order.ledger.ts',
  'customer_order.on_behalf_amount': 'src/modules/order/order.ledger.ts',
  // A payment agreement's use this month: counted by the one conditional update of a payment under it.
  'payment_agreement.used_amount': 'src/modules/payment-agreement/payment-agreement.ledger.ts#countUse',
  'customer_order.payment_time': 'src/modules/order/order.ledger.ts',
  'resource.status': 'src/modules/order/order.ledger.ts',
  'resource.expire_time': 'src/modules/order/order.ledger.ts',
  'resource.expire_policy': 'src/modules/order/order.ledger.ts',
  'resource.auto_renew_times': 'src/modules/order/order.ledger.ts',
};

/** Where a row may be created with a value other than 0 in a watched column. */
const CREATORS: Record<string, string | string[]> = {
  coupon: 'src/modules/coupon/coupon.ledger.ts#issueCouponInTx',
  coupon_quota: 'src/modules/coupon/coupon.ledger.ts#carveSubQuotaInTx',
  customer_order: 'src/modules/order/order.scope.ts#createOrder',
  // The roll-up's upsert (its statement is a module constant of rollup.ts, run by addPerformance) and the rebuild.
  partner_performance_month: [
    'src/modules/performance/rollup.ts#<module>',
    'src/maintenance/performance-rollups.ts#rebuildPerformanceRollups',
  ],
  // Each the statement of its writer module (coupon-rollup.ts, incentive-rollup.ts); no UPDATE anywhere.
  coupon_month: 'src/modules/coupon/coupon-rollup.ts#couponUpsert',
  coupon_kind_month: 'src/modules/coupon/coupon-rollup.ts#couponKindUpsert',
  incentive_month: 'src/modules/incentive/incentive-rollup.ts#incentiveUpsert',
};

const LOCKS_FILE = 'src/db/locks.ts';

/**
 * Each partner account type (cash, credit, bonus, deposit) and its one owner: the function that passes
 * that PartnerAccountType to the partner-account writer (updatePartnerAccount, or bookPartnerAccount
 * which writes the change's account change record too).
 */
const PARTNER_ACCOUNT_WRITERS = ['updatePartnerAccount', 'bookPartnerAccount'];
const PARTNER_ACCOUNT_OWNERS: Record<string, string> = {
  CASH: 'src/modules/funds/ledger.ts#changePartnerCash',
  CREDIT: 'src/modules/funds/ledger.ts#changePartnerCredit',
  BONUS: 'src/modules/funds/ledger.ts#changePartnerBonus',
  DEPOSIT: 'src/modules/funds/ledger.ts#changePartnerDeposit',
};

/** Every call of a partner-account writer: "file#function → TYPE" (the account type argument as written). */
function partnerAccountCalls(prog: ts.Program, files: (file: string) => boolean): string[] {
  const calls: string[] = [];
  for (const sf of prog.getSourceFiles()) {
    const file = relative(ROOT, sf.fileName);
    if (!files(file)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        if (PARTNER_ACCOUNT_WRITERS.includes(name)) {
          const typeArg = node.arguments.find((a) => /PartnerAccountType\.\w+|^accountType$/.test(a.getText(sf)));
          const type = typeArg?.getText(sf).replace('PartnerAccountType.', '') ?? '?';
          calls.push(`${file}#${enclosingFunction(node)} → ${name}(${type})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return calls.sort();
}

interface Write {
  /** table.column */
  column: string;
  kind: 'change' | 'create';
  /** Opening value is the literal 0 (creations only). */
  zero: boolean;
  /** "file#function" (function: the nearest named one; `<module>` at the top level). */
  where: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.includes('/migrations') ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** A program over src/ plus optional extra in-memory files (path → text). */
function program(extra: Record<string, string> = {}): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    name in extra ? ts.createSourceFile(name, extra[name], version) : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => name in extra || fileExists.call(host, name);
  host.readFile = (name) => extra[name] ?? readFile.call(host, name);
  return ts.createProgram([...sourceFiles(SRC), ...Object.keys(extra)], options, host);
}

function enclosingFunction(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText();
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
      return n.parent.name.getText();
  }
  return '<module>';
}

/** The text of a string or template literal, `${}` for each substitution. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join('');
  return null;
}

const entityTable = (entity: string | undefined) => Object.entries(WATCHED).find(([, w]) => w.entity === entity)?.[0];

/** The entity class a node's type is, or is an instance of. */
function entityOf(checker: ts.TypeChecker, node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const type = checker.getTypeAtLocation(node);
  return (type.getSymbol() ?? type.aliasSymbol)?.getName();
}

const ORM_DATA_ARG: Record<string, { data: number; kind: Write['kind'] }> = {
  nativeUpdate: { data: 2, kind: 'change' },
  assign: { data: 1, kind: 'change' },
  insert: { data: 1, kind: 'create' },
  insertMany: { data: 1, kind: 'create' },
  nativeInsert: { data: 1, kind: 'create' },
  create: { data: 1, kind: 'create' },
  upsert: { data: 1, kind: 'create' },
  upsertMany: { data: 1, kind: 'create' },
};

/** The object literals a data argument holds (itself, or the elements of an array literal). */
const objectLiterals = (node: ts.Expression | undefined): ts.ObjectLiteralExpression[] | null => {
  if (!node) return [];
  // `{ … } as never`, `({ … })`, `{ … } satisfies T`: the data is still the literal.
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node))
    return objectLiterals(node.expression);
  if (ts.isObjectLiteralExpression(node)) return [node];
  if (ts.isArrayLiteralExpression(node)) {
    const all = node.elements.map((e) => objectLiterals(e));
    return all.some((a) => a === null) ? null : all.flatMap((a) => a ?? []);
  }
  return null;
};

function findWrites(prog: ts.Program, files: (file: string) => boolean): { writes: Write[]; locks: string[] } {
  const checker = prog.getTypeChecker();
  const writes: Write[] = [];
  const locks: string[] = [];
  for (const sf of prog.getSourceFiles()) {
    const file = relative(ROOT, sf.fileName);
    if (!files(file)) continue;
    const record = (node: ts.Node, table: string, column: string, kind: Write['kind'], zero = false) =>
      writes.push({
        column: `${table}.${column}`,
        kind,
        zero,
        where: `${file}#${enclosingFunction(node)}`,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      });
    const columnOf = (table: string, property: string) =>
      Object.entries(WATCHED[table].columns).find(([, p]) => p === property)?.[0];
    const recordData = (node: ts.Node, table: string, data: ts.Expression | undefined, kind: Write['kind']) => {
      const literals = objectLiterals(data);
      if (literals === null) {
        // Data the scanner cannot see into: count it as writing every watched column.
        for (const column of Object.keys(WATCHED[table].columns)) record(node, table, column, kind);
        return;
      }
      for (const literal of literals)
        for (const prop of literal.properties) {
          if (ts.isSpreadAssignment(prop)) {
            const spread = checker.getTypeAtLocation(prop.expression);
            for (const [column, property] of Object.entries(WATCHED[table].columns))
              if (spread.getProperty(property)) record(prop, table, column, kind);
            continue;
          }
          const column = prop.name && columnOf(table, prop.name.getText(sf));
          if (!column) continue;
          const zero =
            ts.isPropertyAssignment(prop) && ts.isNumericLiteral(prop.initializer) && prop.initializer.text === '0';
          record(prop, table, column, kind, zero);
        }
    };
    const visit = (node: ts.Node) => {
      const text = literalText(node);
      if (text != null) {
        const sql = text.replace(/\s+/g, ' ');
        for (const m of sql.matchAll(/\bupdate (\w+) set (.*?)(?= where | returning |$)/gi)) {
          const table = m[1].toLowerCase();
          for (const a of m[2].matchAll(/(?:^|,)\s*(\w+)\s*=\s*([^,]*)/g)) {
            if (table in WATCHED && a[1] in WATCHED[table].columns) record(node, table, a[1], 'change');
            if (a[2].trim() === a[1] && file !== LOCKS_FILE) locks.push(`${file}:${enclosingFunction(node)}: ${sql}`);
          }
        }
        for (const m of sql.matchAll(/\binsert into (\w+)/gi))
          if (m[1] in WATCHED)
            for (const column of Object.keys(WATCHED[m[1]].columns)) record(node, m[1], column, 'create');
        if (/\bfor (no key update|update|key share|share)\b/i.test(sql) && file !== LOCKS_FILE)
          locks.push(`${file}:${enclosingFunction(node)}: ${sql}`);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const orm = ORM_DATA_ARG[method];
        const table = orm && entityTable(entityOf(checker, node.arguments[0]));
        if (orm && table) recordData(node, table, node.arguments[orm.data], orm.kind);
        // A query builder: <em>.createQueryBuilder(Entity)….update(data) / .insert(data)
        if (method === 'update' || method === 'insert') {
          let inner: ts.Expression = node.expression.expression;
          while (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression)) {
            const name = inner.expression.name.text;
            const qbTable =
              (name === 'createQueryBuilder' || name === 'qb') && entityTable(entityOf(checker, inner.arguments[0]));
            if (qbTable) recordData(node, qbTable, node.arguments[0], method === 'update' ? 'change' : 'create');
            inner = inner.expression.expression;
          }
        }
      }
      const assigned =
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
          ? node.left
          : (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
              (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
            ? node.operand
            : null;
      if (assigned && ts.isPropertyAccessExpression(assigned)) {
        const declaration = checker.getSymbolAtLocation(assigned.name)?.declarations?.[0];
        const owner = declaration?.parent;
        const table = owner && ts.isClassDeclaration(owner) ? entityTable(owner.name?.text) : undefined;
        const column = table && columnOf(table, assigned.name.text);
        if (table && column) record(node, table, column, 'change');
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { writes, locks };
}

/** Writes outside their owner, as readable lines. */
function strays(writes: Write[]): string[] {
  return writes
    .filter((w) => {
      const table = w.column.split('.')[0];
      if (w.kind === 'create') return !w.zero && ![CREATORS[table]].flat().includes(w.where);
      const owner = OWNERS[w.column];
      return !owner || (owner.includes('#') ? w.where !== owner : !w.where.startsWith(`${owner}#`));
    })
    .map((w) => `${w.column} ${w.kind}d in ${w.where} (line ${w.line})`);
}

const SNEAKY = join(SRC, 'modules', 'coupon', 'sneaky-writer.ts');
const prog = program({
  [SNEAKY]: `
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Coupon } from './coupon.entity';
import { SubCustomer } from '../customer/customer.entity';
export async function topUp(tx: SqlEntityManager, id: number) {
  await tx.execute('update sub_customer set version = version + 1, balance = balance + 100 where id = ?', [id]);
}
export async function touchUp(tx: SqlEntityManager, coupon: Coupon) {
  coupon.balance -= 1;
  await tx.nativeUpdate(SubCustomer, { id: 1 }, { debtAmount: 5 });
  await tx.createQueryBuilder(Coupon).update({ faceValue: 3 }).where({ id: coupon.id }).execute();
  await tx.execute('select id from coupon where id = ? for update', [coupon.id]);
}
export async function countUp(tx: SqlEntityManager, id: number) {
  await tx.execute('update coupon_month set used = used + 1 where customer_id = ?', [id]);
  await tx.execute("insert into incentive_month (partner_id, period, incentive_type, stage, records, amount) values (?, 202612, 'X', 'PAID', 1, 5)", [id]);
}
`,
});
const real = findWrites(prog, (file) => file.startsWith('src/') && !file.endsWith('sneaky-writer.ts'));

describe('ledger ownership', () => {
  it('changes each balance, and the state of orders and resources, only in its owner', () => {
    expect(strays(real.writes)).toEqual([]);
  });

  it('finds the owners writing, so the scan is not blind', () => {
    const changes = (column: string) => [
      ...new Set(real.writes.filter((w) => w.kind === 'change' && w.column === column).map((w) => w.where)),
    ];
    expect(changes('partner_account.amount')).toEqual([OWNERS['partner_account.amount']]);
    expect(changes('sub_customer.balance')).toEqual([OWNERS['sub_customer.balance']]);
    expect(changes('coupon_quota.balance')).toEqual([OWNERS['coupon_quota.balance']]);
    expect(changes('coupon.balance')).toEqual([OWNERS['coupon.balance']]);
    expect(changes('customer_order.status').length).toBeGreaterThan(0);
    expect(changes('resource.status').length).toBeGreaterThan(0);
    // Created with an opening balance: coupons and sub-quotas by their issuers; customers at 0.
    const created = real.writes.filter((w) => w.kind === 'create' && !w.zero).map((w) => `${w.column} ${w.where}`);
    expect(created).toContain(`coupon.balance ${CREATORS.coupon}`);
    expect(created).toContain(`coupon_quota.balance ${CREATORS.coupon_quota}`);
    // The roll-ups of facts: each by its one upsert.
    expect(created).toContain(`coupon_month.issued ${CREATORS.coupon_month}`);
    expect(created).toContain(`coupon_kind_month.issued ${CREATORS.coupon_kind_month}`);
    expect(created).toContain(`incentive_month.records ${CREATORS.incentive_month}`);
    expect(real.writes.some((w) => w.kind === 'create' && w.zero && w.column === 'sub_customer.balance')).toBe(true);
  });

  it('changes each partner account (cash, credit, bonus, deposit) only in its own owner', () => {
    const owners = Object.entries(PARTNER_ACCOUNT_OWNERS);
    const expected = [
      ...owners.map(([type, owner]) =>
        type === 'CASH' ? `${owner} → updatePartnerAccount(CASH)` : `${owner} → bookPartnerAccount(${type})`,
      ),
      // The non-cash owners share the step that changes the balance and writes its account change record.
      'src/modules/funds/ledger.ts#bookPartnerAccount → updatePartnerAccount(accountType)',
    ].sort();
    expect(partnerAccountCalls(prog, (file) => file.startsWith('src/') && !file.endsWith('sneaky-writer.ts'))).toEqual(
      expected,
    );
    // Nobody outside the funds ledger reaches the writers (they are not exported).
    const ledger = readFileSync(join(ROOT, 'src/modules/funds/ledger.ts'), 'utf8');
    for (const writer of PARTNER_ACCOUNT_WRITERS)
      expect(ledger).not.toMatch(new RegExp(`export[^\\n]*\\b${writer}\\b`));
  });

  it('takes row locks only through src/db/locks.ts', () => {
    expect(real.locks).toEqual([]);
  });

  it('catches a second writer and a lock outside db/locks.ts (a file added to src/ for this test only)', () => {
    const sneaky = findWrites(prog, (file) => file.endsWith('sneaky-writer.ts'));
    expect(strays(sneaky.writes)).toEqual([
      'sub_customer.balance changed in src/modules/coupon/sneaky-writer.ts#topUp (line 6)',
      'coupon.balance changed in src/modules/coupon/sneaky-writer.ts#touchUp (line 9)',
      'sub_customer.debt_amount changed in src/modules/coupon/sneaky-writer.ts#touchUp (line 10)',
      'coupon.face_value changed in src/modules/coupon/sneaky-writer.ts#touchUp (line 11)',
      'coupon_month.used changed in src/modules/coupon/sneaky-writer.ts#countUp (line 15)',
      'incentive_month.records created in src/modules/coupon/sneaky-writer.ts#countUp (line 16)',
      'incentive_month.amount created in src/modules/coupon/sneaky-writer.ts#countUp (line 16)',
    ]);
    expect(sneaky.locks).toEqual([
      'src/modules/coupon/sneaky-writer.ts:touchUp: select id from coupon where id = ? for update',
    ]);
  });
});

// Keep the scanner's reading of the source honest: it reads the same files tsc compiles.
it('reads every source file of src/', () => {
  const read = new Set(prog.getSourceFiles().map((sf) => sf.fileName));
  expect(sourceFiles(SRC).filter((f) => !read.has(f))).toEqual([]);
  expect(readFileSync(join(ROOT, LOCKS_FILE), 'utf8')).toContain('LOCK_ORDER');
});
