/**
 * The growth showcase (计划证书, 云实验, 解决方案) in the permission table: its node types' read
 * permissions, its object and payload types (SHOWCASE_DATA_TYPES) and its fields on the shared types
 * (Query, Mutation, Partner, OperatorViewer), both merged into FIELD_ACCESS by withShowcase (one line
 * there, so field-access.ts stays within its length).
 */
import type { Access } from './access';
import { can, data, onPartner, operatorCan } from './access';
import type { PermissionCode } from './catalogue';

/** The permission a member needs to read objects of each type, on any path (node(id:) included). */
export const SHOWCASE_TYPE_READ: Record<string, PermissionCode> = {
  ProgramCertificate: 'program:certificate',
  CloudLab: 'cloud-lab:view',
  CloudLabApplication: 'cloud-lab:view',
  Solution: 'solution:view',
};

export const SHOWCASE_DATA_TYPES: Record<string, Record<string, Access>> = {
  // Reached through Partner.programCertificates or node(id:) (own partner, program:certificate);
  // downloading is DOWNLOAD_ACCESS.programCertificate (download-access.ts).
  ProgramCertificate: { '*': data },
  // Reached through Query.cloudLabs, Partner.cloudLabApplications (own partner) or the operator's queue.
  CloudLab: { '*': data },
  CloudLabApplication: { '*': data },
  CloudLabUsage: { '*': data },
  CloudLabOverview: { '*': data },
  CloudLabApplicationPayload: { '*': data },
  // Reached through Partner.solutions (own partner), node(id:) or the operator's queue.
  Solution: { '*': data },
  SolutionNextStep: { '*': data },
  SolutionPayload: { '*': data },
};

const SHOWCASE_FIELDS: Record<'Query' | 'Mutation' | 'Partner' | 'OperatorViewer', Record<string, Access>> = {
  Query: { cloudLabs: can('cloud-lab:view') },
  Mutation: {
    applyCloudLab: can('cloud-lab:apply'),
    handleCloudLabApplication: operatorCan('ops:program'),
    // 解决方案: the partner creates and takes its steps; the cloud's PDM/PSA takes theirs.
    createSolution: can('solution:manage'),
    moveSolution: can('solution:manage'),
    reviewSolution: operatorCan('ops:program'),
  },
  Partner: {
    programCertificates: onPartner({ SELF: 'program:certificate' }),
    cloudLabApplications: onPartner({ SELF: 'cloud-lab:view' }),
    cloudLabOverview: onPartner({ SELF: 'cloud-lab:view' }),
    solutions: onPartner({ SELF: 'solution:view' }),
  },
  OperatorViewer: {
    cloudLabApplications: operatorCan('ops:program'),
    solutions: operatorCan('ops:program'),
  },
};

/** The table with the showcase's types added and its fields added to the shared types. */
export function withShowcase(table: Record<string, Record<string, Access>>): Record<string, Record<string, Access>> {
  for (const [type, fields] of Object.entries(SHOWCASE_FIELDS)) table[type] = { ...table[type], ...fields };
  for (const [type, fields] of Object.entries(SHOWCASE_DATA_TYPES)) {
    if (table[type]) throw new Error(`${type} is in the field-access table twice`);
    table[type] = fields;
  }
  return table;
}
