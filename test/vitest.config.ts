import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.tmp/test-results/unit.json' },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
