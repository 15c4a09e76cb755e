import type { LoaderRegistry } from './common/loaders';
import type { SqlEntityManager } from './common/paging';
import type { Actor, Viewer } from './permissions/viewer';
import type { Services } from './services';

/** Everything one GraphQL request carries: its own EntityManager fork and its own loaders. */
export interface Context {
  requestId: string;
  /** The request's fork of the SQL entity manager (SQLite or PostgreSQL driver). */
  em: SqlEntityManager;
  /** Whoever signed in (member, customer, operator); null: anonymous. */
  actor: Actor | null;
  /** The member viewer when the actor is a partner's member; null for anyone else. */
  viewer: Viewer | null;
  loaders: LoaderRegistry;
  /**
   * When the request started: the one clock reading for the default time windows of its lists
   * (order lists' last year), so that every customer of a batch shares one window and one statement.
   */
  now: Date;
  services: Services;
  /** The `Idempotency-Key` request header, if sent. */
  idempotencyKeyHeader?: string | null;
  /** How the viewer was authenticated: a bearer token or an SDK-HMAC-SHA256 signed request. */
  authMethod?: 'bearer' | 'signature' | null;
}
