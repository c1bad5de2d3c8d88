import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import type { ReportExportOptions } from '../../../../src/core/export/compose-report';
import { publish } from '../../../../src/core/export/publish';
import { layoutLimits } from '../../../../src/core/export/render-docx';
import { anonymisedSample, sampleCase, unzipText } from '../../support/sample-case';

// The published Word documents as a partnership puts them on its website (issue 18): a cover and
// a contents page of their own, tables laid out for what they hold, and what the public sector
// accessibility regulations ask of a document, each read back from the .docx XML.

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((match) => textOf(match[0]));
const gridOf = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
const isPageBreak = (paragraph: string) => paragraph.includes('<w:br w:type="page"/>');

async function written(file: CaseFile, options: ReportExportOptions, output: 'report' | 'action-plan' = 'report'): Promise<Record<string, string>> {
  const result = await publish(file, output === 'report' ? { output, options } : { output, format: 'docx' });
  if (!result.ok) throw new Error(result.findings.map((finding) => `${finding.where}: ${finding.text}`).join('\n'));
  return unzipText(result.contents);
}

const draft = () => written(sampleCase(), { kind: 'draft', appendices: ['chronology', 'glossary'] });

describe('the cover and contents', () => {
  it('puts the cover on a page of its own, then the contents on theirs, then the body', async () => {
    const body = paragraphs((await draft())['word/document.xml']!);
    const breaks = body.map((paragraph, index) => (isPageBreak(paragraph) ? index : -1)).filter((index) => index >= 0);
    const cover = body.slice(0, breaks[0]).map(textOf);
    expect(cover).toEqual([
      'Local Child Safeguarding Practice Review: Leo',
      'Kingsmere Safeguarding Children Partnership',
      'Independent reviewer: Independent Reviewer A',
      'Draft 0.2, Status: Draft, 1 June 2024',
      'OFFICIAL-SENSITIVE — contains identifiable information — not for publication',
    ]);
    const contents = body.slice(breaks[0]! + 1, breaks[1]);
    expect(textOf(contents[0]!)).toBe('Contents');
    expect(contents.some((paragraph) => paragraph.includes('TOC \\h \\o'))).toBe(true);
    // The first thing after the contents page is section 1's heading.
    const afterContents = body.slice(breaks[1]! + 1).find((paragraph) => textOf(paragraph) !== '')!;
    expect(afterContents).toContain('w:val="Heading1"');
    expect(textOf(afterContents)).toBe('Introduction');
  });

  it('writes the contents with their page numbers and nothing for Word to update or ask about on opening', async () => {
    const files = await draft();
    expect(files['word/settings.xml']).not.toContain('updateFields');
    const document = files['word/document.xml']!;
    expect(document).not.toContain('w:dirty="true"');
    const contents = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(document)![0];
    const entries = paragraphs(contents)
      .map(textOf)
      .filter((text) => text !== '');
    expect(entries[0]).toMatch(/^1\.Introduction(\d+)$/);
    expect(entries.at(-1)).toMatch(/^Appendix: integrated chronology(\d+)$/);
    const pages = entries.map((entry) => Number(/(\d+)$/.exec(entry)![1]));
    // The body starts on page 3, after the cover and the contents; the numbers never go back.
    expect(pages[0]).toBe(3);
    pages.forEach((page, index) => index > 0 && expect(page).toBeGreaterThanOrEqual(pages[index - 1]!));
  });

  it('leaves a document too long to lay out quickly for Word to number, and says so to Word', async () => {
    const file = sampleCase();
    const entry = file.chronology.entries[0]!;
    file.chronology.entries = Array.from({ length: layoutLimits.tableRows + 1 }, (_, index) => ({ ...entry, id: `long-${index}`, sequence: index }));
    const files = await written(file, { kind: 'draft', appendices: ['chronology'] });
    expect(files['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('gives the publication copy no draft label, status or draft marking: the date it is published', async () => {
    const file = anonymisedSample();
    file.report!.titlePage.versionLabel = 'Version 1.0';
    const document = (await written(file, { kind: 'publication' }))['word/document.xml']!;
    const cover = paragraphs(document).slice(0, 5).map(textOf);
    expect(cover.join('\n')).not.toMatch(/Version 1\.0|Status|OFFICIAL|Draft/);
    expect(cover).toContain('Published 1 June 2024');
    expect(cover).toContain('Independent reviewer: Independent Reviewer A');
  });
});

describe('tables laid out for their content', () => {
  it('gives the recommendations fixed widths: the number narrow, the wording widest; header repeated; rows never split', async () => {
    const document = (await draft())['word/document.xml']!;
    const recommendations = tables(document).find((table) => cellsOf(rowsOf(table)[0]!).includes('Recommendation'))!;
    expect(recommendations).toContain('<w:tblLayout w:type="fixed"/>');
    expect(cellsOf(rowsOf(recommendations)[0]!)).toEqual(['No.', 'Recommendation', 'Agency or agencies', 'Target date']);
    const [number, wording, agencies, date] = gridOf(recommendations);
    expect(number!).toBeLessThan(1000);
    expect(wording!).toBeGreaterThan(Math.max(number!, agencies!, date!) * 1.5);
    // "Recommendation" in 12 pt Arial needs about 2,000 twips: its column is wide enough not to break it.
    expect(wording!).toBeGreaterThan(2200);
    const rows = rowsOf(recommendations);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('lays the chronology appendix out as date, agency, practitioner, source, what happened (widest) and analysis, leaving out columns nobody filled', async () => {
    const document = (await draft())['word/document.xml']!;
    const appendix = tables(document).at(-1)!;
    expect(cellsOf(rowsOf(appendix)[0]!)).toEqual(['Date', 'Agency', 'Practitioner', 'Source', 'What happened', 'Analysis']);
    const grid = gridOf(appendix);
    expect(Math.max(...grid)).toBe(grid[4]);
    expect(cellsOf(rowsOf(appendix)[1]!)[2]).toBe('Midwife');

    const file = sampleCase();
    for (const entry of file.chronology.entries) Object.assign(entry, { source: '', analysis: '', episodeIds: [] });
    const plain = tables((await written(file, { kind: 'draft', appendices: ['chronology'] }))['word/document.xml']!).at(-1)!;
    expect(cellsOf(rowsOf(plain)[0]!)).toEqual(['Date', 'Agency', 'Practitioner', 'What happened']);
  });

  it('gives the action plan the recommendation widest, and columns for the action, owner, progress and RAG status', async () => {
    const document = (await written(anonymisedSample(), { kind: 'publication' }, 'action-plan'))['word/document.xml']!;
    const plan = tables(document)[0]!;
    expect(cellsOf(rowsOf(plan)[0]!)).toEqual(['No.', 'Recommendation', 'Agency', 'Target date', 'Action', 'Owner', 'Progress', 'RAG status']);
    const grid = gridOf(plan);
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(Math.min(...grid)).toBe(grid[0]);
    expect(plan).toContain('<w:tblLayout w:type="fixed"/>');
  });
});

/** WCAG contrast ratio of a hex colour on white. */
function contrastOnWhite(hex: string): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [0, 2, 4].map((offset) => channel(parseInt(hex.slice(offset, offset + 2), 16)));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe('accessibility of the published document', () => {
  it('has its title and language set, Arial 12 pt, real headings in order, marked header rows, no images and readable colours', async () => {
    const files = await written(anonymisedSample(), { kind: 'publication', appendices: ['chronology', 'glossary'] });
    expect(files['docProps/core.xml']).toContain('<dc:title>Leo: Local Child Safeguarding Practice Review</dc:title>');
    const styles = files['word/styles.xml']!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toContain('<w:lang w:val="en-GB"');
    const document = files['word/document.xml']!;
    // Heading levels never skip one going down: a screen reader's outline makes sense.
    const levels = paragraphs(document)
      .map((paragraph) => /<w:pStyle w:val="Heading(\d)"\/>/.exec(paragraph)?.[1])
      .filter((level): level is string => level !== undefined)
      .map(Number);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!).toBeLessThanOrEqual(1));
    for (const table of tables(document)) expect(rowsOf(table)[0]).toContain('<w:tblHeader/>');
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(document).not.toContain('<w:drawing>');
    const colours = [...styles.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>/gi), ...document.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>/gi)].map(
      (match) => match[1]!,
    );
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
