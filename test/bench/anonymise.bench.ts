import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import { afterAll, bench, describe } from 'vitest';
import { AnonymisationChecker } from '../../src/core/anonymise/anonymisation-checker';
import type { Finding } from '../../src/core/anonymise/finding';
import type { RegisteredIdentifier } from '../../src/core/anonymise/identifier-register';
import { addScores, describeScore, loadAnnotatedCases, scoreCase, type CaseScore } from './support/annotated-cases';
import { benchRegister } from './support/bench-register';

// Anonymisation checker figures: a 60,000-word report against a 300-entry register (full scan,
// one paragraph re-scanned), and, on the annotated cases, time, recall and precision side by
// side with two general-purpose PII packages from npm.

const cases = loadAnnotatedCases();

const identifiers = benchRegister(300);

// About 60,000 words: the annotated reports over and over, as a long report repeats its cast.
const paragraphs = cases.flatMap(({ text }) => text.split('\n').filter((line) => line.trim().split(/\s+/).length > 20));
let report = '';
for (let index = 0; report.split(/\s+/).length < 60_000; index += 1) report += `${paragraphs[index % paragraphs.length]}\n\n`;
const words = report.split(/\s+/).length;
const checker = new AnonymisationChecker({ identifiers });
const paragraph = paragraphs[3]!;

describe(`anonymisation check: ${words.toLocaleString('en-GB')} words, ${identifiers.length}-entry register (Node)`, () => {
  bench('build the checker from the register', () => {
    new AnonymisationChecker({ identifiers });
  });
  bench('full scan of the report', () => {
    checker.check(report);
  });
  bench('re-scan one edited paragraph', () => {
    checker.check(paragraph);
  });
});

// General-purpose tools, on the same annotated text. redact-pii returns only redacted text:
// its spans are recovered by walking the original alongside it.
const marker = '\u0000';
function spansFromRedacted(original: string, redacted: string): Pick<Finding, 'start' | 'end' | 'text'>[] {
  const spans: Pick<Finding, 'start' | 'end' | 'text'>[] = [];
  const pieces = redacted.split(marker);
  let position = original.indexOf(pieces[0]!) + pieces[0]!.length;
  for (const piece of pieces.slice(1)) {
    const next = piece === '' ? position : original.indexOf(piece, position);
    if (next === -1) break;
    if (next > position) spans.push({ start: position, end: next, text: original.slice(position, next) });
    position = next + piece.length;
  }
  return spans;
}
const openRedaction = new OpenRedaction();
const redactPii = new SyncRedactor({ globalReplaceWith: marker });
const tools: Record<string, (text: string, own: RegisteredIdentifier[]) => Pick<Finding, 'start' | 'end' | 'text'>[]> = {
  'CSPR Desk': (text, own) => new AnonymisationChecker({ identifiers: own }).check(text),
  '@openredaction/openredaction': (text) =>
    (openRedaction.detect(text) as unknown as { detections: { position: [number, number]; value: string }[] }).detections.map((detection) => ({
      start: detection.position[0],
      end: detection.position[1],
      text: detection.value,
    })),
  'redact-pii': (text) => spansFromRedacted(text, redactPii.redact(text)),
};

// Each annotated case on its own, then all together, each tool's line side by side: recall per
// tier, precision and negative controls hit, as ../shared/fixtures/score.py counts them.
afterAll(() => {
  const lines: string[] = [];
  const totals = new Map<string, CaseScore[]>();
  const times = new Map<string, number>();
  for (const item of cases) {
    lines.push(`${item.name} (${item.text.split(/\s+/).length.toLocaleString('en-GB')} words, ${item.identifiers.length}-entry register):`);
    for (const [tool, run] of Object.entries(tools)) {
      const started = performance.now();
      for (let repeat = 0; repeat < 5; repeat += 1) run(item.text, item.identifiers);
      times.set(tool, (times.get(tool) ?? 0) + (performance.now() - started) / 5);
      const score = scoreCase(run(item.text, item.identifiers), item);
      totals.set(tool, [...(totals.get(tool) ?? []), score]);
      lines.push(`  ${tool.padEnd(30)} ${describeScore(score)}`);
    }
  }
  lines.push(`All ${cases.length} cases together:`);
  for (const [tool, scores] of totals) lines.push(`  ${tool.padEnd(30)} ${describeScore(addScores(scores))}   ${times.get(tool)!.toFixed(1)} ms`);
  console.log(`On the annotated cases (${cases.map((item) => item.name).join(', ')}):\n${lines.join('\n')}`);
});
