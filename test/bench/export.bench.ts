import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import type { CaseFile } from '../../src/core/case-file/case-file-format';
import { readCaseFile } from '../../src/core/case-file/read-case-file';
import { importChronologySheet } from '../../src/core/chronology/import-chronology-sheet';
import { readChronologyFile } from '../../src/core/chronology/read-chronology-file';
import { checkPublishedDocument } from '../../src/core/export/publication-check';
import { composeRequest, publish, renderRequest, type PublishRequest } from '../../src/core/export/publish';
import { nodeText } from '../../src/core/report/report-document';
import { generateChronologyCsv } from './support/generate-chronology-csv';
import { generateReport } from './support/generate-report';

// Word export of a 60,000-word report with a 2,000-entry chronology appendix, in Node; and, for
// scale, pandoc turning the same text as Markdown into a .docx.

const read = readCaseFile(readFileSync(resolve(import.meta.dirname, '../fixtures/case-l.cspr.json'), 'utf8'));
if (!read.ok) throw new Error('The sample case does not read.');
const sheet = await readChronologyFile('bench.csv', new TextEncoder().encode(generateChronologyCsv(2_000)));
if (!sheet.ok) throw new Error(sheet.message);
const imported = importChronologySheet(sheet.sheet);
if (!imported.ok) throw new Error(imported.message);
const file: CaseFile = {
  ...read.file,
  report: { ...read.file.report!, content: generateReport(60_000) },
  // Without the generated entry that falls on the sample child's registered date of birth, which the check (rightly) refuses.
  chronology: {
    ...read.file.chronology,
    entries: imported.entries
      .filter((draft) => draft.date !== '2018-11-22')
      .map((draft, index) => ({ ...draft, id: `e${index}`, episodeIds: [], sequence: index })),
  },
};
const request: PublishRequest = { output: 'report', options: { kind: 'publication', appendices: ['chronology', 'glossary'] } };
const exportMs: number[] = [];
const withoutReadBackMs: number[] = [];

const folder = mkdtempSync(join(tmpdir(), 'cspr-export-bench-'));
const markdown = file.report!.content.content.map((section) => `# ${section.attrs.title}\n\n${section.content.map(nodeText).join('\n\n')}`).join('\n\n');
writeFileSync(join(folder, 'report.md'), markdown);
const pandocMs: number[] = [];

describe('Publication export, 60,000 words and a 2,000-entry chronology appendix (Node)', () => {
  bench(
    'publish: compose, check, write the .docx and read it back',
    async () => {
      const started = performance.now();
      const result = await publish(file, request);
      if (!result.ok)
        throw new Error(
          `Refused: ${result.findings
            .slice(0, 5)
            .map((finding) => `${finding.where}: ${finding.text}`)
            .join('; ')}`,
        );
      exportMs.push(performance.now() - started);
    },
    { iterations: 11, warmupIterations: 2, time: 0, warmupTime: 0 },
  );
  bench(
    'the same without the read-back: compose, check, write the .docx',
    async () => {
      const started = performance.now();
      const document = composeRequest(file, request);
      if (checkPublishedDocument(document, file.anonymisation).unresolved.length > 0) throw new Error('Refused.');
      await renderRequest(document, request);
      withoutReadBackMs.push(performance.now() - started);
    },
    { iterations: 11, warmupIterations: 2, time: 0, warmupTime: 0 },
  );
  if (existsSync('/usr/bin/pandoc')) {
    bench(
      'pandoc: the same text as Markdown to .docx',
      () => {
        const started = performance.now();
        execFileSync('/usr/bin/pandoc', [join(folder, 'report.md'), '-o', join(folder, 'report.docx')]);
        pandocMs.push(performance.now() - started);
      },
      { iterations: 11, warmupIterations: 2, time: 0, warmupTime: 0 },
    );
  }
});

afterAll(() => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const ours = median(exportMs);
  const theirs = median(pandocMs);
  const without = median(withoutReadBackMs);
  console.log(
    `Publication export (60,000 words + 2,000-entry chronology + glossary): median ${ours.toFixed(0)} ms with the read-back, ${without.toFixed(0)} ms without it (+${(ours - without).toFixed(0)} ms)${pandocMs.length ? `; pandoc on the report text alone: median ${theirs.toFixed(0)} ms (ours ÷ pandoc = ${(ours / theirs).toFixed(2)})` : '; pandoc not installed'}`,
  );
  rmSync(folder, { recursive: true, force: true });
});
