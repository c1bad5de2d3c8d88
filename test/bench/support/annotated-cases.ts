import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../../src/core/anonymise/finding';
import { parseRegisterCsv, type RegisteredIdentifier } from '../../../src/core/anonymise/identifier-register';
import { scoreFindings, type ExpectedSpan } from '../../unit/core/anonymise/support/score-findings';

// The annotated cases of test/fixtures/anonymise (each a folder with register.csv, report.txt and
// expected.json) and their scores, case by case and all together, the way
// ../shared/fixtures/score.py counts: recall per tier, precision, negative controls hit.

export interface AnnotatedCase {
  name: string;
  identifiers: RegisteredIdentifier[];
  text: string;
  expected: ExpectedSpan[];
}

const fixtures = resolve(import.meta.dirname, '../../fixtures/anonymise');

export function loadAnnotatedCases(): AnnotatedCase[] {
  return readdirSync(fixtures)
    .filter((name) => statSync(resolve(fixtures, name)).isDirectory() && existsSync(resolve(fixtures, name, 'expected.json')))
    .sort()
    .map((name) => {
      const register = parseRegisterCsv(readFileSync(resolve(fixtures, name, 'register.csv'), 'utf8'));
      if (!register.ok) throw new Error(`${name}: the register cannot be read: ${register.message}`);
      return {
        name,
        identifiers: register.identifiers,
        text: readFileSync(resolve(fixtures, name, 'report.txt'), 'utf8'),
        expected: JSON.parse(readFileSync(resolve(fixtures, name, 'expected.json'), 'utf8')) as ExpectedSpan[],
      };
    });
}

export type Span = Pick<Finding, 'start' | 'end' | 'text'>;

export interface CaseScore {
  recall: Record<string, { found: number; total: number }>;
  findings: number;
  falseFindings: number;
  negatives: number;
  negativesHit: ExpectedSpan[];
  missed: ExpectedSpan[];
  falsePositives: Span[];
}

export const tiers = ['A', 'B', 'C', 'D', 'Q'] as const;

export function scoreCase(found: readonly Span[], item: AnnotatedCase): CaseScore {
  const findings = found.map((span) => ({ ...span, category: '', severity: 'high' as const, rule: '', replacement: '', identifierId: null }));
  const score = scoreFindings(findings, item.expected);
  return {
    recall: score.recall,
    findings: findings.length,
    falseFindings: score.falsePositives.length,
    negatives: item.expected.filter((span) => span.tier === 'neg').length,
    negativesHit: score.negativesHit,
    missed: score.missed,
    falsePositives: score.falsePositives,
  };
}

/** Several cases' scores as one: the counts added up. */
export function addScores(scores: readonly CaseScore[]): CaseScore {
  const total: CaseScore = { recall: {}, findings: 0, falseFindings: 0, negatives: 0, negativesHit: [], missed: [], falsePositives: [] };
  for (const score of scores) {
    for (const [tier, counts] of Object.entries(score.recall)) {
      const sum = (total.recall[tier] ??= { found: 0, total: 0 });
      sum.found += counts.found;
      sum.total += counts.total;
    }
    total.findings += score.findings;
    total.falseFindings += score.falseFindings;
    total.negatives += score.negatives;
    total.negativesHit.push(...score.negativesHit);
    total.missed.push(...score.missed);
    total.falsePositives.push(...score.falsePositives);
  }
  return total;
}

const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${Math.floor((part / whole) * 100)}%`.padStart(4));

/** "A 100% (41/41)  B  91% (20/22) …  precision 97% (3 of 101 false)  negatives hit 0/24" */
export function describeScore(score: CaseScore): string {
  const recall = tiers
    .filter((tier) => score.recall[tier])
    .map((tier) => `${tier} ${percent(score.recall[tier]!.found, score.recall[tier]!.total)} (${score.recall[tier]!.found}/${score.recall[tier]!.total})`);
  const precision = `precision ${percent(score.findings - score.falseFindings, score.findings)} (${score.falseFindings} of ${score.findings} false)`;
  return `${recall.join('  ')}  ${precision}  negatives hit ${score.negativesHit.length}/${score.negatives}`;
}
