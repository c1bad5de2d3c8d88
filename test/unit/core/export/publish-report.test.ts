import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { composeReport, documentAuthor, reportFileName, restrictedDraftMarking, type ReportExportOptions } from '../../../../src/core/export/compose-report';
import { checkPublishedDocument } from '../../../../src/core/export/publication-check';
import { publish, type PublishResult } from '../../../../src/core/export/publish';
import { paragraphNumbers } from '../../../../src/core/report/paragraph-numbering';
import type { ReportNode } from '../../../../src/core/report/report-document';
import { statutorySections } from '../../../../src/core/report/statutory-sections';
import { anonymisedSample, everyText, sampleCase, unzipText } from '../../support/sample-case';

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
const textOf = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/** What the publication check finds, as "where: text". */
const found = (file: CaseFile, options: Partial<ReportExportOptions> = {}) =>
  checkPublishedDocument(composeReport(file, { kind: 'publication', ...options }), file.anonymisation).unresolved.map(
    (finding) => `${finding.where}: ${finding.text}`,
  );

async function written(file: CaseFile, options: ReportExportOptions): Promise<Record<string, string>> {
  const result = await publish(file, { output: 'report', options });
  if (!result.ok) throw new Error(result.findings.map((finding) => `${finding.where}: ${finding.text}`).join('\n'));
  return unzipText(result.contents);
}

const refused = (result: PublishResult) => (result.ok ? [] : result.findings.map((finding) => `${finding.where}: ${finding.text}`));

describe('the report as a Word document', () => {
  it('has the statutory sections as numbered Heading 1, in order, and numbers exactly the paragraphs the editor numbers', async () => {
    const file = anonymisedSample();
    const files = await written(file, { kind: 'publication' });
    const document = files['word/document.xml']!;
    const headings = paragraphs(document)
      .filter((paragraph) => paragraph.includes('w:val="Heading1"'))
      .map(textOf);
    expect(headings.slice(0, 7)).toEqual(statutorySections.map((section) => section.title));
    const numberedInWord = paragraphs(document)
      .filter((paragraph) => /<w:ilvl w:val="1"\/>/.test(paragraph))
      .map(textOf);
    const numbers = paragraphNumbers(file.report!.content.content);
    const numberedInEditor = file.report!.content.content.flatMap((section, index) =>
      section.content.filter((_block, block) => numbers[index]![block] !== null),
    );
    expect(numberedInWord).toHaveLength(numberedInEditor.length);
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="Appendix %1."/>');
    // The contents come with their page numbers: Word has nothing to update on opening (published-layout.test.ts).
    expect(files['word/settings.xml']).not.toContain('updateFields');
    expect(files['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    expect(document).toContain('TOC \\h \\o &quot;1-3&quot;');
  });

  it('puts the recommendations in a table with a repeating header row', async () => {
    const file = anonymisedSample();
    const document = (await written(file, { kind: 'publication' }))['word/document.xml']!;
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document.slice(document.indexOf('>No.<') - 2000))?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => row[0]);
    expect(rows).toHaveLength(file.recommendations.length + 1);
    expect(textOf(rows[1]!)).toContain('Kingsmere Safeguarding Children Partnership');
    expect(textOf(rows[1]!)).toContain('30 September 2024');
  });

  it('carries no register value anywhere in a publication export, and a role, not a name, as its author', async () => {
    const file = anonymisedSample();
    const files = await written(file, { kind: 'publication', appendices: ['chronology', 'glossary'], recommendationsByAgency: true });
    const everything = everyText(files);
    for (const identifier of file.anonymisation.identifiers) {
      const parts = [
        identifier.value,
        ...identifier.value.split(/[\s,]+/).filter((word) => word.length >= 4 && !/^(grove|school|infant|nursery|general|hospital|kingsmere)$/i.test(word)),
      ];
      for (const part of parts) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
        expect(everything, `“${part}” found in the package`).not.toMatch(pattern);
      }
    }
    expect(files['docProps/core.xml']).toContain(`<dc:creator>${documentAuthor}</dc:creator>`);
    expect(files['docProps/core.xml']).toContain(`<cp:lastModifiedBy>${documentAuthor}</cp:lastModifiedBy>`);
    expect(files['docProps/custom.xml'] ?? '').not.toMatch(/<property/);
    expect(Object.keys(files)).not.toContain('word/comments.xml');
    expect(reportFileName(file, 'publication')).toBe('Leo-LCSPR-Final.docx');
  });

  it('marks a restricted draft on every page, and adds the chronology as a landscape appendix with a repeating header', async () => {
    const file = sampleCase();
    const result = await publish(file, { output: 'report', options: { kind: 'draft', appendices: ['chronology'] } });
    if (!result.ok) throw new Error('A restricted draft is never refused.');
    expect(result.restricted).toBe(true);
    expect(result.unresolved).toBeGreaterThan(20);
    expect(result.fileName).toMatch(/RESTRICTED-DRAFT\.docx$/);
    const files = unzipText(result.contents);
    const headers = Object.entries(files)
      .filter(([name]) => /word\/header\d+\.xml/.test(name))
      .map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes(restrictedDraftMarking))).toBe(true);
    const document = files['word/document.xml']!;
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('Appendix: integrated chronology');
    expect(document).toContain('April 2022');
  });
});

describe('the publication check', () => {
  it('refuses the unanonymised sample, naming where each finding is by section and paragraph number', async () => {
    const result = await publish(sampleCase(), { output: 'report', options: { kind: 'publication' } });
    expect(result.ok).toBe(false);
    expect(refused(result).length).toBeGreaterThan(20);
    expect(refused(result)).toContain('1. Introduction, paragraph 1.1: Lewis');
    if (!result.ok) expect(result.findings.find((finding) => finding.text === 'Lewis')?.fields).toEqual(['report.content.content[0].content[0]']);
  });

  it('checks the chronology when it goes out as an appendix, and the document’s own title and file name', () => {
    const file = anonymisedSample();
    expect(found(file)).toEqual([]);
    file.chronology.entries[0]!.text = 'Seen with Kerry Barker at the clinic';
    expect(found(file)).toEqual([]);
    expect(found(file, { appendices: ['chronology'] })).toEqual(['Chronology appendix, row 1: what happened: Kerry Barker']);
    file.report!.titlePage.reviewName = 'Lewis Harding';
    // The file name (Lewis-Harding-LCSPR-Final.docx) and the document's title property too.
    expect(found(file)).toEqual([
      'File name: Lewis',
      'File name: Harding',
      // The shared surname after his first name is his: one finding.
      'Document properties: title: Lewis Harding',
      'Title page: review name: Lewis Harding',
    ]);
  });

  it('checks every printed text outside the body: agencies in every list, the chronology’s agency column, episode titles, reviewers and the marking', () => {
    const file = anonymisedSample();
    file.agencies[1]!.name = 'Anita Rowe’s health visiting team';
    file.chronology.entries[2]!.agency = 'Dr Farid Hussain’s practice';
    file.chronology.entries[3]!.episodeIds = [file.chronology.episodes[0]!.id];
    file.chronology.episodes[0]!.title = 'Lewis starts school';
    file.report!.titlePage.reviewers = ['Independent Reviewer A', 'Megan Doyle'];
    file.report!.titlePage.protectiveMarking = 'OFFICIAL — Harding family';
    expect(new Set(found(file, { appendices: ['chronology'], recommendationsByAgency: true }))).toEqual(
      new Set([
        'Title page: protective marking: Harding',
        'Title page: reviewers: Megan Doyle',
        'Recommendation 2: agency: Anita Rowe',
        'Recommendations by agency: agency: Anita Rowe',
        'Chronology appendix, row 3: agency: Dr Farid Hussain',
        'Key practice episode 1: title: Lewis',
      ]),
    );
  });

  it('checks a chronology reference’s label in the body, and numbers a paragraph holding only a reference', () => {
    const file = anonymisedSample();
    const overview = file.report!.content.content[1]!;
    const reference: ReportNode = { type: 'chronologyReference', attrs: { kind: 'episode', refId: 'x', label: 'Episode 1: Lewis starts school' } };
    overview.content.unshift({ type: 'paragraph', content: [reference] });
    expect(paragraphNumbers(file.report!.content.content)[1]![0]).toBe('2.1');
    expect(found(file)).toEqual(['2. Overview of what happened, paragraph 2.1: Lewis']);
  });

  it('leaves the links back to notes out of the document: the sentence is published, its source is not', async () => {
    const file = anonymisedSample();
    const label = 'Practitioner learning event, 14/03/2024 10:02, Health visitor';
    const source: ReportNode = { type: 'noteSource', attrs: { noteId: 'note-1', eventId: 'event-1', label } };
    const introduction = file.report!.content.content[0]!;
    const before = introduction.content.length;
    introduction.content.push(
      { type: 'paragraph', content: [{ type: 'text', text: 'Growth checks were missed. ' }, source] },
      { type: 'paragraph', content: [source] },
    );
    const document = (await written(file, { kind: 'publication' }))['word/document.xml']!;
    expect(document).toContain('Growth checks were missed.');
    expect(document).not.toContain('14/03/2024');
    expect(document).not.toContain('From notes');
    const numbered = paragraphNumbers(file.report!.content.content)[0]!;
    expect(numbered.slice(before)).toEqual([`1.${numbered.filter(Boolean).length}`, null]);
    const bodyParagraphs = paragraphs(document);
    const sentence = bodyParagraphs.findIndex((paragraph) => textOf(paragraph).startsWith('Growth checks were missed.'));
    expect(bodyParagraphs[sentence]).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(bodyParagraphs[sentence + 1]).not.toMatch(/<w:ilvl w:val="1"\/>/);
  });

  it('does not let event notes block a publication export, which never includes them, but the same name in the report does', () => {
    const file = anonymisedSample();
    expect(file.events.notes.some((note) => note.text.includes('Lewy'))).toBe(true);
    expect(found(file, { appendices: ['chronology', 'glossary'] })).toEqual([]);
    file.report!.content.content[1]!.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Staff noticed Lewy was hungry most mornings.' }] });
    expect(found(file)).toContainEqual(expect.stringMatching(/^2\. Overview of what happened, paragraph 2\.\d+: Lewy$/));
  });

  it('lets through an occurrence the reviewer left with a reason, and only that one', () => {
    const file = anonymisedSample();
    const overview = file.report!.content.content[1]!;
    overview.content.push(
      { type: 'paragraph', content: [{ type: 'text', text: 'The Harding Memorial Fund paid for the trip.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Harding was late.' }] },
    );
    expect(found(file)).toHaveLength(2);
    file.anonymisation.ignored.push({ id: 'left-1', text: 'Harding', context: 'The ‖ Memorial Fund paid for', reason: 'A charity’s name, public' });
    expect(found(file)).toEqual([expect.stringMatching(/paragraph 2\.\d+: Harding$/)]);
  });
});
