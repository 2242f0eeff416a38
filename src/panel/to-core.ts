import {
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
import type { StatusmapOptions } from './types';

export interface ColorContext {
  /** Grafana colour names ("green", "semi-dark-red") to CSS: theme.visualization.getColorByName. */
  resolveColor: (color: string) => string;
  isDarkTheme: boolean;
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

export function toColoring(options: StatusmapOptions, field: FieldConfig, ctx: ColorContext): Coloring {
  const c = options.color;
  const continuous = { scale: c.scale, exponent: c.exponent, min: c.min, max: c.max, aggregate: c.aggregate };
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
 */
export function discreteRules(field: FieldConfig, useThresholds: boolean, ctx: ColorContext): DiscreteRule[] {
  const mapped = (field.mappings ?? []).flatMap(mappingRules);
  const steps = useThresholds ? thresholdRules(field.thresholds, field.min, field.max) : [];
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

function rule(
  match: DiscreteMatch,
  color: string | undefined,
  text: string | undefined,
  fallbackLabel: string
): DiscreteRule {
  return { match, color: color || NO_COLOR, label: text || fallbackLabel };
}

function mappingRules(m: ValueMapping): DiscreteRule[] {
  switch (m.type) {
    case MappingType.ValueToText:
      return Object.entries(m.options)
        .map(([key, result], order) => ({ key, result, at: result.index ?? order }))
        .sort((a, b) => a.at - b.at)
        .map(({ key, result }) => rule({ kind: 'value', value: key }, result.color, result.text, key));
    case MappingType.RangeToText: {
      const { from, to, result } = m.options;
      const match: DiscreteMatch = { kind: 'range', from: from ?? undefined, to: to ?? undefined };
      return [rule(match, result.color, result.text, `${from ?? '-∞'} – ${to ?? '+∞'}`)];
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

function thresholdRules(
  thresholds: ThresholdsConfig | undefined,
  min?: number | null,
  max?: number | null
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
      label: from === undefined ? 'Base' : `≥ ${percent ? `${step.value}%` : step.value}`,
      severity: i,
      ok: i === 0,
    };
  });
  return rules.reverse();
}
