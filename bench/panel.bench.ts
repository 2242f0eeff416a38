/**
 * `npm run bench -- panel`: time from data arrival to first paint of the built panel in Grafana's
 * panel chrome (the e2e host page), for 1,000 and 10,000 series of 120 points each: `ours_ms` for
 * new data reaching a mounted panel (a dashboard refresh), `mount_ms` for a panel being created.
 */
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
    }
  } finally {
    await close();
  }
};

export default suite;
