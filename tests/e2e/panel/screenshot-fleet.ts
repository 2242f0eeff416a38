/**
 * The fleet the plugin.json screenshots show: 1,000 hosts over six hours, mostly up, with outages,
 * degraded spells and gaps. Seeded, so every run paints the same picture and the PNGs do not churn.
 */
import type { HostRow } from './host/host';

export const TO = Date.UTC(2026, 10, 23, 12);
export const FROM = TO - 6 * 3600_000;
const STEP = 5 * 60_000;
const POINTS = (TO - FROM) / STEP;
const ROLES = ['api', 'web', 'db', 'cache', 'queue', 'worker', 'edge', 'search'];

/** Statuses as a dashboard author maps them: value mappings coloured by Grafana's palette. */
export const FLEET_FIELD_CONFIG = {
  defaults: {
    mappings: [
      {
        type: 'value',
        options: {
          '0': { text: 'up', color: 'green', index: 0 },
          '1': { text: 'degraded', color: 'orange', index: 1 },
          '2': { text: 'down', color: 'red', index: 2 },
        },
      },
    ],
  },
  overrides: [],
};

/** mulberry32: a tiny seeded PRNG; Math.random would repaint the screenshots on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One host: a run of a status lasts a few buckets, as real outages do, instead of pixel noise. */
function host(index: number, random: () => number): HostRow {
  const role = ROLES[index % ROLES.length];
  const flaky = random() < 0.08;
  const values: (number | null)[] = [];
  let status = 0;
  let left = 0;
  for (let i = 0; i < POINTS; i++) {
    if (left === 0) {
      const r = random();
      status = r < (flaky ? 0.2 : 0.015) ? 2 : r < (flaky ? 0.4 : 0.04) ? 1 : r < 0.045 ? -1 : 0;
      left = status === 0 ? 1 + Math.floor(random() * 12) : 1 + Math.floor(random() * 5);
    }
    values.push(status === -1 ? null : status);
    left--;
  }
  return {
    name: `${role}-${String(Math.floor(index / ROLES.length) + 1).padStart(3, '0')}`,
    labels: { role, instance: `${role}-${index}` },
    times: Array.from({ length: POINTS }, (_, i) => FROM + i * STEP + 1_000),
    values,
  };
}

export function fleet(count = 1000, seed = 20261123): HostRow[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => host(i, random));
}
