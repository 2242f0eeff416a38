import { defineConfig } from 'vitest/config';

// @grafana/* ship ESM that imports CommonJS packages (moment-timezone) by named exports, which
// Node's loader refuses; inlined, Vite transforms them with CommonJS interop.
const grafanaInline = { deps: { inline: [/@grafana\//] } };

// One runner for every suite. The JSON report is what .ci/run reads to print "N passed, N failed".
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/panel/**'],
          environment: 'node',
        },
      },
      {
        test: {
          // @grafana/data and @grafana/ui touch window, matchMedia and devicePixelRatio at load.
          name: 'panel',
          include: ['tests/unit/panel/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/grafana-dom.ts'],
          server: grafanaInline,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration suites start real Alertmanager / PostgreSQL schemas; run files one at a time.
          fileParallelism: false,
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
    ],
  },
});
