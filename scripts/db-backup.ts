/**
 * A consistent backup of the live database, while the server keeps serving:
 *   npm run db:backup -- --out backups/partner-graph-$(date +%F).sqlite [--database-url URL] [--force]
 * SQLite: the online backup API; PostgreSQL: pg_dump --format=custom (restore with pg_restore).
 * See README, Backups, for restoring and for PostgreSQL's own procedure.
 */
import { parseArgs } from 'node:util';
import { describeDatabase, parseDatabaseUrl } from '../src/config';
import { backupDatabase, BackupError } from '../src/db/backup';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'database-url': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new BackupError('usage: npm run db:backup -- --out <file> [--database-url URL] [--force]');
  const db = parseDatabaseUrl(
    values['database-url'] ?? process.env.DATABASE_URL ?? 'sqlite:./data/partner-graph.sqlite',
  );
  const result = await backupDatabase(db, values.out, { force: values.force });
  console.log(JSON.stringify({ msg: 'backup written', database: describeDatabase(db), ...result }));
}

main().catch((err) => {
  console.error(err instanceof BackupError || err?.name === 'ConfigError' ? `db:backup: ${err.message}` : err);
  process.exit(1);
});
