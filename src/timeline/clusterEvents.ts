// Clusters: where more events meet in a stretch of the axis than can be
// labelled, the most important of them keep their labels and the rest are
// drawn as one mark, "+N more". Events are binned in time order by the
// position of their start: a bin opens at an event and takes the ones that
// start within `binPx` pixels of it; in a bin holding more than `maxPerBin`
// events, the `named` most important (and any event that must stay single:
// the selected one, the key events) stay single and the others make the
// cluster. Zooming in spreads the events apart, so clusters split by themselves.
import { formatDay, formatUnit } from '../model/formatDate';
import type { IndexEvent } from '../model/schema';
import type { EventIndex } from './eventIndex';
import type { ImportanceRank } from './importanceRank';
import type { TimeScale } from './timeScale';

export interface EventCluster {
  /**
   * Its events in time order, listed when first read (opening the cluster, matching a search): a zoom step
   * re-forms every cluster and draws each from its count and its first and last events alone.
   */
  readonly events: IndexEvent[];
  /** How many events it holds, its first and its last (in time order). */
  count: number;
  first: IndexEvent;
  last: IndexEvent;
  /** The earliest start and the latest exclusive end of its events, UTC ms. */
  from: number;
  to: number;
  /** Where its first and last events start, in pixels. */
  x0: number;
  x1: number;
  /** Its event with the latest end (the first of those that share it), found while binning. */
  latest?: IndexEvent;
}

export interface ClusterOptions {
  binPx: number;
  maxPerBin: number;
  /** Events drawn on their own whatever their neighbours (the selected one, the key events). */
  keep?: ReadonlySet<string>;
  /** The order of importance; without it a crowded bin names its earliest events. */
  rank?: ImportanceRank;
  /** How many of a crowded bin's events keep their labels. */
  named?: number;
}

export interface ClusteredEvents {
  singles: IndexEvent[];
  clusters: EventCluster[];
}

/**
 * The importance of each place in `index` (lower is more important; without a
 * rank, the place itself), read once per index and rank: binning then costs a
 * typed-array read per event, not a lookup by id, on every try of every frame.
 */
const importanceCache = new WeakMap<EventIndex, { rank: ImportanceRank | undefined; values: Float64Array }>();
function importanceAt(index: EventIndex, rank: ImportanceRank | undefined): Float64Array {
  const cached = importanceCache.get(index);
  if (cached && cached.rank === rank) return cached.values;
  const values = new Float64Array(index.ordered.length);
  for (let i = 0; i < values.length; i++) values[i] = rank?.get(index.ordered[i]!.id) ?? i;
  importanceCache.set(index, { rank, values });
  return values;
}

/** Clusters the events at `positions` (ascending places in the index, as eventsInWindow gives them). */
export function clusterEvents(
  index: EventIndex,
  positions: readonly number[],
  scale: TimeScale,
  { binPx, maxPerBin, keep, rank, named = 0 }: ClusterOptions,
): ClusteredEvents {
  const singles: IndexEvent[] = [];
  const clusters: EventCluster[] = [];
  const importance = importanceAt(index, rank);
  // The few places that must stay single, found once rather than by id for every event.
  const kept = new Set<number>();
  for (const id of keep ?? []) {
    const at = index.position.get(id);
    if (at !== undefined) kept.add(at);
  }
  const { ordered, starts, ends } = index;
  const top: number[] = [];
  /** The bin positions[from..to): its events single, or its most important single and the rest counted. */
  const close = (from: number, to: number) => {
    if (to - from <= maxPerBin) {
      for (let k = from; k < to; k++) singles.push(ordered[positions[k]!]!);
      return;
    }
    mostImportant(positions, from, to, named, importance, top);
    // The bin's singles, in order: its most important and the kept events in it. A bin may hold thousands of
    // events and only these few stay single, so they are counted from the few, not by a test of every event.
    const own = keptIn(positions, from, to, kept, top);
    const restCount = to - from - own.length;
    // A lone event left over is as easily labelled as counted.
    if (restCount < 2) {
      for (let k = from; k < to; k++) singles.push(ordered[positions[k]!]!);
      return;
    }
    let first = -1;
    let last = -1;
    let end = -Infinity;
    let latest: IndexEvent | undefined;
    let next = 0;
    for (let k = from; k < to; k++) {
      const i = positions[k]!;
      if (i === own[next]) {
        next++;
        singles.push(ordered[i]!);
        continue;
      }
      if (first < 0) first = i;
      last = i;
      if (ends[i]! > end) {
        end = ends[i]!;
        latest = ordered[i]!;
      }
    }
    let listed: IndexEvent[] | undefined;
    clusters.push({
      get events() {
        return (listed ??= clusterMembers(ordered, positions, from, to, own));
      },
      count: restCount,
      first: ordered[first]!,
      last: ordered[last]!,
      from: starts[first]!,
      to: end,
      x0: scale(starts[first]!),
      x1: scale(starts[last]!),
      latest,
    });
  };
  let binStart = 0;
  // The instant where the open bin ends: comparing times, not pixels, spares a scale lookup per event.
  let binEnd = -Infinity;
  for (let k = 0; k < positions.length; k++) {
    const start = starts[positions[k]!]!;
    if (start >= binEnd) {
      close(binStart, k);
      binStart = k;
      binEnd = scale.invert(scale(start) + binPx);
    }
  }
  close(binStart, positions.length);
  return { singles, clusters };
}

/** The cluster drawn between other pixels; its list, if not yet read, is still listed only when read. (A spread would list it.) */
export function movedCluster(cluster: EventCluster, x0: number, x1: number): EventCluster {
  const { count, first, last, from, to, latest } = cluster;
  return {
    get events() {
      return cluster.events;
    },
    count,
    first,
    last,
    from,
    to,
    x0,
    x1,
    latest,
  };
}

/** The events of positions[from..to) whose places are not in `own` (ascending): a cluster's list. */
function clusterMembers(ordered: readonly IndexEvent[], positions: readonly number[], from: number, to: number, own: readonly number[]): IndexEvent[] {
  const events: IndexEvent[] = [];
  let next = 0;
  for (let k = from; k < to; k++) {
    const i = positions[k]!;
    if (i === own[next]) next++;
    else events.push(ordered[i]!);
  }
  return events;
}

/** The places of positions[from..to) that are in `top` or `kept`, ascending, each once. */
function keptIn(positions: readonly number[], from: number, to: number, kept: ReadonlySet<number>, top: readonly number[]): number[] {
  const own = [...top];
  const lo = positions[from]!;
  const hi = positions[to - 1]!;
  for (const i of kept) if (i >= lo && i <= hi && !own.includes(i) && isAmong(positions, from, to, i)) own.push(i);
  return own.sort((a, b) => a - b);
}

/** Whether place `i` is in positions[from..to) (ascending): a binary search. */
function isAmong(positions: readonly number[], from: number, to: number, i: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && positions[lo] === i;
}

/** The first k in [from, positions.length) whose event starts at or after `t` (starts ascend along positions). */
function firstStartingFrom(index: EventIndex, positions: readonly number[], from: number, t: number): number {
  let lo = from;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[positions[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * At least how many events clusterEvents would leave single with these
 * options, found from the bins' edges alone (a search per bin, not a look at
 * every event): a try that cannot fit is skipped without binning thousands.
 */
export function singlesAtLeast(index: EventIndex, positions: readonly number[], scale: TimeScale, { binPx, maxPerBin, named = 0 }: ClusterOptions): number {
  let count = 0;
  for (let k = 0; k < positions.length; ) {
    const end = firstStartingFrom(index, positions, k + 1, scale.invert(scale(index.starts[positions[k]!]!) + binPx));
    count += end - k <= maxPerBin ? end - k : Math.min(named, end - k);
    k = end;
  }
  return count;
}

/**
 * The `count` places among positions[from..to) that come first by
 * `importance`, into `best`: one pass, no sort (a bin may hold thousands).
 */
function mostImportant(positions: readonly number[], from: number, to: number, count: number, importance: Float64Array, best: number[]): void {
  best.length = 0;
  if (count <= 0) return;
  for (let k = from; k < to; k++) {
    const i = positions[k]!;
    if (best.length < count) best.push(i);
    else if (importance[i]! < importance[best[best.length - 1]!]!) best[best.length - 1] = i;
    else continue;
    best.sort((a, b) => importance[a]! - importance[b]!);
  }
}

/**
 * A cluster's dates in words, "3 March 2021 – 9 April 2021": from the earliest
 * start to the latest end, each at its own event's precision (an ongoing
 * event ends on its publication day).
 */
export function describeClusterDates(cluster: Pick<EventCluster, 'events' | 'latest'> & { first?: IndexEvent }): string {
  const first = cluster.first ?? cluster.events[0]!;
  // Binning found it; a cluster of thousands is drawn at every zoom step, and a scan of it each time held the frame.
  let last = cluster.latest ?? first;
  if (!cluster.latest) for (const event of cluster.events) if (event.date.end > last.date.end) last = event;
  const from = formatUnit(first.date.start, first.date.precision);
  const to = last.kind === 'ongoing' ? formatDay(last.date.end) : formatUnit(last.date.end, last.date.precision);
  return from === to ? from : `${from} – ${to}`;
}
