import { Migration20261121171733_AccessKeysRateLimitReplay } from './Migration20261121171733_AccessKeysRateLimitReplay';
import { Migration20261121170353_Initial } from './Migration20261121170353_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** PostgreSQL migrations in order; `npm run db:migration:create` appends here. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261121170353_Initial', class: Migration20261121170353_Initial },
  { name: 'Migration20261121171733_AccessKeysRateLimitReplay', class: Migration20261121171733_AccessKeysRateLimitReplay },
];
