/**
 * GET /partners/{partnerId}/invoices.pdf — 打印发票清单: the signed-in member's own partner's invoices
 * as a PDF, with the filters of Partner.invoices as query parameters (status, kind, medium,
 * requestedFrom, requestedTo). (design) A plain GET with the same bearer token (or signed request)
 * as /graphql, so a browser download needs no second credential and nothing short-lived to leak;
 * the member needs invoice:view, and another partner's id answers 404 like one that does not exist.
 */
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { PdfFontMissing } from '../common/pdf';
import { fromGlobalId } from '../common/global-id';
import { InvoiceKind, InvoiceMedium, InvoiceStatus } from '../modules/invoice/invoice.enums';
import { invoiceListPdf } from '../modules/invoice/invoice.pdf';
import type { InvoiceFilter } from '../modules/invoice/invoice.types';
import { type ContextDependencies, createContext } from './context-factory';

class BadQuery extends Error {}

function enumParam<E extends string>(req: Request, name: string, values: Record<string, E>): E | null {
  const raw = req.query[name];
  if (raw == null) return null;
  const found = Object.values(values).find((v) => v === raw);
  if (!found) throw new BadQuery(`${name} must be one of ${Object.values(values).join(', ')}.`);
  return found;
}

function dateParam(req: Request, name: string): Date | null {
  const raw = req.query[name];
  if (raw == null) return null;
  const date = typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new BadQuery(`${name} must be an ISO 8601 date-time.`);
  return date;
}

function filterOf(req: Request): InvoiceFilter {
  return {
    status: enumParam(req, 'status', InvoiceStatus),
    kind: enumParam(req, 'kind', InvoiceKind),
    medium: enumParam(req, 'medium', InvoiceMedium),
    requestedFrom: dateParam(req, 'requestedFrom'),
    requestedTo: dateParam(req, 'requestedTo'),
  };
}

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

async function serve(deps: ContextDependencies, req: Request, res: Response): Promise<void> {
  let ctx: Awaited<ReturnType<typeof createContext>>;
  try {
    ctx = await createContext(deps, req, res);
  } catch {
    refuse(res, 401, 'UNAUTHENTICATED', 'Sign in: send the bearer token you use for /graphql.');
    return;
  }
  if (!ctx.viewer)
    return void refuse(res, ctx.actor ? 403 : 401, ctx.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'Members only.');
  const target = fromGlobalId(String(req.params.partnerId));
  if (target?.type !== 'Partner' || target.id !== ctx.viewer.partner.id)
    return void refuse(res, 404, 'NOT_FOUND', 'No partner with that id is visible to you.');
  if (!ctx.viewer.permissions.has('invoice:view'))
    return void refuse(res, 403, 'FORBIDDEN', 'Printing the invoice list needs invoice:view.');
  try {
    const pdf = await invoiceListPdf(ctx, filterOf(req));
    res.status(200).type('application/pdf');
    res.set('Content-Disposition', 'inline; filename="invoices.pdf"');
    res.set('Cache-Control', 'no-store');
    res.send(pdf);
  } catch (err) {
    if (err instanceof BadQuery || err instanceof GraphQLError)
      return void refuse(res, 400, 'BAD_USER_INPUT', err.message);
    if (err instanceof PdfFontMissing) return void refuse(res, 503, 'INTERNAL_SERVER_ERROR', err.message);
    throw err;
  }
}

/** The route, on the same authentication as /graphql. */
export function invoicePdfRoute(deps: ContextDependencies): Router {
  const router = Router();
  router.get('/partners/:partnerId/invoices.pdf', (req, res, next) => {
    serve(deps, req, res).catch(next);
  });
  return router;
}
