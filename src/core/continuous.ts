import { scaleLinear } from 'd3-scale';
import * as chromatic from 'd3-scale-chromatic';
import { color as parseColor } from 'd3-color';
import { CoreError } from './errors';
import { StatusTable, type StatusInfo } from './status-table';
import { makeUnitScale, type ScaleKind, type UnitScale } from './unit-scale';

/** How the several values of one cell become the one number that is coloured. */
export type CellAggregate = 'max' | 'min' | 'avg' | 'last';

interface ContinuousCommon {
  scale?: ScaleKind;
  exponent?: number;
  /** Fixed bounds; omitted bounds come from the data. */
  min?: number;
  max?: number;
  /** Default 'max', as the old plugin. */
  aggregate?: CellAggregate;
  /** Colour steps (statuses); 256 is beyond what the eye separates in a ramp. */
  steps?: number;
  unknownColor?: string;
  /** Labels of the ramp's values (a unit, decimals); default: a short plain number. */
  format?: (value: number) => string;
}

/** Numeric value -> colour of a d3-scale-chromatic scheme or custom colour stops. */
export interface SpectrumColoring extends ContinuousCommon {
  mode: 'spectrum';
  /** 'interpolateRdYlGn', 'RdYlGn', ... and the old plugin's 'interpolateGnYlRd'. */
  scheme?: string;
  /** Custom colour stops, low to high; used instead of scheme. */
  colors?: readonly string[];
  invert?: boolean;
}

/** One base colour whose opacity grows with the value (the old plugin's opacity mode). */
export interface OpacityColoring extends ContinuousCommon {
  mode: 'opacity';
  color: string;
}

export type ContinuousColoring = SpectrumColoring | OpacityColoring;

const DEFAULT_STEPS = 256;

/** A quantised continuous scale: value -> status 2 + step. */
export class ContinuousClassifier {
  readonly table: StatusTable;
  readonly steps: number;
  private readonly unit: UnitScale;

  constructor(
    readonly coloring: ContinuousColoring,
    dataMin: number,
    dataMax: number
  ) {
    this.steps = Math.max(2, Math.min(4096, Math.floor(coloring.steps ?? DEFAULT_STEPS)));
    // The old plugin's opacity domain started at 0; spectrum started at the data minimum.
    const fallbackMin = coloring.mode === 'opacity' ? 0 : dataMin;
    const min = coloring.min ?? (Number.isFinite(fallbackMin) ? fallbackMin : 0);
    const max = coloring.max ?? (Number.isFinite(dataMax) ? dataMax : min + 1);
    this.unit = makeUnitScale({ scale: coloring.scale, exponent: coloring.exponent, min, max });
    const colorAt = colorRamp(coloring);
    const format = coloring.format ?? formatValue;
    const statuses: StatusInfo[] = [];
    for (let k = 0; k < this.steps; k++) {
      const t = k / (this.steps - 1);
      statuses.push({ label: format(this.unit.invert(t)), color: colorAt(t), severity: k, ok: k === 0 });
    }
    this.table = StatusTable.withSpecials(statuses, coloring.unknownColor);
  }

  statusOf(value: number): number {
    return 2 + Math.round(this.unit(value) * (this.steps - 1));
  }
}

function colorRamp(c: ContinuousColoring): (t: number) => string {
  if (c.mode === 'opacity') {
    const base = parseColor(c.color);
    if (!base) throw new CoreError('INVALID_COLOR', `Not a CSS colour: ${JSON.stringify(c.color)}`);
    const { r, g, b } = base.rgb();
    return (t) => `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${t})`;
  }
  const ramp =
    c.colors && c.colors.length > 0 ? customRamp(c.colors) : schemeRamp(c.scheme ?? 'interpolateGnYlRd');
  return c.invert ? (t) => ramp(1 - t) : ramp;
}

function customRamp(colors: readonly string[]): (t: number) => string {
  for (const css of colors) {
    if (!parseColor(css)) throw new CoreError('INVALID_COLOR', `Not a CSS colour: ${JSON.stringify(css)}`);
  }
  if (colors.length === 1) return () => colors[0];
  const s = scaleLinear<string>()
    .domain(colors.map((_, i) => i / (colors.length - 1)))
    .range(colors)
    .clamp(true);
  return (t) => s(t);
}

type Interpolator = (t: number) => string;

function schemeRamp(scheme: string): Interpolator {
  const name = scheme.startsWith('interpolate') ? scheme : `interpolate${scheme}`;
  // The old plugin added GnYlRd: RdYlGn reversed.
  if (name === 'interpolateGnYlRd') return (t) => chromatic.interpolateRdYlGn(1 - t);
  const found = (chromatic as unknown as Record<string, unknown>)[name];
  if (typeof found !== 'function') {
    throw new CoreError('INVALID_SCALE', `Unknown colour scheme ${JSON.stringify(scheme)}`);
  }
  return found as Interpolator;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 1000 || Number.isInteger(v) ? String(Math.round(v * 100) / 100) : v.toPrecision(3);
}
