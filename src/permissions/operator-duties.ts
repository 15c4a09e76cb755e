/**
 * The cloud operators' permission points and which duty holds which: pure data, like the partner
 * catalogue (permission-points.ts), but separate from it: no partner role can ever hold an
 * operator's point, and no operator holds a partner's (test/permissions/actors.test.ts).
 */

/** What a cloud operator does (domain.md part 6, "Actors beyond members"). */
export enum OperatorDuty {
  PARTNER_OPERATIONS = 'PARTNER_OPERATIONS',
  ECOSYSTEM_MANAGER = 'ECOSYSTEM_MANAGER',
  FINANCE = 'FINANCE',
}

export interface OperatorPoint {
  readonly code: `ops:${string}`;
  readonly description: string;
}

/** Every operator permission point. The finance and growth workflows add theirs here. */
export const OPERATOR_POINTS = [
  { code: 'ops:partner-read', description: 'Read every partner: name, identity, status, join date.' },
  { code: 'ops:remittance', description: 'Confirm or reject remittance claims (汇款认领).' },
  { code: 'ops:withdrawal', description: 'Process withdrawals (提现) and rebate withdrawals.' },
  { code: 'ops:incentive', description: 'Co-sign and process incentive applications (激励).' },
  { code: 'ops:invoice', description: 'Review invoices (发票审核).' },
  { code: 'ops:lead', description: 'Dispatch leads to partners (线索派发).' },
  { code: 'ops:program', description: 'Process program applications and qualifications.' },
] as const satisfies readonly OperatorPoint[];

export type OperatorPermissionCode = (typeof OPERATOR_POINTS)[number]['code'];

/** Which points each duty holds. */
export const OPERATOR_DUTIES: Readonly<Record<OperatorDuty, readonly OperatorPermissionCode[]>> = {
  PARTNER_OPERATIONS: ['ops:partner-read', 'ops:incentive', 'ops:lead', 'ops:program'],
  ECOSYSTEM_MANAGER: ['ops:partner-read', 'ops:lead', 'ops:program'],
  FINANCE: ['ops:partner-read', 'ops:remittance', 'ops:withdrawal', 'ops:incentive', 'ops:invoice'],
};

/** The permission codes of an operator with this duty. */
export function operatorPermissions(duty: OperatorDuty): ReadonlySet<OperatorPermissionCode> {
  return new Set(OPERATOR_DUTIES[duty]);
}
