import { registerEnumType } from 'type-graphql';
import { OperatorDuty } from '../../permissions/operator-duties';

export { OperatorDuty };

registerEnumType(OperatorDuty, {
  name: 'OperatorDuty',
  description: 'What a cloud operator does in the partner center; each duty has its own permission points.',
  valuesConfig: {
    PARTNER_OPERATIONS: {
      description: '华为运营人员: partner operations (co-signing, programs, leads, reading partners).',
    },
    ECOSYSTEM_MANAGER: { description: '生态经理: ecosystem manager (leads, programs, partners it manages).' },
    FINANCE: { description: '华为财经: the cloud finance (remittances, withdrawals, incentive payment, invoices).' },
  },
});
