import type { PresetRole } from '../role/role.enums';
import type { Member } from '../member/member.entity';
import type { Partner } from '../partner/partner.entity';
import type { Role } from '../role/role.entity';
import type { CustomerScope } from '../../permissions';

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
