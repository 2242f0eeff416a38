import type { CellAggregate, DiscretePriority, MissingMode, NullMode, RowSort, ScaleKind } from '../core';

/** When a spectrum scheme is reversed: the old plugin reversed diverging schemes always, sequential ones on dark themes. */
export type SchemeInvert = 'never' | 'always' | 'dark';

/** A link or text line in the tooltip (the old plugin's `tooltip.items`, same fields). */
export interface TooltipItem {
  urlTemplate: string;
  urlText: string;
  urlIcon: string;
  urlToLowerCase: boolean;
  valueDateFormat: string;
}

export interface StatusmapOptions {
  color: {
    mode: 'discrete' | 'spectrum' | 'opacity';
    /** Discrete: colours come from the field's value mappings, then (if on) its thresholds. */
    useThresholds: boolean;
    priority: DiscretePriority;
    unknownColor: string;
    /** Spectrum and opacity. */
    scheme: string;
    invert: SchemeInvert;
    scale: ScaleKind;
    exponent: number;
    min?: number;
    max?: number;
    aggregate: CellAggregate;
    /** Opacity mode's base colour (the old cardColor). */
    opacityColor: string;
  };
  cards: {
    cardMinWidth: number;
    cardHSpacing: number;
    cardVSpacing: number;
    cardRound: number;
    /** 'auto' fits all rows in the panel height; 'scroll' keeps rowMinHeight and scrolls (default). */
    rowHeight: 'auto' | 'scroll';
    rowMinHeight: number;
  };
  nullMode: NullMode;
  /** Buckets without points: empty, as zero (the old "as zero"), or hold the last status (sparse data). */
  missing: MissingMode;
  /** Grafana interval string ("5m"); empty: no limit on carrying a status. */
  maxGap: string;
  /** The old seriesFilterIndex: colour by the N-th value of a cell; -1: all values. */
  valueIndex: number;
  /** The old useMax=false: warn when a cell holds several values. */
  warnMultipleValues: boolean;
  xAxis: { show: boolean; weekendShading: boolean };
  yAxis: { show: boolean; minWidth: number; maxWidth: number };
  rows: {
    labelTemplate: string;
    splitLabels: boolean;
    delimiter: string;
    sort: RowSort;
    /** Regex over row names; empty shows all rows. */
    filter: string;
  };
  pagination: { enabled: boolean; pageSize: number };
  highlightCards: boolean;
  legend: { show: boolean; showCounts: boolean; filterOnClick: boolean };
  tooltip: {
    show: boolean;
    freezeOnClick: boolean;
    showValues: boolean;
    showAllLabels: boolean;
    showItems: boolean;
    items: TooltipItem[];
    customContent: string;
  };
  /** Set by a migration that found nothing to migrate (so the panel can say so instead of showing defaults). */
  migrationNotice?: string;
}

export const defaultOptions: StatusmapOptions = {
  color: {
    mode: 'discrete',
    useThresholds: true,
    priority: 'first-rule',
    unknownColor: '#b877d9',
    scheme: 'interpolateGnYlRd',
    invert: 'always',
    scale: 'linear',
    exponent: 0.5,
    aggregate: 'max',
    opacityColor: '#b4ff00',
  },
  cards: {
    cardMinWidth: 5,
    cardHSpacing: 2,
    cardVSpacing: 2,
    cardRound: 0,
    rowHeight: 'scroll',
    rowMinHeight: 16,
  },
  nullMode: 'empty',
  missing: 'empty',
  maxGap: '',
  valueIndex: -1,
  warnMultipleValues: false,
  xAxis: { show: true, weekendShading: false },
  yAxis: { show: true, minWidth: -1, maxWidth: -1 },
  rows: { labelTemplate: '', splitLabels: false, delimiter: '', sort: 'query', filter: '' },
  pagination: { enabled: false, pageSize: 15 },
  highlightCards: true,
  legend: { show: true, showCounts: true, filterOnClick: true },
  tooltip: {
    show: true,
    freezeOnClick: true,
    showValues: true,
    showAllLabels: false,
    showItems: false,
    items: [],
    customContent: '',
  },
};
