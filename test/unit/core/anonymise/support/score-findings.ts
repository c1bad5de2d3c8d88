import type { Finding } from '../../../../../src/core/anonymise/finding';

// Scores findings against annotated spans as ../shared/fixtures/score.py does: recall per tier
// (a span counts as found when any finding overlaps it), precision (findings that overlap no
// marked span, negatives aside, are false), and negative controls hit.

export interface ExpectedSpan {
  start: number;
  end: number;
  text: string;
  tier: string;
  category: string;
}

export interface Score {
  recall: Record<string, { found: number; total: number }>;
  precision: number;
  falsePositives: Finding[];
  negativesHit: ExpectedSpan[];
  missed: ExpectedSpan[];
}

const overlaps = (finding: Pick<Finding, 'start' | 'end'>, span: ExpectedSpan) => finding.start < span.end && finding.end > span.start;

export function scoreFindings(findings: readonly Finding[], expected: readonly ExpectedSpan[]): Score {
  const recall: Score['recall'] = {};
  const missed: ExpectedSpan[] = [];
  for (const span of expected) {
    if (span.tier === 'neg' || span.tier === 'neutral') continue;
    const tier = (recall[span.tier] ??= { found: 0, total: 0 });
    tier.total += 1;
    if (findings.some((finding) => overlaps(finding, span))) tier.found += 1;
    else missed.push(span);
  }
  const positives = expected.filter((span) => span.tier !== 'neg');
  const falsePositives = findings.filter((finding) => !positives.some((span) => overlaps(finding, span)));
  const negativesHit = expected.filter((span) => span.tier === 'neg' && findings.some((finding) => overlaps(finding, span)));
  return { recall, precision: findings.length === 0 ? 0 : (findings.length - falsePositives.length) / findings.length, falsePositives, negativesHit, missed };
}
