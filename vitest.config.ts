import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // It launches Firefox itself, so it runs in the Firefox project.
          exclude: ['tests/e2e/policy-firefox.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          // The same files in Firefox ESR, except those that drive Chromium
          // by design. The command-line tools launch Chromium, and the
          // package and manifest tests read both builds without a browser.
          // policy.test.ts checks Chromium's managed storage schema, while
          // policy-firefox.test.ts reads a real Firefox policy. Single tests
          // that cannot run in Firefox are skipped in their file, with the
          // reason.
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [
            'tests/e2e/cli.test.ts',
            'tests/e2e/cli-passphrase.test.ts',
            'tests/e2e/packages.test.ts',
            'tests/e2e/manifest.test.ts',
            'tests/e2e/policy.test.ts',
          ],
          environment: 'node',
          env: { VIGILA_BROWSER: 'firefox' },
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
