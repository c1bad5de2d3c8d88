import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import { afterAll, bench, describe } from 'vitest';
import { AnonymisationChecker } from '../../src/core/anonymise/anonymisation-checker';
import type { Finding } from '../../src/core/anonymise/finding';
import { parseRegisterCsv, type RegisteredIdentifier } from '../../src/core/anonymise/identifier-register';
import { scoreFindings, type ExpectedSpan } from '../unit/core/anonymise/support/score-findings';
import { benchRegister } from './support/bench-register';

// Anonymisation checker figures: a 60,000-word report against a 300-entry register (full scan,
// one paragraph re-scanned), and, on the annotated cases, time, recall and precision side by
// side with two general-purpose PII packages from npm.

const fixtures = resolve(import.meta.dirname, '../fixtures/anonymise');
const load = (name: string) => {
  const register = parseRegisterCsv(readFileSync(resolve(fixtures, name, 'register.csv'), 'utf8'));
  if (!register.ok) throw new Error(`${name}: bad register`);
  return {
    name,
    identifiers: register.identifiers,
    text: readFileSync(resolve(fixtures, name, 'report.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(resolve(fixtures, name, 'expected.json'), 'utf8')) as ExpectedSpan[],
  };
};
const cases = [load('case-l'), load('case-m')];

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

afterAll(() => {
  const rows: string[] = [];
  for (const [tool, run] of Object.entries(tools)) {
    let found = 0;
    let total = 0;
    let findings = 0;
    let falseFindings = 0;
    let elapsed = 0;
    for (const item of cases) {
      const started = performance.now();
      for (let repeat = 0; repeat < 5; repeat += 1) run(item.text, item.identifiers);
      elapsed += (performance.now() - started) / 5;
      const result = run(item.text, item.identifiers).map((span) => ({
        ...span,
        category: '',
        severity: 'high' as const,
        rule: '',
        replacement: '',
        identifierId: null,
      }));
      const score = scoreFindings(result, item.expected);
      for (const tier of Object.values(score.recall)) {
        found += tier.found;
        total += tier.total;
      }
      findings += result.length;
      falseFindings += score.falsePositives.length;
    }
    rows.push(
      `${tool.padEnd(30)} ${elapsed.toFixed(1).padStart(7)} ms   recall ${((found / total) * 100).toFixed(0).padStart(3)}% (${found}/${total})   precision ${findings === 0 ? '  -' : (((findings - falseFindings) / findings) * 100).toFixed(0).padStart(3)}% (${findings} findings)`,
    );
  }
  console.log(`On the two annotated cases (${cases.map((item) => item.name).join(', ')}), all tiers together:\n${rows.join('\n')}`);
});
