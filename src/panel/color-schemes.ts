import type { SchemeInvert } from './types';

/**
 * The spectrum schemes the old plugin offered, with its inversion rule: diverging schemes reversed
 * always, sequential ones on dark themes (so high values stay bright on a dark background).
 */
export const COLOR_SCHEMES: readonly { name: string; value: string; invert: SchemeInvert }[] = [
  { name: 'Spectral', value: 'interpolateSpectral', invert: 'always' },
  { name: 'RdYlGn', value: 'interpolateRdYlGn', invert: 'always' },
  { name: 'GnYlRd', value: 'interpolateGnYlRd', invert: 'always' },
  ...['Blues', 'Greens', 'Greys', 'Oranges', 'Purples', 'Reds'].map((n) => sequential(n)),
  ...['Viridis', 'Magma', 'Inferno', 'Plasma', 'Warm', 'Cool', 'CubehelixDefault'].map((n) => sequential(n)),
  ...[
    'BuGn',
    'BuPu',
    'GnBu',
    'OrRd',
    'PuBuGn',
    'PuBu',
    'PuRd',
    'RdPu',
    'YlGnBu',
    'YlGn',
    'YlOrBr',
    'YlOrRd',
  ].map((n) => sequential(n)),
];

function sequential(name: string) {
  return { name, value: `interpolate${name}`, invert: 'dark' as const };
}

/** The old plugin's inversion for a scheme; unknown schemes are not inverted. */
export function schemeInvert(scheme: string): SchemeInvert {
  return COLOR_SCHEMES.find((s) => s.value === scheme)?.invert ?? 'never';
}

export function isInverted(invert: SchemeInvert, isDarkTheme: boolean): boolean {
  return invert === 'always' || (invert === 'dark' && isDarkTheme);
}
