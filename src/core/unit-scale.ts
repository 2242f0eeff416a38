import { scaleLinear, scaleLog, scalePow } from 'd3-scale';
import { CoreError } from './errors';

export type ScaleKind = 'linear' | 'sqrt' | 'pow' | 'log';

export interface UnitScaleOptions {
  scale?: ScaleKind;
  /** Exponent of the 'pow' scale (the old plugin's "sqrt" mode used exponent 0.5). */
  exponent?: number;
  min: number;
  max: number;
}

/** Maps values onto [0, 1] (clamped) with a d3 scale, and back. */
export interface UnitScale {
  (value: number): number;
  invert(t: number): number;
}

export function makeUnitScale({ scale = 'linear', exponent = 1, min, max }: UnitScaleOptions): UnitScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new CoreError('INVALID_SCALE', `Scale bounds must be finite numbers, got min=${min} max=${max}`);
  }
  // A flat domain would divide by zero; widen it as the old plugin did (max = min + 1).
  const hi = max > min ? max : min + 1;
  switch (scale) {
    case 'linear':
      return wrap(scaleLinear().domain([min, hi]).range([0, 1]).clamp(true));
    case 'sqrt':
      return wrap(scalePow().exponent(0.5).domain([min, hi]).range([0, 1]).clamp(true));
    case 'pow':
      if (!(exponent > 0))
        throw new CoreError('INVALID_SCALE', `Pow scale needs an exponent > 0, got ${exponent}`);
      return wrap(scalePow().exponent(exponent).domain([min, hi]).range([0, 1]).clamp(true));
    case 'log': {
      if (!(hi > 0)) throw new CoreError('INVALID_SCALE', `Log scale needs a positive maximum, got ${hi}`);
      // Log of values <= 0 is undefined: start the domain at the smallest positive bound instead.
      const lo = min > 0 ? min : Math.min(hi / 1000, 1);
      const s = scaleLog()
        .domain([lo, hi > lo ? hi : lo * 10])
        .range([0, 1])
        .clamp(true);
      return Object.assign((v: number) => (v > 0 ? s(v) : 0), { invert: (t: number) => s.invert(t) });
    }
    default:
      throw new CoreError('INVALID_SCALE', `Unknown scale ${JSON.stringify(scale)}`);
  }
}

function wrap(s: { (v: number): number; invert(t: number): number }): UnitScale {
  return Object.assign((v: number) => s(v), { invert: (t: number) => s.invert(t) });
}
