import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnonymisationChecker } from '../../../../src/core/anonymise/anonymisation-checker';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { buildReportDocx, documentAuthor, reportFileName, restrictedDraftMarking } from '../../../../src/core/export/build-report-docx';
import { unresolvedFindings } from '../../../../src/core/export/publication-gate';
import { isNumberedBlock, paragraphNumbers } from '../../../../src/core/report/paragraph-numbering';
import type { ReportNode } from '../../../../src/core/report/report-document';
import { statutorySections } from '../../../../src/core/report/statutory-sections';

function sample(): CaseFile {
  const read = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.file;
}

/** The sample case with every finding in its report replaced, as a reviewer would leave it for publication. */
function anonymised(): CaseFile {
  const file = sample();
  const checker = new AnonymisationChecker({ identifiers: file.anonymisation.identifiers, allow: file.anonymisation.allowed.map((item) => item.phrase) });
  const clean = (text: string) => {
    let result = text;
    for (const finding of [...checker.check(text)].reverse()) {
      if (finding.severity === 'low') continue;
      result = result.slice(0, finding.start) + (finding.replacement || '[removed]') + result.slice(finding.end);
    }
    return result;
  };
  const walk = (node: ReportNode): void => {
    if (node.type === 'text' && node.text) node.text = clean(node.text);
    node.content?.forEach(walk);
  };
  file.report!.content.content.forEach(walk);
  file.report!.titlePage.reviewers = ['Independent Reviewer A'];
  file.recommendations.forEach((recommendation) => (recommendation.text = clean(recommendation.text)));
  return file;
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
const textOf = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

describe('the report as a Word document', () => {
  it('has the statutory sections as numbered Heading 1, in order, and numbers exactly the paragraphs the editor numbers', async () => {
    const file = anonymised();
    const files = unzip(await buildReportDocx(file, { kind: 'publication' }));
    const document = files['word/document.xml']!;
    const headings = paragraphs(document).filter((paragraph) => paragraph.includes('w:val="Heading1"')).map(textOf);
    expect(headings.slice(0, 7)).toEqual(statutorySections.map((section) => section.title));
    // The sample has no lists, so every level-2 numbered paragraph is a body paragraph.
    const numberedInWord = paragraphs(document).filter((paragraph) => /<w:ilvl w:val="1"\/>/.test(paragraph)).length;
    const numberedInEditor = file.report!.content.content.flatMap((section) => section.content).filter((block) => isNumberedBlock(block.type, (block.content ?? []).some((child) => /\S/.test(child.text ?? '')))).length;
    expect(numberedInWord).toBe(numberedInEditor);
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="Appendix %1."/>');
    expect(files["word/settings.xml"]).toContain("<w:updateFields/>");
    expect(files['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    expect(document).toContain('TOC \\h \\o &quot;1-3&quot;');
  });

  it('puts the recommendations in a table with a repeating header row', async () => {
    const file = anonymised();
    const document = unzip(await buildReportDocx(file, { kind: 'publication' }))['word/document.xml']!;
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document.slice(document.indexOf('>No.<') - 2000))?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => row[0]);
    expect(rows).toHaveLength(file.recommendations.length + 1);
    expect(textOf(rows[1]!)).toContain('Kingsmere Safeguarding Children Partnership');
    expect(textOf(rows[1]!)).toContain('30 September 2024');
  });

  it('carries no register value anywhere in a publication export, and a role, not a name, as its author', async () => {
    const file = anonymised();
    expect(unresolvedFindings(file).map((finding) => `${finding.where}: ${finding.text}`)).toEqual([]);
    const files = unzip(await buildReportDocx(file, { kind: 'publication', appendices: [] }));
    // Every piece of text in every part of the package: body, headers, footers, properties.
    const everything = Object.values(files)
      .map((xml) => [...xml.matchAll(/>([^<]+)</g)].map((match) => match[1]).join(' '))
      .join('\n');
    for (const identifier of file.anonymisation.identifiers) {
      const parts = [identifier.value, ...identifier.value.split(/[\s,]+/).filter((word) => word.length >= 4 && !/^(grove|school|infant|nursery|general|hospital|kingsmere)$/i.test(word))];
      for (const part of parts) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
        expect(everything, `“${part}” found in the package`).not.toMatch(pattern);
      }
    }
    expect(files['docProps/core.xml']).toContain(`<dc:creator>${documentAuthor}</dc:creator>`);
    expect(files['docProps/core.xml']).toContain(`<cp:lastModifiedBy>${documentAuthor}</cp:lastModifiedBy>`);
    expect(files['docProps/custom.xml'] ?? '').not.toMatch(/<property/);
    expect(Object.keys(files)).not.toContain('word/comments.xml');
    expect(reportFileName(file, 'publication')).toBe('Leo-LCSPR-Draft-0.2.docx');
  });

  it('marks a restricted draft on every page, and adds the chronology as a landscape appendix with a repeating header', async () => {
    const file = sample();
    const files = unzip(await buildReportDocx(file, { kind: 'draft', appendices: ['chronology'] }));
    const headers = Object.entries(files).filter(([name]) => /word\/header\d+\.xml/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes(restrictedDraftMarking))).toBe(true);
    const document = files['word/document.xml']!;
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('Appendix: integrated chronology');
    expect(document).toContain('April 2022');
    expect(reportFileName(file, 'draft')).toMatch(/RESTRICTED-DRAFT\.docx$/);
  });

  it('checks the chronology when it goes out as an appendix, and the document’s own title and file name', () => {
    const file = anonymised();
    expect(unresolvedFindings(file)).toEqual([]);
    file.chronology.entries[0]!.text = 'Seen with Kerry Barker at the clinic';
    expect(unresolvedFindings(file)).toEqual([]);
    expect(unresolvedFindings(file, { chronology: true })).toContainEqual(expect.objectContaining({ text: 'Kerry Barker', where: expect.stringMatching(/^Chronology: .*what happened$/) }));
    file.report!.titlePage.reviewName = 'Lewis Harding';
    expect(unresolvedFindings(file)).toContainEqual(expect.objectContaining({ text: 'Lewis', where: 'Title page, review name' }));
    expect(unresolvedFindings(file)).toContainEqual(expect.objectContaining({ text: 'Lewis', where: 'Document title and file name' }));
  });

  it('refuses a publication export of the unanonymised sample, naming where each finding is', () => {
    const findings = unresolvedFindings(sample());
    expect(findings.length).toBeGreaterThan(20);
    expect(findings).toContainEqual(expect.objectContaining({ text: 'Lewis', where: 'Introduction', severity: 'high' }));
  });

  it('leaves the links back to notes out of the document: the sentence is published, its source is not', async () => {
    const file = anonymised();
    const label = 'Practitioner learning event, 14/03/2024 10:02, Health visitor';
    const source: ReportNode = { type: 'noteSource', attrs: { noteId: 'note-1', eventId: 'event-1', label } };
    const introduction = file.report!.content.content[0]!;
    const before = introduction.content.length;
    introduction.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Growth checks were missed. ' }, source] }, { type: 'paragraph', content: [source] });
    const document = unzip(await buildReportDocx(file, { kind: 'publication' }))['word/document.xml']!;
    expect(document).toContain('Growth checks were missed.');
    expect(document).not.toContain('14/03/2024');
    expect(document).not.toContain('From notes');
    // The sentence takes the next number in the introduction; the paragraph with only a link takes none.
    const numberedInIntroduction = introduction.content.slice(0, before).filter((block) => (block.content ?? []).some((child) => /\S/.test(child.text ?? ''))).length;
    const bodyParagraphs = paragraphs(document);
    const sentence = bodyParagraphs.findIndex((paragraph) => textOf(paragraph).startsWith('Growth checks were missed.'));
    expect(bodyParagraphs[sentence]).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(bodyParagraphs[sentence + 1]).not.toMatch(/<w:ilvl w:val="1"\/>/);
    expect(textOf(bodyParagraphs[sentence + 1]!)).toBe('');
    expect(paragraphNumbers(file.report!.content.content)[0]!.slice(before)).toEqual([`1.${numberedInIntroduction + 1}`, null]);
  });

  it('does not let event notes block a publication export, which never includes them, but the same name in the report does', () => {
    const file = anonymised();
    // The sample's second note names the child by his nickname.
    expect(file.events.notes.some((note) => note.text.includes('Lewy'))).toBe(true);
    expect(unresolvedFindings(file)).toEqual([]);
    expect(unresolvedFindings(file, { chronology: true })).toEqual([]);
    file.report!.content.content[1]!.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Staff noticed Lewy was hungry most mornings.' }] });
    expect(unresolvedFindings(file)).toContainEqual(expect.objectContaining({ text: 'Lewy', where: file.report!.content.content[1]!.attrs.title }));
  });
});
