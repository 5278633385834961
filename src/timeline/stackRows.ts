// Interval stacking: the rows of the timeline, so labels and marks never
// overlap. Items come in time order, and rows read in time order too: each
// item goes in the row below every earlier item it would touch, so reading
// down a stretch of the timeline is reading forward in time. When that takes
// more rows than there are, items fill the first row where they fit instead.

export interface Interval {
  left: number;
  right: number;
}

/** Each item below every earlier one it overlaps (with `gap` pixels between neighbours). */
function stackInOrder(intervals: readonly Interval[], gap: number): number[] {
  // The rightmost edge in each row so far.
  const rowEnds: number[] = [];
  return intervals.map((item) => {
    let row = 0;
    for (let r = rowEnds.length - 1; r >= 0; r--) {
      if (rowEnds[r]! + gap > item.left) {
        row = r + 1;
        break;
      }
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, item.right);
    return row;
  });
}

/** Each item in the first row where it fits after everything already there. */
function stackFirstFit(intervals: readonly Interval[], gap: number): number[] {
  const rowEnds: number[] = [];
  return intervals.map((item) => {
    let row = rowEnds.findIndex((end) => end + gap <= item.left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, item.right);
    return row;
  });
}

/**
 * The row of each interval, given in time order (the same order back). In
 * time order when that takes no more than `maxRows` rows; otherwise as few
 * rows as first fit gives.
 */
export function stackRows(intervals: readonly Interval[], gap = 8, maxRows = Infinity): number[] {
  const inOrder = stackInOrder(intervals, gap);
  if (rowCount(inOrder) <= maxRows) return inOrder;
  return stackFirstFit(intervals, gap);
}

export function rowCount(rows: readonly number[]): number {
  let count = 0;
  for (const row of rows) count = Math.max(count, row + 1);
  return count;
}
