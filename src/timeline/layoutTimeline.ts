// The timeline's drawing for one window: the events that meet it, single or
// clustered, each with its box and row. Everything is drawn single when that
// fits in `maxRows`; otherwise nearby events are clustered, over wider and
// wider stretches of the axis, until it does. Only the events in the window
// are looked at, so the cost follows what is on screen, not the data set.
import type { EventIndex } from './eventIndex';
import { eventsInWindow } from './eventIndex';
import { clusterEvents, type EventCluster } from './clusterEvents';
import { estimateTextWidth, layoutEvents, POINT_SIZE, type EventMark, type LayoutOptions } from './layoutEvents';
import { stackRows } from './stackRows';
import type { TimeScale } from './timeScale';

export interface ClusterMark {
  cluster: EventCluster;
  row: number;
  /** The pill that carries the count; it is the cluster's whole box (the count says what a label would). */
  markStart: number;
  markEnd: number;
  /** "12 events" */
  label: string;
  left: number;
  right: number;
}

export interface TimelineDrawing {
  marks: EventMark[];
  clusters: ClusterMark[];
  rowCount: number;
}

export interface DrawingOptions extends LayoutOptions {
  /** Rows the drawing may take before events are clustered. */
  maxRows: number;
  /** False draws every event single (the window cannot be zoomed into any further). */
  allowClusters?: boolean;
  /** An event never hidden in a cluster (the selected one). */
  keep?: string | null;
  /** A bin of more than this many events becomes a cluster. */
  maxPerBin?: number;
}

/** The narrowest box a labelled event takes: more single events than fit this way cannot fit in the rows. */
const MIN_BOX_PX = 80;
const MIN_CLUSTER_PX = 22;

function clusterMark(cluster: EventCluster): ClusterMark {
  const count = String(cluster.events.length);
  const markStart = cluster.x0 - POINT_SIZE / 2;
  const markEnd = Math.max(cluster.x1 + POINT_SIZE / 2, markStart + Math.max(MIN_CLUSTER_PX, estimateTextWidth(count, 11) + 10));
  return { cluster, row: 0, markStart, markEnd, label: `${count} events`, left: markStart, right: markEnd };
}

function stack(marks: EventMark[], clusters: ClusterMark[]): TimelineDrawing {
  const boxes = [...marks, ...clusters];
  const rows = stackRows(boxes);
  boxes.forEach((box, i) => (box.row = rows[i]!));
  return { marks, clusters, rowCount: rows.length === 0 ? 0 : Math.max(...rows) + 1 };
}

export function layoutTimeline(index: EventIndex, scale: TimeScale, options: DrawingOptions): TimelineDrawing {
  const { maxRows, allowClusters = true, keep = null, maxPerBin = 3, width } = options;
  const positions = eventsInWindow(index, scale.domain);
  const capacity = maxRows * Math.max(1, Math.floor(width / MIN_BOX_PX));
  const single = () => stack(layoutEvents(positions.map((i) => index.ordered[i]!), scale, options).marks, []);
  if (!allowClusters) return single();
  if (positions.length <= capacity) {
    const drawing = single();
    if (drawing.rowCount <= maxRows) return drawing;
  }
  for (let binPx = 24; ; binPx *= 2) {
    const { singles, clusters } = clusterEvents(index, positions, scale, { binPx, maxPerBin, keep });
    const last = binPx >= width;
    if (singles.length <= capacity || last) {
      const drawing = stack(layoutEvents(singles, scale, options).marks, clusters.map(clusterMark));
      if (drawing.rowCount <= maxRows || last) return drawing;
    }
  }
}
