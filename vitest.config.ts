import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn node; two cores are all CI has.
    testTimeout: 30_000,
    // Removing a test file's temporary folders (thousands of outputs in the batch tests) outlasts
    // vitest's 10 s default on a loaded machine.
    hookTimeout: 60_000,
  },
});
