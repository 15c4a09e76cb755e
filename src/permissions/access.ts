import type { PermissionCode } from './catalogue';
import type { PartnerIdentity } from './identities';
import type { OperatorPermissionCode } from './operator-duties';

/**
 * How a field is guarded. The table in field-access.ts gives one of these to every field of every
 * object type; shield.ts turns them into graphql-shield rules.
 */
export type Access =
  /** Anyone, signed in or not (only signIn). */
  | { kind: 'public' }
  /** Plain data of an object whose parent field was already guarded: not wrapped at all. */
  | { kind: 'data' }
  /** A signed-in member holding `permission` (null: any member), of one of `identities` if given. */
  | { kind: 'member'; permission: PermissionCode | null; identities?: readonly PartnerIdentity[] }
  /** A signed-in customer (the services give it its own rows only). */
  | { kind: 'customer' }
  /** A signed-in cloud operator holding `permission` (null: any operator). */
  | { kind: 'operator'; permission: OperatorPermissionCode | null }
  /**
   * Depends on how the viewer relates to the parent object: the relation must be listed, and the
   * member must hold the code given for it (null: no extra permission).
   */
  | {
      kind: 'relation';
      on: RelationSubject;
      relations: Partial<Record<Relation, PermissionCode | OperatorPermissionCode | null>>;
    }
  /** node(id:) / nodes(ids:): the read permission of each id's type (TYPE_READ_PERMISSION). */
  | { kind: 'node' };

/** Objects whose fields depend on the viewer's relation to them. */
export type RelationSubject = 'Partner' | 'SubCustomer' | 'Coupon' | 'Dashboard' | 'Member';

/**
 * SELF / RESELLER / PARENT: the viewer's own partner, one of its resellers, its distributor;
 * OPERATOR: any partner, to a cloud operator (its code is an operator permission).
 * FULL / BASIC: a customer seen in full (own, in row scope) or only as a reseller's customer.
 * ISSUER: a coupon issued by the viewer's partner. SELF / COLLEAGUE for a member: the viewer itself or
 * another member of its partner.
 */
export type Relation = 'SELF' | 'RESELLER' | 'PARENT' | 'OPERATOR' | 'FULL' | 'BASIC' | 'ISSUER' | 'COLLEAGUE';

export const publicAccess: Access = { kind: 'public' };
export const data: Access = { kind: 'data' };
export const signedIn: Access = { kind: 'member', permission: null };
export const customerOnly: Access = { kind: 'customer' };
export const operatorCan = (permission: OperatorPermissionCode | null = null): Access => ({
  kind: 'operator',
  permission,
});
export const can = (permission: PermissionCode, identities?: readonly PartnerIdentity[]): Access => ({
  kind: 'member',
  permission,
  identities,
});
export const onPartner = (
  relations: Partial<Record<'SELF' | 'RESELLER' | 'PARENT', PermissionCode | null>> & {
    OPERATOR?: OperatorPermissionCode | null;
  },
): Access => ({ kind: 'relation', on: 'Partner', relations });
export const onCustomer = (relations: Partial<Record<'FULL' | 'BASIC', PermissionCode | null>>): Access => ({
  kind: 'relation',
  on: 'SubCustomer',
  relations,
});
export const onDashboard = (relations: Partial<Record<'SELF' | 'RESELLER', PermissionCode | null>>): Access => ({
  kind: 'relation',
  on: 'Dashboard',
  relations,
});
export const onMember = (relations: Partial<Record<'SELF' | 'COLLEAGUE', PermissionCode | null>>): Access => ({
  kind: 'relation',
  on: 'Member',
  relations,
});
export const issuerOnly: Access = { kind: 'relation', on: 'Coupon', relations: { ISSUER: null } };

/** A readable name for the coverage listing and the rule cache. */
export function describeAccess(access: Access): string {
  switch (access.kind) {
    case 'public':
      return 'public';
    case 'data':
      return 'data (parent guarded)';
    case 'member':
      return `member${access.permission ? ` with ${access.permission}` : ''}${access.identities ? ` [${access.identities.join('|')}]` : ''}`;
    case 'node':
      return "member with the read permission of each id's type";
    case 'customer':
      return 'customer';
    case 'operator':
      return `operator${access.permission ? ` with ${access.permission}` : ''}`;
    case 'relation':
      return `${access.on} ${Object.entries(access.relations)
        .map(([relation, code]) => `${relation}${code ? `:${code}` : ''}`)
        .join(' | ')}`;
  }
}
