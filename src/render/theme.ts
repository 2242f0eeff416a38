/** Colours the renderer paints with besides the status colours. Light and dark follow Grafana's palettes. */
export interface RenderTheme {
  name: 'light' | 'dark';
  /** Plot and label background; empty cells and gaps show it. */
  background: string;
  text: string;
  /** Secondary text: outer levels of multi-level labels, axis ticks. */
  textWeak: string;
  axisLine: string;
  /** Fill behind weekend columns (drawn under cells, seen in gaps and empty cells, and on the axis). */
  weekend: string;
  hover: string;
  crosshair: string;
  selection: string;
  focus: string;
  fontFamily: string;
  /** Font size in CSS pixels. */
  fontSize: number;
}

export const LIGHT_THEME: RenderTheme = {
  name: 'light',
  background: '#ffffff',
  text: '#24292e',
  textWeak: '#6e7781',
  axisLine: '#c7d0d9',
  weekend: 'rgba(36, 41, 46, 0.08)',
  hover: '#1f1f1f',
  crosshair: 'rgba(36, 41, 46, 0.55)',
  selection: '#3d71d9',
  focus: '#ff7800',
  fontFamily: 'Inter, Helvetica, Arial, sans-serif',
  fontSize: 12,
};

export const DARK_THEME: RenderTheme = {
  name: 'dark',
  background: '#181b1f',
  text: '#ccccdc',
  textWeak: '#8e8e9f',
  axisLine: '#3b3f46',
  weekend: 'rgba(204, 204, 220, 0.08)',
  hover: '#ffffff',
  crosshair: 'rgba(204, 204, 220, 0.6)',
  selection: '#6e9fff',
  focus: '#ff9830',
  fontFamily: 'Inter, Helvetica, Arial, sans-serif',
  fontSize: 12,
};
