/**
 * The routes for operators rather than clients: liveness (/healthz), readiness (/readyz: the
 * database answers and the server is not draining) and Prometheus metrics (/metrics, behind a
 * bearer token when METRICS_TOKEN is set).
 */
import { timingSafeEqual } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import type { Orm } from '../db/orm';
import type { Metrics } from './metrics';

/** /healthz answers while the process runs; /readyz only while it should get traffic. */
export function healthRoutes(orm: Orm, isDraining: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}

/** Whether the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasBearer(req: Request, expected: Buffer): boolean {
  const given = Buffer.from(req.get('authorization') ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** /metrics in the Prometheus text format; with a token, only for scrapers that send it. */
export function metricsRoute(metrics: Metrics, token: string | null | undefined): Router {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  const router = Router();
  router.get('/metrics', async (req: Request, res: Response) => {
    if (expected && !hasBearer(req, expected)) {
      res.status(401).set('www-authenticate', 'Bearer').end();
      return;
    }
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
