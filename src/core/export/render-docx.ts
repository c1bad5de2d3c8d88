import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Block, ParagraphBlock, ParagraphNumbering, ParagraphStyle, PublishedDocument, Span, TableBlock } from './published-document';
import { spanText } from './published-document';
import { numberingReferences, reportNumbering } from './report-docx-numbering';

// The one place a Word document is written: a PublishedDocument, exactly as the publication
// check read it. Every other module builds data; only this one makes docx objects (lint keeps
// the docx package out of the rest of src/core/export).

const a4 = { width: 11906, height: 16838 };
const headingColour = '1F3864';
const margins = { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 };
const textWidth = (orientation: 'portrait' | 'landscape') => (orientation === 'landscape' ? a4.height : a4.width) - margins.left - margins.right;

function runs(spans: readonly Span[]): TextRun[] {
  return spans.flatMap((span) =>
    span.runs.flatMap((run) =>
      // A "\n" is a line break, not a run-on line.
      run.text.split('\n').map(
        (line, index) =>
          new TextRun({
            text: line,
            break: index > 0 ? 1 : undefined,
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            underline: run.underline ? {} : undefined,
          }),
      ),
    ),
  );
}

const styleOptions: Record<ParagraphStyle, Pick<IParagraphOptions, 'heading' | 'style'>> = {
  normal: {},
  title: { heading: HeadingLevel.TITLE },
  subtitle: { style: 'Subtitle' },
  contentsHeading: { style: 'TOCHeading' },
  heading1: { heading: HeadingLevel.HEADING_1 },
  heading2: { heading: HeadingLevel.HEADING_2 },
  heading3: { heading: HeadingLevel.HEADING_3 },
  quote: { style: 'Quote' },
  tableHeading: { style: 'TableHeading' },
};

function numberingOptions(numbering: ParagraphNumbering): IParagraphOptions['numbering'] {
  switch (numbering.kind) {
    case 'section-heading':
      return { reference: numberingReferences[numbering.scheme], level: 0 };
    case 'body-paragraph':
      return { reference: numberingReferences[numbering.scheme], level: 1 };
    case 'bullet':
      return { reference: numberingReferences.bullets, level: numbering.level };
    case 'ordered':
      return { reference: numberingReferences.ordered, level: numbering.level, instance: numbering.list };
    default:
      return unhandled(numbering);
  }
}

function paragraphToDocx(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    ...styleOptions[block.style ?? 'normal'],
    children: runs(block.spans),
    numbering: block.numbering ? numberingOptions(block.numbering) : undefined,
    alignment: block.numbering?.kind === 'body-paragraph' ? AlignmentType.LEFT : undefined,
  });
}

/** Column widths in twentieths of a point, filling the text width: given ones in proportion, else equal. */
function columnWidthsDxa(block: TableBlock, textWidth: number): number[] {
  const count = block.header.length || block.rows[0]?.length || 1;
  const relative = block.columnWidths?.length === count ? block.columnWidths : new Array<number>(count).fill(1);
  const total = relative.reduce((sum, width) => sum + width, 0);
  return relative.map((width) => Math.floor((textWidth * width) / total));
}

function tableToDocx(block: TableBlock, textWidth: number): Table {
  const widths = columnWidthsDxa(block, textWidth);
  const row = (cells: TableBlock['header'], header: boolean) =>
    new TableRow({
      // The heading row repeats on every page; no row is split across two.
      tableHeader: header || undefined,
      cantSplit: true,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            width: { size: widths[index] ?? widths.at(-1)!, type: WidthType.DXA },
            children:
              cell.length > 0 ? cell.map((item) => paragraphToDocx(header && !item.style ? { ...item, style: 'tableHeading' } : item)) : [new Paragraph({})],
          }),
      ),
    });
  return new Table({
    // Fixed layout with explicit widths, so Word and LibreOffice lay the table out alike.
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
  });
}

function blockToDocx(block: Block, textWidth: number): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraphToDocx(block)];
    case 'table':
      return [tableToDocx(block, textWidth)];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'contents':
      return [new TableOfContents(spanText(block.title), { hyperlink: true, headingStyleRange: '1-3' })];
    default:
      return unhandled(block);
  }
}

function unhandled(value: never): never {
  throw new Error(`Nothing writes “${JSON.stringify(value)}” to Word.`);
}

/** The marking, centred (the composer makes it bold). */
const markingParagraph = (marking: Span) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs([marking]) });

function header(document: PublishedDocument): Header | undefined {
  return document.header ? new Header({ children: [markingParagraph(document.header)] }) : undefined;
}

function footer(document: PublishedDocument): Footer {
  const children: Paragraph[] = [];
  if (document.footer.marking) children.push(markingParagraph(document.footer.marking));
  if (document.footer.pageNumbers)
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
    );
  return new Footer({ children });
}

// Past what it cannot yet lay out as Word does (a character whose width it does not know), its best guess, not a blank.
const pageLayout = estimatePageNumbersWith({ guess: true });
/** Beyond these, laying the pages out takes longer than a reviewer should wait for an export (about 0.13 ms a word). */
export const layoutLimits = { words: 40_000, tableRows: 1_000 };

const hasContents = (document: PublishedDocument) => document.sections.some((section) => section.blocks.some((block) => block.kind === 'contents'));

/** Whether the document's contents get their page numbers here: it has contents, and is not too long to lay out. */
export function laysOutPages(document: PublishedDocument): boolean {
  if (!hasContents(document)) return false;
  let words = 0;
  let rows = 0;
  const count = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') for (const item of block.spans) words += spanText(item).split(/\s+/).length;
      else if (block.kind === 'table') {
        rows += block.rows.length;
        for (const row of block.rows) for (const cell of row) count(cell);
      }
    }
  };
  for (const section of document.sections) count(section.blocks);
  return words <= layoutLimits.words && rows <= layoutLimits.tableRows;
}

/** The document as a .docx file. */
export async function renderDocx(document: PublishedDocument): Promise<Uint8Array> {
  const layOut = laysOutPages(document);
  const headers = header(document);
  const footers = footer(document);
  const author = document.properties.author ? spanText(document.properties.author) : '';
  const sections: ISectionOptions[] = document.sections.map((section) => ({
    properties: { page: { size: section.orientation === 'landscape' ? { ...a4, orientation: PageOrientation.LANDSCAPE } : a4, margin: margins } },
    headers: headers ? { default: headers } : undefined,
    footers: { default: footers },
    children: section.blocks.flatMap((block) => blockToDocx(block, textWidth(section.orientation))),
  }));
  const docx = new Document({
    // Empty, docx writes no author at all (its default is "Un-named").
    creator: author,
    lastModifiedBy: author,
    title: spanText(document.properties.title),
    description: '',
    // The contents are written with their page numbers, laid out as Word lays pages out, so neither Word nor LibreOffice
    // needs to update them (or to ask). A document too long to lay out in a few seconds is left for Word to number.
    features: document.updateFieldsOnOpen || (hasContents(document) && !layOut) ? { updateFields: true } : undefined,
    pageNumbers: layOut ? pageLayout : undefined,
    numbering: reportNumbering,
    styles: {
      // Arial, UK English; headings dark navy on white (contrast above 12:1), each kept with the text after it.
      default: {
        document: { run: { font: 'Arial', size: document.fontSize * 2, language: { value: 'en-GB' } } },
        title: { run: { font: 'Arial', size: 48, bold: true, color: headingColour }, paragraph: { spacing: { before: 2400, after: 480 } } },
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: headingColour }, paragraph: { keepNext: true, spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Arial', size: 28, bold: true, color: headingColour }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: 'Arial', size: 24, bold: true, color: headingColour }, paragraph: { keepNext: true, spacing: { before: 240, after: 80 } } },
      },
      paragraphStyles: [
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 32, bold: true, color: headingColour },
          paragraph: { spacing: { after: 240 } },
        },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: '404040' }, paragraph: { spacing: { after: 480 } } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 1440, right: 720 } } },
        // A real paragraph style for table header cells, so Word and screen readers see a heading row.
        { id: 'TableHeading', name: 'Table Heading', basedOn: 'Normal', run: { bold: true } },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(docx));
}
