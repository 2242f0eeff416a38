/**
 * Row and column edges on the device pixel grid. Edge i of a track with a fractional pitch is
 * ceil(i * pitch), so every cell starts on a whole device pixel (crisp at any dpr), and indexAt is its
 * exact inverse: the same pixel is never painted as one cell and hit-tested as its neighbour.
 */
export function edgeAt(i: number, pitch: number): number {
  return Math.ceil(i * pitch - 1e-7) + 0; // + 0: no -0 at the first edge
}

/** Index of the track containing integer device pixel v (0-based from the track start), or -1 outside [0, count). */
export function indexAt(v: number, pitch: number, count: number): number {
  if (!(v >= 0)) return -1;
  let i = Math.floor(v / pitch);
  // Correct the one-off that float division can make against edgeAt's rounding.
  if (i + 1 <= count && edgeAt(i + 1, pitch) <= v) i++;
  else if (i > 0 && edgeAt(i, pitch) > v) i--;
  return i < count ? i : -1;
}
