import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AppConfig } from './config';
import type { Orm } from './db/orm';
import { statementCounter, type StatementTally } from './db/statement-counter';
import type { Context } from './context';
import { LoaderRegistry } from './common/loaders';
import { TopLevelErrorCode } from './common/errors';
import { createSchema } from './schema';
import { applyShield } from './permissions/shield';
import { createServices } from './services';
import { graphiqlRouter } from './graphiql/graphiql';
import { logger } from './logger';

export interface AppContext extends Context {
  sql: StatementTally;
}

const KNOWN_CODES = new Set<string>([...Object.values(TopLevelErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** Reports SQL statements per request and echoes the request id. */
function requestFactsPlugin(exposeSqlCount: boolean): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (exposeSqlCount) response.http.headers.set('x-sql-statements', String(contextValue.sql.count));
        },
      };
    },
  };
}

/** Internal failures reach the client as a code and the request id; the cause goes to the log. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code && KNOWN_CODES.has(String(original.extensions.code))) return formatted;
  logger.error({ err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original), path: formatted.path }, 'internal error');
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface AppServer {
  app: express.Express;
  apollo: ApolloServer<AppContext>;
  listen(port: number, host?: string): Promise<{ url: string; server: Server }>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Bench-only: turn DataLoader batching off to measure the N+1 factor. */
  disableLoaders?: boolean;
  /** Bench-only: serve without graphql-shield to measure what permissions cost. Row scopes stay. */
  disablePermissions?: boolean;
}

/** Builds the HTTP app: GraphQL at /graphql, GraphiQL for browsers, health checks. */
export async function createServer(config: AppConfig, orm: Orm, options: ServerOptions = {}): Promise<AppServer> {
  const built = await createSchema();
  const schema = options.disablePermissions ? built : applyShield(built);
  const services = createServices(config);
  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), requestFactsPlugin(config.exposeSqlCount)],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  if (config.graphiql) app.use(graphiqlRouter({ endpoint: '/graphql' }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      // Counts every SQL statement issued while this request runs (async context, not a global).
      const tally: StatementTally = { count: 0 };
      res.locals.sql = tally;
      statementCounter.run(tally, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const headerId = req.get('x-request-id');
        const requestId = headerId && /^[\w.-]{8,64}$/.test(headerId) ? headerId : randomUUID();
        const em = orm.em.fork();
        const auth = req.get('authorization');
        const match = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
        const viewer = match ? await services.auth.viewerFromToken(em, match[1]) : null;
        if (auth && !viewer) {
          throw new GraphQLError('The bearer token is invalid or expired; sign in again.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const idempotencyKeyHeader = req.get('idempotency-key') ?? null;
        return { requestId, em, viewer, loaders: new LoaderRegistry(!options.disableLoaders), services, sql: res.locals.sql as StatementTally, idempotencyKeyHeader };
      },
    }),
  );

  let httpServer: Server | undefined;
  return {
    app,
    apollo,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const server = app.listen(port, host, (err?: Error) => {
          if (err) return reject(err);
          httpServer = server;
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`, server });
        });
      });
    },
    async stop() {
      await apollo.stop();
      if (httpServer) await new Promise<void>((resolve) => httpServer!.close(() => resolve()));
    },
  };
}
