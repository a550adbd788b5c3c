import { defineConfig } from 'vitest/config';

import { viteAliases } from './aliases';

export default defineConfig({
  resolve: { alias: viteAliases },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
