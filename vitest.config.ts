import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn node; two cores are all CI has.
    testTimeout: 30_000,
  },
});
