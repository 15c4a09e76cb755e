import { forbidden, unauthenticated } from '../common/errors';
import type { Member } from '../modules/member/member.entity';
import type { Partner } from '../modules/partner/partner.entity';
import type { Role } from '../modules/role/role.entity';
import type { CloudAccount } from '../modules/cloud-account/cloud-account.entity';
import type { SubCustomer } from '../modules/customer/customer.entity';
import type { CloudOperator } from '../modules/operator/operator.entity';
import type { PresetRole } from './identities';
import type { OperatorPermissionCode } from './operator-duties';
import type { CustomerScope } from './roles';

/** The signed-in member as every service sees it, loaded fresh for each request. */
export interface Viewer {
  member: Member;
  partner: Partner;
  roles: Role[];
  presetKeys: (PresetRole | null)[];
  /** Union of the permission codes of the member's roles. */
  permissions: ReadonlySet<string>;
  /** For a distributor: its cloud resellers' partner ids. */
  resellerIds: number[];
  /** Which of the partner's customers the member sees. */
  customerScope: CustomerScope;
  /** ASSIGNED: [the member]; SUPERVISED: the account managers it supervises (and itself). */
  accountManagerIds: number[];
}

/** A signed-in customer: the holder of a cloud account, and its current association (if any). */
export interface CustomerActor {
  kind: 'CUSTOMER';
  account: CloudAccount;
  /** The account's latest association with a partner (unboundAt set once ended); null if it never had one. */
  customer: SubCustomer | null;
}

/** A signed-in cloud operator and the permission points of its duty. */
export interface OperatorActor {
  kind: 'OPERATOR';
  operator: CloudOperator;
  permissions: ReadonlySet<OperatorPermissionCode>;
}

/** Whoever signed in: a partner's member, a customer, or one of the cloud's operators. */
export type Actor = { kind: 'MEMBER'; viewer: Viewer } | CustomerActor | OperatorActor;
export type ActorKind = Actor['kind'];

interface HasActor {
  viewer: Viewer | null;
  actor?: Actor | null;
}

/** Refusal for a signed-in actor of the wrong kind (a customer calling a partner operation, …). */
function wrongKind(ctx: HasActor, wanted: string) {
  return ctx.actor ? forbidden(`This is for ${wanted} only.`) : unauthenticated();
}

/** The request's member viewer: UNAUTHENTICATED when nobody signed in, FORBIDDEN for another kind of actor. */
export function requireViewer(ctx: HasActor): Viewer {
  if (!ctx.viewer) throw wrongKind(ctx, "a partner's members");
  return ctx.viewer;
}

/** The signed-in customer, or UNAUTHENTICATED / FORBIDDEN. */
export function requireCustomer(ctx: HasActor): CustomerActor {
  if (ctx.actor?.kind !== 'CUSTOMER') throw wrongKind(ctx, 'customers');
  return ctx.actor;
}

/** The signed-in operator, or UNAUTHENTICATED / FORBIDDEN. */
export function requireOperator(ctx: HasActor): OperatorActor {
  if (ctx.actor?.kind !== 'OPERATOR') throw wrongKind(ctx, "the cloud's operators");
  return ctx.actor;
}
