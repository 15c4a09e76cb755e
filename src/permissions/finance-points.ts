/**
 * The finance points of the catalogue (permission-points.ts lists them in its order): cloud-store
 * orders (云商店订单) and invoices (发票管理). Kept apart so the catalogue file stays within its length.
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const FINANCE_POINTS = [
  {
    code: 'cloud-store:view',
    nameZh: '查看云商店订单',
    nameEn: 'View cloud-store orders',
    description:
      "See the partner's and its customers' cloud-store (云商店) orders, curated (严选) ones with their price difference.",
    menu: 'cloud-store',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'invoice:view',
    nameZh: '查看发票',
    nameEn: 'View invoices',
    description: "See the partner's cloud-store and cloud invoices, their quotes and the printable invoice list (PDF).",
    menu: 'invoice',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'invoice:manage',
    nameZh: '索取与退回发票',
    nameEn: 'Request and return invoices',
    description: 'Request invoices for cloud-store orders (索取发票) and return cloud-store or cloud invoices (退票).',
    menu: 'invoice',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
