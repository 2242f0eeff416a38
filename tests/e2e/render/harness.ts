/** Shared setup of the renderer's browser tests: bundle the playground, serve it on loopback, launch Chromium. */
import type { Browser, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from '../../../playground/api';
import { buildPlayground } from '../../../scripts/playground-build';
import { launchChromium } from '../../../scripts/chromium';
import { listen, staticServer } from '../../../scripts/playground-serve';

export interface Harness {
  browser: Browser;
  baseUrl: string;
  /** Opens the playground with query parameters and waits until it has painted. */
  open: (
    query: Record<string, string | number>,
    viewport?: { width: number; height: number; dpr?: number }
  ) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'render-e2e-'));
  await buildPlayground(join(dir, 'playground'), false);
  const server: Server = staticServer(dir);
  const baseUrl = await listen(server, 0);
  const browser = await launchChromium();
  const pages: Page[] = [];
  return {
    browser,
    baseUrl,
    open: async (query, viewport = { width: 1000, height: 600 }) => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.dpr ?? 1,
      });
      const page = await context.newPage();
      pages.push(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      await page.goto(`${baseUrl}/playground/?${qs}`);
      await page.waitForFunction(() => window.playground?.ready === true);
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('\n')}`);
      return page;
    },
    close: async () => {
      for (const p of pages) await p.context().close();
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
