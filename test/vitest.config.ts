import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(__dirname, '..'),
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
