// Events in time order, prepared once per data set so that drawing a window
// costs the events in it, not all of them: starts and ends as numbers, and a
// running maximum of ends that lets a binary search skip everything that ended
// before the window (long bars that start early are still found).
import { startMs, toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';
import { DAY_MS } from './timeScale';

export interface EventIndex {
  /** Time order: start (with its time of day), then end, then id (the keyboard's order, as timeOrder gives it). */
  readonly ordered: readonly IndexEvent[];
  /** Start of each ordered event, UTC ms. */
  readonly starts: Float64Array;
  /** Exclusive end of each ordered event (its last day + 1), UTC ms. */
  readonly ends: Float64Array;
  /** maxEnds[i]: the latest end among ordered[0..i]; never decreases. */
  readonly maxEnds: Float64Array;
  /** Place of each event id in `ordered`. */
  readonly position: ReadonlyMap<string, number>;
}

/** The index over events already in time order, with the start and end of the i-th. */
function assemble(ordered: IndexEvent[], startOf: (i: number) => number, endOf: (i: number) => number): EventIndex {
  const n = ordered.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  const position = new Map<string, number>();
  let running = -Infinity;
  for (let i = 0; i < n; i++) {
    starts[i] = startOf(i);
    ends[i] = endOf(i);
    running = Math.max(running, ends[i]!);
    maxEnds[i] = running;
    position.set(ordered[i]!.id, i);
  }
  return { ordered, starts, ends, maxEnds, position };
}

export function indexEvents(events: readonly IndexEvent[]): EventIndex {
  // Parse each date once, then sort positions by the numbers: the same order as timeOrder, without re-parsing in the comparator.
  // Events of one day follow their time of day when the text gives one.
  const starts = events.map((event) => startMs(event.date));
  const ends = events.map((event) => toUtcMs(event.date.end) + DAY_MS);
  const order = events.map((_, i) => i);
  order.sort((a, b) => {
    const ia = events[a]!.id;
    const ib = events[b]!.id;
    return starts[a]! - starts[b]! || ends[a]! - ends[b]! || (ia < ib ? -1 : ia > ib ? 1 : 0);
  });
  return assemble(order.map((i) => events[i]!), (i) => starts[order[i]!]!, (i) => ends[order[i]!]!);
}

/**
 * The index of the events `keep` accepts, in the same order, reusing the
 * parsed dates: filtering a large record costs one pass, not a new sort.
 */
export function filterIndex(index: EventIndex, keep: (event: IndexEvent) => boolean): EventIndex {
  const kept: number[] = [];
  index.ordered.forEach((event, i) => {
    if (keep(event)) kept.push(i);
  });
  return assemble(kept.map((i) => index.ordered[i]!), (i) => index.starts[kept[i]!]!, (i) => index.ends[kept[i]!]!);
}

/**
 * The index of `subset`, events of `index` given in its order (as grouping
 * `index.ordered` keeps them): costs the subset, not the whole index.
 */
export function subsetIndex(index: EventIndex, subset: readonly IndexEvent[]): EventIndex {
  const from = subset.map((event) => index.position.get(event.id)!);
  return assemble([...subset], (i) => index.starts[from[i]!]!, (i) => index.ends[from[i]!]!);
}

/** First index whose value in the sorted `values` is greater than `x`. */
function firstAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Positions (in time order) of the events that meet the window [from, to). */
export function eventsInWindow(index: EventIndex, [from, to]: readonly [number, number]): number[] {
  const first = firstAbove(index.maxEnds, from);
  // Starts are sorted: nothing at or after the first start >= to meets the window.
  const stop = firstAbove(index.starts, to - 1);
  const result: number[] = [];
  for (let i = first; i < stop; i++) if (index.ends[i]! > from) result.push(i);
  return result;
}

/** Where the event `id` starts, UTC ms; null when it is not in the index. */
export function eventStart(index: EventIndex, id: string | null): number | null {
  const at = id === null ? undefined : index.position.get(id);
  return at === undefined ? null : index.starts[at]!;
}

/** The event `step` places after (negative: before) `id` in time order; null past either end or for an unknown id. */
export function stepEvent(index: EventIndex, id: string, step: number): IndexEvent | null {
  const at = index.position.get(id);
  if (at === undefined) return null;
  return index.ordered[at + step] ?? null;
}

/**
 * The event nearest to a window that shows none: the one that ends last
 * before it or starts first after it, whichever is closer; null when the
 * window shows some event, or there is none.
 */
export function nearestEvent(index: EventIndex, [from, to]: readonly [number, number]): IndexEvent | null {
  if (index.ordered.length === 0 || eventsInWindow(index, [from, to]).length > 0) return null;
  const after = firstAbove(index.starts, to - 1);
  let before = -1;
  // Nothing that starts before the window's end reaches into it, so the latest end among them is before it.
  if (after > 0) {
    const latest = index.maxEnds[after - 1]!;
    for (let i = after - 1; i >= 0 && before < 0; i--) if (index.ends[i] === latest) before = i;
  }
  const gapBefore = before < 0 ? Infinity : from - index.ends[before]!;
  const gapAfter = after < index.ordered.length ? index.starts[after]! - to : Infinity;
  return index.ordered[gapBefore <= gapAfter ? before : after] ?? null;
}
