import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphiqlRouter } from './graphiql/graphiql';
import type { AppConfig } from './config';
import type { Orm } from './db/orm';
import { createApollo } from './http/apollo';
import { type AppContext, contextFactory } from './http/context-factory';
import { Admission, retryAfterSeconds } from './http/admission';
import { HttpLifecycle } from './http/lifecycle';
import { Metrics } from './http/metrics';
import { invoicePdfRoute } from './http/invoice-pdf';
import { programCertificatePdfRoute } from './http/program-certificate-pdf';
import { healthRoutes, metricsRoute } from './http/ops-routes';
import { requestFacts } from './http/request-facts';
import { type LiveNotifications, startLiveNotifications } from './http/subscriptions';
import { SignatureVerifier } from './http/signature-verifier';
import { graphqlTransport, transportErrors } from './http/transport';
import { applyShield } from './permissions/shield';
import { createSchema } from './schema';
import { createServices } from './services';

export type { AppContext };

export interface AppServer {
  app: express.Express;
  apollo: ApolloServer<AppContext>;
  metrics: Metrics | null;
  listen(port: number, host?: string): Promise<{ url: string; server: Server }>;
  /**
   * Graceful stop: /readyz answers 503 for SHUTDOWN_DRAIN_DELAY_MS while requests are still served,
   * then no new connections are accepted, requests in flight finish (up to SHUTDOWN_GRACE_MS, then
   * their connections are closed), then Apollo stops.
   */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Bench-only: turn DataLoader batching off to measure the N+1 factor. */
  disableLoaders?: boolean;
  /** Bench-only: serve without graphql-shield to measure what permissions cost. Row scopes stay. */
  disablePermissions?: boolean;
}

/** Builds the HTTP app: GraphQL at /graphql, GraphiQL for browsers, health checks, metrics. */
export async function createServer(config: AppConfig, orm: Orm, options: ServerOptions = {}): Promise<AppServer> {
  const built = await createSchema();
  const schema = options.disablePermissions ? built : applyShield(built);
  const services = createServices(config);
  const metrics = config.metrics.enabled ? new Metrics() : null;
  const apollo = createApollo(config, schema, metrics);
  await apollo.start();
  const deps = {
    orm,
    services,
    auth: services.auth,
    signatures: new SignatureVerifier(config.accessKeyEncryptionKey),
    batchLoads: !options.disableLoaders,
    busyRetryAfter: retryAfterSeconds(config.admission.waitBudgetMs),
  };
  const admission = new Admission(config.admission);
  const context = contextFactory(deps);

  const app = express();
  let live: LiveNotifications | null = null;
  const lifecycle = new HttpLifecycle(
    app,
    {
      graceMs: config.shutdownGraceMs,
      drainDelayMs: config.shutdownDrainDelayMs,
      keepAliveMs: config.keepAliveTimeoutMs,
    },
    async () => {
      // Requests still arriving (or waiting) now would find the database closed: 503, not 500.
      admission.stop();
      await Promise.all([apollo.stop(), live?.close()]);
    },
    async () => {
      await live?.closeSockets();
    },
  );
  live = await startLiveNotifications(lifecycle.server, schema, {
    orm,
    database: config.database,
    services,
    auth: services.auth,
  });
  app.disable('x-powered-by');
  // No ETag from Express's send: it hashes every answer (a SHA-1 of the 215 KB customer list, on
  // POSTs too, where no cache can use it). The one cacheable read (the dashboard) says max-age.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(
    requestFacts(metrics),
    lifecycle.closeWhileDraining,
    healthRoutes(orm, () => lifecycle.draining),
  );
  if (metrics) app.use(metricsRoute(metrics, config.metrics.token));
  if (config.graphiql) app.use(graphiqlRouter({ endpoint: '/graphql' }));
  app.use(invoicePdfRoute(deps));
  app.use(programCertificatePdfRoute(deps));
  app.use(
    '/graphql',
    ...graphqlTransport(schema, config.limits),
    admission.middleware,
    expressMiddleware(apollo, { context }),
  );
  app.use(transportErrors(config.limits));
  return { app, apollo, metrics, listen: (port, host) => lifecycle.listen(port, host), stop: () => lifecycle.stop() };
}
