import { Migration20261121164840_Initial } from './Migration20261121164840_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** SQLite migrations in order; `npm run db:migration:create` appends here. */
export const sqliteMigrations: MigrationObject[] = [
    { name: 'Migration20261121164840_Initial', class: Migration20261121164840_Initial },
];
