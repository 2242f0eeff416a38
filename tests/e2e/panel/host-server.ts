/** The panel host page built into a temporary folder, served on 127.0.0.1, and a Chromium to open it. */
import type { Browser } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../../scripts/chromium';
import { listen, staticServer } from '../../../scripts/playground-serve';
import { buildHost } from './host-build';

export interface PanelHost {
  /** Origin of the static server; the page is at `${base}/host/`. */
  base: string;
  browser: Browser;
  /** Closes the browser and the server and removes the build. */
  close(): Promise<void>;
}

/** Builds dist/ and the host page (about a minute), serves them and launches Chromium. */
export async function startPanelHost(prefix: string): Promise<PanelHost> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await buildHost(dir);
  const server = staticServer(dir);
  const base = await listen(server, 0);
  const browser = await launchChromium();
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
