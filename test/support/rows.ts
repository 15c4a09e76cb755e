/** Reading the test database directly, beside the API: rows, counts, balances and audit entries. */
import type { Orm } from '../../src/db/orm';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { PartnerAccount, PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { OutboxMessage } from '../../src/modules/outbox/outbox.entity';
import { Member } from '../../src/modules/member/member.entity';
import { CloudAccount } from '../../src/modules/cloud-account/cloud-account.entity';
import { Role } from '../../src/modules/role/role.entity';
import type { PresetRole } from '../../src/modules/role/role.enums';
import { demoMember } from '../../seeds/demo-data';

/** Anything with the ORM of a test database: a test server, a production server, { orm }. */
export interface HasOrm {
  orm: Orm;
}

const fork = (db: HasOrm) => db.orm.em.fork();

/** The rows of a plain SQL query (placeholders `?`). */
export async function sql<T = Record<string, unknown>>(
  db: HasOrm,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await fork(db).getConnection().execute(query, params)) as T[];
}

/** The number of rows of a table. */
export async function countRows(db: HasOrm, table: string): Promise<number> {
  return Number((await sql<{ n: number | string }>(db, `select count(*) as n from ${table}`))[0].n);
}

/** A customer by its account name (the demo customers' names are in seeds/demo-data.ts). */
export function customerNamed(db: HasOrm, accountName: string): Promise<SubCustomer> {
  return fork(db).findOneOrFail(SubCustomer, { accountName });
}

/** The RESALE customers of a partner, oldest first (the first `limit` of them). */
export function resaleCustomers(db: HasOrm, partnerId: number, limit?: number): Promise<SubCustomer[]> {
  return fork(db).find(
    SubCustomer,
    { partner: partnerId, associationType: AssociationType.RESALE },
    { orderBy: { id: 'asc' }, limit },
  );
}

/** A partner's cash account. */
export function cashAccount(db: HasOrm, partnerId: number): Promise<PartnerAccount> {
  return fork(db).findOneOrFail(PartnerAccount, { partner: partnerId, accountType: PartnerAccountType.CASH });
}

/** The amount (fen) on a partner's cash account. */
export async function cash(db: HasOrm, partnerId: number): Promise<number> {
  return (await cashAccount(db, partnerId)).amount;
}

/** The latest audit entry of an action. */
export async function lastAudit(db: HasOrm, action: string): Promise<AuditLog> {
  const [row] = await fork(db).find(AuditLog, { action }, { orderBy: { id: 'desc' }, limit: 1 });
  return row;
}

/** Every audit entry of an action on one target, oldest first. */
export function auditOf(db: HasOrm, action: string, target: string): Promise<AuditLog[]> {
  return fork(db).find(AuditLog, { action, target }, { orderBy: { id: 'asc' } });
}

/** The latest outbox message (SMS or e-mail) to a destination. */
export async function lastMessageTo(db: HasOrm, destination: string): Promise<OutboxMessage | null> {
  const [message] = await fork(db).find(OutboxMessage, { destination }, { orderBy: { id: 'desc' }, limit: 1 });
  return message ?? null;
}

/** The code in the latest verification message sent to a demo member (the outbox stands in for SMS and mail). */
export async function sentVerificationCode(db: HasOrm, login: string, pattern: RegExp): Promise<string> {
  const member = await fork(db).findOneOrFail(Member, { id: demoMember(login).id });
  const message = await lastMessageTo(db, member.mobile ?? member.email ?? '');
  return pattern.exec(message?.body ?? '')![1];
}

/** The code in the latest verification message sent to a customer's cloud account. */
export async function sentCustomerCode(db: HasOrm, accountName: string, pattern = /is (\d{6})\./): Promise<string> {
  const account = await fork(db).findOneOrFail(CloudAccount, { accountName });
  const message = await lastMessageTo(db, account.mobile ?? account.email ?? '');
  return pattern.exec(message?.body ?? '')![1];
}

/** A role of a partner: a preset one by key, or one by name (presetKey: null, a custom one). */
export function roleOf(
  db: HasOrm,
  partnerId: number,
  where: { presetKey?: PresetRole | null; name?: string },
): Promise<Role> {
  return fork(db).findOneOrFail(Role, { partner: partnerId, ...where });
}
