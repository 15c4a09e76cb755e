import { Migration20261203150001_UnbindRequestsOpenExpiry } from './Migration20261203150001_UnbindRequestsOpenExpiry';
import { Migration20261203140001_UnbindRequests } from './Migration20261203140001_UnbindRequests';
import { Migration20261203133058_CustomerOperatorActorsAndOutbox } from './Migration20261203133058_CustomerOperatorActorsAndOutbox';
import { Migration20261203094215_SignInThrottleAndMaintenanceLease } from './Migration20261203094215_SignInThrottleAndMaintenanceLease';
import { Migration20261121182405_Initial } from './Migration20261121182405_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** PostgreSQL migrations in order; `npm run db:migration:create` appends here. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261121182405_Initial', class: Migration20261121182405_Initial },
  {
    name: 'Migration20261203094215_SignInThrottleAndMaintenanceLease',
    class: Migration20261203094215_SignInThrottleAndMaintenanceLease,
  },
  {
    name: 'Migration20261203133058_CustomerOperatorActorsAndOutbox',
    class: Migration20261203133058_CustomerOperatorActorsAndOutbox,
  },
  { name: 'Migration20261203140001_UnbindRequests', class: Migration20261203140001_UnbindRequests },
  { name: 'Migration20261203150001_UnbindRequestsOpenExpiry', class: Migration20261203150001_UnbindRequestsOpenExpiry },
];
