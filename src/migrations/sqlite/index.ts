import { Migration20261203142647_CustomerDiscounts } from './Migration20261203142647_CustomerDiscounts';
import { Migration20261203140750_CustomerMobileUnique } from './Migration20261203140750_CustomerMobileUnique';
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
  { name: 'Migration20261203140750_CustomerMobileUnique', class: Migration20261203140750_CustomerMobileUnique },
  { name: 'Migration20261203142647_CustomerDiscounts', class: Migration20261203142647_CustomerDiscounts },
];
