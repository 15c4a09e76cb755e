import 'reflect-metadata';
import { ConfigError, describeDatabase, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { createServer } from './server';
import { Partner } from './modules/partner/partner.entity';
import { DEMO_MEMBERS, DEMO_PASSWORD, seedDatabase } from '../seeds';
import { logger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  console.log(`Database ${describeDatabase(config.database)}: schema up to date.`);

  if (config.seedOnStart && (await orm.em.fork().count(Partner, {})) === 0) {
    console.log('Empty database: seeding the demo data (small scale)…');
    const summary = await seedDatabase(orm, { scale: 'small' });
    console.log(`Seeded ${Object.entries(summary).map(([table, n]) => `${n} ${table}`).join(', ')}.`);
  }

  const server = await createServer(config, orm);
  const { url } = await server.listen(config.port, config.host);
  console.log(`\npartner-graph is listening on ${url}/graphql`);
  if (config.graphiql) console.log(`GraphiQL: open ${url}/graphql in a browser.`);
  console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
  for (const m of DEMO_MEMBERS) console.log(`  ${m.loginName.padEnd(18)} ${m.description}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await server.stop();
    await orm.close(true);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`Configuration error: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
