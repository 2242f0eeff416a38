/**
 * The renderer's DOM: a style sheet added once per document, the elements it mounts, and canvas sizing.
 * Kept apart from the renderer's state machine so that one reads as behaviour only.
 */
import type { Layout } from './layout';

const CSS = `
.sm-root{position:relative;width:100%;height:100%;overflow:hidden;outline:none}
.sm-scroller{position:absolute;inset:0;overflow-x:hidden;overflow-y:auto;outline:none}
.sm-scroller:focus-visible{box-shadow:inset 0 0 0 2px var(--sm-focus)}
.sm-stage{position:sticky;top:0;left:0;width:100%;overflow:hidden}
.sm-stage canvas{position:absolute;left:0;top:0;display:block}
.sm-tooltip{position:absolute;z-index:2;pointer-events:none;padding:4px 8px;border-radius:3px;font:12px/1.4 sans-serif;
  white-space:nowrap;box-shadow:0 2px 6px rgba(0,0,0,.3);display:none}
.sm-tooltip i{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;vertical-align:-1px}
.sm-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** Adds the renderer's style sheet to the document once. */
export function ensureStyle(doc: Document): void {
  if (doc.getElementById('sm-style')) return;
  const style = doc.createElement('style');
  style.id = 'sm-style';
  style.textContent = CSS;
  doc.head.appendChild(style);
}

/** Sizes a canvas to the layout; true when its backing store was reset (which also clears it). */
export function resizeCanvas(
  canvas: HTMLCanvasElement,
  l: Layout,
  size: { width: number; height: number }
): boolean {
  let reset = false;
  if (canvas.width !== l.canvasWidth) {
    canvas.width = l.canvasWidth;
    reset = true;
  }
  if (canvas.height !== l.canvasHeight) {
    canvas.height = l.canvasHeight;
    reset = true;
  }
  const w = `${size.width}px`;
  const h = `${size.height}px`;
  if (canvas.style.width !== w) canvas.style.width = w;
  if (canvas.style.height !== h) {
    canvas.style.height = h;
    const stage = canvas.parentElement;
    if (stage) stage.style.height = h;
  }
  return reset;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

export function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('StatusmapRenderer: no 2D canvas context');
  return ctx;
}
