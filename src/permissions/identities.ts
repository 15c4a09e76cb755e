/**
 * The two keys of the permission tables: what kind of partner a member belongs to, and the preset
 * roles every partner has. Defined here, below the domain modules that register them as GraphQL
 * enums (modules/partner/partner.enums.ts, modules/role/role.enums.ts), so the catalogue and the
 * role tables need nothing from the modules.
 */

/** The three kinds of partner in the partner center (domain.md §1). */
export enum PartnerIdentity {
  DISTRIBUTOR = 'DISTRIBUTOR',
  CLOUD_RESELLER = 'CLOUD_RESELLER',
  SOLUTION_PROVIDER = 'SOLUTION_PROVIDER',
}

/** Every identity: the points that all three kinds of partner have. */
export const ALL_IDENTITIES = [
  PartnerIdentity.DISTRIBUTOR,
  PartnerIdentity.CLOUD_RESELLER,
  PartnerIdentity.SOLUTION_PROVIDER,
] as const satisfies readonly PartnerIdentity[];

/** Preset roles every partner has (domain.md §3). Custom roles have no preset key. */
export enum PresetRole {
  ADMIN = 'ADMIN',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ACCOUNT_MANAGER_SUPERVISOR = 'ACCOUNT_MANAGER_SUPERVISOR',
  SA_SPECIALIST = 'SA_SPECIALIST',
}
