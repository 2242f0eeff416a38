/**
 * The built panel in Chromium, inside Grafana's real panel chrome (@grafana/scenes), fed frames
 * built with @grafana/data: pixels, the React tooltips (hover, keyboard, frozen), data links, field
 * overrides per row, legend filter, scroll, theme switch, escaping of hostile series names, and
 * migration of old options.
 */
import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanelHost, type PanelHost } from './host-server';
import type { HostRow, HostSpec } from './host/host';

const TO = Date.UTC(2026, 10, 23, 12);
const FROM = TO - 3600_000;
const MAPPINGS = {
  defaults: {
    mappings: [
      {
        type: 'value',
        options: {
          '0': { text: 'up', color: 'green', index: 1 },
          '1': { text: 'down', color: 'red', index: 0 },
        },
      },
    ],
  },
  overrides: [],
};
const EVIL = '<img src=x onerror=alert(1)>';
/** Grafana data links with the variables a dashboard interpolates for a data point, and a hostile one. */
const LINKS = [
  {
    title: 'Runbook ${__series.name}',
    url: 'https://runbook.example/host?name=${__series.name}&value=${__value.raw}&time=${__value.time}',
  },
  { title: 'Script', url: 'javascript:alert(1)' },
];

/** `count` rows of 60 one-minute points; `down(r, i)` says which are 1. */
function rows(
  count: number,
  down: (r: number, i: number) => boolean,
  name = (r: number) => `host-${r}`
): HostRow[] {
  return Array.from({ length: count }, (_, r) => ({
    name: name(r),
    times: Array.from({ length: 60 }, (_, i) => FROM + i * 60_000 + 1_000),
    values: Array.from({ length: 60 }, (_, i) => (down(r, i) ? 1 : 0)),
  }));
}

let host: PanelHost;
let base: string;
let browser: Browser;
const dialogs: string[] = [];

beforeAll(async () => {
  host = await startPanelHost('panel-e2e-');
  ({ base, browser } = host);
}, 180_000);

afterAll(async () => {
  await host?.close();
});

async function open(spec: HostSpec, viewport = { width: 900, height: 520 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${base}/host/`);
  await page.waitForFunction(() => window.host?.ready || window.host?.error);
  expect(await page.evaluate(() => window.host.error)).toBeUndefined();
  await page.evaluate((s) => window.host.render(s), spec);
  await page.waitForSelector('canvas.sm-base');
  await page.waitForTimeout(300); // one animation frame batch after data arrives
  expect(errors).toEqual([]);
  return page;
}

/** Pixels of the base canvas, and where the first pixel of a colour is (CSS px), if any. */
async function findColor(page: Page, [r, g, b]: [number, number, number]) {
  return page.evaluate(
    ({ r, g, b }) => {
      const canvas = document.querySelector('canvas.sm-base') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      let count = 0;
      let first: { x: number; y: number } | null = null;
      for (let i = 0; i < width * height; i++) {
        const o = i * 4;
        if (
          Math.abs(data[o] - r) <= 2 &&
          Math.abs(data[o + 1] - g) <= 2 &&
          Math.abs(data[o + 2] - b) <= 2 &&
          data[o + 3] > 250
        ) {
          count++;
          if (!first) first = { x: (i % width) / scale + 2, y: Math.floor(i / width) / scale + 2 };
        }
      }
      return { count, first };
    },
    { r, g, b }
  );
}

async function hoverColor(page: Page, rgb: [number, number, number]) {
  const { first } = await findColor(page, rgb);
  expect(first).not.toBeNull();
  const box = (await page.locator('canvas.sm-overlay').boundingBox())!;
  await page.mouse.move(box.x + first!.x, box.y + first!.y);
  return { x: box.x + first!.x, y: box.y + first!.y };
}

describe('statusmap panel in Grafana panel chrome', () => {
  it('paints cells in the colours of the value mappings, resolved by the theme', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(20, (r, i) => (r + i) % 7 === 0),
      fieldConfig: MAPPINGS as never,
    });
    const green = await page.evaluate(() => window.host.rgb('green', 'dark'));
    const red = await page.evaluate(() => window.host.rgb('red', 'dark'));
    const purple = await page.evaluate(() => window.host.rgb('#b877d9', 'dark'));
    expect((await findColor(page, green)).count).toBeGreaterThan(1000);
    expect((await findColor(page, red)).count).toBeGreaterThan(100);
    expect((await findColor(page, purple)).count).toBe(0); // no value is unknown
    await page.close();
  });

  it('shows the hovered cell in a React tooltip and its details on click, with names and links as text', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(
        3,
        (r, i) => r === 1 && i === 30,
        (r) => (r === 1 ? EVIL : `host-${r}`)
      ),
      fieldConfig: { ...MAPPINGS, defaults: { ...MAPPINGS.defaults, links: LINKS } } as never,
    });
    const red = await page.evaluate(() => window.host.rgb('red', 'dark'));
    const at = await hoverColor(page, red);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('down');
    expect(await tooltip.innerText()).toContain(EVIL);
    expect(await tooltip.innerText()).toContain('Values: 1');
    // Freeze on click (the default): links wait for the click.
    expect(await tooltip.locator('a').count()).toBe(0);
    expect(await page.locator('.sm-tooltip').isVisible()).toBe(false); // the renderer's plain one is off
    await page.mouse.click(at.x, at.y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain(EVIL);
    expect(await dialog.innerText()).toContain('Values: 1');
    // Grafana data links, interpolated by the dashboard with the cell's series, value and time.
    const runbook = dialog.getByRole('link', { name: `Runbook ${EVIL}` });
    const href = new URL((await runbook.getAttribute('href'))!, base);
    expect(href.origin + href.pathname).toBe('https://runbook.example/host');
    expect(href.searchParams.get('name')).toBe(EVIL);
    expect(href.searchParams.get('value')).toBe('1');
    expect(Number(href.searchParams.get('time'))).toBe(FROM + 30 * 60_000 + 1_000);
    expect(await dialog.getByRole('link', { name: 'Script' }).getAttribute('href')).toBe('#');
    // Frozen beside the clicked cell, not in a corner.
    const box = (await dialog.boundingBox())!;
    expect(Math.min(Math.abs(box.x - at.x), Math.abs(box.x + box.width - at.x))).toBeLessThan(40);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await dialog.getByRole('link', { name: 'Script' }).click();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('without freeze on click, lists the links in the hover tooltip, which the pointer can reach and use', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(4, (r, i) => r === 1 && i === 20),
      options: { tooltip: { show: true, freezeOnClick: false } },
      fieldConfig: {
        ...MAPPINGS,
        defaults: {
          ...MAPPINGS.defaults,
          links: [{ title: 'Go ${__series.name}', url: '#went-${__series.name}' }],
        },
      } as never,
    });
    const red = await page.evaluate(() => window.host.rgb('red', 'dark'));
    const at = await hoverColor(page, red);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const link = tooltip.getByRole('link', { name: 'Go host-1' });
    expect(await link.count()).toBe(1);
    // Sideways from the cell into the tooltip, as a hand would.
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + 20, at.y, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8, { steps: 4 });
    await page.waitForTimeout(400);
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#went-host-1');
    // A click on a cell opens nothing: there is nothing to freeze.
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(200);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('opens the tooltip of the focused cell with Enter', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(3, () => false),
      fieldConfig: MAPPINGS as never,
    });
    await page.locator('.sm-scroller').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('host-1');
    expect(await page.locator('.sm-tooltip').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight'); // focus moves: the tooltip of the old cell closes
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.close();
  });

  it('applies field overrides per row: own mappings, thresholds and unit, in cells, legend and tooltip', async () => {
    const latency = rows(
      1,
      () => false,
      () => 'db-latency'
    )[0];
    latency.values = latency.values.map((_, i) => (i === 10 ? 1500 : i === 40 ? 700 : 120));
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: [
        ...rows(
          3,
          (r, i) => i % 10 === 0,
          (r) => `host-${r}`
        ),
        latency,
      ],
      fieldConfig: {
        defaults: MAPPINGS.defaults,
        overrides: [
          {
            matcher: { id: 'byName', options: 'host-2' },
            properties: [
              {
                id: 'mappings',
                value: [{ type: 'value', options: { '1': { text: 'maintenance', color: 'purple' } } }],
              },
            ],
          },
          {
            matcher: { id: 'byRegexp', options: '.*latency' },
            properties: [
              { id: 'unit', value: 'ms' },
              {
                id: 'thresholds',
                value: {
                  mode: 'absolute',
                  steps: [
                    { value: -Infinity, color: 'green' },
                    { value: 500, color: 'orange' },
                  ],
                },
              },
            ],
          },
        ],
      } as never,
    });
    const purple = await page.evaluate(() => window.host.rgb('purple', 'dark'));
    const orange = await page.evaluate(() => window.host.rgb('orange', 'dark'));
    const red = await page.evaluate(() => window.host.rgb('red', 'dark'));
    expect((await findColor(page, purple)).count).toBeGreaterThan(10);
    expect((await findColor(page, orange)).count).toBeGreaterThan(10);
    expect((await findColor(page, red)).count).toBeGreaterThan(10); // host-0 and host-1 keep the defaults
    const legend = page.getByRole('group', { name: 'Legend' });
    expect(await legend.innerText()).toContain('maintenance');
    expect(await legend.innerText()).toContain('≥ 500 ms');
    await hoverColor(page, purple);
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('host-2');
    expect(await page.getByRole('tooltip').innerText()).toContain('maintenance');
    await hoverColor(page, orange);
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('db-latency');
    expect(await page.getByRole('tooltip').innerText()).toMatch(/Values: (1\.50 s|700 ms)/);
    await page.close();
  });

  it('filters rows by a status clicked in the legend', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(40, (r, i) => r % 10 === 0 && i === 5),
      fieldConfig: MAPPINGS as never,
    });
    const spacer = () => page.locator('.sm-spacer').evaluate((e) => e.getBoundingClientRect().height);
    const before = await spacer();
    await page.getByRole('button', { name: /down/ }).click();
    await expect.poll(spacer).toBeLessThan(before / 5);
    await page.getByRole('button', { name: 'Show all rows' }).click();
    await expect.poll(spacer).toBe(before);
    await page.close();
  });

  it('scrolls through 1,000 rows instead of squeezing them', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(1000, () => false),
      fieldConfig: MAPPINGS as never,
    });
    const scroller = page.locator('.sm-scroller');
    await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight / 2));
    await page.waitForTimeout(200);
    const green = await page.evaluate(() => window.host.rgb('green', 'dark'));
    await hoverColor(page, green);
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
    const text = await page.getByRole('tooltip').innerText();
    const row = Number(/host-(\d+)/.exec(text)?.[1]);
    expect(row).toBeGreaterThan(300);
    await page.close();
  });

  it('follows the theme: light and dark backgrounds and palette', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const page = await open({
        from: FROM,
        to: TO,
        theme: mode,
        rows: rows(5, () => false),
        fieldConfig: MAPPINGS as never,
      });
      const green = await page.evaluate((m) => window.host.rgb('green', m), mode);
      expect((await findColor(page, green)).count).toBeGreaterThan(500);
      const background = await page.evaluate((m) => window.host.rgb('background', m), mode);
      expect((await findColor(page, background)).count).toBeGreaterThan(500);
      await page.close();
    }
  });

  it('shares the crosshair: hovering one panel draws the time line on another, and leaving clears it', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      panels: 2,
      rows: rows(5, () => false),
      fieldConfig: MAPPINGS as never,
    });
    const overlayInk = (index: number) =>
      page.evaluate((i) => {
        const canvas = document.querySelectorAll('canvas.sm-overlay')[i] as HTMLCanvasElement;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const xs = new Set<number>();
        for (let p = 3; p < data.length; p += 4) if (data[p] > 0) xs.add(((p - 3) / 4) % canvas.width);
        return [...xs];
      }, index);
    expect(await page.locator('canvas.sm-overlay').count()).toBe(2);
    expect(await overlayInk(1)).toEqual([]);
    const box = (await page.locator('canvas.sm-overlay').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.75, box.y + 20);
    // One vertical line (1 device px wide) on the other panel, three quarters across its plot.
    await expect.poll(async () => (await overlayInk(1)).length).toBe(1);
    const [x] = await overlayInk(1);
    const other = (await page.locator('canvas.sm-overlay').nth(1).boundingBox())!;
    expect(x / other.width).toBeGreaterThan(0.6);
    expect(x / other.width).toBeLessThan(0.85);
    await page.mouse.move(box.x + box.width * 0.75, box.y - 60); // off the panel
    await expect.poll(async () => (await overlayInk(1)).length).toBe(0);
    await page.close();
  });

  it('zooms the dashboard to a time range dragged across the plot; a click still selects', async () => {
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(5, () => false),
      fieldConfig: MAPPINGS as never,
    });
    const box = (await page.locator('canvas.sm-overlay').boundingBox())!;
    const y = box.y + 10;
    await page.mouse.move(box.x + box.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.9, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.host.timeRange()?.to)).toBeLessThan(TO);
    const range = (await page.evaluate(() => window.host.timeRange()))!;
    expect(range.from).toBeGreaterThan(FROM);
    expect(range.to - range.from).toBeLessThan((TO - FROM) / 2);
    expect(await page.getByRole('dialog').count()).toBe(0); // the drag selected no cell
    await page.mouse.click(box.x + box.width * 0.9, y);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.close();
  });

  it('migrates flant-statusmap-panel options found in the panel options and paints their colours', async () => {
    const old = {
      color: {
        mode: 'discrete',
        thresholds: [
          { value: '1', color: '#ff0000', tooltip: 'failed' },
          { value: '0', color: '#00ff00', tooltip: 'ok' },
        ],
      },
      nullPointMode: 'as empty',
      yAxisSort: 'a → z',
      statusmap: { ConfigVersion: 'v1' },
    };
    const page = await open({
      from: FROM,
      to: TO,
      theme: 'dark',
      rows: rows(4, (r, i) => i % 9 === 0),
      options: old,
    });
    expect(await page.evaluate(() => window.host.options())).toMatchObject({
      color: { mode: 'discrete', useThresholds: false },
      rows: { sort: 'asc' },
    });
    expect((await findColor(page, [255, 0, 0])).count).toBeGreaterThan(10);
    expect((await findColor(page, [0, 255, 0])).count).toBeGreaterThan(100);
    await page.close();
  });
});
