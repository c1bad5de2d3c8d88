import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { wordParagraphs } from '../../../../src/core/anonymise/written-file-text';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { acronymsDefinedIn, acronymsUsed } from '../../../../src/core/export/acronyms';
import { publish, type PublishRequest } from '../../../../src/core/export/publish';
import { anonymisedSample, sampleCase, unzipText } from '../../support/sample-case';

const sample = sampleCase;

async function contents(file: CaseFile, request: PublishRequest): Promise<Uint8Array> {
  const result = await publish(file, request);
  if (!result.ok) throw new Error(result.findings.map((finding) => `${finding.where}: ${finding.text}`).join('\n'));
  return result.contents;
}

const documentXml = async (file: CaseFile, request: PublishRequest) => unzipText(await contents(file, request))['word/document.xml']!;

describe('the glossary', () => {
  it('lists only the acronyms the text uses, as whole words, alphabetically', () => {
    expect(
      acronymsUsed('The GP and the HV met at the MASH; a s47 enquiry followed A&E. GPS and CAMHSS are not acronyms here.').map(([acronym]) => acronym),
    ).toEqual(['A&E', 'GP', 'HV', 'MASH', 's47']);
  });

  it('takes the acronyms the report defines itself, when their capitals spell them', () => {
    expect(
      acronymsDefinedIn('A meeting of the Team Around the Family (TAF) and the Kingsmere Early Help Hub (KEHH); the visit (NFA) and Monday (MON).'),
    ).toEqual({
      TAF: 'Team Around the Family',
      KEHH: 'Kingsmere Early Help Hub',
    });
  });

  it('is added to the Word report as an appendix when asked for', async () => {
    const document = await documentXml(sample(), { output: 'report', options: { kind: 'draft', appendices: ['glossary'] } });
    expect(document).toContain('Appendix: glossary');
    expect(document).toContain('General practitioner');
  });

  it('lists the acronyms of everything published: the recommendations, and the chronology appendix when it is printed', async () => {
    const file = anonymisedSample();
    file.recommendations[0]!.text = 'The LADO should be consulted.';
    file.chronology.entries[0]!.role = 'EHE officer';
    const glossaryOf = async (appendices: ('glossary' | 'chronology')[]) => {
      const xml = await documentXml(file, { output: 'report', options: { kind: 'publication', appendices } });
      return wordParagraphs(xml.slice(xml.indexOf('Appendix: glossary')));
    };
    expect(await glossaryOf(['glossary', 'chronology'])).toEqual(expect.arrayContaining(['LADO', 'EHE', 'Elective home education']));
    expect(await glossaryOf(['glossary'])).not.toContain('EHE');
  });
});

describe('acronyms used but not explained', () => {
  const withIntroduction = (text: string, file = anonymisedSample()) => {
    file.report!.content.content[0]!.content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    return file;
  };

  it('stop a publication until they are written out where first used, or overridden', async () => {
    const file = withIntroduction('The KEHH and the FAST team met twice.');
    const result = await publish(file, { output: 'report', options: { kind: 'publication' } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.readiness.map((problem) => [problem.key, problem.message, problem.place])).toEqual([
        [
          'acronym-unexplained:KEHH',
          '“KEHH” is used (first in section 1) but not explained: write it out where it is first used, followed by “(KEHH)”.',
          { kind: 'section', key: 'introduction' },
        ],
        [
          'acronym-unexplained:FAST',
          '“FAST” is used (first in section 1) but not explained: write it out where it is first used, followed by “(FAST)”.',
          { kind: 'section', key: 'introduction' },
        ],
      ]);
    const explained = withIntroduction('The Kingsmere Early Help Hub (KEHH) and the Family Assessment Support Team (FAST) met; the KEHH closed.');
    expect((await publish(explained, { output: 'report', options: { kind: 'publication' } })).ok).toBe(true);
    const overridden = withIntroduction('The KEHH and the Family Assessment Support Team (FAST) met twice.');
    overridden.anonymisation.log.push({
      id: 'log-kehh',
      at: '2024-06-02T09:00:00.000Z',
      action: 'readiness-overridden',
      text: 'acronym-unexplained:KEHH',
      replacement: '',
      reason: 'Explained in the partnership’s own glossary',
      count: 1,
    });
    expect((await publish(overridden, { output: 'report', options: { kind: 'publication' } })).ok).toBe(true);
  });

  it('are not taken from words in capitals in a heading or a pasted record, nor from Roman numerals or the built-in list', async () => {
    const file = withIntroduction('The record read “NOT SEEN AT HOME ON VISIT”. Part II of the GP letter and the NHS number were clear.');
    expect((await publish(file, { output: 'report', options: { kind: 'publication' } })).ok).toBe(true);
  });
});

describe('the action plan', () => {
  it('has a row per recommendation and agency, with empty columns to monitor progress', async () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await contents(anonymisedSample(), { output: 'action-plan', format: 'csv' }));
    expect(csv.startsWith('\uFEFFNo.,Recommendation,Agency,Target date,Action,Owner,Progress,RAG status\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1)).toEqual([
      [
        '1',
        'The partnership should agree a multi-agency pathway for faltering growth.',
        'Kingsmere Safeguarding Children Partnership',
        '30 September 2024',
        '',
        '',
        '',
        '',
      ],
      [
        '2',
        'Health visiting and school nursing should share growth records when a child starts school.',
        'Health visiting service',
        '31 December 2024',
        '',
        '',
        '',
        '',
      ],
      [
        '2',
        'Health visiting and school nursing should share growth records when a child starts school.',
        'School nursing service',
        '31 December 2024',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it('comes out as a landscape Word table with a repeating header row', async () => {
    const document = await documentXml(anonymisedSample(), { output: 'action-plan', format: 'docx' });
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('<w:tblHeader/>');
    expect(document.match(/<w:tr>/g)).toHaveLength(4);
  });

  it('lists recommendations agency by agency in the report when asked for', async () => {
    const document = await documentXml(sample(), { output: 'report', options: { kind: 'draft', recommendationsByAgency: true } });
    expect(document).toContain('School nursing service');
    expect(wordParagraphs(document)).toContain(
      'Recommendation 2, by 31 December 2024: Health visiting and school nursing should share growth records when a child starts school.',
    );
  });

  it('goes through the publication check, in Word and CSV alike, naming the agency or recommendation that holds a name', async () => {
    const file = anonymisedSample();
    file.agencies[1]!.name = 'Anita Rowe’s health visiting team';
    file.recommendations[0]!.text = 'Kerry Barker should be offered support.';
    for (const format of ['docx', 'csv'] as const) {
      const result = await publish(file, { output: 'action-plan', format });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.findings.map((finding) => `${finding.where}: ${finding.text}`)).toEqual([
          'Action plan, recommendation 1: Kerry Barker',
          'Action plan, recommendation 2: agency: Anita Rowe',
        ]);
        expect(result.findings[1]!.fields).toEqual(['agencies[1].name']);
      }
    }
  });
});
