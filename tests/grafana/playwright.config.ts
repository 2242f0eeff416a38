/**
 * The @grafana/plugin-e2e suite against a real Grafana at GRAFANA_URL (docs/grafana-e2e.md). Laid
 * out as plugin-e2e's docs and @grafana/create-plugin's template do: an `auth` project logs in and
 * stores the session, the specs reuse it. Differences, and why: Debian's Chromium (DESIGN.md
 * section 6, never a downloaded browser), one worker (2 cores), and a list reporter, since
 * tests/e2e/panel/grafana.test.ts runs this from Vitest and prints its output.
 */
import type { PluginOptions } from '@grafana/plugin-e2e';
import { defineConfig } from '@playwright/test';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const pluginE2eAuth = path.join(path.dirname(require.resolve('@grafana/plugin-e2e')), 'auth');
// plugin-e2e's login writes <cwd>/playwright/.auth/<user>.json; read it from the same place.
const user = process.env.GRAFANA_ADMIN_USER || 'admin';
const storageState = path.join(process.cwd(), 'playwright/.auth', `${user}.json`);

export default defineConfig<PluginOptions>({
  testDir: import.meta.dirname,
  testMatch: /.*\.spec\.ts$/,
  outputDir: path.join(root, 'test-results/grafana-e2e'),
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.GRAFANA_URL || 'http://localhost:3000',
    // The dashboards and the TestData datasource docker compose provisions, read by readProvisioned*.
    provisioningRootDir: path.join(root, 'provisioning'),
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'auth', testDir: pluginE2eAuth, testMatch: [/.*\.js/] },
    { name: 'grafana', use: { storageState }, dependencies: ['auth'] },
  ],
});
