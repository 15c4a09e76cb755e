/**
 * Two server processes on one PostgreSQL database, as in a scaled-out deployment: concurrent money
 * mutations at both never over-spend, an idempotency key has one effect wherever it is sent, a
 * signed request is accepted once across instances, the rate-limit bucket is shared, and stopping
 * one instance under load loses nothing.
 *
 * Runs on PostgreSQL always: on the suite's database when DATABASE_URL is postgres://…, otherwise
 * on a scratch database of the machine's server (postgres://postgres@127.0.0.1:5432). Skipped,
 * with the reason printed, only when no PostgreSQL server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { AdjustRecord } from '../../src/modules/funds/funds.entity';
import { checkInvariants } from '../../seeds';
import type { ScratchDatabase } from '../support/database';
import {
  buildServer,
  createAccessKey,
  postgresDatabase,
  rawHttp,
  spawnServer,
  type Answer,
  type ServerProcess,
} from '../support/production';
import { DIST } from '../support/demo';
import { gid } from '../support/ids';
import { cashAccount, resaleCustomers } from '../support/rows';

const ALLOCATE =
  'mutation Allocate($input: AllocateFundsInput!) { allocateFunds(input: $input) { succeeded { adjustRecord { transId } } failed { code } userErrors { code } } }';

let skipReason: string | null = null;
let db: ScratchDatabase | null = null;
let orm: Orm;
let entry: string;
let a: ServerProcess;
let b: ServerProcess;
let token: string;

const ENV = (url: string) => ({
  DATABASE_URL: url,
  MAX_QUERY_COST: '10000',
  RATE_LIMIT_CAPACITY: '20000',
  RATE_LIMIT_RESTORE_PER_SECOND: '1',
});
const em = () => orm.em.fork();
const adjustCount = () => em().count(AdjustRecord, {});
async function allocatable() {
  const account = await cashAccount({ orm }, DIST);
  return account.amount - account.designatedAmount;
}
const allocation = (customerId: number, amount: string, extra: Record<string, unknown> = {}) => ({
  input: { allocations: [{ customerId: gid('SubCustomer', customerId), amount }], ...extra },
});
/** The data of ALLOCATE. */
type AllocateData = {
  allocateFunds: {
    succeeded: { adjustRecord: { transId: string } }[];
    failed: { code: string }[];
    userErrors: { code: string }[];
  };
};
const succeeded = (r: Answer<AllocateData>) => r.body?.data?.allocateFunds?.succeeded ?? [];

beforeAll(async () => {
  const pg = await postgresDatabase();
  if ('skip' in pg) {
    skipReason = pg.skip;
    console.warn(`two-instances: skipped: ${skipReason}`);
    return;
  }
  db = pg.db;
  entry = await buildServer();
  [a, b] = await Promise.all([spawnServer(entry, ENV(db.url)), spawnServer(entry, ENV(db.url))]);
  orm = await openDatabase(parseDatabaseUrl(db.url), { migrate: false });
  token = await a.signIn('dist-admin');
}, 240_000);

afterAll(async () => {
  a?.kill('SIGKILL');
  b?.kill('SIGKILL');
  await orm?.close(true);
  await db?.drop();
});

describe('two instances on one PostgreSQL database', () => {
  it('100 concurrent allocations of 1.00 spread over both, against 50.00 allocatable: exactly 50 succeed', async (ctx) => {
    if (skipReason) return ctx.skip();
    const customers = await resaleCustomers({ orm }, DIST, 100);
    const excess = (await allocatable()) - 5000;
    const sink = await a.gql<AllocateData>(ALLOCATE, allocation(customers[0].id, (excess / 100).toFixed(2)), token);
    expect(sink.body?.data?.allocateFunds.failed).toEqual([]);
    expect(await allocatable()).toBe(5000);
    const before = await adjustCount();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 ? a : b).gql<AllocateData>(ALLOCATE, allocation(customers[i % customers.length].id, '1.00'), token),
      ),
    );
    // A refusal names its reason (SERVER_BUSY: wait-budget, pool-timeout…), so a failure here says why.
    expect(answers.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([]);
    const ok = answers.filter((r) => succeeded(r).length === 1).length;
    const refused = answers.filter(
      (r) => r.body?.data?.allocateFunds.failed[0]?.code === 'INSUFFICIENT_BALANCE',
    ).length;
    expect([ok, refused]).toEqual([50, 50]);
    expect(await allocatable()).toBe(0);
    expect(await adjustCount()).toBe(before + 50);
    expect(await checkInvariants(orm)).toEqual([]);
  });

  it('one idempotency key sent 20 times to each instance at once (input and header): one effect, one answer', async (ctx) => {
    if (skipReason) return ctx.skip();
    // Give the distributor something to allocate again (reclaim from a rich customer).
    const rich = (
      await em().find(
        SubCustomer,
        { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 10_000 } },
        { limit: 1 },
      )
    )[0];
    const reclaim = await b.gql<{ reclaimFunds: { userErrors: { code: string }[] } }>(
      'mutation ($input: ReclaimFundsInput!) { reclaimFunds(input: $input) { userErrors { code } } }',
      { input: { customerId: gid('SubCustomer', rich.id), amount: '100.00' } },
      token,
    );
    expect(reclaim.body?.data?.reclaimFunds.userErrors).toEqual([]);
    const [customer] = await resaleCustomers({ orm }, DIST, 1);
    const balanceBefore = (await em().findOneOrFail(SubCustomer, customer.id)).balance;
    const before = await adjustCount();
    const key = `two-instances-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? a.gql<AllocateData>(ALLOCATE, allocation(customer.id, '2.00', { idempotencyKey: key }), token)
          : b.gql<AllocateData>(ALLOCATE, allocation(customer.id, '2.00'), token, { 'idempotency-key': key }),
      ),
    );
    expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const transIds = new Set(answers.map((r) => succeeded(r)[0]?.adjustRecord.transId));
    expect(transIds.size).toBe(1);
    expect([...transIds][0]).toEqual(expect.any(String));
    expect(await adjustCount()).toBe(before + 1);
    expect((await em().findOneOrFail(SubCustomer, customer.id)).balance).toBe(balanceBefore + 200);

    // Ten keys, each sent once to A and once to B, all at once: ten effects.
    const keys = Array.from({ length: 10 }, (_, i) => `${key}-${i}`);
    const many = await Promise.all(
      keys.flatMap((k) =>
        [a, b].map((s) => s.gql<AllocateData>(ALLOCATE, allocation(customer.id, '1.00', { idempotencyKey: k }), token)),
      ),
    );
    expect(new Set(many.map((r) => succeeded(r)[0]?.adjustRecord.transId)).size).toBe(10);
    expect(await adjustCount()).toBe(before + 11);
    expect(await checkInvariants(orm)).toEqual([]);
  });

  it('a signed request sent to both instances at once is accepted once', async (ctx) => {
    if (skipReason) return ctx.skip();
    const { accessKey, secretAccessKey } = await createAccessKey(a, token, 'two instances');
    const [customer] = await resaleCustomers({ orm }, DIST, 1);
    const before = await adjustCount();
    // Behind a load balancer every instance sees the same Host: the request signed once, sent to both.
    const signed = a.signedRequest(ALLOCATE, allocation(customer.id, '1.00'), accessKey.accessKeyId, secretAccessKey);
    const host = new URL(a.url).host;
    const answers = await Promise.all(
      [a, b, a, b].map((s) =>
        rawHttp(`${s.url}/graphql`, { method: 'POST', headers: { ...signed.headers, host }, body: signed.body }),
      ),
    );
    expect(answers.filter((r) => r.status === 200).length).toBe(1);
    expect(
      answers
        .filter((r) => r.status === 401)
        .map((r) => r.body?.errors?.[0].extensions?.code)
        .sort(),
    ).toEqual(['REQUEST_REPLAYED', 'REQUEST_REPLAYED', 'REQUEST_REPLAYED']);
    expect(await adjustCount()).toBe(before + 1);
  });

  it('the rate-limit bucket is shared: six 4,203-point queries over both instances, 20,000 points: exactly four run', async (ctx) => {
    if (skipReason) return ctx.skip();
    const reseller = await b.signIn('reseller-admin');
    const heavy = '{ viewer { partner { customers(first: 100) { nodes { coupons(first: 40) { nodes { id } } } } } } }';
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).gql(heavy, undefined, reseller)),
    );
    expect(answers.map((r) => r.body?.extensions?.cost.requestedQueryCost)).toEqual(Array(6).fill(4203));
    expect(answers.filter((r) => r.status === 200).length).toBe(4);
    expect(
      answers.filter((r) => r.status === 429).every((r) => r.body?.errors?.[0].extensions?.code === 'THROTTLED'),
    ).toBe(true);
  });

  it('stopping one instance under load loses nothing: every effect was answered, the other goes on, a restart rejoins', async (ctx) => {
    if (skipReason) return ctx.skip();
    const customers = await resaleCustomers({ orm }, DIST, 20);
    const before = await adjustCount();
    const fire = (s: ServerProcess, i: number) =>
      s.gql<AllocateData>(ALLOCATE, allocation(customers[i % customers.length].id, '0.01'), token).then(
        (r) => ({ status: r.status, ok: succeeded(r).length === 1 }),
        () => ({ status: 0, ok: false }), // connection refused: the instance is gone
      );
    const load: Promise<{ status: number; ok: boolean }>[] = [];
    for (let i = 0; i < 60; i++) {
      load.push(fire(i % 2 ? a : b, i));
      if (i === 20) a.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 10));
    }
    const results = await Promise.all(load);
    expect(await a.exited).toBe(0);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    // Every allocation that happened was answered as a success; none happened unanswered.
    expect(await adjustCount()).toBe(before + results.filter((r) => r.ok).length);
    expect(results.filter((r, i) => i % 2 === 0 && r.ok).length).toBe(30); // B took all of its share
    a = await spawnServer(entry, ENV(db!.url));
    const again = await a.gql<AllocateData>(ALLOCATE, allocation(customers[0].id, '0.01'), token);
    expect(succeeded(again)).toHaveLength(1);
    expect(await checkInvariants(orm)).toEqual([]);
  });
});
