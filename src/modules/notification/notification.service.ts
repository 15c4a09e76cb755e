/**
 * Raising notifications: `notify(tx, notices)` inserts them in the caller's transaction (so they
 * exist exactly when the change they report does), queues e-mail/SMS for the kinds that warrant it,
 * and publishes them to live subscribers once the transaction commits (notification.bus.ts).
 * The helpers address them: one member, one customer, or a partner's members holding a permission.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { PermissionCode } from '../../permissions/catalogue';
import { customerScopeFor } from '../../permissions/roles';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { Role } from '../role/role.entity';
import { SubCustomer } from '../customer/customer.entity';
import { publish, type Published } from './notification.bus';
import { queueExternal } from './notification.delivery';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, Notification } from './notification.entity';
import type { NotificationKind } from './notification.enums';
import { type Recipient, recipientColumns, recipientKey, toCustomer, toMember } from './notification.recipient';

/** One notification to raise. */
export interface Notice {
  recipient: Recipient;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Global id of the object it is about (an AssociationEvent, a SubCustomer …), or null. */
  subject?: string | null;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Inserts the notices inside `tx` (the caller's transaction), queues e-mail/SMS for external kinds
 * and publishes them live after commit. Returns the new rows' primary keys, in notice order.
 */
export async function notify(tx: EntityManager, notices: readonly Notice[]): Promise<number[]> {
  if (!notices.length) return [];
  const now = new Date();
  const published: Published[] = [];
  for (const notice of notices) {
    const columns = recipientColumns(notice.recipient);
    const id = await tx.insert(Notification, {
      ...columns,
      kind: notice.kind,
      title: cut(notice.title, MAX_TITLE_LENGTH),
      body: cut(notice.body, MAX_BODY_LENGTH),
      subject: notice.subject ?? null,
      createdAt: now,
      readAt: null,
    });
    published.push({ id: Number(id), memberId: columns.member, cloudAccountId: columns.cloudAccount });
  }
  await queueExternal(tx, notices);
  await publish(tx, published);
  return published.map((p) => p.id);
}

/** The same notice for each recipient, each recipient once (first occurrence kept). */
export function addressed(recipients: readonly Recipient[], notice: Omit<Notice, 'recipient'>): Notice[] {
  const seen = new Set<string>();
  const notices: Notice[] = [];
  for (const recipient of recipients) {
    const key = recipientKey(recipient);
    if (seen.has(key)) continue;
    seen.add(key);
    notices.push({ ...notice, recipient });
  }
  return notices;
}

/** Which members may learn about one customer (its row scope): its account manager and that manager's supervisor. */
async function customerKeepers(
  tx: EntityManager,
  customerId: number,
): Promise<{ manager: number | null; supervisor: number | null }> {
  const customer = await tx.findOne(SubCustomer, customerId, { fields: ['accountManager'], disableIdentityMap: true });
  const manager = customer?.accountManager?.id ?? null;
  if (manager == null) return { manager: null, supervisor: null };
  const row = await tx.findOne(Member, manager, { fields: ['supervisor'], disableIdentityMap: true });
  return { manager, supervisor: row?.supervisor?.id ?? null };
}

/**
 * The active members of a partner whose roles hold `code` (e.g. customer:detail: those who may see
 * customer details), each once, by ascending id. With `aboutCustomer`, only those whose row scope
 * includes that customer (an account manager learns only of its own customers). Two statements,
 * plus two for `aboutCustomer`.
 */
export async function membersWithPermission(
  tx: EntityManager,
  partnerId: number,
  code: PermissionCode,
  options: { aboutCustomer?: number } = {},
): Promise<Recipient[]> {
  const roles = await tx.find(
    Role,
    { partner: partnerId },
    { fields: ['id', 'presetKey', 'permissionCodes'], disableIdentityMap: true },
  );
  const byId = new Map(roles.map((r) => [r.id, r]));
  const links = await tx.find(
    MemberRole,
    { role: { $in: [...byId.keys()] }, member: { partner: partnerId, status: MemberStatus.ACTIVE } },
    { fields: ['member', 'role'], orderBy: { member: 'asc' }, disableIdentityMap: true },
  );
  type Held = Pick<Role, 'presetKey' | 'permissionCodes'>;
  const rolesOf = new Map<number, Held[]>();
  for (const link of links) {
    const role = byId.get(link.role.id);
    if (role) rolesOf.set(link.member.id, [...(rolesOf.get(link.member.id) ?? []), role]);
  }
  const keepers = options.aboutCustomer != null ? await customerKeepers(tx, options.aboutCustomer) : null;
  const seesCustomer = (memberId: number, held: Held[]) => {
    if (!keepers) return true;
    const scope = customerScopeFor(held.map((r) => r.presetKey ?? null));
    if (scope === 'ALL') return true;
    return keepers.manager === memberId || (scope === 'SUPERVISED' && keepers.supervisor === memberId);
  };
  return [...rolesOf.entries()]
    .filter(([memberId, held]) => held.some((r) => r.permissionCodes.includes(code)) && seesCustomer(memberId, held))
    .map(([memberId]) => toMember(memberId));
}

/** A sub-customer's holder as a recipient: its cloud account (same account name), or null if none is registered. */
export async function customerRecipient(tx: EntityManager, subCustomerId: number): Promise<Recipient | null> {
  const customer = await tx.findOne(SubCustomer, subCustomerId, { fields: ['accountName'], disableIdentityMap: true });
  if (!customer) return null;
  const account = await tx.findOne(
    CloudAccount,
    { accountName: customer.accountName },
    { fields: ['id'], disableIdentityMap: true },
  );
  return account ? toCustomer(account.id) : null;
}
