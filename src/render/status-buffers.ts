/**
 * Memory for overview matrices (one status per pixel row and column), shared by the renderers of a
 * page. A renderer gives its buffer back when it folds again (new data, new size) or is destroyed, and
 * the next fold takes it: a dashboard refresh or a re-created panel writes into memory that is
 * already mapped instead of a fresh allocation, whose first-touch page faults cost more than the fold
 * that fills it (about 1 ms for 5,000 x 300 in the VMs measured, see src/render/NOTES.md).
 */
const spare: ArrayBuffer[] = [];
/** Buffers kept at most: a few panels' worth; the rest are left to the garbage collector. */
const SPARE_LIMIT = 4;

/** A Uint16Array of `length` elements with unspecified contents: the caller writes every element. */
export function borrowStatuses(length: number): Uint16Array {
  const bytes = length * Uint16Array.BYTES_PER_ELEMENT;
  let best = -1;
  for (let i = 0; i < spare.length; i++) {
    const size = spare[i].byteLength;
    // The smallest buffer that fits, and not one far larger (it would pin memory for a small panel).
    if (size >= bytes && size <= 2 * bytes + 4096 && (best < 0 || size < spare[best].byteLength)) best = i;
  }
  if (best < 0) return new Uint16Array(length);
  const [buffer] = spare.splice(best, 1);
  return new Uint16Array(buffer, 0, length);
}

/** Gives a buffer from borrowStatuses back; the caller must not use `statuses` afterwards. */
export function returnStatuses(statuses: Uint16Array): void {
  if (spare.includes(statuses.buffer as ArrayBuffer)) return;
  spare.push(statuses.buffer as ArrayBuffer);
  if (spare.length > SPARE_LIMIT) spare.shift();
}
