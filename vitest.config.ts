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
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          // TODO: encryption passes in Firefox except "locks every page with
          // Lock now". Its panel wait times out, although a manual run shows
          // the panel locking within seconds. Portals, security, profiles and
          // the newer files are not run in Firefox yet.
          include: [
            'tests/e2e/support.test.ts',
            'tests/e2e/panel.test.ts',
            'tests/e2e/corpus.test.ts',
            'tests/e2e/shadow.test.ts',
            'tests/e2e/cases.test.ts',
            'tests/e2e/families.test.ts',
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
