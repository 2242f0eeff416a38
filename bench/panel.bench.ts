/**
 * `npm run bench -- panel`: time from data arrival to first paint of the built panel in Grafana's
 * panel chrome (the e2e host page), for 1,000 and 10,000 series of 120 points each: `ours_ms` for
 * new data reaching a mounted panel (a dashboard refresh), `mount_ms` for a panel being created; and
 * `panel.hover`, per pointer move until the React tooltip shows the new cell.
 */
import type { Page } from '@playwright/test';
import { startPanelHost } from '../tests/e2e/panel/host-server';
import type { HostSpec } from '../tests/e2e/panel/host/host';
import { round, type BenchSuite } from './result';

const RUNS = 5;

const suite: BenchSuite = async (emit) => {
  const { base, browser, close } = await startPanelHost('panel-bench-');
  try {
    for (const series of [1000, 10_000]) {
      const mounts: number[] = [];
      const updates: number[] = [];
      const hovers: HoverResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
        await page.goto(`${base}/host/`);
        await page.waitForFunction(() => window.host?.ready);
        const { mountMs, updateMs } = await page.evaluate((n) => {
          const to = Date.UTC(2026, 10, 23, 12);
          const from = to - 2 * 3600_000;
          const rows = Array.from({ length: n }, (_, r) => ({
            name: `host-${r}`,
            times: Array.from({ length: 120 }, (_, i) => from + i * 60_000 + 1_000),
            values: Array.from({ length: 120 }, (_, i) => ((r * 7 + i) % 13 === 0 ? 1 : 0)),
          }));
          const spec: HostSpec = {
            from,
            to,
            rows,
            fieldConfig: {
              defaults: {
                mappings: [
                  {
                    type: 'value' as never,
                    options: {
                      '0': { text: 'up', color: 'green' },
                      '1': { text: 'down', color: 'red' },
                      '2': { text: 'updated', color: 'blue' },
                    },
                  },
                ],
              },
              overrides: [],
            },
          };
          return window.host.measure(spec, 'updated');
        }, series);
        mounts.push(mountMs);
        updates.push(updateMs);
        if (run === RUNS - 1) hovers.push(await hoverLatency(page));
        await page.close();
      }
      const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], 1);
      emit({
        bench: 'panel.firstPaint',
        case: `${series} series x 120 points`,
        ours_ms: median(updates),
        mount_ms: median(mounts),
        runs: RUNS,
      });
      emit({ bench: 'panel.hover', case: `${series} series x 120 points`, ...hovers[0] });
    }
  } finally {
    await close();
  }
};

interface HoverResult {
  ours_ms: number;
  p95_ms: number;
  samples: number;
  /** Moves after which the tooltip did not change within 300 ms (same cell, or outside the cells). */
  misses: number;
}

/**
 * Per pointer move over the mounted panel: from the move to the React tooltip showing the new cell
 * (hit test, cell details from the frames, React render and commit), measured in the page. Moves go
 * across the right part of the plot, each to another cell; the tooltip is unfrozen and has no links,
 * so it follows at once.
 */
async function hoverLatency(page: Page): Promise<HoverResult> {
  return page.evaluate(`(async () => {
    const overlay = document.querySelector('canvas.sm-overlay');
    const box = overlay.getBoundingClientRect();
    const text = () => document.querySelector('[role="tooltip"]')?.textContent ?? '';
    const times = [];
    let misses = 0;
    for (let i = 0; i < 130; i++) {
      const x = box.left + box.width * (0.6 + (0.35 * ((i * 37) % 100)) / 100);
      const y = box.top + box.height * (0.05 + (0.8 * ((i * 53) % 100)) / 100);
      const before = text();
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (text() !== before) { mo.disconnect(); resolve(true); }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => { mo.disconnect(); resolve(false); }, 300);
      });
      const t0 = performance.now();
      overlay.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      const ok = await changed;
      const ms = performance.now() - t0;
      if (i >= 10) { if (ok) times.push(ms); else misses++; }
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    times.sort((a, b) => a - b);
    const r = (v) => Math.round(v * 100) / 100;
    return { ours_ms: r(times[times.length >> 1]), p95_ms: r(times[Math.floor(times.length * 0.95)]), samples: times.length, misses };
  })()`);
}

export default suite;
