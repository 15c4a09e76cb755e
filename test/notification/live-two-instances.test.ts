/**
 * Live notifications across instances: two servers on one PostgreSQL database; a subscriber on
 * instance A receives a notification raised through the API on instance B (pg_notify on commit,
 * each instance LISTENing on its own connection), a rolled-back one never arrives, and another
 * partner's member hears nothing. Runs on the suite's database when DATABASE_URL is postgres://…,
 * otherwise on a scratch database of the machine's server; skipped only when none answers.
 */
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssocGrantOrderAuthorizationDocument, AssocRevokeOrderAuthorizationDocument } from '../generated/graphql';
import { demoMember } from '../../seeds';
import { loadConfig } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { NotificationKind } from '../../src/modules/notification/notification.enums';
import { toMember } from '../../src/modules/notification/notification.recipient';
import { notify } from '../../src/modules/notification/notification.service';
import { type AppServer, createServer } from '../../src/server';
import type { ScratchDatabase } from '../support/database';
import { DIST } from '../support/demo';
import { cachingSignIn, postGraphQL, SIGN_IN } from '../support/graphql';
import { gid } from '../support/ids';
import { postgresDatabase, TEST_AUTH_SECRET } from '../support/production';
import { settle, subscribe } from './live-client';
import { sentCustomerCode } from '../support/rows';
import { SubCustomer } from '../../src/modules/customer/customer.entity';

interface Instance {
  url: string;
  orm: Orm;
  server: AppServer;
}

let skipReason: string | null = null;
let db: ScratchDatabase | null = null;
let a: Instance;
let b: Instance;

async function start(url: string): Promise<Instance> {
  // One secret for both, as in a deployment: a token from one instance is valid on the other.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url,
    SEED_ON_START: 'false',
    AUTH_SECRET: TEST_AUTH_SECRET,
  });
  const orm = await openDatabase(config.database, { migrate: false });
  const server = await createServer(config, orm);
  const { url: httpUrl } = await server.listen(0, '127.0.0.1');
  return { url: httpUrl, orm, server };
}

const gql = async (instance: Instance, query: string | DocumentNode, variables: unknown, token?: string) => {
  const res = await postGraphQL(
    instance.url,
    { query: typeof query === 'string' ? query : print(query), variables },
    token,
  );
  return (await res.json()) as { data?: Record<string, { userErrors: { code: string }[] }>; errors?: unknown[] };
};

const signIn = cachingSignIn(async (loginName, password, as) => {
  const res = await gql(b, SIGN_IN, { input: { loginName, password, as } });
  const token = (res.data?.signIn as unknown as { token: string | null })?.token;
  if (!token) throw new Error(`sign-in of ${loginName} failed`);
  return token;
});

beforeAll(async () => {
  const pg = await postgresDatabase();
  if ('skip' in pg) {
    skipReason = pg.skip;
    console.warn(`live-two-instances: skipped: ${skipReason}`);
    return;
  }
  db = pg.db;
  a = await start(db.url);
  b = await start(db.url);
}, 240_000);

afterAll(async () => {
  for (const i of [a, b]) {
    if (!i) continue;
    await i.server.stop();
    await i.orm.close(true);
  }
  await db?.drop();
});

describe('notificationReceived across two instances on PostgreSQL', () => {
  it('delivers a notification raised on instance B to its recipient subscribed on instance A, and to nobody else', async (t) => {
    if (skipReason) t.skip();
    const admin = await signIn('dist-admin');
    const stranger = await signIn('other-dist-admin');
    const authorization = await b.orm.em
      .fork()
      .findOneOrFail(
        OrderAuthorization,
        { partner: DIST, status: OrderAuthorizationStatus.GRANTED },
        { orderBy: { id: 'asc' } },
      );
    const input = { customerId: gid('SubCustomer', authorization.customer.id) };
    const onA = await subscribe(a.url, admin);
    const strangerOnA = await subscribe(a.url, stranger);
    const adminOnB = await subscribe(b.url, admin);
    try {
      // The customer cancels its authorization on instance B, with a reason and its code.
      const account = await b.orm.em.fork().findOneOrFail(SubCustomer, authorization.customer.id);
      const customer = await signIn(account.accountName, undefined, 'CUSTOMER');
      await gql(
        b,
        'mutation { requestVerificationCode(input: { operation: CANCEL_ORDER_AUTHORIZATION }) { userErrors { code } } }',
        {},
        customer,
      );
      const verificationCode = await sentCustomerCode({ orm: b.orm }, account.accountName);
      const revoked = await gql(
        b,
        AssocRevokeOrderAuthorizationDocument,
        { input: { reason: '暂停代下单', verificationCode } },
        customer,
      );
      expect(revoked.data!.revokeOrderAuthorization.userErrors).toEqual([]);
      const [live] = await onA.waitFor(1);
      expect(live).toMatchObject({ kind: 'ORDER_AUTHORIZATION_CHANGED', subject: input.customerId, readAt: null });
      expect((await adminOnB.waitFor(1))[0].id).toBe(live.id);
      await gql(b, AssocGrantOrderAuthorizationDocument, {}, customer);
      await onA.waitFor(2);
      await settle();
      expect(strangerOnA.received).toEqual([]);
      expect(onA.received).toHaveLength(2);
      expect(onA.errors).toEqual([]);
    } finally {
      await Promise.all([onA.close(), strangerOnA.close(), adminOnB.close()]);
    }
  });

  it('never delivers a notification whose transaction rolled back (NOTIFY is dropped with it)', async (t) => {
    if (skipReason) t.skip();
    const token = await signIn('dist-am2');
    const onA = await subscribe(a.url, token);
    const to = toMember(demoMember('dist-am2').id);
    try {
      await expect(
        b.orm.em.fork().transactional(async (tx) => {
          await notify(tx, [{ recipient: to, kind: NotificationKind.BALANCE_ALERT, title: 'rolled back', body: '-' }]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await b.orm.em
        .fork()
        .transactional((tx) =>
          notify(tx, [{ recipient: to, kind: NotificationKind.BALANCE_ALERT, title: 'committed', body: '-' }]),
        );
      await onA.waitFor(1);
      await settle();
      expect(onA.received.map((n) => n.title)).toEqual(['committed']);
    } finally {
      await onA.close();
    }
  });
});
