// The overview strip under the timeline: every event drawn small over the
// whole fitted range, and the visible window as a brush. Pure geometry: where
// the brush sits, the window a move or a resize of it by some pixels means,
// and how many events start in each column of the strip.
import type { EventIndex } from './eventIndex';
import type { TimeScale } from './timeScale';
import { clampWindow, MIN_SPAN_MS, type ViewWindow } from './viewWindow';

/**
 * A brush is never drawn narrower than this: its edges' grips sit mostly
 * outside it (BRUSH_GRIP_INSIDE pixels in), so its middle, which moves it,
 * keeps at least 24 pixels to grab however far the view is zoomed in.
 */
export const MIN_BRUSH_PX = 28;
export const BRUSH_GRIP_INSIDE = 2;

export interface Brush {
  x0: number;
  x1: number;
}

/** The visible window on the overview's scale, kept inside the strip and at least MIN_BRUSH_PX wide. */
export function brushFromWindow([from, to]: ViewWindow, scale: TimeScale): Brush {
  const [r0, r1] = scale.range;
  let x0 = Math.max(scale(from), r0);
  let x1 = Math.min(scale(to), r1);
  if (x1 - x0 < MIN_BRUSH_PX) {
    const middle = Math.min(Math.max((x0 + x1) / 2, r0 + MIN_BRUSH_PX / 2), r1 - MIN_BRUSH_PX / 2);
    x0 = middle - MIN_BRUSH_PX / 2;
    x1 = middle + MIN_BRUSH_PX / 2;
  }
  return { x0, x1 };
}

/** The window after the brush (as it was when the drag began) moved `dx` pixels; it stops at the strip's ends. */
export function moveBrush(start: ViewWindow, dx: number, scale: TimeScale, fit: ViewWindow): ViewWindow {
  const [r0, r1] = scale.range;
  const a = scale(start[0]);
  const b = scale(start[1]);
  // Within the strip, a window wider than it keeps its place.
  const shift = Math.min(Math.max(dx, Math.min(r0 - a, 0)), Math.max(r1 - b, 0));
  if (shift === 0) return start;
  return clampWindow([scale.invert(a + shift), scale.invert(b + shift)], fit);
}

/** The window after one edge of the brush moved `dx` pixels; it never gets shorter than MIN_SPAN_MS nor crosses the other edge. */
export function resizeBrush(start: ViewWindow, edge: 'start' | 'end', dx: number, scale: TimeScale, fit: ViewWindow): ViewWindow {
  const [r0, r1] = scale.range;
  if (edge === 'start') {
    const x = Math.min(Math.max(scale(start[0]) + dx, r0), r1);
    const from = Math.min(scale.invert(x), start[1] - MIN_SPAN_MS);
    return clampWindow([from, start[1]], fit);
  }
  const x = Math.min(Math.max(scale(start[1]) + dx, r0), r1);
  const to = Math.max(scale.invert(x), start[0] + MIN_SPAN_MS);
  return clampWindow([start[0], to], fit);
}

/**
 * How many events start in each of `columns` equal columns across the scale's range. The index's starts
 * ascend and the scale never decreases, so an event's column does not either: each column's edge is found by
 * a binary search (a few thousand scale lookups whatever the number of events, where a pass over a hundred
 * thousand events held the frame that opens the panel and narrows the strip).
 */
export function overviewDensity(index: EventIndex, scale: TimeScale, columns: number): number[] {
  const counts = new Array<number>(Math.max(columns, 0)).fill(0);
  if (columns <= 0) return counts;
  const [r0, r1] = scale.range;
  const perColumn = (r1 - r0) / columns;
  const { starts } = index;
  const columnAt = (i: number) => Math.floor((scale(starts[i]!) - r0) / perColumn);
  /** The first place whose event's column is `column` or later. */
  const firstFrom = (column: number, lo: number): number => {
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (columnAt(mid) < column) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let at = firstFrom(0, 0);
  for (let column = 0; column < columns; column++) {
    const next = firstFrom(column + 1, at);
    counts[column] = next - at;
    at = next;
  }
  // An event on the range's very end belongs to the last column.
  counts[columns - 1]! += firstFrom(columns + 1, at) - at;
  return counts;
}
