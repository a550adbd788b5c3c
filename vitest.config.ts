import { defineConfig } from 'vitest/config';

import { viteAliases } from './aliases';

export default defineConfig({
  resolve: { alias: viteAliases },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // A time-out catches a hang, not slowness (speed is `npm run bench`'s): the 100,000-number
    // and 2,500-number tests take 1 to 3 s alone, and over 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
