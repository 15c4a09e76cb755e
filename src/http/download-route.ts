/**
 * The file routes beside /graphql (PDFs): the same bearer token (or signed request) as /graphql, so a
 * browser download needs no second credential. Who may download what is the table
 * permissions/download-access.ts; a route only reads its subject and renders it.
 */
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { PdfFontMissing } from '../common/pdf';
import { checkDownload, checkDownloader, type DownloadKey, type DownloadSubject } from '../permissions/download-access';
import { BusyCode } from './admission';
import { type ContextDependencies, createContext } from './context-factory';

/** A malformed query parameter of a download: 400 BAD_USER_INPUT. */
export class BadDownloadQuery extends Error {}

export interface Download<S> {
  /** Its entry in DOWNLOAD_ACCESS. */
  key: DownloadKey;
  /** The express path, e.g. /partners/:partnerId/invoices.pdf. */
  path: string;
  /** The subject the URL names, whichever partner it belongs to (the table decides), or null. */
  find(ctx: Context, req: Request): Promise<{ subject: DownloadSubject; value: S } | null>;
  render(ctx: Context, value: S, req: Request): Promise<{ pdf: Buffer; filename: string }>;
}

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

async function serve<S>(deps: ContextDependencies, download: Download<S>, req: Request, res: Response) {
  let ctx: Context;
  try {
    ctx = await createContext(deps, req, res);
  } catch (err) {
    // No database connection for authentication: retryable 503, as on /graphql (admission.ts).
    if (err instanceof GraphQLError && err.extensions.code === BusyCode.SERVER_BUSY) {
      res.set('retry-after', String(deps.busyRetryAfter));
      return void refuse(res, 503, BusyCode.SERVER_BUSY, err.message);
    }
    return void refuse(res, 401, 'UNAUTHENTICATED', 'Sign in: send the bearer token you use for /graphql.');
  }
  const early = checkDownloader(ctx.actor, download.key);
  if (early) return void refuse(res, early.status, early.code, early.message);
  const found = await download.find(ctx, req);
  const refusal = checkDownload(ctx.actor, download.key, found?.subject ?? null);
  if (refusal || !found)
    return void refuse(res, refusal?.status ?? 404, refusal?.code ?? 'NOT_FOUND', refusal?.message ?? '');
  try {
    const { pdf, filename } = await download.render(ctx, found.value, req);
    res.status(200).type('application/pdf');
    res.set('Content-Disposition', `inline; filename="${filename}"`);
    res.set('Cache-Control', 'no-store');
    res.send(pdf);
  } catch (err) {
    if (err instanceof BadDownloadQuery || err instanceof GraphQLError)
      return void refuse(res, 400, 'BAD_USER_INPUT', err.message);
    if (err instanceof PdfFontMissing) return void refuse(res, 503, 'INTERNAL_SERVER_ERROR', err.message);
    throw err;
  }
}

/** The download's route, on the same authentication as /graphql. */
export function downloadRoute<S>(deps: ContextDependencies, download: Download<S>): Router {
  const router = Router();
  router.get(download.path, (req, res, next) => {
    serve(deps, download, req, res).catch(next);
  });
  return router;
}
