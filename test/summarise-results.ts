import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// One closing line for the whole `npm test` run (unit + end-to-end), in the plain form CI reads.
const resultsDir = resolve(import.meta.dirname, '../node_modules/.tmp/test-results');

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const unit = JSON.parse(readFileSync(resolve(resultsDir, 'unit.json'), 'utf8')) as VitestJson;
const e2e = JSON.parse(readFileSync(resolve(resultsDir, 'e2e.json'), 'utf8')) as PlaywrightJson;

const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; end-to-end: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
