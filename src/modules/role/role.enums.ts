import { registerEnumType } from 'type-graphql';

/** Preset roles every partner has (domain.md §3). Custom roles have no preset key. */
export enum PresetRole {
  ADMIN = 'ADMIN',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ACCOUNT_MANAGER_SUPERVISOR = 'ACCOUNT_MANAGER_SUPERVISOR',
  SA_SPECIALIST = 'SA_SPECIALIST',
}

registerEnumType(PresetRole, {
  name: 'PresetRole',
  description: 'The preset roles of the partner center.',
  valuesConfig: {
    ADMIN: {
      description: '系统管理员 / 伙伴管理员: everything the identity allows; cannot be combined with other roles.',
    },
    ACCOUNT_MANAGER: {
      description: '客户经理: only the customers assigned to the member; no coupons, no partner bills.',
    },
    ACCOUNT_MANAGER_SUPERVISOR: { description: '客户经理主管: supervises account managers and sees their customers.' },
    SA_SPECIALIST: { description: 'SA专人: solution-architect specialist, read-only customers and orders.' },
  },
});
