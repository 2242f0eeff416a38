/**
 * The renderer in real Chromium (Debian's, through Playwright): pixels read back from the canvases at
 * known cells of the playground's `pattern` dataset, whose status at (row, col) is patternStatus(row, col).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cssToRgba } from '../../../src/core';
import { cellRect, DARK_THEME, LIGHT_THEME, type Layout } from '../../../src/render';
import { patternStatus, S, STATUSES } from '../../../playground/datasets';
import { groupOf } from '../../../src/render/overview';
import { writePngIfChanged } from '../../support/png-write';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Rgba = [number, number, number, number];

const rgbaOf = (css: string): Rgba => {
  const v = cssToRgba(css);
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
};
const statusRgba = (s: number): Rgba => rgbaOf(STATUSES.statuses[s].color);

async function pixel(page: Page, x: number, y: number, canvas: 'base' | 'overlay' = 'base'): Promise<Rgba> {
  return page.evaluate(
    ([x, y, which]) => {
      const c = window.playground.renderer[which as 'base' | 'overlay'];
      const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(
        x as number,
        y as number,
        1,
        1
      ).data;
      return [d[0], d[1], d[2], d[3]] as [number, number, number, number];
    },
    [x, y, canvas] as const
  );
}

const layoutOf = (page: Page): Promise<Layout> => page.evaluate(() => window.playground.renderer.layout());

/** Centre of a cell in device px of the canvas. */
function centre(l: Layout, row: number, col: number): [number, number] {
  const r = cellRect(l, row, col);
  return [Math.floor(r.x + r.w / 2), Math.floor(r.y + r.h / 2)];
}

/** Page coordinates (CSS px) of a device pixel of the canvas. */
async function pagePoint(page: Page, l: Layout, x: number, y: number): Promise<[number, number]> {
  const box = await page.evaluate(() => {
    const r = window.playground.renderer.overlay.getBoundingClientRect();
    return { left: r.left, top: r.top };
  });
  return [box.left + (x + 0.5) / l.dpr, box.top + (y + 0.5) / l.dpr];
}

/** 40 x 30 cells of the pattern dataset with 4 px gaps: room to aim at a cell, a gap, or an outline. */
const WIDE_GAPS = {
  dataset: 'pattern 40 x 30',
  rowHeight: 'auto',
  hSpacing: 4,
  vSpacing: 4,
  weekend: 0,
} as const;

describe('renderer in Chromium', () => {
  it('paints each cell in its status colour, with spacing gaps in the background colour', async () => {
    const page = await h.open({
      dataset: 'pattern 40 x 30',
      rowHeight: 'auto',
      hSpacing: 2,
      vSpacing: 2,
      weekend: 0,
    });
    const l = await layoutOf(page);
    expect(l.mode).toBe('cells');
    for (const [row, col] of [
      [0, 0],
      [3, 7],
      [17, 29],
      [39, 12],
    ]) {
      const [x, y] = centre(l, row, col);
      expect(await pixel(page, x, y), `cell ${row},${col}`).toEqual(statusRgba(patternStatus(row, col)));
    }
    const r = cellRect(l, 5, 5);
    const bg = rgbaOf(LIGHT_THEME.background);
    expect(await pixel(page, r.x + r.w, r.y + 2)).toEqual(bg); // first pixel of the column gap
    expect(await pixel(page, r.x + r.w + 1, r.y + 2)).toEqual(bg);
    expect(await pixel(page, r.x + 2, r.y + r.h)).toEqual(bg); // row gap
    expect(await pixel(page, r.x + r.w - 1, r.y + r.h - 1)).toEqual(statusRgba(patternStatus(5, 5))); // crisp edge
  });

  it('rounds corners when asked, and only then', async () => {
    const square = await h.open({ dataset: 'pattern 40 x 30', rowHeight: 'auto', rounding: 0, weekend: 0 });
    const rounded = await h.open({ dataset: 'pattern 40 x 30', rowHeight: 'auto', rounding: 4, weekend: 0 });
    const l = await layoutOf(rounded);
    expect(l.radius).toBe(4);
    const r = cellRect(l, 2, 3);
    const colour = statusRgba(patternStatus(2, 3));
    expect(await pixel(square, r.x, r.y)).toEqual(colour);
    expect(await pixel(rounded, r.x, r.y)).not.toEqual(colour);
    expect(await pixel(rounded, r.x + r.w - 1, r.y + r.h - 1)).not.toEqual(colour);
    const [cx, cy] = centre(l, 2, 3);
    expect(await pixel(rounded, cx, cy)).toEqual(colour);
  });

  it('is crisp at devicePixelRatio 2: a canvas of device pixels, gaps of whole device pixels', async () => {
    const page = await h.open(
      { dataset: 'pattern 40 x 30', rowHeight: 'auto', hSpacing: 1, vSpacing: 1, weekend: 0 },
      { width: 1000, height: 600, dpr: 2 }
    );
    const l = await layoutOf(page);
    expect(l.dpr).toBe(2);
    const size = await page.evaluate(() => {
      const c = window.playground.renderer.base;
      return { w: c.width, cssW: c.getBoundingClientRect().width };
    });
    expect(size.w).toBe(size.cssW * 2);
    expect(l.hGap).toBe(2);
    const r = cellRect(l, 10, 10);
    const colour = statusRgba(patternStatus(10, 10));
    const bg = rgbaOf(LIGHT_THEME.background);
    // Last device pixel of the cell, both gap pixels, first pixel of the next cell: no blended edge.
    expect(await pixel(page, r.x + r.w - 1, r.y + 4)).toEqual(colour);
    expect(await pixel(page, r.x + r.w, r.y + 4)).toEqual(bg);
    expect(await pixel(page, r.x + r.w + 1, r.y + 4)).toEqual(bg);
    expect(await pixel(page, r.x + r.w + 2, r.y + 4)).toEqual(statusRgba(patternStatus(10, 11)));
  });

  it.each([1, 2])(
    'paints small cells through one pixel buffer with the same colours and gaps (dpr %d)',
    async (dpr) => {
      const page = await h.open(
        // At dpr 1 auto mode picks the buffer itself (2.5 px columns); at dpr 2 it is asked for.
        {
          dataset: '2000x300 pattern',
          rowHeight: 4,
          hSpacing: 0,
          vSpacing: 1,
          weekend: 0,
          mode: dpr === 1 ? 'auto' : 'pixels',
        },
        { width: 1000, height: 600, dpr }
      );
      const l = await layoutOf(page);
      expect(l.mode).toBe('pixels');
      expect(l.dpr).toBe(dpr);
      expect(l.vGap).toBe(dpr);
      for (const [row, col] of [
        [0, 0],
        [20, 150],
        [40, 299],
      ]) {
        const [x, y] = centre(l, row, col);
        expect(await pixel(page, x, y), `cell ${row},${col}`).toEqual(statusRgba(patternStatus(row, col)));
      }
      const r = cellRect(l, 7, 7);
      expect(await pixel(page, r.x, r.y + r.h)).toEqual(rgbaOf(LIGHT_THEME.background));
      expect(await pixel(page, r.x, r.y + r.h + dpr - 1)).toEqual(rgbaOf(LIGHT_THEME.background));
      expect(await pixel(page, r.x, r.y + r.h - 1)).toEqual(statusRgba(patternStatus(7, 7)));
      expect(await pixel(page, r.x, r.y + r.h + dpr)).toEqual(statusRgba(patternStatus(8, 7)));
    }
  );

  it('hover returns the cell under the pointer and outlines it on the overlay; gaps hit nothing', async () => {
    const page = await h.open(WIDE_GAPS);
    const l = await layoutOf(page);
    const [x, y] = centre(l, 12, 8);
    await page.mouse.move(...(await pagePoint(page, l, x, y)));
    expect(await page.evaluate(() => window.playground.renderer.hoveredCell)).toEqual({ row: 12, col: 8 });
    const r = cellRect(l, 12, 8);
    // The hover outline is stroked just outside the cell, in the theme's hover colour.
    expect(await pixel(page, r.x + 3, r.y - 1, 'overlay')).toEqual(rgbaOf(LIGHT_THEME.hover));
    expect(await pixel(page, r.x + 3, r.y + 3, 'overlay')).toEqual([0, 0, 0, 0]);
    // Crosshair: a vertical and a horizontal line through the pointer.
    expect((await pixel(page, x, l.plotY + 1, 'overlay'))[3]).toBeGreaterThan(0);
    expect((await pixel(page, l.plotX + 1, y, 'overlay'))[3]).toBeGreaterThan(0);
    const tooltip = await page.evaluate(() => window.playground.renderer.tooltip.textContent);
    expect(tooltip).toContain(STATUSES.statuses[patternStatus(12, 8)].label);

    await page.mouse.move(...(await pagePoint(page, l, r.x + r.w + 1, y))); // in the gap
    expect(await page.evaluate(() => window.playground.renderer.hoveredCell)).toBeNull();
    expect(await pixel(page, r.x + 3, r.y - 1, 'overlay')).not.toEqual(rgbaOf(LIGHT_THEME.hover));
  });

  it.each(['cells', 'pixels'])(
    'scrolls 10,000 rows (%s): only the rows in view are painted, the right ones',
    async (mode) => {
      const page = await h.open({
        dataset: '10000x30 pattern',
        rowHeight: 20,
        hSpacing: 1,
        vSpacing: 1,
        weekend: 0,
        mode,
      });
      let l = await layoutOf(page);
      expect(l.mode).toBe(mode);
      expect(l.scrollMaxCss).toBeGreaterThan(190_000);
      expect(l.endRow - l.firstRow).toBeLessThan(40);
      await page.evaluate(() => window.playground.renderer.scrollTo(20 * 7321 + 5));
      l = await layoutOf(page);
      expect(l.firstRow).toBe(7321);
      for (const row of [7321, 7330]) {
        const [x, y] = centre(l, row, 4);
        expect(await pixel(page, x, y), `row ${row}`).toEqual(statusRgba(patternStatus(row, 4)));
      }
      // A real wheel scroll reaches the renderer through the native scroll container.
      const [x, y] = centre(l, 7325, 10);
      await page.mouse.move(...(await pagePoint(page, l, x, y)));
      await page.mouse.wheel(0, 400);
      await page.waitForFunction(() => window.playground.renderer.layout().firstRow >= 7330);
      l = await layoutOf(page);
      const [x2, y2] = centre(l, l.firstRow + 2, 10);
      expect(await pixel(page, x2, y2)).toEqual(statusRgba(patternStatus(l.firstRow + 2, 10)));
      // The hovered cell follows the content under the pointer.
      expect(await page.evaluate(() => window.playground.renderer.hoveredCell?.row)).toBeGreaterThanOrEqual(
        7330
      );
    }
  );

  it('moves a focused cell with the keyboard, announces it, and opens its tooltip with Enter', async () => {
    const page = await h.open({ dataset: '10000x30 pattern', rowHeight: 20, weekend: 0, tz: 'utc' });
    await page.focus('.sm-scroller');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight'])
      await page.keyboard.press(key);
    expect(await page.evaluate(() => window.playground.renderer.focusedCell)).toEqual({ row: 3, col: 2 });
    const live = page.locator('.sm-live');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const said = await live.textContent();
    expect(said).toContain('node-00003');
    expect(said).toContain(STATUSES.statuses[patternStatus(3, 2)].label);
    expect(said).toMatch(/2026-11-\d\d \d\d:\d\d to/);
    expect(await page.locator('.sm-tooltip').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await page.locator('.sm-tooltip').isVisible()).toBe(true);
    expect(await page.locator('.sm-tooltip').textContent()).toContain('node-00003');
    // An embedder that draws its own tooltip turns the renderer's off: Enter then shows nothing of it.
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.playground.renderer.setOptions({ drawTooltip: false }));
    await page.keyboard.press('Enter');
    expect(await page.locator('.sm-tooltip').isVisible()).toBe(false);
    await page.evaluate(() => window.playground.renderer.setOptions({ drawTooltip: true }));
    // Focus outline on the overlay.
    const l = await layoutOf(page);
    const r = cellRect(l, 3, 2);
    expect(await pixel(page, r.x - 2, r.y - 4, 'overlay')).toEqual(rgbaOf(LIGHT_THEME.focus));
    // Paging far down scrolls the focused row into view.
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    const after = await page.evaluate(() => ({
      focused: window.playground.renderer.focusedCell,
      layout: window.playground.renderer.layout(),
    }));
    expect(after.focused?.row).toBeGreaterThan(40);
    expect(after.focused!.row).toBeGreaterThanOrEqual(after.layout.firstRow);
    expect(after.focused!.row).toBeLessThan(after.layout.endRow);
  });

  it('switches to the overview when rows exceed pixels, and a single failure stays visible', async () => {
    const page = await h.open({ dataset: '10000x300 dense', rowHeight: 'auto', weekend: 0 });
    const info = await page.evaluate(() => {
      const p = window.playground;
      const m = p.matrix();
      const st = new Uint16Array(m.statuses.length).fill(2); // all OK
      st[7777 * m.colCount + 100] = 4; // one Critical cell
      p.renderer.setData({ ...m, statuses: st });
      p.renderer.render();
      return { stats: { ...p.renderer.stats }, layout: p.renderer.layout() };
    });
    const l = info.layout;
    expect(info.stats.mode).toBe('overview');
    expect(info.stats.paintedRows).toBeLessThanOrEqual(l.plotH);
    expect(info.stats.paintedRows).toBe(l.plotH);
    // Row 7777 is folded into the pixel row where its top edge falls.
    const r = groupOf(7777, l.plotH / 10_000, l.plotH);
    const x = Math.floor(cellRect(l, 0, 100).x + l.colPitch / 2);
    expect(await pixel(page, x, l.plotY + r)).toEqual(statusRgba(S.CRITICAL));
    expect(await pixel(page, x, l.plotY + r + 2)).toEqual(statusRgba(S.OK));
    expect(await pixel(page, x + 5, l.plotY + r)).toEqual(statusRgba(S.OK));
  });

  it('folds columns thinner than a pixel per visible row, worst status winning, and says so on hover', async () => {
    const page = await h.open({ dataset: '10000x1000 dense', rowHeight: 8, vSpacing: 0, weekend: 0 });
    const info = await page.evaluate(() => {
      const p = window.playground;
      const m = p.matrix();
      const st = new Uint16Array(m.statuses.length).fill(2);
      st[3 * m.colCount + 501] = 4; // one Critical cell in row 3
      p.renderer.setData({ ...m, statuses: st });
      p.renderer.render();
      return { stats: { ...p.renderer.stats }, layout: p.renderer.layout() };
    });
    const l = info.layout;
    expect(l.colPitch).toBeLessThan(1);
    expect(info.stats.mode).toBe('overview');
    expect(info.stats.paintedCols).toBe(l.plotW);
    const x = l.plotX + groupOf(501, l.colPitch, l.plotW);
    const y = Math.floor(cellRect(l, 3, 0).y + 3);
    expect(await pixel(page, x, y)).toEqual(statusRgba(S.CRITICAL));
    expect(await pixel(page, x + 2, y)).toEqual(statusRgba(S.OK));
    expect(await pixel(page, x, y + 8)).toEqual(statusRgba(S.OK)); // row 4
    await page.mouse.move(...(await pagePoint(page, l, x, y)));
    const hovered = await page.evaluate(() => {
      const r = window.playground.renderer;
      return r.hoveredCell ? r.describe(r.hoveredCell) : null;
    });
    expect(hovered?.statusLabel).toBe('Critical');
    expect(hovered?.row).toBe(3);
  });

  it('keeps the tooltip inside the drawing, next to the hovered cell, in every corner', async () => {
    const page = await h.open({ dataset: 'pattern 40 x 30', rowHeight: 'auto', weekend: 0 });
    const l = await layoutOf(page);
    for (const [row, col] of [
      [0, 0],
      [0, 29],
      [39, 0],
      [39, 29],
    ]) {
      const [x, y] = centre(l, row, col);
      await page.mouse.move(...(await pagePoint(page, l, x, y)));
      const boxes = await page.evaluate(() => {
        const r = window.playground.renderer;
        return {
          tip: r.tooltip.getBoundingClientRect().toJSON(),
          area: r.overlay.getBoundingClientRect().toJSON(),
        };
      });
      const { tip, area } = boxes as Record<
        'tip' | 'area',
        Record<'left' | 'right' | 'top' | 'bottom', number>
      >;
      expect(tip.left, `cell ${row},${col}`).toBeGreaterThanOrEqual(area.left);
      expect(tip.right).toBeLessThanOrEqual(area.right);
      expect(tip.top).toBeGreaterThanOrEqual(area.top);
      expect(tip.bottom).toBeLessThanOrEqual(area.bottom);
      const [px, py] = await pagePoint(page, l, x, y);
      expect(Math.min(Math.abs(tip.left - px), Math.abs(tip.right - px))).toBeLessThan(40); // beside the cell
      expect(Math.min(Math.abs(tip.top - py), Math.abs(tip.bottom - py))).toBeLessThan(40);
    }
  });

  it('selects a cell on click and outlines it in the selection colour', async () => {
    const page = await h.open(WIDE_GAPS);
    const l = await layoutOf(page);
    const [x, y] = centre(l, 20, 14);
    await page.mouse.click(...(await pagePoint(page, l, x, y)));
    expect(await page.evaluate(() => window.playground.renderer.selectedCell)).toEqual({ row: 20, col: 14 });
    await page.mouse.move(1, 1);
    // The playground's status line names the selection and may wrap, resizing the chart: lay out again.
    const r = cellRect(await layoutOf(page), 20, 14);
    expect(await pixel(page, r.x + 3, r.y - 2, 'overlay')).toEqual(rgbaOf(LIGHT_THEME.selection));
    expect(await pixel(page, r.x + 3, r.y - 1, 'overlay')).toEqual(rgbaOf(LIGHT_THEME.selection));
    expect(await page.evaluate(() => window.playground.renderer.focusedCell)).toEqual({ row: 20, col: 14 });
    expect(await pixel(page, r.x - 2, r.y - 4, 'overlay')).toEqual(rgbaOf(LIGHT_THEME.focus)); // focus ring outside
    expect(await page.locator('output').textContent()).toContain('selected: eu-west/cluster-1/node-00020');
  });

  it('hides the y axis on request and follows a resize of its container', async () => {
    const page = await h.open({ dataset: '1,000 rows, dense', rowHeight: 12, yAxis: 0 });
    const before = await layoutOf(page);
    expect(before.plotX).toBe(0);
    await page.setViewportSize({ width: 700, height: 500 });
    await page.waitForFunction((w) => window.playground.renderer.base.width < w, before.canvasWidth);
    const after = await layoutOf(page);
    expect(after.canvasWidth).toBe(before.canvasWidth - 300);
    expect(after.endRow - after.firstRow).toBeLessThan(before.endRow - before.firstRow);
  });

  it('follows the dark theme and shades weekends', async () => {
    const page = await h.open({
      dataset: '100x168 sparse',
      rowHeight: 'auto',
      theme: 'dark',
      weekend: 1,
      tz: 'utc',
    });
    const l = await layoutOf(page);
    const dark = rgbaOf(DARK_THEME.background);
    expect(await pixel(page, 1, l.canvasHeight - 2)).toEqual(dark); // below the labels, left of the axis
    const weekend = await page.evaluate(() => {
      const m = window.playground.matrix();
      const out: number[] = [];
      for (let c = 0; c < m.colCount; c++) {
        const day = new Date(m.to - (m.colCount - c - 0.5) * m.intervalMs).getUTCDay();
        out.push(day === 0 || day === 6 ? 1 : 0);
      }
      return out;
    });
    const weekendCol = weekend.indexOf(1);
    const weekdayCol = weekend.indexOf(0);
    // An empty cell shows the background: shaded on a weekend, plain otherwise. Sparse rows have many.
    const emptyPixel = async (col: number): Promise<Rgba> => {
      const statuses = await page.evaluate((c) => {
        const m = window.playground.matrix();
        return Array.from({ length: m.rowCount }, (_, r) => m.statuses[r * m.colCount + c]);
      }, col);
      const row = statuses.indexOf(S.EMPTY);
      const [x, y] = centre(l, row, col);
      return pixel(page, x, y);
    };
    expect(await emptyPixel(weekdayCol)).toEqual(dark);
    const shaded = await emptyPixel(weekendCol);
    expect(shaded).not.toEqual(dark);
    expect(shaded[0]).toBeGreaterThan(dark[0]); // lighter grey on the dark background
  });

  it('saves a screenshot of the playground for the README', async () => {
    const page = await h.open(
      { dataset: '1,000 rows, dense', rowHeight: 12, weekend: 1 },
      { width: 1000, height: 600 }
    );
    const l = await layoutOf(page);
    const [x, y] = centre(l, 6, 200);
    await page.mouse.move(...(await pagePoint(page, l, x, y)));
    await mkdir('docs/img', { recursive: true });
    // The status line's paint time changes every run: it is left out, and the file is rewritten only
    // when the picture itself changed.
    await page
      .locator('output')
      .evaluate((el) => (el.textContent = (el.textContent ?? '').replace(/ \| paint [\d.]+ ms/, '')));
    const png = await page.screenshot();
    expect(png.length).toBeGreaterThan(10_000);
    await writePngIfChanged(h.browser, 'docs/img/playground.png', png);
  });
});
