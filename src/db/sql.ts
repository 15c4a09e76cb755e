import type { SqlEntityManager } from '@mikro-orm/knex';
import { SqlitePlatform } from '@mikro-orm/sqlite';

/** A row as a raw statement returns it (PostgreSQL may answer numbers as strings: read with Number()). */
export type Row = Record<string, unknown>;

/** Runs one raw statement and answers its rows (`returning …` or a select). */
export const rows = <R extends Row = Row>(
  tx: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> => tx.execute<R[]>(sql, [...params], 'all');

export const isSqlite = (tx: SqlEntityManager): boolean => tx.getPlatform() instanceof SqlitePlatform;

/** A date as the database stores it (SQLite: epoch milliseconds; PostgreSQL: timestamptz). */
export const dbTime = (tx: SqlEntityManager, date: Date): unknown => tx.getPlatform().processDateProperty(date);

/** `?, ?, ?` for a list of parameters. */
export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
