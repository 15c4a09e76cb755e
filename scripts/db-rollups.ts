/**
 * Rebuilds the 业绩 roll-up (partner_performance_month) and the 运营看板 roll-ups (consumption_month,
 * consumption_customer_month, consumption_manager_month, customer_month, coupon_month, coupon_kind_month,
 * incentive_month) from the raw rows, in batches of partners,
 * then checks that it equals the raw sums:
 *   npm run db:rollups [-- --database-url URL] [--batch-size N] [--check-only]
 * Idempotent. Each batch of partners is one transaction (on PostgreSQL the tables are vacuumed and
 * analyzed after the rebuild); SQLite runs it alone. On PostgreSQL run it
 * when no writes are in flight (a maintenance window): a payment committing while a batch's insert
 * reads the raw rows could be counted twice or not at all; the check that follows names any such
 * row (exit code 2), and running the command again repairs it.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { describeDatabase, parseDatabaseUrl } from '../src/config';
import { openDatabase } from '../src/db/orm';
import { performanceRollupDifferences, rebuildPerformanceRollups } from '../src/maintenance/performance-rollups';
import {
  dashboardRollupDifferences,
  rebuildDashboardRollups,
  vacuumRollups,
} from '../src/maintenance/dashboard-rollups';

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
    const rowsWritten = values['check-only']
      ? null
      : (await rebuildPerformanceRollups(em, { batchSize })) + (await rebuildDashboardRollups(em, { batchSize }));
    // PostgreSQL: the rebuilt tables' visibility map and statistics, so the dashboard's index-only scans stay index-only.
    const vacuumed = values['check-only'] ? [] : await vacuumRollups(em);
    const differences = [
      ...(await performanceRollupDifferences(em, batchSize)),
      ...(await dashboardRollupDifferences(em, batchSize)),
    ];
    console.log(
      JSON.stringify({
        msg: 'performance and dashboard roll-ups',
        database: describeDatabase(db),
        rowsWritten,
        vacuumed: vacuumed.length,
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
