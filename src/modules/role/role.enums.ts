import { registerEnumType } from 'type-graphql';
import { PresetRole } from '../../permissions/identities';

// Defined in permissions/ (the permission tables are keyed by it); registered for GraphQL here.
export { PresetRole };

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
