/**
 * The overview's inner loop: the worst status per column over a run of rows, over every cell of the
 * data (1.5 million at 5,000 x 300), so it is written for speed.
 *
 * With at most 16 statuses, each status is one bit of a 16-bit mask (its worstKeys rank) and a column
 * ORs the masks of its cells: no comparison, no branch that depends on the data; the highest bit set is
 * the worst status. Rows of an even length are read two cells per 32-bit word, and a word holding twice
 * the most common status (sampled from the first cells) is skipped outright: in real data most cells
 * are that status, so most of the loop is one load and one compare. A column whose worst other status
 * ranks below the common one is checked again for the common status (rare: empty stretches). With
 * more statuses, keys are compared one cell at a time.
 */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const MASK_LIMIT = 16;

export class WorstFolder {
  private readonly statusOfKey: Uint16Array;
  private readonly mask: Uint16Array | null;
  /** Two cells per word: the cells' masks side by side (low half: the first cell). */
  private readonly pairs: Uint32Array | null;
  private readonly acc: Uint32Array;
  private readonly common: number;
  /**
   * Paired fold: per mask of a column's cells outside the skipped pairs, its worst status, or -1 when
   * that depends on whether a skipped pair held the common status (everything seen ranks below it).
   */
  private readonly worstOfMask: Int32Array;

  constructor(
    private readonly statuses: Uint16Array,
    private readonly cols: number,
    private readonly key: Uint16Array
  ) {
    this.statusOfKey = new Uint16Array(key.length);
    key.forEach((k, s) => (this.statusOfKey[k] = s));
    this.mask = key.length <= MASK_LIMIT ? Uint16Array.from(key, (k) => 1 << k) : null;
    const paired = this.mask !== null && LITTLE_ENDIAN && cols % 2 === 0 && statuses.byteOffset % 4 === 0;
    this.pairs = paired ? new Uint32Array(statuses.buffer, statuses.byteOffset, statuses.length >> 1) : null;
    this.acc = new Uint32Array(paired ? cols >> 1 : cols);
    const common = mostCommon(statuses);
    this.common = common < key.length ? common : 0;
    this.worstOfMask = paired
      ? maskTable(key.length, this.statusOfKey, this.common, key[this.common])
      : new Int32Array(0);
  }

  /** Writes to out[outBase + c] the worst status of column c over rows [first, last) (first < last). */
  fold(first: number, last: number, out: Uint16Array, outBase: number): void {
    if (this.pairs) this.foldPairs(first, last, out, outBase);
    else if (this.mask) this.foldMasks(first, last, out, outBase);
    else this.foldKeys(first, last, out, outBase);
  }

  private foldPairs(first: number, last: number, out: Uint16Array, outBase: number): void {
    const words = this.pairs as Uint32Array;
    const mask = this.mask as Uint16Array;
    const { acc, common } = this;
    const half = this.cols >> 1;
    const commonWord = (common | (common << 16)) >>> 0;
    acc.fill(0);
    for (let i = first * half, end = last * half; i < end; i += half) {
      for (let c = 0; c < half; c++) {
        const w = words[i + c];
        if (w !== commonWord) acc[c] |= mask[w & 0xffff] | (mask[w >>> 16] << 16);
      }
    }
    const table = this.worstOfMask;
    for (let c = 0; c < half; c++) {
      const a = acc[c];
      const col = outBase + 2 * c;
      const low = table[a & 0xffff];
      const high = table[a >>> 16];
      out[col] = low >= 0 ? low : this.commonOr(a & 0xffff, first, last, 2 * c);
      out[col + 1] = high >= 0 ? high : this.commonOr(a >>> 16, first, last, 2 * c + 1);
    }
  }

  /** The common status if the column holds it in [first, last), else the worst status of mask m. */
  private commonOr(m: number, first: number, last: number, col: number): number {
    return this.columnHolds(first, last, col, this.common)
      ? this.common
      : this.statusOfKey[31 - Math.clz32(m)];
  }

  private columnHolds(first: number, last: number, col: number, status: number): boolean {
    const { statuses, cols } = this;
    for (let i = first * cols + col, end = last * cols; i < end; i += cols) {
      if (statuses[i] === status) return true;
    }
    return false;
  }

  private foldMasks(first: number, last: number, out: Uint16Array, outBase: number): void {
    const { acc, statusOfKey, statuses, cols } = this;
    const mask = this.mask as Uint16Array;
    acc.fill(0);
    for (let i = first * cols, end = last * cols; i < end; i += cols) {
      for (let c = 0; c < cols; c++) acc[c] |= mask[statuses[i + c]];
    }
    for (let c = 0; c < cols; c++) out[outBase + c] = statusOfKey[31 - Math.clz32(acc[c])];
  }

  private foldKeys(first: number, last: number, out: Uint16Array, outBase: number): void {
    const { acc, statusOfKey, statuses, cols, key } = this;
    acc.fill(0);
    for (let i = first * cols, end = last * cols; i < end; i += cols) {
      for (let c = 0; c < cols; c++) {
        const k = key[statuses[i + c]];
        if (k > acc[c]) acc[c] = k;
      }
    }
    for (let c = 0; c < cols; c++) out[outBase + c] = statusOfKey[acc[c]];
  }
}

/** The most frequent status among the first cells (the common status whose pairs the fold skips). */
function mostCommon(statuses: Uint16Array): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (let i = 0, n = Math.min(statuses.length, 4096); i < n; i++) {
    const s = statuses[i];
    const count = (counts.get(s) ?? 0) + 1;
    counts.set(s, count);
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/** The worstOfMask table of the paired fold, for masks of `size` statuses. */
function maskTable(size: number, statusOfKey: Uint16Array, common: number, commonKey: number): Int32Array {
  const table = new Int32Array(1 << size);
  for (let m = 0; m < table.length; m++) {
    const top = m === 0 ? -1 : 31 - Math.clz32(m);
    // Nothing seen but skipped pairs, or the common status itself seen: it is the worst unless a
    // worse one was seen. Only worse-than-nothing-but-better-than-common masks need a look back.
    table[m] = top > commonKey ? statusOfKey[top] : top === commonKey || top < 0 ? common : -1;
  }
  return table;
}
