import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-demo-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
