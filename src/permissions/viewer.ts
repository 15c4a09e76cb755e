import { unauthenticated } from '../common/errors';
import type { Member } from '../modules/member/member.entity';
import type { Partner } from '../modules/partner/partner.entity';
import type { Role } from '../modules/role/role.entity';
import type { PresetRole } from './identities';
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

/** The request's viewer, or UNAUTHENTICATED when nobody signed in. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
