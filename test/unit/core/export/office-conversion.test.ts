import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { buildReportDocx } from '../../../../src/core/export/build-report-docx';
import { statutorySections } from '../../../../src/core/report/statutory-sections';

// The exported sample case opened by LibreOffice (to PDF and to text) and by pandoc: what a
// panel member sees in another word processor. .ci/run installs both from Debian.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const pandoc = existsSync('/usr/bin/pandoc') ? '/usr/bin/pandoc' : undefined;
if (!soffice || !pandoc) console.warn('LibreOffice or pandoc is not installed here: the office conversion tests are skipped (.ci/run installs them).');

const folder = mkdtempSync(join(tmpdir(), 'cspr-office-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exportSample(): Promise<string> {
  const read = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('; '));
  const path = join(folder, 'Leo-LCSPR.docx');
  writeFileSync(path, await buildReportDocx(read.file, { kind: 'draft', appendices: ['glossary'] }));
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
    statutorySections.forEach((section, index) => expect(markdown).toMatch(new RegExp(`^${index + 1}\\.\\s+#+ ${section.title}`, "m")));
    expect(markdown).toContain('Health visiting and school nursing should share growth records');
    expect(markdown).toContain('31 December 2024');
  });
});
