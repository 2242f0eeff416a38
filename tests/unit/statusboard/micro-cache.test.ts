import { describe, expect, it } from 'vitest';
import { Generation, MicroCache } from '../../../src/statusboard/micro-cache';

describe('MicroCache', () => {
  const t = (ms: number) => new Date(1_000_000 + ms);
  const counter = () => {
    let n = 0;
    return async () => ++n;
  };

  it('serves a page again within the TTL and recomputes after it', async () => {
    const c = new MicroCache<number>(1000, new Generation());
    const compute = counter();
    expect(await c.get('k', t(0), compute)).toBe(1);
    expect(await c.get('k', t(999), compute)).toBe(1);
    expect(await c.get('k', t(1000), compute)).toBe(2);
    expect(await c.get('other', t(1000), compute)).toBe(3);
  });
  it('drops everything on a write (generation bump)', async () => {
    const gen = new Generation();
    const c = new MicroCache<number>(1000, gen);
    const compute = counter();
    await c.get('k', t(0), compute);
    gen.bump();
    expect(await c.get('k', t(1), compute)).toBe(2);
  });
  it('does not keep a page computed while a write happened', async () => {
    const gen = new Generation();
    const c = new MicroCache<number>(1000, gen);
    let n = 0;
    await c.get('k', t(0), async () => {
      gen.bump(); // a write lands during the computation
      return ++n;
    });
    expect(await c.get('k', t(1), async () => ++n)).toBe(2);
  });
  it('is off with a TTL of 0, and never serves from the future', async () => {
    const off = new MicroCache<number>(0, new Generation());
    const compute = counter();
    await off.get('k', t(0), compute);
    expect(await off.get('k', t(0), compute)).toBe(2);
    const c = new MicroCache<number>(1000, new Generation());
    const again = counter();
    await c.get('k', t(500), again);
    expect(await c.get('k', t(0), again)).toBe(2); // the clock went back: recompute
  });
});
