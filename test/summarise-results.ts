import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// One closing line for the whole `npm test` run (fast unit + slow unit + end-to-end), in the plain
// form CI reads. Each run writes its own JSON file: unit.json (`npm run test:unit`), slow.json
// (`npm run test:slow`) and e2e.json (`npm run test:e2e`).
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

const readJson = <T>(name: string): T => JSON.parse(readFileSync(resolve(resultsDir, name), 'utf8')) as T;
const unit = readJson<VitestJson>('unit.json');
const slow = readJson<VitestJson>('slow.json');
const e2e = readJson<PlaywrightJson>('e2e.json');

const vitestRuns = [unit, slow];
const sum = (count: (run: VitestJson) => number) => vitestRuns.reduce((total, run) => total + count(run), 0);
const passed = sum((run) => run.numPassedTests) + e2e.stats.expected + e2e.stats.flaky;
const failed = sum((run) => run.numFailedTests) + e2e.stats.unexpected;
const skipped = sum((run) => run.numPendingTests + run.numTodoTests) + e2e.stats.skipped;
console.log(
  `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; slow: ${slow.numPassedTests} passed, ${slow.numFailedTests} failed; end-to-end: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`,
);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
