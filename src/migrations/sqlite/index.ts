import { Migration20261203150000_UnbindRequestsOpenExpiry } from './Migration20261203150000_UnbindRequestsOpenExpiry';
import { Migration20261203140000_UnbindRequests } from './Migration20261203140000_UnbindRequests';
import { Migration20261203133057_CustomerOperatorActorsAndOutbox } from './Migration20261203133057_CustomerOperatorActorsAndOutbox';
import { Migration20261203094214_SignInThrottleAndMaintenanceLease } from './Migration20261203094214_SignInThrottleAndMaintenanceLease';
import { Migration20261121182404_Initial } from './Migration20261121182404_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** SQLite migrations in order; `npm run db:migration:create` appends here. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261121182404_Initial', class: Migration20261121182404_Initial },
  {
    name: 'Migration20261203094214_SignInThrottleAndMaintenanceLease',
    class: Migration20261203094214_SignInThrottleAndMaintenanceLease,
  },
  {
    name: 'Migration20261203133057_CustomerOperatorActorsAndOutbox',
    class: Migration20261203133057_CustomerOperatorActorsAndOutbox,
  },
  { name: 'Migration20261203140000_UnbindRequests', class: Migration20261203140000_UnbindRequests },
  { name: 'Migration20261203150000_UnbindRequestsOpenExpiry', class: Migration20261203150000_UnbindRequestsOpenExpiry },
];
