import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const unitTests = ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'];

// The slow project (`npm run test:slow`, run by `npm test` before the end-to-end tests): every
// file here takes more than about 3 s or starts another process. Everything else under
// test/unit — including any new test file — is in the fast project (`npm run test:unit`),
// which stays well under a minute.
const slowTests = [
  // fast-check property tests: thousands of generated and mutated case files, 6–20 s a file.
  'test/unit/property/**/*.test.{ts,tsx}',
  // LibreOffice (to PDF and to text) and pandoc open the exported report: child processes, ~15 s.
  'test/unit/core/export/office-conversion.test.ts',
  // pandoc reads the exported event notes: a child process.
  'test/unit/core/export/build-event-notes-docx.test.ts',
  // The real command line run as a child process (a tsx start-up, ~1.5 s a run).
  'test/unit/cli/cli-process.test.ts',
  'test/unit/cli/validate-command.test.ts',
  // Walks every field of the case file through the publication check: 7–10 s.
  'test/unit/core/export/publication-fields.test.ts',
];

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    environment: 'node',
    restoreMocks: true,
    // One JSON file per run, read by test/summarise-results.ts: the scripts in package.json name
    // it (unit.json for `test:unit`, slow.json for `test:slow`).
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.tmp/test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unitTests,
          exclude: [...configDefaults.exclude, ...slowTests],
          // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
          // These files share no ports or fixed paths, and the main process is idle while they run.
          maxWorkers: Math.max(2, availableParallelism()),
          benchmark: { include: [] },
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: slowTests,
          benchmark: { include: [] },
        },
      },
      {
        // `npm run bench` only: Vitest's default workers, so benchmarks are not run beside each other
        // on a small machine.
        extends: true,
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
    ],
  },
});
