/**
 * GET /partners/{partnerId}/invoices.pdf — 打印发票清单: the signed-in member's own partner's invoices
 * as a PDF, with the filters of Partner.invoices as query parameters (status, kind, medium,
 * requestedFrom, requestedTo). (design) A plain GET with the same bearer token (or signed request)
 * as /graphql; who may print it is DOWNLOAD_ACCESS.invoiceList (permissions/download-access.ts):
 * invoice:view, and another partner's id answers 404 like one that does not exist.
 */
import type { Request } from 'express';
import { fromGlobalId } from '../common/global-id';
import { InvoiceKind, InvoiceMedium, InvoiceStatus } from '../modules/invoice/invoice.enums';
import { invoiceListPdf } from '../modules/invoice/invoice.pdf';
import type { InvoiceFilter } from '../modules/invoice/invoice.types';
import type { ContextDependencies } from './context-factory';
import { BadDownloadQuery, downloadRoute } from './download-route';

function enumParam<E extends string>(req: Request, name: string, values: Record<string, E>): E | null {
  const raw = req.query[name];
  if (raw == null) return null;
  const found = Object.values(values).find((v) => v === raw);
  if (!found) throw new BadDownloadQuery(`${name} must be one of ${Object.values(values).join(', ')}.`);
  return found;
}

function dateParam(req: Request, name: string): Date | null {
  const raw = req.query[name];
  if (raw == null) return null;
  const date = typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new BadDownloadQuery(`${name} must be an ISO 8601 date-time.`);
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

/** The route, on the same authentication as /graphql. */
export function invoicePdfRoute(deps: ContextDependencies) {
  return downloadRoute(deps, {
    key: 'invoiceList',
    path: '/partners/:partnerId/invoices.pdf',
    find: async (_ctx, req) => {
      const target = fromGlobalId(String(req.params.partnerId));
      return target?.type === 'Partner' ? { subject: { partnerId: target.id }, value: target.id } : null;
    },
    render: async (ctx, _partnerId, req) => ({
      pdf: await invoiceListPdf(ctx, filterOf(req)),
      filename: 'invoices.pdf',
    }),
  });
}
