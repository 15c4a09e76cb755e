import { Migration20261121171730_AccessKeysRateLimitReplay } from './Migration20261121171730_AccessKeysRateLimitReplay';
import { Migration20261121170352_Initial } from './Migration20261121170352_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** SQLite migrations in order; `npm run db:migration:create` appends here. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261121170352_Initial', class: Migration20261121170352_Initial },
  { name: 'Migration20261121171730_AccessKeysRateLimitReplay', class: Migration20261121171730_AccessKeysRateLimitReplay },
];
