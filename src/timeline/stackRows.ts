// Interval stacking: the rows of the timeline, so labels and marks never
// overlap. Items come in time order, and rows read in time order too: each
// item goes in the row below every earlier item it would touch, so reading
// down a stretch of the timeline is reading forward in time. When that takes
// more rows than there are, items fill the first row where they fit instead.
// An item may be taller than a row (a bar with its label under it): it takes
// that many rows, from the one it is put in down.

export interface Interval {
  left: number;
  right: number;
  /** How many rows the item takes, from its own down; 1 unless said. */
  rows?: number;
}

const span = (item: Interval) => item.rows ?? 1;

/** Marks rows row..row+span-1 as taken up to the item's right edge. */
function take(rowEnds: number[], row: number, item: Interval): void {
  for (let r = row; r < row + span(item); r++) rowEnds[r] = Math.max(rowEnds[r] ?? -Infinity, item.right);
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
    // Every row below the lowest one it touches is free where it goes, so a taller item fits there too.
    take(rowEnds, row, item);
    return row;
  });
}

/** Each item in the first row where it fits (all the rows it takes) after everything already there. */
function stackFirstFit(intervals: readonly Interval[], gap: number): number[] {
  const rowEnds: number[] = [];
  const free = (row: number, item: Interval) => {
    for (let r = row; r < row + span(item); r++) if ((rowEnds[r] ?? -Infinity) + gap > item.left) return false;
    return true;
  };
  return intervals.map((item) => {
    let row = 0;
    while (!free(row, item)) row++;
    take(rowEnds, row, item);
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
  if (rowCount(inOrder, intervals) <= maxRows) return inOrder;
  return stackFirstFit(intervals, gap);
}

/** The rows the stack takes: down to the last row of its lowest item (`intervals` gives items taller than a row). */
export function rowCount(rows: readonly number[], intervals?: readonly Interval[]): number {
  let count = 0;
  rows.forEach((row, i) => (count = Math.max(count, row + (intervals ? span(intervals[i]!) : 1))));
  return count;
}
