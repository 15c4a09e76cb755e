import { loadConfig } from '../../src/config';
import { MAINTENANCE_JOBS } from '../../src/maintenance/jobs';
import type { TestServer } from './server';

/** Runs the maintenance job `name` on the server's database as its runner would at `now`; the rows it changed. */
export function runMaintenanceJob(
  server: Pick<TestServer, 'orm'>,
  name: string,
  now: Date,
  batchSize = 50,
): Promise<number> {
  const job = MAINTENANCE_JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`no ${name} job`);
  return job.run({
    em: server.orm.em.fork(),
    now,
    config: loadConfig({ NODE_ENV: 'test' }),
    batchSize,
    shouldStop: () => false,
    runId: `maintenance:${name}:test`,
  });
}
