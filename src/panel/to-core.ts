import {
  FieldColorModeId,
  MappingType,
  rangeUtil,
  SpecialValueMatch,
  ThresholdsMode,
  type FieldConfig,
  type ThresholdsConfig,
  type ValueMapping,
} from '@grafana/data';
import type { ClassifyOptions, Coloring, DiscreteMatch, DiscreteRule } from '../core';
import { isInverted } from './color-schemes';
import type { RowConfigs } from './row-config';
import type { StatusmapOptions } from './types';
import type { FormatterFor, ValueFormatter } from './value-format';

export interface ColorContext {
  /** Grafana colour names ("green", "semi-dark-red") to CSS: theme.visualization.getColorByName. */
  resolveColor: (color: string) => string;
  isDarkTheme: boolean;
  /** Numbers in status labels ("≥ 80 ms", a ramp's ends) in the field's unit; default: plain. */
  format?: FormatterFor;
}

/** The colour a value mapping without one gets (Grafana would fall back to the field colour). */
const NO_COLOR = '#808080';

/** Panel options and the field config -> what src/core's classify needs. */
export function toClassifyOptions(
  options: StatusmapOptions,
  field: FieldConfig,
  ctx: ColorContext
): ClassifyOptions {
  let maxGapMs = Infinity;
  if (options.maxGap.trim() !== '') {
    try {
      maxGapMs = rangeUtil.intervalToMs(options.maxGap.trim());
    } catch {
      // An unparsable gap ("5 mins") means no limit; the editor shows the field as invalid.
    }
  }
  return {
    coloring: toColoring(options, field, ctx),
    nullMode: options.nullMode,
    missing: options.missing,
    maxGapMs,
    valueIndex: options.valueIndex,
    labelDelimiter: options.rows.splitLabels && options.rows.delimiter ? options.rows.delimiter : undefined,
  };
}

/**
 * Adds per-row colour rules when rows follow different field configs (Grafana field overrides,
 * matched per series): each distinct config becomes one rule set, shared by its rows. Discrete mode
 * only: a spectrum or opacity ramp spans the whole panel, so per-row configs only change value text.
 */
export function withRowColorings(
  classify: ClassifyOptions,
  options: StatusmapOptions,
  rows: RowConfigs,
  ctx: ColorContext
): ClassifyOptions {
  if (options.color.mode !== 'discrete' || rows.configs.length < 2) return classify;
  const colorings = rows.configs.map((config, i) =>
    i === rows.main ? classify.coloring : toColoring(options, config, ctx)
  );
  return { ...classify, rowColorings: Array.from(rows.groupOf, (g) => colorings[g]) };
}

export function toColoring(options: StatusmapOptions, field: FieldConfig, ctx: ColorContext): Coloring {
  const c = options.color;
  const format = ctx.format?.(field);
  const continuous = {
    scale: c.scale,
    exponent: c.exponent,
    min: c.min,
    max: c.max,
    aggregate: c.aggregate,
    format,
  };
  switch (c.mode) {
    case 'spectrum':
      return {
        mode: 'spectrum',
        scheme: c.scheme,
        invert: isInverted(c.invert, ctx.isDarkTheme),
        ...continuous,
      };
    case 'opacity':
      return { mode: 'opacity', color: ctx.resolveColor(c.opacityColor), ...continuous };
    default:
      return {
        mode: 'discrete',
        priority: c.priority,
        unknownColor: ctx.resolveColor(c.unknownColor),
        rules: discreteRules(field, c.useThresholds, ctx),
      };
  }
}

/**
 * Value mappings first, in Grafana's order (mapping list, then `index` inside a value map), then the
 * thresholds from the highest step down, so that, as in Grafana, a mapping beats a threshold and a
 * value takes the highest step it reaches. Severities: thresholds by step (the base step is OK),
 * mappings above every threshold, earlier mappings worse (the old plugin's priority).
 *
 * A field whose colour scheme is a single colour (Grafana's "Single color" / "Shades", e.g. from an
 * override on one series) paints, as Grafana does, every number no mapping claims in that colour,
 * instead of the threshold steps; mappings without a colour take it too.
 */
export function discreteRules(field: FieldConfig, useThresholds: boolean, ctx: ColorContext): DiscreteRule[] {
  const format = ctx.format?.(field) ?? String;
  const single = singleColor(field);
  const mapped = (field.mappings ?? []).flatMap((m) => mappingRules(m, format, single));
  const steps = !useThresholds
    ? []
    : single
      ? [anyNumberRule(single)]
      : thresholdRules(field.thresholds, field.min, field.max, format);
  const top = steps.length;
  const rules: DiscreteRule[] = mapped.map((r, i) => ({
    ...r,
    color: ctx.resolveColor(r.color),
    severity: top - 1 + mapped.length - i,
    ok: top === 0 && i === mapped.length - 1,
  }));
  for (const r of steps) rules.push({ ...r, color: ctx.resolveColor(r.color) });
  return rules;
}

/** The colour of a single-colour field scheme; undefined for thresholds, palettes and gradients. */
function singleColor(field: FieldConfig): string | undefined {
  const mode = field.color?.mode;
  const single = mode === FieldColorModeId.Fixed || mode === FieldColorModeId.Shades;
  return single ? field.color?.fixedColor || undefined : undefined;
}

/** The single colour's rule: every number (strings stay for mappings, as thresholds ignore them). */
function anyNumberRule(color: string): DiscreteRule {
  return { match: { kind: 'range' }, color, label: 'Any value', severity: 0, ok: true };
}

function mappingRules(m: ValueMapping, format: ValueFormatter, fallbackColor?: string): DiscreteRule[] {
  const rule = (match: DiscreteMatch, color?: string, text?: string, fallbackLabel = ''): DiscreteRule => ({
    match,
    color: color || fallbackColor || NO_COLOR,
    label: text || fallbackLabel,
  });
  switch (m.type) {
    case MappingType.ValueToText:
      return Object.entries(m.options)
        .map(([key, result], order) => ({ key, result, at: result.index ?? order }))
        .sort((a, b) => a.at - b.at)
        .map(({ key, result }) =>
          rule({ kind: 'value', value: key }, result.color, result.text, keyText(key, format))
        );
    case MappingType.RangeToText: {
      const { from, to, result } = m.options;
      const match: DiscreteMatch = { kind: 'range', from: from ?? undefined, to: to ?? undefined };
      const label = `${from == null ? '-∞' : format(from)} – ${to == null ? '+∞' : format(to)}`;
      return [rule(match, result.color, result.text, label)];
    }
    case MappingType.RegexToText:
      return [
        rule(
          { kind: 'regex', pattern: m.options.pattern },
          m.options.result.color,
          m.options.result.text,
          m.options.pattern
        ),
      ];
    case MappingType.SpecialValue: {
      const { match, result } = m.options;
      const special: Record<string, DiscreteMatch> = {
        [SpecialValueMatch.Null]: { kind: 'null' },
        [SpecialValueMatch.NaN]: { kind: 'null' },
        [SpecialValueMatch.NullAndNaN]: { kind: 'null' },
        [SpecialValueMatch.True]: { kind: 'value', value: 1 }, // booleans reach the core as 1 / 0
        [SpecialValueMatch.False]: { kind: 'value', value: 0 },
        [SpecialValueMatch.Empty]: { kind: 'value', value: '' },
      };
      const found = special[match];
      return found ? [rule(found, result.color, result.text, match)] : [];
    }
    default:
      return [];
  }
}

/** A value map's key as Grafana shows an unnamed one: numbers in the field's unit, text as it is. */
function keyText(key: string, format: ValueFormatter): string {
  const n = Number(key);
  return Number.isFinite(n) && String(n) === key ? format(n) : key;
}

function thresholdRules(
  thresholds: ThresholdsConfig | undefined,
  min: number | null | undefined,
  max: number | null | undefined,
  format: ValueFormatter
): DiscreteRule[] {
  const steps = thresholds?.steps ?? [];
  const percent = thresholds?.mode === ThresholdsMode.Percentage;
  const lo = min ?? 0;
  const hi = max ?? 100;
  const rules: DiscreteRule[] = steps.map((step, i) => {
    const base = i === 0 || step.value === -Infinity || step.value === null;
    const from = base ? undefined : percent ? lo + ((hi - lo) * step.value) / 100 : step.value;
    return {
      match: { kind: 'range', from },
      color: step.color,
      label: from === undefined ? 'Base' : `≥ ${percent ? `${step.value}%` : format(step.value)}`,
      severity: i,
      ok: i === 0,
    };
  });
  return rules.reverse();
}
