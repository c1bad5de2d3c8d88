import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { publish } from '../../../../src/core/export/publish';
import { paragraphNumbers } from '../../../../src/core/report/paragraph-numbering';
import { nodeText, textblockText, textblocksOf, type ReportDocument } from '../../../../src/core/report/report-document';
import { reportMarkTypes, reportNodeTypeNames } from '../../../../src/core/report/report-node-types';
import { paragraphNumberAt } from '../../../../src/renderer/report/editor/paragraph-numbers';
import { reportExtensions } from '../../../../src/renderer/report/editor/report-extensions';
import { editorTextblockText } from '../../../../src/renderer/report/editor/textblock-text';
import { reportOutline } from '../../../../src/renderer/report/outline/report-outline';
import { countWords } from '../../../../src/core/report/word-count';
import { sectionText } from '../../../../src/core/report/report-document';
import { reportNodeCases, reportWith } from '../../support/report-node-cases';
import { sampleCase, unzipText } from '../../support/sample-case';
import { numberedWordParagraphs } from '../../support/word-numbering';

// Golden tests, one per node type of the report (test/unit/support/report-node-cases.ts): the
// numbers the editor shows in the margin are the numbers Word shows (read back from the exported
// file's numbering), and the text the editor's anonymisation check reads is the text the export
// prints. (LibreOffice's reading of the same numbers: office-conversion.test.ts.)

const schema = getSchema(reportExtensions());
function caseWith(doc: ReportDocument): CaseFile {
  const file = sampleCase();
  return { ...file, report: { ...file.report!, content: doc }, recommendations: [] };
}

/** The editor's margin numbers, block by block, with each numbered block's text. */
function editorNumbers(doc: ProseMirrorNode): { label: string; text: string }[] {
  const numbered: { label: string; text: string }[] = [];
  doc.forEach((section, sectionOffset) => {
    section.forEach((block, blockOffset) => {
      const label = paragraphNumberAt(doc, sectionOffset + 1 + blockOffset + 1);
      if (label) numbered.push({ label, text: editorTextblockText(block, sectionOffset + 1 + blockOffset).text });
    });
  });
  return numbered;
}

/** Every textblock's text as the editor's check reads it, in document order. */
function editorTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    texts.push(editorTextblockText(node, pos).text);
    return false;
  });
  return texts;
}

describe('the report document model', () => {
  it('is the editor’s schema: the same node types and marks, no more, no fewer', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...reportNodeTypeNames].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...reportMarkTypes].sort());
  });

  for (const type of reportNodeTypeNames) {
    describe(type, () => {
      const doc = reportWith(reportNodeCases[type]);
      const editorDoc = ProseMirrorNode.fromJSON(schema, doc);

      it('is a valid editor document that holds the node type', () => {
        expect(() => editorDoc.check()).not.toThrow();
        const types = new Set<string>();
        editorDoc.descendants((node) => void types.add(node.type.name));
        types.add(editorDoc.type.name);
        expect(types).toContain(type);
      });

      it('has the numbers in Word that the editor shows, and prints what the editor checks', async () => {
        const result = await publish(caseWith(doc), { output: 'report', options: { kind: 'draft' } });
        if (!result.ok) throw new Error('A restricted draft is never refused.');
        const word = numberedWordParagraphs(unzipText(result.contents));
        // Body paragraphs are level 2 of the section numbering: "1.3", "A.2".
        const wordNumbered = word
          .filter((paragraph) => paragraph.level === 1 && /^[A-Z\d]+\.\d+$/.test(paragraph.label ?? ''))
          .map(({ label, text: printed }) => ({ label, text: printed }));
        expect(wordNumbered).toEqual(editorNumbers(editorDoc));
        expect(word.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.label)).toEqual([
          '1.',
          '2.',
          '3.',
          '4.',
          '5.',
          '6.',
          '7.',
          'Appendix A.',
        ]);
        // The core's rule (used by the publication check's places) gives the same numbers.
        expect(paragraphNumbers(doc.content).flat().filter(Boolean)).toEqual(editorNumbers(editorDoc).map((numbered) => numbered.label));

        const checked = editorTexts(editorDoc);
        expect(checked).toEqual(
          doc.content.flatMap((section) => section.content.flatMap((block) => textblocksOf(block).map((found) => textblockText(found.node)))),
        );
        // Word's body, after the contents: section titles and the printed text of every textblock.
        const body = word.slice(word.findIndex((paragraph) => paragraph.style === 'Heading1'));
        const printed = body.map((paragraph) => paragraph.text).filter((value) => value !== '');
        expect(printed).toEqual(printedOf(doc));
      });

      it('counts the words it prints', () => {
        const outline = reportOutline(editorDoc, []);
        expect(outline.sections.map((section) => section.words)).toEqual(doc.content.map((section) => countWords(section.content.map(nodeText).join('\n'))));
        expect(doc.content.map((section) => countWords(sectionText(section)) - countWords(section.attrs.title))).toEqual(
          outline.sections.map((section) => section.words),
        );
      });
    });
  }
});

/** The non-empty printed lines of a report: each section's title, then its textblocks' text. */
function printedOf(doc: ReportDocument): string[] {
  return doc.content
    .flatMap((section) => [section.attrs.title, ...section.content.flatMap((block) => textblocksOf(block).map((found) => textblockText(found.node)))])
    .filter((value) => value !== '');
}
