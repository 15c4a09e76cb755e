/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol, `ws` server) at /graphql, beside
 * Apollo's HTTP handler on the same port, over the same shielded schema (executed by graphql-js:
 * the compiled executor has no subscriptions).
 *
 * - Authentication: `connectionParams: { authorization: 'Bearer <token>' }`, checked by the same
 *   authenticateBearer as HTTP. Missing, invalid or expired: the socket closes with 4401. Before
 *   each event the token and member are checked again (one check shared by the sockets of the same
 *   token for ACTOR_FRESHNESS_MS, live-actor.ts): once the token has expired or the member is
 *   disabled the socket closes with 4403 (sign in again and reconnect).
 * - Delivery: the process's NotificationBus; on PostgreSQL one LISTEN connection per instance feeds
 *   it (notifications raised on any instance reach every instance's subscribers).
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { LoaderRegistry } from '../common/loaders';
import { logger } from '../common/logger';
import type { DatabaseConfig } from '../config';
import type { Context } from '../context';
import type { Orm } from '../db/orm';
import { attachNotificationBus, type NotificationBus } from '../modules/notification/notification.bus';
import { NotificationListener } from '../modules/notification/notification.listener';
import type { Actor, Viewer } from '../permissions/viewer';
import type { Services } from '../services';
import type { Authenticators } from './authenticate';
import { ActorRechecks, actorOf } from './live-actor';

/** What a connection keeps after connection_init: its Authorization value and who it is. */
interface Connection {
  authorization: string;
  actor: Actor;
  viewer: Viewer | null;
}

export interface LiveDependencies {
  orm: Orm;
  database: DatabaseConfig;
  services: Services;
  auth: Authenticators['auth'];
}

/** The running WebSocket endpoint and notification feed of one instance. */
export interface LiveNotifications {
  bus: NotificationBus;
  /** PostgreSQL only: the LISTEN connection (null on SQLite). */
  listener: NotificationListener | null;
  /** Closes every socket (1001 Going away) and stops accepting new ones. */
  closeSockets(): Promise<void>;
  /** Stops the LISTEN connection. */
  close(): Promise<void>;
}

/** The Authorization value of connection_init's payload (`authorization` or `Authorization`), if a string. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}

/** The per-operation context, as resolvers and the shield expect it. */
function operationContext(deps: LiveDependencies, connection: Partial<Connection>): Context {
  return {
    requestId: randomUUID(),
    em: deps.orm.em.fork(),
    actor: connection.actor ?? null,
    viewer: connection.viewer ?? null,
    now: new Date(),
    loaders: new LoaderRegistry(true),
    services: deps.services,
    authMethod: 'bearer',
  };
}

/** Starts the notification feed and the WebSocket endpoint on `server`. */
export async function startLiveNotifications(
  server: Server,
  schema: GraphQLSchema,
  deps: LiveDependencies,
): Promise<LiveNotifications> {
  const bus = attachNotificationBus(deps.orm.em);
  const listener = deps.database.kind === 'postgresql' ? new NotificationListener(deps.database.url, bus) : null;
  await listener?.start();
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const rechecks = new ActorRechecks(deps);
  const graphqlWs = useServer<Record<string, unknown>, Partial<Connection>>(
    {
      schema,
      context: (ctx) => operationContext(deps, ctx.extra),
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        const who = await actorOf(deps, authorization);
        if (!authorization || !who) {
          ctx.extra.socket.close(
            CloseCode.Unauthorized,
            'Unauthorized: send connectionParams.authorization "Bearer <token>"',
          );
          return false;
        }
        Object.assign(ctx.extra, { authorization, ...who });
        return true;
      },
      onNext: async (ctx) => {
        const still = await rechecks.still(ctx.extra.authorization ?? null);
        if (!still)
          ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden: the token expired or the account was disabled');
      },
    },
    sockets,
  );
  sockets.on('error', (err) => logger.error({ err }, 'websocket server error'));
  return {
    bus,
    listener,
    closeSockets: async () => {
      await graphqlWs.dispose();
    },
    close: async () => {
      await listener?.close();
    },
  };
}
