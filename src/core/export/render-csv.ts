import Papa from 'papaparse';
import { spanText, type PublishedDocument, type TableCell } from './published-document';

// A document's table as CSV for Excel (UTF-8 with a byte-order mark; formulae escaped so a cell
// starting with "=" is shown, not run). Only documents that are one table go out as CSV.

const cellText = (cell: TableCell) => cell.map((paragraph) => paragraph.spans.map(spanText).join('')).join('\n');

export function renderCsv(document: PublishedDocument): string {
  const tables = document.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'table');
  const [table] = tables;
  if (!table || tables.length > 1) throw new Error('Only a document of one table can be written as CSV.');
  return `\uFEFF${Papa.unparse({ fields: table.header.map(cellText), data: table.rows.map((row) => row.map(cellText)) }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
