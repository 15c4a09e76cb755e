import { createServer as createHttpServer, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AppConfig } from './config';
import type { Orm } from './db/orm';
import type { StatementTally } from './db/statement-counter';
import type { Context } from './context';
import { LoaderRegistry } from './common/loaders';
import { TopLevelErrorCode } from './common/errors';
import { createSchema } from './schema';
import { applyShield } from './permissions/shield';
import { createServices } from './services';
import { graphiqlRouter } from './graphiql/graphiql';
import { logger } from './common/logger';
import { LimitCode } from './http/limits';
import { limitsPlugin } from './http/limits-plugin';
import { PersistedDocumentCode, persistedDocumentsPlugin } from './http/persisted-documents';
import { cacheHeadersPlugin } from './http/cache-headers';
import { compiledExecutorGateway } from './http/compiled-executor';
import { Metrics } from './http/metrics';
import { RateLimiter } from './http/rate-limit';
import { requestFacts, shortKey, type RequestFacts } from './http/request-facts';
import {
  boundBatches,
  documentLimits,
  jsonBody,
  requireJsonBody,
  transportErrors,
  type RawBodyRequest,
} from './http/transport';
import { SignatureVerifier } from './http/signature-verifier';
import type { Viewer } from './permissions/viewer';

export interface AppContext extends Context {
  sql: StatementTally;
  /** What this request did, for its log line and metrics (http/request-facts.ts). */
  facts: RequestFacts;
}

const LIMIT_CODES = new Set<string>(Object.values(LimitCode));
const KNOWN_CODES = new Set<string>([
  ...Object.values(TopLevelErrorCode),
  ...LIMIT_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'REQUEST_REPLAYED',
  ...Object.values(PersistedDocumentCode),
]);

/**
 * Internal failures reach the client as a code and the request id (x-request-id); the cause goes
 * to the log. The token limit gets its own code; "Did you mean …?" hints are dropped
 * unless QUERY_SUGGESTIONS is on (they reveal schema names introspection would hide).
 */
function errorFormatter(config: AppConfig) {
  const strip = (message: string) => (config.suggestions ? message : message.replace(/ ?Did you mean [^?]*\?/g, ''));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return {
        message: `The document has more than ${config.limits.maxTokens} tokens; parsing stopped.`,
        extensions: { code: LimitCode.TOO_MANY_TOKENS },
      };
    }
    if (KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR')
      return { ...formatted, message: strip(formatted.message) };
    const original = unwrapResolverError(error);
    if (
      original instanceof GraphQLError &&
      original.extensions?.code &&
      KNOWN_CODES.has(String(original.extensions.code))
    )
      return { ...formatted, message: strip(formatted.message) };
    logger.error(
      {
        err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original),
        path: formatted.path,
      },
      'internal error',
    );
    return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Apollo's own log lines, as JSON through our logger. */
const apolloLogger = {
  debug: (message: unknown) => logger.debug({ source: 'apollo' }, String(message)),
  info: (message: unknown) => logger.info({ source: 'apollo' }, String(message)),
  warn: (message: unknown) => logger.warn({ source: 'apollo' }, String(message)),
  error: (message: unknown) => logger.error({ source: 'apollo' }, String(message)),
};

const unauthenticated = (message: string, code = 'UNAUTHENTICATED') =>
  new GraphQLError(message, { extensions: { code, http: { status: 401 } } });

export interface AppServer {
  app: express.Express;
  apollo: ApolloServer<AppContext>;
  metrics: Metrics | null;
  listen(port: number, host?: string): Promise<{ url: string; server: Server }>;
  /**
   * Graceful stop: /readyz answers 503, no new connections are accepted, requests in flight
   * finish (up to SHUTDOWN_GRACE_MS, then their connections are closed), then Apollo stops.
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
  const rateLimiter = config.rateLimit.enabled ? new RateLimiter(config.rateLimit, config.database.kind) : null;
  const signatures = new SignatureVerifier(config.accessKeyEncryptionKey);
  const { limits } = config;

  const apollo = new ApolloServer<AppContext>({
    ...(config.executor === 'jit' ? { gateway: compiledExecutorGateway(schema, { cacheSize: 1000 }) } : { schema }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.suggestions,
    formatError: errorFormatter(config),
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.batching,
    parseOptions: { maxTokens: limits.maxTokens },
    // index.ts owns SIGTERM/SIGINT: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    logger: apolloLogger,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin({
        limits,
        rateLimiter,
        metrics,
        exposeSqlCount: config.exposeSqlCount,
      }) as ApolloServerPlugin<AppContext>,
      persistedDocumentsPlugin({
        only: config.persistedDocumentsOnly,
        maxTokens: limits.maxTokens,
      }) as ApolloServerPlugin<AppContext>,
      cacheHeadersPlugin() as ApolloServerPlugin<AppContext>,
    ],
  });
  await apollo.start();

  let draining = false;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestFacts(metrics));
  app.use((_req, res, next) => {
    // While draining, tell keep-alive clients to open their next request elsewhere.
    if (draining) res.setHeader('connection', 'close');
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'draining' });
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  if (metrics) {
    const expected = config.metrics.token ? Buffer.from(`Bearer ${config.metrics.token}`) : null;
    app.get('/metrics', async (req, res) => {
      if (expected) {
        const given = Buffer.from(req.get('authorization') ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
          return void res.status(401).set('www-authenticate', 'Bearer').end();
      }
      res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  if (config.graphiql) app.use(graphiqlRouter({ endpoint: '/graphql' }));
  app.use(
    '/graphql',
    requireJsonBody,
    jsonBody(limits),
    boundBatches(limits),
    documentLimits(schema, limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const facts = res.locals.facts as RequestFacts;
        const em = orm.em.fork();
        let viewer: Viewer | null = null;
        let authMethod: AppContext['authMethod'] = null;
        try {
          const auth = req.get('authorization');
          if (auth && /^Bearer\b/i.test(auth)) {
            const match = /^Bearer\s+(\S+)$/i.exec(auth);
            viewer = match ? await services.auth.viewerFromToken(em, match[1]) : null;
            if (!viewer) throw unauthenticated('The bearer token is invalid or expired; sign in again.');
            authMethod = 'bearer';
          } else if (auth && /^SDK-HMAC-SHA256\b/i.test(auth)) {
            const raw = req as RawBodyRequest;
            const check = await signatures.verify(
              em,
              {
                method: req.method,
                url: req.originalUrl,
                header: (name) => req.get(name),
                body: raw.rawBody ?? Buffer.alloc(0),
              },
              auth,
            );
            if (!check.ok) throw unauthenticated(check.message, check.code);
            facts.accessKey = shortKey(check.accessKeyId);
            viewer = await services.auth.loadViewer(em, { memberId: check.memberId, partnerId: check.partnerId });
            if (!viewer)
              throw unauthenticated(
                'The request signature does not match: unknown or revoked access key, or a wrong signature.',
              );
            authMethod = 'signature';
          } else if (auth) {
            throw unauthenticated('Send Authorization: Bearer <token>, or sign the request with SDK-HMAC-SHA256.');
          }
        } catch (err) {
          facts.errorCodes.push(err instanceof GraphQLError ? String(err.extensions.code) : 'INTERNAL_SERVER_ERROR');
          throw err;
        }
        facts.memberId = viewer?.member.id ?? null;
        facts.partnerId = viewer?.partner.id ?? null;
        facts.authMethod = authMethod;
        const idempotencyKeyHeader = req.get('idempotency-key') ?? null;
        return {
          requestId: facts.requestId,
          em,
          viewer,
          authMethod,
          loaders: new LoaderRegistry(!options.disableLoaders),
          services,
          sql: facts.sql,
          facts,
          idempotencyKeyHeader,
        };
      },
    }),
  );
  app.use(transportErrors(limits));

  const httpServer = createHttpServer(app);
  // Slow-client protection: a request must arrive whole within these times.
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  let listening = false;
  let stopping: Promise<void> | null = null;

  return {
    app,
    apollo,
    metrics,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          listening = true;
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`, server: httpServer });
        });
      });
    },
    stop() {
      stopping ??= (async () => {
        draining = true;
        if (listening) {
          const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
          // Idle keep-alive connections go now; busy ones when their response is done.
          const sweep = setInterval(() => httpServer.closeIdleConnections(), 50);
          const force = setTimeout(() => httpServer.closeAllConnections(), config.shutdownGraceMs);
          httpServer.closeIdleConnections();
          await closed;
          clearInterval(sweep);
          clearTimeout(force);
        }
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
