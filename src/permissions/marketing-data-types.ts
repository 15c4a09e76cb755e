/**
 * Marketing tasks (营销任务) and exclusive offers (专属优惠): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import type { Access } from './access';

export const MARKETING_DATA_TYPES: Record<string, Record<string, Access>> = {};
