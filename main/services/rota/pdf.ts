import type { PDFFont, PDFPage } from 'pdf-lib';

/** A column of a printed table: header and share of the usable width. */
export interface PdfColumn {
  header: string;
  width: number;
}

/** A printable document: a title, lines under it, a table and a closing note. */
export interface PdfTableDoc {
  title: string;
  subtitle: string[];
  columns: PdfColumn[];
  rows: string[][];
  empty: string;
  footer: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const SIZE = 10;
const LINE = 13;

// The standard fonts encode WinAnsi only; anything else (emoji, arrows) is replaced rather than failing the print.
function safe(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

function wrap(font: PDFFont, text: string, width: number): string[] {
  const words = safe(text)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current === '' ? w : `${current} ${w}`;
    if (font.widthOfTextAtSize(next, SIZE) <= width || current === '') current = next;
    else {
      lines.push(current);
      current = w;
    }
  }
  lines.push(current);
  return lines;
}

/** Render a clean A4 PDF with a title block and a table that runs over pages with repeated headers. */
export async function renderTablePdf(doc: PdfTableDoc): Promise<Uint8Array> {
  // Loaded on first print, not at start-up: pdf-lib is the largest part of the backend bundle.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(safe(doc.title));
  pdf.setCreator('Neighbourhood Hub');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const usable = A4[0] - MARGIN * 2;
  const total = doc.columns.reduce((a, c) => a + c.width, 0);
  const widths = doc.columns.map((c) => (c.width / total) * usable);
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const header = () => {
    let x = MARGIN;
    doc.columns.forEach((c, i) => {
      page.drawText(safe(c.header), { x, y, size: SIZE, font: bold });
      x += widths[i] ?? 0;
    });
    y -= 4;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: A4[0] - MARGIN, y },
      thickness: 0.8,
      color: rgb(0.2, 0.2, 0.2),
    });
    y -= LINE;
  };
  page.drawText(safe(doc.title), { x: MARGIN, y, size: 18, font: bold });
  y -= 24;
  for (const line of doc.subtitle) {
    page.drawText(safe(line), { x: MARGIN, y, size: 11, font });
    y -= 15;
  }
  y -= 10;
  header();
  if (doc.rows.length === 0) {
    page.drawText(safe(doc.empty), { x: MARGIN, y, size: SIZE, font });
    y -= LINE;
  }
  for (const row of doc.rows) {
    const cells = row.map((cell, i) => wrap(font, cell, (widths[i] ?? 0) - 6));
    const height = Math.max(...cells.map((c) => c.length)) * LINE + 4;
    if (y - height < MARGIN + 20) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
      header();
    }
    let x = MARGIN;
    cells.forEach((lines, i) => {
      lines.forEach((line, j) => page.drawText(line, { x, y: y - j * LINE, size: SIZE, font }));
      x += widths[i] ?? 0;
    });
    y -= height;
    page.drawLine({
      start: { x: MARGIN, y: y + LINE - 4 },
      end: { x: A4[0] - MARGIN, y: y + LINE - 4 },
      thickness: 0.3,
      color: rgb(0.75, 0.75, 0.75),
    });
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    p.drawText(safe(`${doc.footer}   Page ${i + 1} of ${pages.length}`), {
      x: MARGIN,
      y: MARGIN - 20,
      size: 8,
      font,
      color: rgb(0.35, 0.35, 0.35),
    });
  });
  return pdf.save();
}

/** Base64 of bytes, for the JSON-safe contract. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
