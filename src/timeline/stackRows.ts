// Greedy interval stacking: each item goes into the first row where it fits
// after the previous item, so labels and marks never overlap.

export interface Interval {
  left: number;
  right: number;
}

/**
 * Returns the row of each interval (same order as the input). Items are
 * placed by ascending left edge; `gap` pixels stay free between neighbours.
 */
export function stackRows(intervals: readonly Interval[], gap = 8): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.left - intervals[b]!.left || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length);
  for (const i of order) {
    const item = intervals[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= item.left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.right;
    rows[i] = row;
  }
  return rows;
}
