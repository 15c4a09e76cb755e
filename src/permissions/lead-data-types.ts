/**
 * Leads (线索管理) and opportunities shared with the cloud (共享给华为): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import type { Access } from './access';

export const LEAD_DATA_TYPES: Record<string, Record<string, Access>> = {};
