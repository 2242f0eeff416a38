/**
 * A tiny read cache for GET /api/v1/events: dashboards and CI poll the same page over and over, and
 * a page of 50 events costs ~1 ms of database and mapping work. An entry is served only while
 *   - nothing was written through this process since it was computed (the shared Generation), and
 *   - it is younger than `ttlMs` by the app's clock (states move with time; other replicas write too).
 * So a reader sees its own writes at once and anything else within `ttlMs` (default 1 s; 0 disables).
 */
export class Generation {
  value = 0;
  bump(): void {
    this.value++;
  }
}

interface Entry<T> {
  at: number;
  gen: number;
  value: T;
}

export class MicroCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly generation: Generation,
    private readonly maxEntries = 256
  ) {}

  async get(key: string, now: Date, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const t = now.getTime();
    const hit = this.entries.get(key);
    if (hit && hit.gen === this.generation.value && t >= hit.at && t - hit.at < this.ttlMs) return hit.value;
    // Read the generation before computing: a write landing meanwhile makes this entry stale at once.
    const gen = this.generation.value;
    const value = await compute();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { at: t, gen, value });
    return value;
  }
}
