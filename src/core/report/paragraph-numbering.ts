import type { ReportNode, ReportSectionNode } from './report-document';
import { textblockText } from './report-document';
import { isReportNodeType, nodeRole, reportNodeTypes } from './report-node-types';

// The numbering rule for body paragraphs, shared by the editor's margin numbers, the places the
// publication check reports and the Word export, so all show the same numbers:
// - Statutory sections are numbered 1 to 7 in their fixed order; appendices are lettered A, B, C…
// - Each paragraph directly inside a section that shows some text gets the next number in its
//   section: 3.1, 3.2 … (A.1, A.2 … in appendices). Empty paragraphs get no number. What a
//   paragraph shows is its text as the registry gives it (report-node-types.ts): a chronology
//   reference shows its label, so a paragraph holding only a reference is numbered; a link back
//   to a note shows nothing.
// - Sub-headings, lists, block quotes, tables and page breaks get no number and do not reset the
//   count: they belong to the numbered paragraph before them. Paragraphs inside them (list
//   items, quoted paragraphs, table cells) are never numbered.

/** "1" … "7" for statutory sections, "A", "B" … for appendices (after Z: "AA", "AB" …). */
export function sectionLabels(sections: readonly Pick<ReportSectionNode, 'attrs'>[]): string[] {
  let statutory = 0;
  let appendix = 0;
  return sections.map((section) => {
    if (section.attrs.kind === 'statutory') {
      statutory += 1;
      return String(statutory);
    }
    appendix += 1;
    return appendixLetter(appendix);
  });
}

export function appendixLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Whether a block directly inside a section takes a paragraph number, from its node type name and
 * whether it has any visible text (the editor answers that without building the block's text).
 */
export function isNumberedBlock(type: string, hasVisibleText: boolean): boolean {
  return isReportNodeType(type) && reportNodeTypes[type].numbered && hasVisibleText;
}

/** Whether a block directly in a section takes a paragraph number. */
export function takesParagraphNumber(block: ReportNode): boolean {
  return isNumberedBlock(block.type, nodeRole(block.type) === 'textblock' && textblockText(block).trim() !== '');
}

/**
 * For each section, for each of its direct blocks, the paragraph number ("3.2") or null.
 * Pure and linear in the number of blocks.
 */
export function paragraphNumbers(sections: readonly ReportSectionNode[]): (string | null)[][] {
  const labels = sectionLabels(sections);
  return sections.map((section, index) => {
    let count = 0;
    return section.content.map((block) => {
      if (!takesParagraphNumber(block)) return null;
      count += 1;
      return `${labels[index]}.${count}`;
    });
  });
}
