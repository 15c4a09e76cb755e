import { describe, expect, it } from 'vitest';
import { InvoiceQuoteDocument, InvoiceRequestDocument } from '../generated/graphql';
import { CloudStoreOrder } from '../../src/modules/cloud-store/cloud-store.entity';
import { CloudStoreOrderStatus } from '../../src/modules/cloud-store/cloud-store.enums';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { countRows, lastAudit } from '../support/rows';
import { DIST, OTHER_DIST, SP } from '../support/demo';
import { freeOrder, ordersOf, PAPER, requestInput } from './support';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'sp-admin']);

describe('invoiceQuote and requestInvoice (索取发票)', () => {
  it('quotes the courier before submitting: a paper invoice under 100 元 costs the partner 12.00, and the request records it', async () => {
    const order = await freeOrder(server, DIST, true);
    const input = requestInput([order], PAPER);
    const quote = await server.execute(InvoiceQuoteDocument, { input }, tokens['dist-admin']);
    expect(quote.data!.invoiceQuote).toMatchObject({
      courierFee: { amount: '12.00' },
      courierPaidBy: 'PARTNER',
      orderCount: 1,
      userErrors: [],
    });
    const electronic = await server.execute(
      InvoiceQuoteDocument,
      { input: requestInput([order]) },
      tokens['dist-admin'],
    );
    expect(electronic.data!.invoiceQuote).toMatchObject({ courierFee: { amount: '0.00' }, courierPaidBy: null });
    const res = await server.execute(InvoiceRequestDocument, { input }, tokens['dist-admin']);
    expect(res.data!.requestInvoice.userErrors).toEqual([]);
    const invoice = res.data!.requestInvoice.invoice!;
    expect(invoice).toMatchObject({
      kind: 'CLOUD_STORE',
      status: 'SUBMITTED',
      medium: 'PAPER',
      invoiceType: 'VAT_SPECIAL',
      providerName: order.providerName,
      amount: quote.data!.invoiceQuote.amount,
      courierFee: { amount: '12.00' },
      courierPaidBy: 'PARTNER',
      orders: [{ orderNo: order.orderNo, invoiced: true }],
    });
    expect(invoice.invoiceNo).toMatch(/^FP\d{12}$/);
    expect((await server.em().findOneOrFail(CloudStoreOrder, order.id)).liveInvoiceId).toBe(pk(invoice.id));
    const audit = await lastAudit(server, 'requestInvoice');
    expect(audit.target).toBe(invoice.id);
  });

  it('a large paper invoice: the issuer pays the courier', async () => {
    const order = await freeOrder(server, SP, false);
    const quote = await server.execute(
      InvoiceQuoteDocument,
      { input: requestInput([order], PAPER) },
      tokens['sp-admin'],
    );
    expect(quote.data!.invoiceQuote).toMatchObject({ courierFee: { amount: '0.00' }, courierPaidBy: 'ISSUER' });
  });

  it('refuses each bad input with its own code, in the quote and the request alike, changing nothing', async () => {
    const [arrears] = await ordersOf(server, SP, CloudStoreOrderStatus.IN_ARREARS);
    const [refunded] = await ordersOf(server, SP, CloudStoreOrderStatus.REFUNDED);
    const [invoiced] = await ordersOf(server, SP, CloudStoreOrderStatus.PAID, false);
    const free = await ordersOf(server, SP, CloudStoreOrderStatus.PAID, true);
    const [foreign] = await ordersOf(server, OTHER_DIST, CloudStoreOrderStatus.PAID, true);
    const other = free.find((o) => o.providerName !== free[0].providerName);
    const cases: [ReturnType<typeof requestInput>, string[]][] = [
      [requestInput([free[0]], { invoiceType: 'VAT_SPECIAL' }), ['INVOICE_SPECIAL_NEEDS_ENTERPRISE']],
      [requestInput([free[0]], { title: { type: 'ENTERPRISE', name: '某公司' } }), ['INVOICE_TAX_ID_INVALID']],
      [requestInput([free[0]], { title: { type: 'PERSONAL', name: ' ' } }), ['INVOICE_TITLE_INVALID']],
      [requestInput([free[0]], { ...PAPER, mailingAddress: null }), ['INVOICE_ADDRESS_REQUIRED']],
      [requestInput([arrears]), ['CLOUD_STORE_ORDER_IN_ARREARS']],
      [requestInput([refunded]), ['CLOUD_STORE_ORDER_NOT_INVOICEABLE']],
      [requestInput([invoiced]), ['CLOUD_STORE_ORDER_ALREADY_INVOICED']],
      [requestInput([foreign]), ['CLOUD_STORE_ORDER_NOT_FOUND']],
      [requestInput([free[0], free[0]]), ['DUPLICATE_CLOUD_STORE_ORDER']],
      [requestInput([]), ['BATCH_EMPTY']],
      [requestInput([arrears, refunded]), ['CLOUD_STORE_ORDER_IN_ARREARS', 'CLOUD_STORE_ORDER_NOT_INVOICEABLE']],
    ];
    if (other) cases.push([requestInput([free[0], other]), ['INVOICE_PROVIDERS_DIFFER']]);
    const before = [await countRows(server, 'invoice'), await countRows(server, 'invoice_item')];
    for (const [input, codes] of cases) {
      const quote = await server.execute(InvoiceQuoteDocument, { input }, tokens['sp-admin']);
      expect(userErrorCodes(quote.data!.invoiceQuote.userErrors), JSON.stringify(input)).toEqual(codes);
      const res = await server.execute(InvoiceRequestDocument, { input }, tokens['sp-admin']);
      expect(userErrorCodes(res.data!.requestInvoice.userErrors)).toEqual(codes);
      expect(res.data!.requestInvoice.invoice).toBeNull();
    }
    expect([await countRows(server, 'invoice'), await countRows(server, 'invoice_item')]).toEqual(before);
  });

  it('is idempotent with its key, and of two concurrent requests on one order exactly one goes through', async () => {
    const order = await freeOrder(server, SP, false);
    const input = { ...requestInput([order]), idempotencyKey: 'invoice-once' };
    const first = await server.execute(InvoiceRequestDocument, { input }, tokens['sp-admin']);
    const again = await server.execute(InvoiceRequestDocument, { input }, tokens['sp-admin']);
    expect(again.data!.requestInvoice.invoice!.id).toBe(first.data!.requestInvoice.invoice!.id);
    expect(await server.em().count(Invoice, { invoiceNo: first.data!.requestInvoice.invoice!.invoiceNo })).toBe(1);

    const next = await freeOrder(server, SP, false);
    const results = await Promise.all(
      ['race-a', 'race-b', 'race-c'].map((idempotencyKey) =>
        server.execute(
          InvoiceRequestDocument,
          { input: { ...requestInput([next]), idempotencyKey } },
          tokens['sp-admin'],
        ),
      ),
    );
    const codes = results.map((r) => userErrorCodes(r.data!.requestInvoice.userErrors).join() || 'OK').sort();
    expect(codes).toEqual(['CLOUD_STORE_ORDER_ALREADY_INVOICED', 'CLOUD_STORE_ORDER_ALREADY_INVOICED', 'OK']);
    expect(
      await server.em().count(Invoice, {
        id: {
          $in: results.flatMap((r) => (r.data!.requestInvoice.invoice ? [pk(r.data!.requestInvoice.invoice.id)] : [])),
        },
      }),
    ).toBe(1);
  });

  it('needs invoice:manage: an account manager is FORBIDDEN, nothing changes', async () => {
    const order = await freeOrder(server, DIST, false);
    const before = await countRows(server, 'invoice');
    const res = await server.execute(InvoiceRequestDocument, { input: requestInput([order]) }, tokens['dist-am']);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const quote = await server.execute(InvoiceQuoteDocument, { input: requestInput([order]) }, tokens['dist-am']);
    expect(errorCodes(quote)).toEqual(['FORBIDDEN']);
    expect(await countRows(server, 'invoice')).toBe(before);
    expect(gid('CloudStoreOrder', order.id)).toBeTruthy();
  });
});
