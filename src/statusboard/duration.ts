/** Durations as people type them in CI: "2h", "90m", "1h30m", "45s", "1d". */
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(text: string): number {
  const s = text.trim();
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(s))
    throw new Error(`"${text}" is not a duration like 2h, 90m or 1h30m`);
  let ms = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  if (ms <= 0) throw new Error(`duration "${text}" must be positive`);
  return ms;
}
