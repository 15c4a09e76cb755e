import 'reflect-metadata';
import { ConfigError, describeDatabase, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { createServer } from './server';
import { Partner } from './modules/partner/partner.entity';
import { DEMO_MEMBERS, DEMO_PASSWORD, seedDatabase } from '../seeds';
import { logger } from './common/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  logger.info({ database: describeDatabase(config.database), env: config.env }, 'database schema up to date');

  if (config.seedOnStart && (await orm.em.fork().count(Partner, {})) === 0) {
    logger.info({}, 'empty database: seeding the demo data (small scale)');
    const summary = await seedDatabase(orm, { scale: 'small' });
    logger.info({ seeded: summary }, 'seeded');
  }

  const server = await createServer(config, orm);
  const { url } = await server.listen(config.port, config.host);
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
  if (config.env === 'development') {
    // The friendly banner, for people running it locally; production logs stay JSON only.
    console.log(`\npartner-graph is listening on ${url}/graphql`);
    if (config.graphiql) console.log(`GraphiQL: open ${url}/graphql in a browser.`);
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const m of DEMO_MEMBERS) console.log(`  ${m.loginName.padEnd(18)} ${m.description}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: finishing requests in flight');
    try {
      await server.stop();
      await orm.close(true);
      logger.info({}, 'stopped');
      process.exit(0);
    } catch (err) {
      logger.error(
        { err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) },
        'shutdown failed',
      );
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    logger.error({}, `configuration error: ${err.message}`);
  } else {
    logger.error(
      { err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) },
      'failed to start',
    );
  }
  process.exit(1);
});
