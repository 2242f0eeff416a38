/** A cell's box in CSS px within the plot, and the plot's size. */
export interface CellAnchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
  areaWidth: number;
  areaHeight: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Flips the box to the left of / above its corner without measuring it. */
  transform: string;
}

/**
 * Beside the cell on the side with more room: to its right in the left half of the plot, else to its
 * left; hanging down from its top in the upper half, else standing on its bottom. Decided from the
 * cell, not the tooltip's size, so placing it never forces a layout. Level with the cell, so a pointer
 * going sideways from the cell into the tooltip (to click a link) crosses no other cell.
 */
export function placeBeside(cell: CellAnchor, gap: number): Placement {
  const right = (cell.left + cell.right) / 2 < cell.areaWidth / 2;
  const below = (cell.top + cell.bottom) / 2 < cell.areaHeight / 2;
  return {
    left: Math.round(right ? cell.right + gap : cell.left - gap),
    top: Math.round(below ? cell.top : cell.bottom),
    transform: `translate(${right ? 0 : -100}%, ${below ? 0 : -100}%)`,
  };
}
