/**
 * Rebuilds the 业绩 roll-up (partner_performance_month) from the raw rows, in batches of partners,
 * then checks that it equals the raw sums:
 *   npm run db:rollups [-- --database-url URL] [--batch-size N] [--check-only]
 * Idempotent; safe while the server runs (each batch is one transaction; a fact recorded meanwhile
 * lands either before the batch reads it or after, through its own upsert).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { describeDatabase, parseDatabaseUrl } from '../src/config';
import { openDatabase } from '../src/db/orm';
import { performanceRollupDifferences, rebuildPerformanceRollups } from '../src/maintenance/performance-rollups';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      'batch-size': { type: 'string', default: '200' },
      'check-only': { type: 'boolean', default: false },
    },
  });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error('db:rollups: --batch-size must be a whole number ≥ 1');
  const db = parseDatabaseUrl(
    values['database-url'] ?? process.env.DATABASE_URL ?? 'sqlite:./data/partner-graph.sqlite',
  );
  const orm = await openDatabase(db);
  try {
    const em = orm.em.fork();
    const rowsWritten = values['check-only'] ? null : await rebuildPerformanceRollups(em, { batchSize });
    const differences = await performanceRollupDifferences(em, batchSize);
    console.log(
      JSON.stringify({
        msg: 'performance roll-ups',
        database: describeDatabase(db),
        rowsWritten,
        differences: differences.length,
      }),
    );
    for (const d of differences.slice(0, 50)) console.log(d);
    if (differences.length) process.exitCode = 2;
  } finally {
    await orm.close(true);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
