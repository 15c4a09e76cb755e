import 'reflect-metadata';
import { ConfigError, describeDatabase, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { createServer } from './server';
import { Partner } from './modules/partner/partner.entity';
import { DEMO_MEMBERS, DEMO_PASSWORD, seedDatabase } from '../seeds';
import { flushLogs, logger } from './common/logger';
import { MAINTENANCE_JOBS } from './maintenance/jobs';
import { MaintenanceMetrics } from './maintenance/metrics';
import { MaintenanceRunner } from './maintenance/runner';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  logger.info({ database: describeDatabase(config.database), env: config.env }, 'database schema up to date');

  // Demo data means members with a published password: production seeds only when asked by name.
  const loudly = config.env === 'production';
  if (config.seedOnStart && loudly) {
    logger.warn(
      { event: 'security', kind: 'demo-seeding-in-production' },
      'SEED_ON_START=true in production: an empty database gets the demo members, whose password is published in the README. Turn SEED_ON_START off for any real deployment.',
    );
  }
  if (config.seedOnStart && (await orm.em.fork().count(Partner, {})) === 0) {
    logger[loudly ? 'warn' : 'info']({}, 'empty database: seeding the demo data (small scale)');
    const summary = await seedDatabase(orm, { scale: 'small' });
    logger[loudly ? 'warn' : 'info']({ seeded: summary }, 'seeded the demo data');
  }

  const server = await createServer(config, orm);
  const { url } = await server.listen(config.port, config.host);
  // Pruning and expiry, on whichever instance takes each job's lease (src/maintenance).
  const maintenance = config.maintenance.enabled
    ? new MaintenanceRunner(orm, {
        config,
        jobs: MAINTENANCE_JOBS,
        intervalMs: config.maintenance.intervalMs,
        metrics: server.metrics ? new MaintenanceMetrics(server.metrics.registry) : null,
      })
    : null;

  // Before "listening" is announced: a supervisor may signal as soon as it reads that line.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceMs: config.shutdownGraceMs, drainDelayMs: config.shutdownDrainDelayMs },
      'shutting down: finishing requests in flight',
    );
    try {
      // The runner starts no new job and ends a running one after its batch, while requests drain.
      await Promise.all([maintenance?.stop(), server.stop()]);
      await orm.close(true);
      logger.info({}, 'stopped');
      await flushLogs();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      await flushLogs();
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  logger.info(
    {
      url: `${url}/graphql`,
      pid: process.pid,
      graphiql: config.graphiql,
      introspection: config.introspection,
      rateLimit: config.rateLimit.enabled,
    },
    'listening',
  );
  maintenance?.start();

  if (config.env === 'development') {
    // The friendly banner, for people running it locally; production logs stay JSON only.
    console.log(`\npartner-graph is listening on ${url}/graphql`);
    if (config.graphiql) console.log(`GraphiQL: open ${url}/graphql in a browser.`);
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const m of DEMO_MEMBERS) console.log(`  ${m.loginName.padEnd(18)} ${m.description}`);
  }
}

main().catch(async (err) => {
  if (err instanceof ConfigError) {
    logger.error({ problems: err.problems }, `configuration error: ${err.message}`);
  } else {
    logger.error({ err }, 'failed to start');
  }
  await flushLogs();
  process.exit(1);
});
