import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderTablePdf } from '../../src/common/pdf';
import { CourierPayer, InvoiceMedium, InvoiceStatus } from '../../src/modules/invoice/invoice.enums';
import { courierOf, operatorMoves, returnable } from '../../src/modules/invoice/invoice.rules';

describe('invoice rules (pure)', () => {
  it.each([
    [InvoiceMedium.PAPER, 9_999, 1_200, CourierPayer.PARTNER],
    [InvoiceMedium.PAPER, 10_000, 0, CourierPayer.ISSUER],
    [InvoiceMedium.PAPER, 1, 1_200, CourierPayer.PARTNER],
    [InvoiceMedium.ELECTRONIC, 500, 0, null],
  ])('courier of a %s invoice of %i fen: %i fen, paid by %s', (medium, amount, fee, paidBy) => {
    expect(courierOf(medium, amount)).toEqual({ fee, paidBy });
  });

  it('moves a paper invoice through shipping, an electronic one not', () => {
    expect(operatorMoves(InvoiceStatus.ISSUED, InvoiceMedium.PAPER)).toEqual([InvoiceStatus.SHIPPED]);
    expect(operatorMoves(InvoiceStatus.ISSUED, InvoiceMedium.ELECTRONIC)).toEqual([]);
    expect(operatorMoves(InvoiceStatus.RETURNED, InvoiceMedium.PAPER)).toEqual([]);
    expect(returnable(InvoiceStatus.ISSUED, InvoiceMedium.ELECTRONIC)).toBe(true);
    expect(returnable(InvoiceStatus.ISSUED, InvoiceMedium.PAPER)).toBe(false);
    expect(returnable(InvoiceStatus.RECEIVED, InvoiceMedium.PAPER)).toBe(true);
  });
});

describe('renderTablePdf (src/common/pdf.ts)', () => {
  it('pages a long table, every row in the text, Chinese included', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `ROW${String(i).padStart(4, '0')}`,
      `云商店服务商第${i}号`,
      `${i}.00`,
    ]);
    const pdf = await renderTablePdf({
      title: '测试清单 Test list',
      subtitle: ['第一行说明'],
      columns: [
        { header: '编号 No.', width: 2 },
        { header: '名称 Name', width: 5 },
        { header: '金额 Amount', width: 2, align: 'right' },
      ],
      rows,
      footer: '合计 120',
    });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(totalPages).toBeGreaterThanOrEqual(3);
    for (const [no, name] of rows) {
      expect(text).toContain(no);
      expect(text).toContain(name);
    }
    expect(text).toContain('合计 120');
  });

  it('answers PdfFontMissing when the font is not there', async () => {
    await expect(
      renderTablePdf(
        { title: 't', subtitle: [], columns: [{ header: 'a', width: 1 }], rows: [] },
        { PDF_CJK_FONT: '/nonexistent.ttf' },
      ),
    ).rejects.toThrow(/CJK font/);
  });
});
