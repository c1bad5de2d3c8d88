import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';
import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import { anonymisedSample } from '../support/sample-case';

const sample = resolve(import.meta.dirname, '../../fixtures/case-l.cspr.json');

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeBytes: async (path, bytes) => void written.set(path, bytes),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err, written };
}

describe('npm run cli -- export', () => {
  it('refuses a publication export while findings are unresolved, listing them, and writes nothing', async () => {
    const { io, err, written } = captureIo();
    expect(await runCli(['export', sample, '-o', 'out.docx'], io)).toBe(1);
    expect(err[0]).toMatch(/^Not exported for publication: 2 things to finish and \d+ unresolved findings\. Finish and resolve them/);
    expect(err).toContain('  high: 1. Introduction, paragraph 1.1: “Lewis” → Leo');
    expect(written.size).toBe(0);
  });

  it('lists what is still to finish before the findings, each with the key its override is recorded against', async () => {
    const file = JSON.parse(await readFile(sample, 'utf8')) as CaseFile;
    file.report!.content.content[2]!.content = [{ type: 'paragraph' }];
    file.recommendations[1]!.targetDate = null;
    file.report!.titlePage.reviewers = [' '];
    file.anonymisation.log.push({
      id: 'log-1',
      at: '2024-06-02T09:00:00.000Z',
      action: 'readiness-overridden',
      text: 'title-page-marking',
      replacement: '',
      reason: 'Marked by the partnership',
      count: 1,
    });
    const { io, err } = captureIo();
    io.readText = async () => JSON.stringify(file);
    expect(await runCli(['export', 'case.cspr.json', '-o', 'out.docx'], io)).toBe(1);
    const findings = err.findIndex((line) => line.startsWith('  high: '));
    expect(err.slice(1, findings)).toEqual([
      '  to finish: The title page still says “Draft 0.2”. [title-page-draft]',
      '  to finish: The report names no reviewer: a published report names its reviewer. [reviewer-missing]',
      '  to finish: Section 3, Analysis of systemic or underlying reasons, is empty. [section-empty:analysis]',
      '  to finish: Recommendation 2 has no target date. [recommendation-incomplete:rec-2]',
    ]);
    expect(err[0]).toMatch(/^Not exported for publication: 4 things to finish and \d+ unresolved findings\./);
    // Every finding in the body says its section and paragraph number.
    expect(err.slice(findings).filter((line) => line.includes('Overview'))).toContainEqual(
      expect.stringMatching(/^ {2}high: 2\. Overview of what happened, paragraph 2\.\d+: /),
    );
  });

  it('refuses a report that is anonymised but not finished, saying only what is to finish', async () => {
    const file = anonymisedSample();
    file.report!.titlePage.protectiveMarking = 'OFFICIAL-SENSITIVE';
    const { io, err, written } = captureIo();
    io.readText = async () => JSON.stringify(file);
    expect(await runCli(['export', 'case.cspr.json', '-o', 'out.docx'], io)).toBe(1);
    expect(err).toEqual([
      'Not exported for publication: 1 thing to finish. Finish them (or override what is to finish, with a reason, in the app), or export a restricted draft with --draft.',
      '  to finish: The title page still carries the protective marking “OFFICIAL-SENSITIVE”. [title-page-marking]',
    ]);
    expect(written.size).toBe(0);
  });

  it('writes a restricted draft with the chronology appendix', async () => {
    const { io, out, written } = captureIo();
    expect(await runCli(['export', sample, '-o', 'draft.docx', '--draft', '--appendix', 'chronology'], io)).toBe(0);
    expect(out).toEqual(['Wrote draft.docx (restricted draft, not for publication).']);
    const files = unzipSync(written.get('draft.docx')!);
    expect(strFromU8(files['word/document.xml']!)).toContain('Appendix: integrated chronology');
  });

  it('exits 2 on bad input', async () => {
    expect(await runCli(['export', '/nowhere.cspr.json', '-o', 'x.docx'], captureIo().io)).toBe(2);
    expect(await runCli(['export', sample, '--appendix', 'glossary,photos'], captureIo().io)).toBe(2);
    expect(await runCli(['export'], captureIo().io)).toBe(2);
  });
});

describe('npm run cli -- briefing', () => {
  it('writes the 7-minute briefing of a case ready to publish, and refuses one that is not', async () => {
    const { io, out, written } = captureIo();
    io.readText = async () => JSON.stringify(anonymisedSample());
    expect(await runCli(['briefing', 'case.cspr.json', '-o', 'briefing.docx'], io)).toBe(0);
    expect(out).toEqual(['Wrote briefing.docx (for publication).']);
    const document = strFromU8(unzipSync(written.get('briefing.docx')!)['word/document.xml']!);
    expect(document).toContain('7-minute briefing: ');
    expect(document).toContain('What practitioners should do');

    const refused = captureIo();
    expect(await runCli(['briefing', sample, '-o', 'briefing.docx'], refused.io)).toBe(1);
    expect(refused.err[0]).toMatch(/^Not exported for publication:/);
    expect(refused.written.size).toBe(0);
    expect(await runCli(['briefing', sample, '-o', 'briefing.pdf'], refused.io)).toBe(2);
  });
});
