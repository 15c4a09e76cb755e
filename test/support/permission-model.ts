/**
 * Shared helpers of the permission tests: an independent model of "who sees which rows"
 * (domain.md §3–4) computed from the database, and what the permission tests read responses with.
 *
 * The model (rowVisible) is written from the domain text, not from src/permissions/scopes.ts, so
 * the tests compare the server against a second implementation instead of against itself.
 */
import { fromGlobalId } from '../../src/common/global-id';
import { TYPE_READ_PERMISSION } from '../../src/permissions/field-access';
import { sql } from './rows';
import type { TestServer } from './server';

/** Every node type with the table that stores it (every row of every table carries partner_id). */
export const NODE_TABLES = {
  Partner: 'partner',
  SubCustomer: 'sub_customer',
  CouponQuota: 'coupon_quota',
  Coupon: 'coupon',
  CouponRecord: 'coupon_record',
  QuotaRecord: 'quota_record',
  Order: 'customer_order',
  Resource: 'resource',
  OrderAuthorization: 'order_authorization',
  AssociationEvent: 'association_event',
  ConsumptionRecord: 'consumption_record',
  AdjustRecord: 'adjust_record',
  AccountChangeRecord: 'account_change_record',
  Member: 'member',
  MemberInvitation: 'member_invitation',
  Role: 'role',
  CustomerInvitation: 'customer_invitation',
  CloudStoreOrder: 'cloud_store_order',
  Invoice: 'invoice',
  RechargePayment: 'recharge_payment',
  RemittanceClaim: 'remittance_claim',
  Withdrawal: 'withdrawal',
  IncentiveRecord: 'incentive_record',
  Lead: 'lead',
  Opportunity: 'opportunity',
  MarketingTask: 'marketing_task',
  ExclusiveOfferLink: 'exclusive_offer_link',
  ProgramMembership: 'program_membership',
  ProgramInvitation: 'program_invitation',
  ProgramApplication: 'program_application',
  ResellerInvitation: 'reseller_invitation',
  ProgramCertificate: 'program_certificate',
  CloudLabApplication: 'cloud_lab_application',
  Solution: 'solution',
} as const;
/** A node type: a key of NODE_TABLES. */
export type NodeType = keyof typeof NODE_TABLES;
/** Every node type. */
export const NODE_TYPES = Object.keys(NODE_TABLES) as NodeType[];

/** One stored row as the model needs it: who owns it and which customer it hangs off. */
export interface Row {
  type: NodeType;
  id: number;
  /** The partner the row belongs to (for Partner rows: the partner itself). */
  owner: number;
  /** The customer the row is about, if any (records of a reseller counterparty have none). */
  customerId: number | null;
  /** account_change_record.owner_type */
  ownerType?: string;
  /** lead.assigned_manager_id: a lead is scoped by its account manager, like a customer. */
  managerId?: number | null;
}

/** A partner as the model reads it. */
export interface PartnerRow {
  id: number;
  name: string;
  identity: string;
  parentId: number | null;
}
/** A customer as the model reads it. */
export interface CustomerRow {
  id: number;
  partnerId: number;
  accountManagerId: number | null;
  accountName: string;
  label: string | null;
}
/** A member as the model reads it, with the permissions of all its roles. */
export interface MemberRow {
  id: number;
  loginName: string;
  partnerId: number;
  status: string;
  supervisorId: number | null;
  presetKeys: (string | null)[];
  permissions: Set<string>;
}

/** The whole database as the model reads it (loadWorld). */
export interface World {
  partners: Map<number, PartnerRow>;
  customers: Map<number, CustomerRow>;
  members: Map<number, MemberRow>;
  rows: Map<NodeType, Row[]>;
  byKey: Map<string, Row>;
  maxId: Map<NodeType, number>;
}

/** Reads the whole database into the model (a few thousand rows at the small seed scale). */
export async function loadWorld(server: TestServer): Promise<World> {
  const partners = new Map(
    (
      await sql<{ id: number; name: string; identity: string; parent_id: number | null }>(
        server,
        'select id, name, identity, parent_id from partner',
      )
    ).map((p) => [p.id, { id: p.id, name: p.name, identity: p.identity, parentId: p.parent_id }]),
  );
  const customers = new Map(
    (
      await sql<{
        id: number;
        partner_id: number;
        account_manager_id: number | null;
        account_name: string;
        label: string | null;
      }>(server, 'select id, partner_id, account_manager_id, account_name, label from sub_customer')
    ).map((c) => [
      c.id,
      {
        id: c.id,
        partnerId: c.partner_id,
        accountManagerId: c.account_manager_id,
        accountName: c.account_name,
        label: c.label,
      },
    ]),
  );
  const links = await sql<{ member_id: number; preset_key: string | null; permission_codes: string | string[] }>(
    server,
    'select mr.member_id, r.preset_key, r.permission_codes from member_role mr join role r on r.id = mr.role_id',
  );
  const members = new Map<number, MemberRow>();
  for (const m of await sql<{
    id: number;
    login_name: string;
    partner_id: number;
    status: string;
    supervisor_id: number | null;
  }>(server, 'select id, login_name, partner_id, status, supervisor_id from member')) {
    const own = links.filter((l) => l.member_id === m.id);
    members.set(m.id, {
      id: m.id,
      loginName: m.login_name,
      partnerId: m.partner_id,
      status: m.status,
      supervisorId: m.supervisor_id,
      presetKeys: own.map((l) => l.preset_key),
      // A JSON column: text on SQLite, already parsed on PostgreSQL.
      permissions: new Set(
        own.flatMap((l) =>
          typeof l.permission_codes === 'string' ? (JSON.parse(l.permission_codes) as string[]) : l.permission_codes,
        ),
      ),
    });
  }
  const rows = new Map<NodeType, Row[]>();
  const byKey = new Map<string, Row>();
  const maxId = new Map<NodeType, number>();
  for (const type of NODE_TYPES) {
    const table = NODE_TABLES[type];
    const columns =
      type === 'Partner'
        ? 'id, id as owner, null as customer_id'
        : type === 'SubCustomer'
          ? 'id, partner_id as owner, id as customer_id'
          : type === 'ResellerInvitation'
            ? 'id, distributor_id as owner, null as customer_id'
            : [
                  'CouponQuota',
                  'QuotaRecord',
                  'Member',
                  'MemberInvitation',
                  'Role',
                  'CustomerInvitation',
                  'CloudStoreOrder',
                  'Invoice',
                  'RechargePayment',
                  'RemittanceClaim',
                  'Withdrawal',
                  'IncentiveRecord',
                  'Opportunity',
                  'ExclusiveOfferLink',
                  'ProgramMembership',
                  'ProgramInvitation',
                  'ProgramApplication',
                  'ProgramCertificate',
                  'CloudLabApplication',
                  'Solution',
                ].includes(type)
              ? 'id, partner_id as owner, null as customer_id'
              : type === 'Lead'
                ? 'id, partner_id as owner, null as customer_id, assigned_manager_id as manager_id'
                : type === 'AccountChangeRecord'
                  ? 'id, partner_id as owner, customer_id, owner_type'
                  : 'id, partner_id as owner, customer_id';
    const list = (
      await sql<{
        id: number;
        owner: number;
        customer_id: number | null;
        owner_type?: string;
        manager_id?: number | null;
      }>(server, `select ${columns} from ${table} order by id`)
    ).map(
      (r): Row => ({
        type,
        id: r.id,
        owner: r.owner,
        customerId: r.customer_id,
        ownerType: r.owner_type,
        managerId: r.manager_id,
      }),
    );
    rows.set(type, list);
    for (const row of list) byKey.set(`${type}:${row.id}`, row);
    maxId.set(
      type,
      list.reduce((max, r) => Math.max(max, r.id), 0),
    );
  }
  return { partners, customers, members, rows, byKey, maxId };
}

/** Which of its partner's customers a member sees (domain.md §3). */
export type Scope = 'ALL' | 'ASSIGNED' | 'SUPERVISED';

/** What a signed-in member is, per domain.md §3–4. */
export interface ViewerModel {
  login: string;
  memberId: number;
  partnerId: number;
  identity: string;
  /** For a distributor: its cloud resellers. */
  resellerIds: number[];
  /** For a cloud reseller: its distributor. */
  parentId: number | null;
  permissions: Set<string>;
  scope: Scope;
  /** The account managers whose customers the member sees when its scope is not ALL. */
  managerIds: number[];
}

/** The model of a demo member, by login name, from the world. */
export function viewerModel(world: World, login: string): ViewerModel {
  const member = [...world.members.values()].find((m) => m.loginName === login);
  if (!member) throw new Error(`no member ${login}`);
  const partner = world.partners.get(member.partnerId)!;
  // §3: AM alone → assigned customers; supervisor alone → its managers' customers; AM or
  // supervisor plus any other role → all customers.
  const others = member.presetKeys.filter((k) => k !== 'ACCOUNT_MANAGER' && k !== 'ACCOUNT_MANAGER_SUPERVISOR');
  const scope: Scope =
    others.length > 0 ? 'ALL' : member.presetKeys.includes('ACCOUNT_MANAGER_SUPERVISOR') ? 'SUPERVISED' : 'ASSIGNED';
  const supervised = [...world.members.values()]
    .filter((m) => m.supervisorId === member.id && m.partnerId === member.partnerId)
    .map((m) => m.id);
  return {
    login,
    memberId: member.id,
    partnerId: partner.id,
    identity: partner.identity,
    resellerIds:
      partner.identity === 'DISTRIBUTOR'
        ? [...world.partners.values()].filter((p) => p.parentId === partner.id).map((p) => p.id)
        : [],
    parentId: partner.parentId,
    permissions: member.permissions,
    scope,
    managerIds: scope === 'SUPERVISED' ? [member.id, ...supervised] : [member.id],
  };
}

/** Whether a customer of the viewer's own partner is in the member's row scope. */
function ownCustomerInScope(world: World, v: ViewerModel, customerId: number | null): boolean {
  if (customerId == null) return false;
  const customer = world.customers.get(customerId);
  if (!customer || customer.partnerId !== v.partnerId) return false;
  if (v.scope === 'ALL') return true;
  return customer.accountManagerId != null && v.managerIds.includes(customer.accountManagerId);
}

/**
 * The row rule of domain.md §4, independent of permission codes: own partner's rows (an account
 * manager: only its customers'); for a distributor also its resellers' Partner rows, their quotas
 * and (with reseller:list) their customers' basic info; for a reseller its parent's Partner row.
 */
export function rowVisible(world: World, v: ViewerModel, row: Row): boolean {
  switch (row.type) {
    case 'Partner':
      return row.id === v.partnerId || v.resellerIds.includes(row.id) || row.id === v.parentId;
    case 'SubCustomer': {
      if (row.owner === v.partnerId) return ownCustomerInScope(world, v, row.id);
      return v.resellerIds.includes(row.owner) && v.scope === 'ALL' && v.permissions.has('reseller:list');
    }
    case 'CouponQuota':
      return row.owner === v.partnerId || v.resellerIds.includes(row.owner);
    case 'QuotaRecord':
    case 'Member':
    case 'MemberInvitation':
    case 'Role':
    case 'CustomerInvitation':
    // Partner-level lists: every member with the permission sees all of them (no customer scope).
    case 'CloudStoreOrder':
    case 'Invoice':
    case 'RechargePayment':
    case 'RemittanceClaim':
    case 'Withdrawal':
    case 'IncentiveRecord':
    case 'Opportunity':
    case 'ExclusiveOfferLink':
    case 'ProgramMembership':
    case 'ProgramInvitation':
    case 'ProgramApplication':
    // Sent by the distributor (its owner); only distributors hold program:invite-reseller.
    case 'ResellerInvitation':
    case 'ProgramCertificate':
    case 'CloudLabApplication':
    case 'Solution':
      return row.owner === v.partnerId;
    // 线索: like a customer, an account manager (or supervisor) sees only the leads assigned to its managers.
    case 'Lead':
      return (
        row.owner === v.partnerId &&
        (v.scope === 'ALL' || (row.managerId != null && v.managerIds.includes(row.managerId)))
      );
    case 'AdjustRecord':
      return row.owner === v.partnerId && (v.scope === 'ALL' || ownCustomerInScope(world, v, row.customerId));
    case 'AccountChangeRecord':
      return (
        row.owner === v.partnerId &&
        (v.scope === 'ALL' || (row.ownerType === 'CUSTOMER' && ownCustomerInScope(world, v, row.customerId)))
      );
    default:
      // Rows hanging off a customer: coupons, coupon records, orders, resources, authorizations,
      // association events, consumption records, marketing tasks (assigned to the customer's manager).
      return row.owner === v.partnerId && (v.scope === 'ALL' || ownCustomerInScope(world, v, row.customerId));
  }
}

/** The read permission the type asks for on node(id:) (null: any signed-in member). */
export function readPermission(type: string): string | null {
  return TYPE_READ_PERMISSION[type] ?? null;
}

/** Whether node(id:) should return the row to the viewer: type permission and row rule. */
export function nodeVisible(world: World, v: ViewerModel, row: Row): boolean {
  const code = readPermission(row.type);
  return (!code || v.permissions.has(code)) && rowVisible(world, v, row);
}

/** Every `{ __typename, id }` object anywhere in a response value. */
export function collectObjects(
  value: unknown,
  out: { typename: string; id: string; path: string }[] = [],
  path = '',
): typeof out {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) collectObjects(item, out, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.__typename === 'string' && typeof obj.id === 'string')
      out.push({ typename: obj.__typename, id: obj.id, path });
    for (const [key, child] of Object.entries(obj)) collectObjects(child, out, path ? `${path}.${key}` : key);
  }
  return out;
}

/** Every global id string anywhere in a response value, decoded. */
export function collectGlobalIds(value: unknown, out: { type: string; id: number }[] = []): typeof out {
  if (typeof value === 'string') {
    const parsed = fromGlobalId(value);
    if (parsed && parsed.type in NODE_TABLES) out.push(parsed);
  } else if (Array.isArray(value)) {
    for (const item of value) collectGlobalIds(item, out);
  } else if (value && typeof value === 'object') for (const child of Object.values(value)) collectGlobalIds(child, out);
  return out;
}

/** Pads table cells for console output. */
export function printTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
