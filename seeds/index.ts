export {
  seedDatabase,
  referenceDate,
  DEFAULT_SEED,
  SCALES,
  type SeedOptions,
  type SeedScale,
  type SeedSummary,
} from './seed';
export { checkInvariants } from './invariants';
export {
  DEMO_PASSWORD,
  DEMO_PARTNERS,
  DEMO_MEMBERS,
  DEMO_CUSTOMERS,
  DEMO_CLOUD_ACCOUNTS,
  OPERATIONS_ROLE,
  demoPartner,
  demoMember,
  presetRoleName,
  type DemoPartner,
  type DemoPartnerKey,
  type DemoMember,
  type DemoCustomer,
  type DemoCloudAccount,
  type DemoRoleKey,
} from './demo-data';
