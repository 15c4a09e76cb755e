/**
 * Printable documents (PDF) made with pdfkit: a titled table, paged, with a CJK font so Chinese text
 * prints. Shared by every printable list (invoice lists, certificates).
 *
 * The font: Debian's WenQuanYi Zen Hei (fonts-wqy-zenhei, one TrueType collection covering GB 18030's
 * common characters), which scripts/install-chromium.sh and the Dockerfile install; PDF_CJK_FONT
 * names another TrueType/OpenType file (or .ttc, with PDF_CJK_FONT_NAME its face). pdfkit embeds
 * only the glyphs used, so a page stays a few kilobytes.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export const DEFAULT_CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const DEFAULT_CJK_FACE = 'WenQuanYiZenHei';

/** The CJK font could not be found: the server answers 503 with this message. */
export class PdfFontMissing extends Error {}

export interface PdfColumn {
  header: string;
  /** Share of the table's width (the shares of all columns are scaled to the page). */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfTable {
  title: string;
  /** Lines under the title (who, when, which filters). */
  subtitle: string[];
  columns: PdfColumn[];
  rows: string[][];
  /** A line after the table (totals, a truncation note). */
  footer?: string;
}

function cjkFont(env: NodeJS.ProcessEnv): { path: string; face?: string } {
  const path = env.PDF_CJK_FONT || DEFAULT_CJK_FONT;
  if (!existsSync(path))
    throw new PdfFontMissing(
      `The CJK font for PDFs is missing (${path}); install fonts-wqy-zenhei or set PDF_CJK_FONT.`,
    );
  const face = env.PDF_CJK_FONT_NAME || (path === DEFAULT_CJK_FONT ? DEFAULT_CJK_FACE : undefined);
  return { path, face };
}

const MARGIN = 36;
const ROW_GAP = 4;

function drawRow(doc: PDFKit.PDFDocument, cells: string[], widths: number[], columns: PdfColumn[], y: number): number {
  let x = MARGIN;
  let height = 0;
  cells.forEach((cell, i) => {
    const options = { width: widths[i] - 4, align: columns[i].align ?? 'left' };
    height = Math.max(height, doc.heightOfString(cell, options));
    doc.text(cell, x, y, options);
    x += widths[i];
  });
  return y + height + ROW_GAP;
}

/** Renders the table as an A4 landscape PDF; the header row repeats on every page. */
export async function renderTablePdf(table: PdfTable, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const font = cjkFont(env);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: table.title } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.face);
  doc.font('cjk');
  const usable = doc.page.width - 2 * MARGIN;
  const share = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / share) * usable);
  const header = () => {
    doc.fontSize(9).fillColor('#444');
    const y = drawRow(
      doc,
      table.columns.map((c) => c.header),
      widths,
      table.columns,
      doc.y,
    );
    doc
      .moveTo(MARGIN, y - 2)
      .lineTo(MARGIN + usable, y - 2)
      .stroke('#999');
    doc.fillColor('black');
    return y + 2;
  };
  doc.fontSize(16).text(table.title, MARGIN, MARGIN);
  doc.fontSize(9).fillColor('#444');
  for (const line of table.subtitle) doc.text(line);
  doc.moveDown(0.5);
  let y = header();
  for (const row of table.rows) {
    if (y > doc.page.height - MARGIN - 30) {
      doc.addPage();
      doc.y = MARGIN;
      y = header();
    }
    doc.fontSize(9);
    y = drawRow(doc, row, widths, table.columns, y);
  }
  if (table.footer) doc.fontSize(9).text(table.footer, MARGIN, y + 6);
  doc.end();
  return done;
}
