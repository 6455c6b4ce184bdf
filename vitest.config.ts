import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'site/{src,renderer}/**/*.test.ts',
      'tests/{int,e2e}/**/*.test.ts',
    ],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Integration tests start real CMS instances and real builds; two at a time fits two cores.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
