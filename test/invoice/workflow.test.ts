import { describe, expect, it } from 'vitest';
import {
  type InvoiceStatus as ApiInvoiceStatus,
  InvoiceListDocument,
  InvoiceMoveDocument,
  InvoiceOperatorListDocument,
  InvoiceRequestDocument,
  InvoiceReturnDocument,
} from '../generated/graphql';
import { CloudStoreOrder } from '../../src/modules/cloud-store/cloud-store.entity';
import { uninvoicedCloudStoreOrders } from '../../src/modules/cloud-store/cloud-store.service';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { InvoiceKind, InvoiceStatus } from '../../src/modules/invoice/invoice.enums';
import { invoicedAmountNotReturned } from '../../src/modules/invoice/invoice.service';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { auditOf } from '../support/rows';
import { DIST, RESELLER1 } from '../support/demo';
import { freeOrder, PAPER, requestInput } from './support';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'reseller-admin']);
const operators = useTokens(server, ['ops-finance', 'ops-eco'], 'OPERATOR');

const move = (
  invoiceId: string,
  status: ApiInvoiceStatus,
  extra: { reason?: string; trackingNo?: string } = {},
  as = 'ops-finance',
) => server.execute(InvoiceMoveDocument, { input: { invoiceId, status, ...extra } }, operators[as]);

const anyTime = [new Date(0), new Date(Date.now() + 86_400_000)] as const;

describe('invoice statuses: the operator issues, ships, rejects and takes back; the partner returns (退票)', () => {
  it('walks a paper invoice end to end, and its order is invoiced again after the return', async () => {
    const order = await freeOrder(server, DIST, true);
    const em = () => server.em();
    const uninvoiced0 = await uninvoicedCloudStoreOrders(em(), DIST, ...anyTime);
    const invoiced0 = await invoicedAmountNotReturned(em(), DIST);
    const req = await server.execute(
      InvoiceRequestDocument,
      { input: requestInput([order], PAPER) },
      members['dist-admin'],
    );
    const id = req.data!.requestInvoice.invoice!.id;
    expect(await uninvoicedCloudStoreOrders(em(), DIST, ...anyTime)).toBe(uninvoiced0 - 1);
    expect(await invoicedAmountNotReturned(em(), DIST)).toBe(invoiced0); // SUBMITTED is not invoiced yet

    // The review queue shows it to the finance operator, with its partner.
    const queue = await server.execute(
      InvoiceOperatorListDocument,
      { first: 100, filter: { status: 'SUBMITTED' } },
      operators['ops-finance'],
    );
    expect(queue.data!.operatorViewer.invoices!.nodes.find((n) => n.id === id)?.partner.name).toBeTruthy();

    // Out of order: a paper invoice is not RECEIVED before it is SHIPPED; nor returned before it is delivered.
    expect(userErrorCodes((await move(id, 'RECEIVED')).data!.moveInvoice.userErrors)).toEqual([
      'INVOICE_STATUS_CONFLICT',
    ]);
    const early = await server.execute(
      InvoiceReturnDocument,
      { input: { invoiceId: id, reason: '抬头错误' } },
      members['dist-admin'],
    );
    expect(userErrorCodes(early.data!.returnInvoice.userErrors)).toEqual(['INVOICE_NOT_RETURNABLE']);

    expect((await move(id, 'ISSUED')).data!.moveInvoice.invoice!.status).toBe('ISSUED');
    expect(await invoicedAmountNotReturned(em(), DIST)).toBe(invoiced0 + order.amount);
    expect((await move(id, 'SHIPPED', { trackingNo: 'SF1234567890' })).data!.moveInvoice.invoice).toMatchObject({
      status: 'SHIPPED',
      trackingNo: 'SF1234567890',
    });
    expect((await move(id, 'RECEIVED')).data!.moveInvoice.invoice!.status).toBe('RECEIVED');

    const blank = await server.execute(
      InvoiceReturnDocument,
      { input: { invoiceId: id, reason: ' ' } },
      members['dist-admin'],
    );
    expect(userErrorCodes(blank.data!.returnInvoice.userErrors)).toEqual(['INVOICE_REASON_REQUIRED']);
    const ret = await server.execute(
      InvoiceReturnDocument,
      { input: { invoiceId: id, reason: '抬头错误,需重开', idempotencyKey: 'return-1' } },
      members['dist-admin'],
    );
    expect(ret.data!.returnInvoice.invoice).toMatchObject({
      status: 'RETURN_REQUESTED',
      returnReason: '抬头错误,需重开',
      returnCourierPaidBy: 'CUSTOMER',
    });
    // Still invoiced (the order too) until the issuer has it back.
    expect(await invoicedAmountNotReturned(em(), DIST)).toBe(invoiced0 + order.amount);
    const again = await server.execute(InvoiceRequestDocument, { input: requestInput([order]) }, members['dist-admin']);
    expect(userErrorCodes(again.data!.requestInvoice.userErrors)).toEqual(['CLOUD_STORE_ORDER_ALREADY_INVOICED']);

    expect((await move(id, 'RETURNED')).data!.moveInvoice.invoice!.status).toBe('RETURNED');
    expect(await invoicedAmountNotReturned(em(), DIST)).toBe(invoiced0);
    expect(await uninvoicedCloudStoreOrders(em(), DIST, ...anyTime)).toBe(uninvoiced0);
    const reissued = await server.execute(
      InvoiceRequestDocument,
      { input: requestInput([order]) },
      members['dist-admin'],
    );
    expect(reissued.data!.requestInvoice.userErrors).toEqual([]);
    expect(reissued.data!.requestInvoice.invoice!.orders).toEqual([
      expect.objectContaining({ orderNo: order.orderNo, invoiced: true }),
    ]);

    const audits = await auditOf(server, 'moveInvoice', id);
    expect(audits.map((a) => (a.after as { status: string }).status)).toEqual([
      'ISSUED',
      'SHIPPED',
      'RECEIVED',
      'RETURNED',
    ]);
    expect(audits.every((a) => a.partnerId === DIST)).toBe(true);
  });

  it('rejects with a reason only, and a rejected invoice frees its orders', async () => {
    const order = await freeOrder(server, DIST, false);
    const req = await server.execute(InvoiceRequestDocument, { input: requestInput([order]) }, members['dist-admin']);
    const id = req.data!.requestInvoice.invoice!.id;
    expect(userErrorCodes((await move(id, 'REJECTED')).data!.moveInvoice.userErrors)).toEqual([
      'INVOICE_REASON_REQUIRED',
    ]);
    const rejected = await move(id, 'REJECTED', { reason: '抬头与付款方不一致' });
    expect(rejected.data!.moveInvoice.invoice).toMatchObject({
      status: 'REJECTED',
      statusReason: '抬头与付款方不一致',
    });
    expect((await server.em().findOneOrFail(CloudStoreOrder, order.id)).liveInvoiceId).toBeNull();
    expect(userErrorCodes((await move(id, 'ISSUED')).data!.moveInvoice.userErrors)).toEqual([
      'INVOICE_STATUS_CONFLICT',
    ]);
  });

  it('returns a seeded cloud invoice (华为云发票) too', async () => {
    const cloud = await server
      .em()
      .findOneOrFail(Invoice, { partner: DIST, kind: InvoiceKind.CLOUD, status: InvoiceStatus.ISSUED });
    const res = await server.execute(
      InvoiceReturnDocument,
      { input: { invoiceId: gid('Invoice', cloud.id), reason: '重复开票' } },
      members['dist-admin'],
    );
    expect(res.data!.returnInvoice.invoice).toMatchObject({
      kind: 'CLOUD',
      status: 'RETURN_REQUESTED',
      returnCourierPaidBy: null,
    });
  });

  it('keeps each side to its own: members cannot move, operators need ops:invoice, another partner’s invoice is not found', async () => {
    const submitted = await server.em().findOneOrFail(Invoice, { partner: DIST, status: InvoiceStatus.SUBMITTED });
    const id = gid('Invoice', submitted.id);
    const asMember = await server.execute(
      InvoiceMoveDocument,
      { input: { invoiceId: id, status: 'ISSUED' } },
      members['dist-admin'],
    );
    expect(errorCodes(asMember)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await move(id, 'ISSUED', {}, 'ops-eco'))).toEqual(['FORBIDDEN']);
    const list = await server.execute(InvoiceOperatorListDocument, { first: 5 }, operators['ops-eco']);
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    expect((await server.em().findOneOrFail(Invoice, submitted.id)).status).toBe(InvoiceStatus.SUBMITTED);

    const received = await server
      .em()
      .findOneOrFail(Invoice, { partner: DIST, status: InvoiceStatus.RECEIVED, kind: InvoiceKind.CLOUD_STORE });
    const foreign = await server.execute(
      InvoiceReturnDocument,
      { input: { invoiceId: gid('Invoice', received.id), reason: '试一下' } },
      members['reseller-admin'],
    );
    expect(userErrorCodes(foreign.data!.returnInvoice.userErrors)).toEqual(['INVOICE_NOT_FOUND']);
    expect((await server.em().findOneOrFail(Invoice, received.id)).status).toBe(InvoiceStatus.RECEIVED);
    const am = await server.execute(InvoiceListDocument, { first: 5 }, members['dist-am']);
    expect(errorCodes(am)).toEqual(['FORBIDDEN']);
    expect(pk(id)).toBe(submitted.id);
    expect(RESELLER1).not.toBe(DIST);
  });
});
