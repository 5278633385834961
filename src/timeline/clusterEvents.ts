// Clusters: where more events meet in a stretch of the axis than can be
// labelled, they are drawn as one mark with a count. Events are binned in time
// order by the position of their start: a bin opens at an event and takes the
// ones that start within `binPx` pixels of it; a bin holding more than
// `maxPerBin` events becomes a cluster, the others stay single. Zooming in
// spreads the events apart, so clusters split by themselves.
import { formatDay, formatUnit } from '../model/formatDate';
import type { IndexEvent } from '../model/schema';
import type { EventIndex } from './eventIndex';
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
  /** An event drawn on its own whatever its neighbours (the selected one). */
  keep?: string | null;
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
  { binPx, maxPerBin, keep = null }: ClusterOptions,
): ClusteredEvents {
  const singles: IndexEvent[] = [];
  const clusters: EventCluster[] = [];
  let bin: number[] = [];
  // The instant where the open bin ends: comparing times, not pixels, spares a scale lookup per event.
  let binEnd = -Infinity;
  const close = () => {
    if (bin.length > maxPerBin) {
      let to = -Infinity;
      for (const i of bin) to = Math.max(to, index.ends[i]!);
      clusters.push({
        events: bin.map((i) => index.ordered[i]!),
        from: index.starts[bin[0]!]!,
        to,
        x0: scale(index.starts[bin[0]!]!),
        x1: scale(index.starts[bin[bin.length - 1]!]!),
      });
    } else {
      for (const i of bin) singles.push(index.ordered[i]!);
    }
    bin = [];
  };
  for (const i of positions) {
    const event = index.ordered[i]!;
    if (event.id === keep) {
      singles.push(event);
      continue;
    }
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
