/**
 * The catalogue's points of Leads (线索管理) and opportunities shared with the cloud (共享给华为) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const LEAD_POINTS = [
  {
    code: 'lead:view',
    nameZh: '查看线索',
    nameEn: 'View leads',
    description:
      'See the partner’s leads (created and dispatched) in the member’s row scope, their follow-up records and outbound calls. Contacts are anonymised for marketing plan 2.0 partners.',
    menu: 'lead',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'lead:create',
    nameZh: '新建线索',
    nameEn: 'Create leads',
    description: 'Create a lead of the partner.',
    menu: 'lead',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'lead:assign',
    nameZh: '分配线索',
    nameEn: 'Assign leads',
    description: 'Assign a lead to an account manager; told of the leads the cloud dispatches.',
    menu: 'lead',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'lead:follow-up',
    nameZh: '跟进线索',
    nameEn: 'Follow leads up',
    description: 'Record follow-ups and the outcome of a lead, and ask the platform for an outbound call (外呼).',
    menu: 'lead',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'opportunity:view',
    nameZh: '查看机会点',
    nameEn: 'View opportunities',
    description: 'See the opportunities the partner shared with the cloud, their routing and verification status.',
    menu: 'opportunity',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'opportunity:share',
    nameZh: '共享机会点',
    nameEn: 'Share opportunities',
    description: 'Share an opportunity with the cloud (共享给华为, PO); no representative office is chosen.',
    menu: 'opportunity',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
