import { AnonymisationChecker } from '../../../src/core/anonymise/anonymisation-checker';
import { addScores, describeScore, loadAnnotatedCases, scoreCase } from './annotated-cases';

// The checker's score on each annotated case and on all together, for working on the checker:
//   npx tsx test/bench/support/print-case-scores.ts [--detail] [case-n …]
// --detail lists what was missed, the false findings and the negative controls hit.

const detail = process.argv.includes('--detail');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const cases = loadAnnotatedCases().filter((item) => only.length === 0 || only.includes(item.name));
const scores = cases.map((item) => {
  const score = scoreCase(new AnonymisationChecker({ identifiers: item.identifiers }).check(item.text), item);
  console.log(`${item.name.padEnd(8)} ${describeScore(score)}`);
  if (detail) {
    for (const span of score.missed) console.log(`    missed ${span.tier} ${span.category}: ${JSON.stringify(span.text)}`);
    for (const span of score.falsePositives)
      console.log(`    false: ${JSON.stringify(span.text)} …${JSON.stringify(item.text.slice(Math.max(0, span.start - 30), span.end + 30))}`);
    for (const span of score.negativesHit) console.log(`    negative hit: ${JSON.stringify(span.text)}`);
  }
  return score;
});
if (cases.length > 1) console.log(`${'all'.padEnd(8)} ${describeScore(addScores(scores))}`);
