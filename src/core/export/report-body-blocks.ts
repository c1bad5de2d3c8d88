import { paragraphNumbers, sectionLabels } from '../report/paragraph-numbering';
import { textblocksOf, type ReportNode, type ReportSectionNode } from '../report/report-document';
import { inlineText, reportNodeType, reportNodeTypes, unmapped } from '../report/report-node-types';
import type { Block, NumberingScheme, Origin, ParagraphBlock, ParagraphNumbering, ParagraphStyle, Run, TableCell } from './published-document';
import { paragraph } from './published-document';

// The report body as published blocks: how each node type maps to Word. Body paragraphs take
// the numbers the editor shows (paragraph-numbering.ts), and every textblock becomes one span
// whose text is exactly the text the editor's check reads for it (report-node-types.ts).

interface SectionContext {
  /** "report.content.content[2]" */
  path: string;
  /** "3. Analysis" */
  name: string;
  scheme: NumberingScheme;
  /** A fresh number for each ordered list, so each starts at 1. */
  nextList: () => number;
}

/** A text node's runs keep its formatting; every other inline node prints its registry text. */
function inlineRuns(node: ReportNode): Run[] {
  const text = inlineText(node.type, node.attrs, node.text);
  if (text === '') return [];
  const marks = new Set((node.marks ?? []).map((mark) => mark.type));
  return [{ text, bold: marks.has('bold') || undefined, italic: marks.has('italic') || undefined, underline: marks.has('underline') || undefined }];
}

function textParagraph(node: ReportNode, origin: Origin, options: { style?: ParagraphStyle; numbering?: ParagraphNumbering } = {}): ParagraphBlock {
  const runs = (node.content ?? []).flatMap(inlineRuns);
  return paragraph(runs.length > 0 ? [{ origin, runs }] : [], options);
}

/** Every textblock inside a node as paragraphs of one style (quotes, stray table parts). */
function flatParagraphs(node: ReportNode, path: string, origin: (path: string) => Origin, style?: ParagraphStyle): ParagraphBlock[] {
  return textblocksOf(node, path).map((block) => textParagraph(block.node, origin(block.path), { style }));
}

function listParagraphs(list: ReportNode, path: string, level: number, context: SectionContext, origin: (path: string) => Origin): Block[] {
  const ordered = list.type === 'orderedList';
  const instance = ordered ? context.nextList() : 0;
  return (list.content ?? []).flatMap((item, itemIndex) =>
    (item.content ?? []).flatMap((child, childIndex): Block[] => {
      const childPath = `${path}.content[${itemIndex}].content[${childIndex}]`;
      if (child.type === 'bulletList' || child.type === 'orderedList') return listParagraphs(child, childPath, Math.min(level + 1, 8), context, origin);
      const numbering: ParagraphNumbering = ordered ? { kind: 'ordered', level, list: instance } : { kind: 'bullet', level };
      return textblocksOf(child, childPath).map((block) => textParagraph(block.node, origin(block.path), { numbering }));
    }),
  );
}

function tableBlocks(table: ReportNode, path: string, origin: (path: string) => Origin): Block[] {
  const rows = (table.content ?? []).map((row, rowIndex) =>
    (row.content ?? []).map((cell, cellIndex): TableCell => flatParagraphs(cell, `${path}.content[${rowIndex}].content[${cellIndex}]`, origin)),
  );
  const first = table.content?.[0]?.content ?? [];
  const hasHeader = first.length > 0 && first.every((cell) => cell.type === 'tableHeader');
  // An empty paragraph after a table, so the next paragraph does not touch it.
  return [{ kind: 'table', header: hasHeader ? rows[0]! : [], rows: hasHeader ? rows.slice(1) : rows }, paragraph([])];
}

/** One block directly in a section, as published blocks. */
function blockToPublished(node: ReportNode, path: string, number: string | null, context: SectionContext, origin: (path: string) => Origin): Block[] {
  const type = reportNodeType(node.type);
  switch (type) {
    case 'paragraph':
      return [textParagraph(node, origin(path), { numbering: number ? { kind: 'body-paragraph', scheme: context.scheme } : undefined })];
    case 'heading':
      return [textParagraph(node, origin(path), { style: Number(node.attrs?.level) === 4 ? 'heading3' : 'heading2' })];
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, path, 0, context, origin);
    case 'blockquote':
      return flatParagraphs(node, path, origin, 'quote');
    case 'table':
      return tableBlocks(node, path, origin);
    case 'pageBreak':
      return [{ kind: 'page-break' }];
    // Parts that belong inside a list or table, found directly in a section: their text as plain paragraphs.
    case 'listItem':
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell':
      return flatParagraphs(node, path, origin);
    // Inline content directly in a section: a paragraph of its own.
    case 'text':
    case 'hardBreak':
    case 'chronologyReference':
    case 'noteSource':
      return [textParagraph({ type: 'paragraph', content: [node] }, origin(path))];
    case 'doc':
    case 'reportSection':
      throw new Error(`${context.name}: a ${reportNodeTypes[type].noun} cannot be inside a section.`);
    default:
      return unmapped(type);
  }
}

/** Where a block is, as the reviewer finds it: by its paragraph number, or the number before it (the paragraph the app takes them to). */
function blockPlace(section: ReportSectionNode, index: number, numbers: readonly (string | null)[], name: string): { label: string; paragraph?: string } {
  const number = numbers[index];
  if (number) return { label: `${name}, paragraph ${number}`, paragraph: number };
  const noun = reportNodeTypes[reportNodeType(section.content[index]!.type)].noun;
  const before = numbers
    .slice(0, index)
    .filter((item): item is string => item !== null)
    .at(-1);
  return before
    ? { label: `${name}, ${noun} after paragraph ${before}`, paragraph: before }
    : { label: `${name}, ${noun} before the first numbered paragraph` };
}

/** The report's sections as published blocks: a numbered Heading 1 each, then its blocks. */
export function reportBodyBlocks(sections: readonly ReportSectionNode[], after: (section: ReportSectionNode) => Block[] = () => []): Block[] {
  const labels = sectionLabels(sections);
  const numbers = paragraphNumbers(sections);
  let lists = 0;
  const nextList = () => (lists += 1);
  return sections.flatMap((section, sectionIndex) => {
    const path = `report.content.content[${sectionIndex}]`;
    const name = `${labels[sectionIndex]}. ${section.attrs.title}`;
    const scheme: NumberingScheme = section.attrs.kind === 'statutory' ? 'statutory' : 'appendix';
    const context: SectionContext = { path, name, scheme, nextList };
    const sectionKey = section.attrs.key;
    const heading: ParagraphBlock = paragraph(
      [{ origin: { label: `${name}, section title`, fields: [`${path}.attrs.title`], sectionKey }, runs: [{ text: section.attrs.title }] }],
      {
        style: 'heading1',
        numbering: { kind: 'section-heading', scheme },
      },
    );
    return [
      heading,
      ...section.content.flatMap((block, index) => {
        const place = blockPlace(section, index, numbers[sectionIndex]!, name);
        return blockToPublished(block, `${path}.content[${index}]`, numbers[sectionIndex]![index]!, context, (fieldPath) => ({
          ...place,
          fields: [fieldPath],
          sectionKey,
        }));
      }),
      ...after(section),
    ];
  });
}
