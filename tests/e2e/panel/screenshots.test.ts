/**
 * The screenshots plugin.json lists (Grafana's plugin catalogue shows them), taken of the built panel
 * in the e2e host page: 1,000 hosts in the light and the dark theme, and the hover tooltip. Each
 * shot is checked for what it is meant to show before it is kept, and written to src/panel/img/
 * only when the picture changed (tests/support/png-write.ts), so runs do not churn the working tree.
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanelHost, type PanelHost } from './host-server';
import { writePngIfChanged } from '../../support/png-write';
import { FLEET_FIELD_CONFIG, FROM, TO, fleet } from './screenshot-fleet';

const root = path.resolve(import.meta.dirname, '../../..');
const IMG = path.join(root, 'src/panel/img');
const VIEWPORT = { width: 1200, height: 700 };

interface Shot {
  file: string;
  theme: 'light' | 'dark';
  /** Hover a cell of this Grafana colour so the tooltip shows. */
  hover?: string;
}

const SHOTS: Shot[] = [
  { file: 'screenshot-dark.png', theme: 'dark' },
  { file: 'screenshot-light.png', theme: 'light' },
  { file: 'screenshot-tooltip.png', theme: 'dark', hover: 'red' },
];

let host: PanelHost;
let base: string;
let browser: Browser;

beforeAll(async () => {
  host = await startPanelHost('panel-shots-');
  ({ base, browser } = host);
}, 180_000);

afterAll(async () => {
  await host?.close();
});

async function open(theme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/host/`);
  await page.waitForFunction(() => window.host?.ready || window.host?.error);
  expect(await page.evaluate(() => window.host.error)).toBeUndefined();
  await page.evaluate((spec) => window.host.render(spec), {
    from: FROM,
    to: TO,
    theme,
    title: 'Fleet status',
    rows: fleet(),
    fieldConfig: FLEET_FIELD_CONFIG as never,
  });
  await page.waitForSelector('canvas.sm-base');
  await expect.poll(() => page.locator('[aria-label="Legend"]').innerText()).toContain('down');
  await page.waitForTimeout(500); // the renderer paints on animation frames after data arrives
  expect(errors).toEqual([]);
  return page;
}

/** A cell of `color` near the middle of the plot (page px), so the tooltip fits beside it. */
async function cellOf(page: Page, color: string, theme: 'light' | 'dark') {
  const rgb = await page.evaluate(({ c, t }) => window.host.rgb(c, t), { c: color, t: theme });
  const at = await page.evaluate(([r, g, b]) => {
    const canvas = document.querySelector('canvas.sm-base') as HTMLCanvasElement;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const rect = canvas.getBoundingClientRect();
    // Only pixels the overlay (which takes the mouse) covers: the base canvas may extend past it.
    const view = document.querySelector('canvas.sm-overlay')!.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    let best: { x: number; y: number; d: number } | null = null;
    const is = (i: number) =>
      Math.abs(data[i * 4] - r) <= 2 &&
      Math.abs(data[i * 4 + 1] - g) <= 2 &&
      Math.abs(data[i * 4 + 2] - b) <= 2;
    const inset = Math.ceil(3 * scale);
    for (let i = 0; i < width * (height - inset); i++) {
      // Inside a cell, not on its edge: over the gap between cells the tooltip hides.
      if (!is(i) || !is(i + inset * width + inset)) continue;
      const x = rect.left + ((i % width) + inset) / scale;
      const y = rect.top + (Math.floor(i / width) + inset) / scale;
      if (x < view.left || x > view.right || y < view.top || y > view.bottom) continue;
      const d = Math.hypot(x - (view.left + view.width * 0.45), y - (view.top + view.height * 0.4));
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  }, rgb);
  expect(at, `no ${color} cell painted`).not.toBeNull();
  return at!;
}

async function take(shot: Shot): Promise<Buffer> {
  const page = await open(shot.theme);
  try {
    if (shot.hover) {
      const at = await cellOf(page, shot.hover, shot.theme);
      await page.mouse.move(at.x, at.y);
      // The panel's React tooltip (role tooltip) or the renderer's plain one, whichever shows.
      const tooltip = page.locator('[role="tooltip"], .sm-tooltip').filter({ visible: true });
      await expect.poll(() => tooltip.count()).toBe(1);
      expect(await tooltip.innerText()).toContain('down');
    }
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

describe('plugin.json screenshots', () => {
  it('lists exactly the screenshots this file takes, each with a name', () => {
    const meta = JSON.parse(readFileSync(path.join(root, 'src/panel/plugin.json'), 'utf8'));
    const listed: { name: string; path: string }[] = meta.info.screenshots;
    expect(listed.map((s) => s.path).sort()).toEqual(SHOTS.map((s) => `img/${s.file}`).sort());
    for (const s of listed) expect(s.name.trim()).not.toBe('');
  });

  for (const shot of SHOTS) {
    it(`takes ${shot.file} (${shot.theme}${shot.hover ? ', tooltip' : ''}) and keeps it when the picture changed`, async () => {
      const png = await take(shot);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const file = path.join(IMG, shot.file);
      const wrote = await writePngIfChanged(browser, file, png);
      if (wrote) console.info(`wrote ${path.relative(root, file)}`);
      expect(readFileSync(file).length).toBeGreaterThan(10_000);
    });
  }
});
