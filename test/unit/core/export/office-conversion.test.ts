import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publish } from '../../../../src/core/export/publish';
import { statutorySections } from '../../../../src/core/report/statutory-sections';
import { paragraphNumbers } from '../../../../src/core/report/paragraph-numbering';
import { textblockText } from '../../../../src/core/report/report-document';
import { reportNodeTypeNames } from '../../../../src/core/report/report-node-types';
import { reportNodeCases, reportWith } from '../../support/report-node-cases';
import { anonymisedSample, sampleCase } from '../../support/sample-case';

// The exported sample case opened by LibreOffice (to PDF and to text) and by pandoc: what a
// panel member sees in another word processor. .ci/run installs both from Debian.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const pandoc = existsSync('/usr/bin/pandoc') ? '/usr/bin/pandoc' : undefined;
const pdftotext = existsSync('/usr/bin/pdftotext') ? '/usr/bin/pdftotext' : undefined;
if (!soffice || !pandoc) console.warn('LibreOffice or pandoc is not installed here: the office conversion tests are skipped (.ci/run installs them).');

const folder = mkdtempSync(join(tmpdir(), 'cspr-office-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exportSample(): Promise<string> {
  const path = join(folder, 'Leo-LCSPR.docx');
  const result = await publish(sampleCase(), { output: 'report', options: { kind: 'draft', appendices: ['glossary'] } });
  if (!result.ok) throw new Error('A restricted draft is never refused.');
  writeFileSync(path, result.contents);
  return path;
}

describe.skipIf(!soffice || !pandoc)('the exported report in other word processors', () => {
  it('converts with LibreOffice to PDF and to text, with the headings, live paragraph numbers and recommendations', { timeout: 120_000 }, async () => {
    const docx = await exportSample();
    const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { timeout: 100_000, stdio: 'ignore' });
    expect(statSync(join(folder, 'Leo-LCSPR.pdf')).size).toBeGreaterThan(10_000);
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, docx], { timeout: 100_000, stdio: 'ignore' });
    const text = readFileSync(join(folder, 'Leo-LCSPR.txt'), 'utf8');
    statutorySections.forEach((section, index) => expect(text).toContain(`${index + 1}. ${section.title}`));
    expect(text).toMatch(/^\s*1\.1 This review is about Leo/m);
    expect(text).toMatch(/^\s*2\.3 The health visitor/m);
    expect(text).toMatch(/^\s*Appendix A\. Details removed from agency submissions/m);
    expect(text).toMatch(/^\s*A\.1 The school gave/m);
    expect(text).toContain('The partnership should agree a multi-agency pathway for faltering growth.');
    expect(text).toContain('not for publication');
    expect(text).toContain('General practitioner');
  });

  it('reads with pandoc: sections as headings and the recommendations table', { timeout: 60_000 }, async () => {
    const docx = await exportSample();
    const markdown = execFileSync(pandoc!, ['-t', 'markdown', docx], { encoding: 'utf8' });
    // Numbered headings come through as "1.  # Introduction".
    statutorySections.forEach((section, index) => expect(markdown).toMatch(new RegExp(`^${index + 1}\\.\\s+#+ ${section.title}`, 'm')));
    expect(markdown).toContain('Health visiting and school nursing should share growth records');
    expect(markdown).toContain('31 December 2024');
  });

  it('shows, in LibreOffice, the paragraph numbers the editor shows, for every kind of content a report holds', { timeout: 120_000 }, async () => {
    const doc = reportWith(reportNodeTypeNames.flatMap((type) => reportNodeCases[type]));
    const file = sampleCase();
    const result = await publish({ ...file, report: { ...file.report!, content: doc }, recommendations: [] }, { output: 'report', options: { kind: 'draft' } });
    if (!result.ok) throw new Error('A restricted draft is never refused.');
    const docx = join(folder, 'every-node.docx');
    writeFileSync(docx, result.contents);
    const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, docx], { timeout: 100_000, stdio: 'ignore' });
    const lines = readFileSync(join(folder, 'every-node.txt'), 'utf8').split(/\r?\n/);
    // LibreOffice writes a numbered paragraph as its number, a tab or spaces, then its text.
    const shown = lines
      .map((line) => /^\s*([A-Z\d]+\.\d+)\s+(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => `${match[1]} ${match[2]!.trim()}`);
    const numbers = paragraphNumbers(doc.content);
    const expected = doc.content.flatMap((section, index) =>
      section.content.flatMap((block, blockIndex) =>
        numbers[index]![blockIndex] ? [`${numbers[index]![blockIndex]} ${textblockText(block).split('\n')[0]!.trim()}`] : [],
      ),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(shown).toEqual(expected);
  });

  it.skipIf(!pdftotext)('lays out, in LibreOffice, a cover page and a contents page of their own before the body', { timeout: 120_000 }, async () => {
    const result = await publish(sampleCase(), { output: 'report', options: { kind: 'draft', appendices: ['chronology', 'glossary'] } });
    if (!result.ok) throw new Error('A restricted draft is never refused.');
    const docx = join(folder, 'pages.docx');
    writeFileSync(docx, result.contents);
    const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { timeout: 100_000, stdio: 'ignore' });
    const pdf = join(folder, 'pages.pdf');
    const page = (number: number) => execFileSync(pdftotext!, ['-f', String(number), '-l', String(number), '-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    // Cover, contents, four pages of body, and the chronology appendix in landscape.
    expect(pages).toBeGreaterThanOrEqual(5);
    const cover = page(1);
    expect(cover).toContain('Review: Leo');
    expect(cover).toContain('Independent reviewer: Independent Reviewer A');
    expect(cover).toContain('Draft 0.2, Status: Draft, 1 June 2024');
    expect(cover).not.toContain('Introduction');
    const contents = page(2);
    // Under the marking in the header, the first line is the heading.
    expect(
      contents
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)[1],
    ).toBe('Contents');
    expect(contents).toContain('Appendix: integrated chronology');
    expect(contents).not.toMatch(/^\s*1\.1 /m);
    expect(page(3)).toMatch(/1\.\s+Introduction/);
    // Each entry's page number is the page LibreOffice puts the heading on.
    const entries = [...contents.matchAll(/^\s*(?:\d+\.\s+)?(.+?)\.{3,}\s*(\d+)\s*$/gm)].map((match) => [match[1]!.trim(), Number(match[2])] as const);
    expect(entries.length).toBeGreaterThanOrEqual(9);
    const words = (text: string) => text.replace(/\s+/g, ' ');
    for (const [title, number] of entries) expect(words(page(number)), `${title} on page ${number}`).toContain(words(title).slice(0, 30));
  });

  it.skipIf(!pdftotext)('lays the 7-minute briefing out on two A4 pages, and pandoc reads its seven parts', { timeout: 120_000 }, async () => {
    const result = await publish(anonymisedSample(), { output: 'briefing' });
    if (!result.ok) throw new Error(result.message);
    const docx = join(folder, 'briefing.docx');
    writeFileSync(docx, result.contents);
    const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
    execFileSync(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { timeout: 100_000, stdio: 'ignore' });
    const info = execFileSync('/usr/bin/pdfinfo', [join(folder, 'briefing.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(2);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
    const second = execFileSync(pdftotext!, ['-f', '2', '-l', '2', join(folder, 'briefing.pdf'), '-'], { encoding: 'utf8' });
    expect(second).toContain('5. What practitioners should do');
    expect(second).toContain('7. Further information');
    const markdown = execFileSync(pandoc!, ['-t', 'markdown', docx], { encoding: 'utf8' });
    for (const part of ['Background', 'The case in brief', 'Key learning', 'Findings', 'Questions for reflection'])
      expect(markdown).toMatch(new RegExp(`^## \\d\\. ${part}`, 'm'));
  });
});
