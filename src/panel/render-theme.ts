import type { GrafanaTheme2 } from '@grafana/data';
import type { RenderTheme } from '../render';

/** Grafana's theme in the renderer's terms, so the canvas follows light/dark switches. */
export function renderTheme(theme: GrafanaTheme2): RenderTheme {
  const dark = theme.isDark;
  return {
    name: dark ? 'dark' : 'light',
    background: theme.colors.background.primary,
    text: theme.colors.text.primary,
    textWeak: theme.colors.text.secondary,
    axisLine: theme.colors.border.medium,
    weekend: dark ? 'rgba(204, 204, 220, 0.07)' : 'rgba(36, 41, 46, 0.07)',
    hover: theme.colors.text.maxContrast,
    crosshair: theme.colors.text.secondary,
    selection: theme.colors.primary.main,
    focus: theme.colors.primary.border,
    fontFamily: theme.typography.fontFamily,
    fontSize: 12,
  };
}
