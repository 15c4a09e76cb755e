import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { InvoiceStatus } from '../../src/modules/invoice/invoice.enums';
import { useTestServer, useTokens } from '../support/server';
import { gid } from '../support/ids';
import { DIST, OTHER_DIST } from '../support/demo';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am']);

const pdfUrl = (partnerId: number, query = '') =>
  `${server.url}/partners/${gid('Partner', partnerId)}/invoices.pdf${query}`;
const get = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function textOf(res: Response): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}

describe('GET /partners/{id}/invoices.pdf (打印发票清单)', () => {
  it('prints the partner’s invoices with the list’s filters; the PDF parses back with every invoice number', async () => {
    const res = await get(pdfUrl(DIST), tokens['dist-admin']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { pages, text } = await textOf(res);
    const invoices = await server.em().find(Invoice, { partner: DIST });
    expect(invoices.length).toBeGreaterThan(5);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const i of invoices) expect(text).toContain(i.invoiceNo);
    expect(text).toContain('发票清单');
    expect(text).toContain('增值税专用发票');

    const filtered = await textOf(await get(pdfUrl(DIST, '?status=REJECTED'), tokens['dist-admin']));
    for (const i of invoices) {
      if (i.status === InvoiceStatus.REJECTED) expect(filtered.text).toContain(i.invoiceNo);
      else expect(filtered.text).not.toContain(i.invoiceNo);
    }
  });

  it('checks the member: no token 401, no invoice:view 403, another partner 404, a bad filter 400', async () => {
    expect((await get(pdfUrl(DIST))).status).toBe(401);
    expect((await get(pdfUrl(DIST), tokens['dist-am'])).status).toBe(403);
    const foreign = await get(pdfUrl(OTHER_DIST), tokens['dist-admin']);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('FP');
    expect((await get(pdfUrl(DIST, '?status=LOST'), tokens['dist-admin'])).status).toBe(400);
    expect(
      (
        await get(
          pdfUrl(DIST, '?requestedFrom=2026-02-01T00:00:00Z&requestedTo=2026-01-01T00:00:00Z'),
          tokens['dist-admin'],
        )
      ).status,
    ).toBe(400);
  });
});
