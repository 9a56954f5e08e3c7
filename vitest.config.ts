import { join } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { launchOptions } from './scripts/chromium.mjs';

// A fresh object per project: vitest names each browser instance after its project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: launchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/client/src/**/*.test.ts',
            'packages/geo-fi/src/**/*.test.ts',
            'packages/geo-fi/scripts/**/*.test.ts',
            'packages/elements/src/layout/**/*.test.ts',
            'tests/node/**/*.test.ts',
            'tests/security/**/*.node.test.ts',
            'demo/**/*.test.ts',
          ],
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: 'packages/core/tsconfig.test.json',
          },
        },
      },
      {
        test: {
          name: 'browser',
          include: [
            'packages/elements/src/**/*.test.ts',
            'tests/browser/**/*.test.ts',
            'tests/a11y/**/*.browser.test.ts',
            'tests/security/**/*.browser.test.ts',
          ],
          exclude: ['packages/elements/src/layout/**'],
          browser: browser(),
          testTimeout: 20_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: join(import.meta.dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: browser(),
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: [
            'tests/e2e/**/*.test.ts',
            'tests/security/**/*.e2e.test.ts',
            'tests/a11y/**/*.e2e.test.ts',
          ],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
