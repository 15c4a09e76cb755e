/**
 * Who a WebSocket connection signs in as, and the re-check before each event.
 *
 * Before each event a socket's bearer token and actor are checked again (a disabled member, an
 * expired token or a changed password stop the deliveries). One check per event per socket made
 * a delivery cost one authentication (a handful of statements) per subscriber, so the outcome is
 * shared by every socket with the same Authorization value on this instance for
 * ACTOR_FRESHNESS_MS: a revoked actor stops receiving within that window. The first check, at
 * connection_init, is never shared.
 */
import type { Orm } from '../db/orm';
import type { Actor, Viewer } from '../permissions/viewer';
import { type Authenticators, authenticateBearer, authorizationScheme } from './authenticate';

/** What a check needs: the database and the token/member authenticator. */
export interface ActorDependencies {
  orm: Orm;
  auth: Authenticators['auth'];
}

/** How long a re-check's outcome is reused for the same Authorization value (documented in the schema and README). */
export const ACTOR_FRESHNESS_MS = 1_000;

export type SignedIn = { actor: Actor; viewer: Viewer | null };

/** Who a bearer Authorization value signs in, or null when missing, malformed, invalid or expired. */
export async function actorOf(deps: ActorDependencies, authorization: string | null): Promise<SignedIn | null> {
  if (!authorization || authorizationScheme(authorization) !== 'bearer') return null;
  try {
    const { actor, viewer } = await authenticateBearer(deps.orm.em.fork(), authorization, deps.auth);
    return actor ? { actor, viewer } : null;
  } catch {
    return null;
  }
}

/** The per-event re-checks of one instance, shared per Authorization value within the window. */
export class ActorRechecks {
  private readonly recent = new Map<string, Promise<SignedIn | null>>();

  constructor(private readonly deps: ActorDependencies) {}

  /** Is `authorization` still signed in? At most one check per value per ACTOR_FRESHNESS_MS. */
  still(authorization: string | null): Promise<SignedIn | null> {
    if (!authorization) return Promise.resolve(null);
    const known = this.recent.get(authorization);
    if (known) return known;
    const check = actorOf(this.deps, authorization);
    this.recent.set(authorization, check);
    setTimeout(() => {
      if (this.recent.get(authorization) === check) this.recent.delete(authorization);
    }, ACTOR_FRESHNESS_MS).unref();
    return check;
  }
}
