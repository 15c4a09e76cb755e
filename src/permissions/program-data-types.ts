/**
 * Programs and onboarding (伙伴计划, 发展路径, 云实验, 解决方案, inviting resellers): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import type { Access } from './access';

export const PROGRAM_DATA_TYPES: Record<string, Record<string, Access>> = {};
