/**
 * Members' self-service and the partner's own data (个人资质, 项目专员, company information, news, real-name): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import type { Access } from './access';

export const SELF_SERVICE_DATA_TYPES: Record<string, Record<string, Access>> = {};
