/**
 * Debian's Chromium as the browser tests and benches launch it (DESIGN.md section 6): never a
 * downloaded browser, and without the background networking this closed network refuses.
 */
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
