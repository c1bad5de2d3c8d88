import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { acronymsDefinedIn, acronymsUsed } from '../../../../src/core/export/acronyms';
import { actionPlanCsv, actionPlanRows } from '../../../../src/core/export/action-plan';
import { buildActionPlanDocx, buildReportDocx } from '../../../../src/core/export/build-report-docx';

function sample() {
  const read = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.file;
}

describe('the glossary', () => {
  it('lists only the acronyms the text uses, as whole words, alphabetically', () => {
    expect(acronymsUsed('The GP and the HV met at the MASH; a s47 enquiry followed A&E. GPS and CAMHSS are not acronyms here.').map(([acronym]) => acronym)).toEqual([
      'A&E',
      'GP',
      'HV',
      'MASH',
      's47',
    ]);
  });

  it('takes the acronyms the report defines itself, when their capitals spell them', () => {
    expect(acronymsDefinedIn('A meeting of the Team Around the Family (TAF) and the Kingsmere Early Help Hub (KEHH); the visit (NFA) and Monday (MON).')).toEqual({
      TAF: 'Team Around the Family',
      KEHH: 'Kingsmere Early Help Hub',
    });
  });

  it('is added to the Word report as an appendix when asked for', async () => {
    const document = strFromU8(unzipSync(await buildReportDocx(sample(), { kind: 'draft', appendices: ['glossary'] }))['word/document.xml']!);
    expect(document).toContain('Appendix: glossary');
    expect(document).toContain('General practitioner');
  });
});

describe('the action plan', () => {
  it('has a row per recommendation and agency, with empty columns to monitor progress', () => {
    const rows = actionPlanRows(sample());
    expect(rows).toEqual([
      ['1', 'The partnership should agree a multi-agency pathway for faltering growth.', 'Kingsmere Safeguarding Children Partnership', '30 September 2024', '', '', '', ''],
      ['2', 'Health visiting and school nursing should share growth records when a child starts school.', 'Health visiting service', '31 December 2024', '', '', '', ''],
      ['2', 'Health visiting and school nursing should share growth records when a child starts school.', 'School nursing service', '31 December 2024', '', '', '', ''],
    ]);
    expect(actionPlanCsv(sample()).startsWith('\uFEFFNo.,Recommendation,Agency,Target date,Action,Lead,Status,Evidence\r\n')).toBe(true);
  });

  it('comes out as a landscape Word table with a repeating header row', async () => {
    const document = strFromU8(unzipSync(await buildActionPlanDocx(sample()))['word/document.xml']!);
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('<w:tblHeader/>');
    expect(document.match(/<w:tr>/g)).toHaveLength(4);
  });

  it('lists recommendations agency by agency in the report when asked for', async () => {
    const document = strFromU8(unzipSync(await buildReportDocx(sample(), { kind: 'draft', recommendationsByAgency: true }))['word/document.xml']!);
    expect(document).toContain('School nursing service');
    expect(document).toContain('Recommendation 2, by 31 December 2024: Health visiting and school nursing');
  });
});
