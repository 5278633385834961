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
  /** Its events in time order. */
  events: IndexEvent[];
  /** The earliest start and the latest exclusive end of its events, UTC ms. */
  from: number;
  to: number;
  /** Where its first and last events start, in pixels. */
  x0: number;
  x1: number;
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

/** Clusters the events at `positions` (ascending places in the index, as eventsInWindow gives them). */
export function clusterEvents(
  index: EventIndex,
  positions: readonly number[],
  scale: TimeScale,
  { binPx, maxPerBin, keep, rank, named = 0 }: ClusterOptions,
): ClusteredEvents {
  const singles: IndexEvent[] = [];
  const clusters: EventCluster[] = [];
  let bin: number[] = [];
  // The instant where the open bin ends: comparing times, not pixels, spares a scale lookup per event.
  let binEnd = -Infinity;
  const importance = (i: number) => rank?.get(index.ordered[i]!.id) ?? i;
  const close = () => {
    if (bin.length <= maxPerBin) {
      for (const i of bin) singles.push(index.ordered[i]!);
      bin = [];
      return;
    }
    const top = mostImportant(bin, named, importance);
    const rest = bin.filter((i) => !top.has(i) && !keep?.has(index.ordered[i]!.id));
    // A lone event left over is as easily labelled as counted.
    const counted = rest.length >= 2 ? new Set(rest) : new Set<number>();
    for (const i of bin) if (!counted.has(i)) singles.push(index.ordered[i]!);
    if (counted.size > 0) {
      let to = -Infinity;
      for (const i of rest) to = Math.max(to, index.ends[i]!);
      clusters.push({
        events: rest.map((i) => index.ordered[i]!),
        from: index.starts[rest[0]!]!,
        to,
        x0: scale(index.starts[rest[0]!]!),
        x1: scale(index.starts[rest[rest.length - 1]!]!),
      });
    }
    bin = [];
  };
  for (const i of positions) {
    const start = index.starts[i]!;
    if (start >= binEnd) {
      close();
      binEnd = scale.invert(scale(start) + binPx);
    }
    bin.push(i);
  }
  close();
  return { singles, clusters };
}

/** The `count` positions of `bin` that come first by `importance`: one pass, no sort (a bin may hold thousands). */
function mostImportant(bin: readonly number[], count: number, importance: (i: number) => number): Set<number> {
  const best: number[] = [];
  for (const i of bin) {
    if (best.length < count) best.push(i);
    else if (count > 0 && importance(i) < importance(best[best.length - 1]!)) best[best.length - 1] = i;
    else continue;
    best.sort((a, b) => importance(a) - importance(b));
  }
  return new Set(best);
}

/**
 * A cluster's dates in words, "3 March 2021 – 9 April 2021": from the earliest
 * start to the latest end, each at its own event's precision (an ongoing
 * event ends on its publication day).
 */
export function describeClusterDates(cluster: Pick<EventCluster, 'events'>): string {
  const first = cluster.events[0]!;
  let last = first;
  for (const event of cluster.events) if (event.date.end > last.date.end) last = event;
  const from = formatUnit(first.date.start, first.date.precision);
  const to = last.kind === 'ongoing' ? formatDay(last.date.end) : formatUnit(last.date.end, last.date.precision);
  return from === to ? from : `${from} – ${to}`;
}
