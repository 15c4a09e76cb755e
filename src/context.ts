import type { EntityManager } from '@mikro-orm/core';
import { LoaderRegistry } from './common/loaders';
import { unauthenticated } from './common/errors';
import type { Viewer } from './modules/auth/viewer';
import type { Services } from './services';

/** Everything one GraphQL request carries: its own EntityManager fork and its own loaders. */
export interface Context {
  requestId: string;
  em: EntityManager;
  viewer: Viewer | null;
  loaders: LoaderRegistry;
  services: Services;
  /** The `Idempotency-Key` request header, if sent. */
  idempotencyKeyHeader?: string | null;
  /** How the viewer was authenticated: a bearer token or an SDK-HMAC-SHA256 signed request. */
  authMethod?: 'bearer' | 'signature' | null;
}

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
