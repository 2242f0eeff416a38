/**
 * The @grafana/plugin-e2e suite (tests/grafana/, its own Playwright config) against the Grafana at
 * GRAFANA_URL, run as one Vitest test so that `npm test` and CI's pass / skip counts include it.
 * No Grafana can run on the project's own machines (DESIGN.md section 6): there it is reported as
 * skipped, with the reason. How to run it against one: docs/grafana-e2e.md.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const GRAFANA_URL = process.env.GRAFANA_URL;
const SKIP_REASON =
  'GRAFANA_URL is not set: no Grafana to run the @grafana/plugin-e2e suite against (docs/grafana-e2e.md)';

/** Runs Playwright on tests/grafana/; resolves with its exit code and everything it printed. */
function playwright(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // --no: never let npx download a Playwright; the project's own is the one that must run.
    const child = spawn('npx', ['--no', 'playwright', 'test', '-c', 'tests/grafana/playwright.config.ts'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('statusmap panel in a real Grafana (@grafana/plugin-e2e)', () => {
  // Vitest's reporter names no reason for a skip; say it, so a skipped run is not mistaken for a pass.
  if (!GRAFANA_URL) console.info(`skipped: ${SKIP_REASON}`);

  it.skipIf(!GRAFANA_URL)(
    'passes tests/grafana/*.spec.ts against the Grafana at GRAFANA_URL',
    async () => {
      const { code, output } = await playwright();
      // Playwright's own report is the useful failure message: which spec, which step, which trace.
      expect(code, `npx playwright test -c tests/grafana/playwright.config.ts failed:\n${output}`).toBe(0);
      console.info(output.trim().split('\n').slice(-3).join('\n'));
    },
    15 * 60_000
  );
});
