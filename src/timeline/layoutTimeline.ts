// The timeline's drawing for one window: the events that meet it, single or
// clustered, each with its box and row. Everything is drawn single when that
// fits in `maxRows`; otherwise nearby events are clustered, over wider and
// wider stretches of the axis, until it does: each crowded stretch keeps its
// most important events labelled beside a "+N more" mark for the rest, and
// the key events are never counted away. Only the events in the window are
// looked at, so the cost follows what is on screen, not the data set.
import type { EventIndex } from './eventIndex';
import { eventsInWindow } from './eventIndex';
import { clusterEvents, movedCluster, singlesAtLeast, type EventCluster } from './clusterEvents';
import type { IndexEvent } from '../model/schema';
import type { ImportanceRank } from './importanceRank';
import { labelledBox, placeEvents, POINT_SIZE, ROW_GAP, type EventMark, type LayoutOptions } from './layoutEvents';
import { rowCount, stackRows } from './stackRows';
import type { TimeScale } from './timeScale';
import { estimateTextWidth } from './wrapLabel';

export interface ClusterMark {
  cluster: EventCluster;
  row: number;
  /** The pill that carries the count; it is the cluster's whole box (the count says what a label would). */
  markStart: number;
  markEnd: number;
  /** "+12 more" */
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
  /** Events never counted in a cluster (the selected one, the key events). */
  keep?: ReadonlySet<string>;
  /** The order of importance: crowded stretches name their most important events. */
  rank?: ImportanceRank;
  /** A bin of more than this many events becomes a cluster. */
  maxPerBin?: number;
}

/** The narrowest box a labelled event takes: more single events than fit this way cannot fit in the rows. */
const MIN_BOX_PX = 80;
const MIN_CLUSTER_PX = 22;

/** "+12 more": the events of a crowded stretch that are not named beside it. */
export function moreLabel(count: number): string {
  return `+${count} more`;
}

/** The pill over a cluster's events, from the first start to the last, wide enough for its words. */
function clusterMark(cluster: EventCluster, row = 0): ClusterMark {
  const label = moreLabel(cluster.count);
  const markStart = cluster.x0 - POINT_SIZE / 2;
  const markEnd = Math.max(cluster.x1 + POINT_SIZE / 2, markStart + Math.max(MIN_CLUSTER_PX, estimateTextWidth(label, 11) + 14));
  return { cluster, row, markStart, markEnd, label, left: markStart, right: markEnd };
}

/** Marks and clusters stacked together in time order (a cluster at its first event). */
function stack(marks: EventMark[], clusters: ClusterMark[], maxRows: number): TimelineDrawing {
  const time = (box: EventMark | ClusterMark) => ('event' in box ? box.event.date.start : box.cluster.first.date.start);
  const boxes = [...marks, ...clusters].sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
  const rows = stackRows(boxes, ROW_GAP, maxRows);
  boxes.forEach((box, i) => (box.row = rows[i]!));
  return { marks, clusters, rowCount: rowCount(rows, boxes) };
}

export function layoutTimeline(index: EventIndex, scale: TimeScale, options: DrawingOptions): TimelineDrawing {
  const { maxRows, allowClusters = true, keep, rank, maxPerBin = 3, width } = options;
  const positions = eventsInWindow(index, scale.domain);
  const capacity = maxRows * Math.max(1, Math.floor(width / MIN_BOX_PX));
  // Each try of a clustering places the events it leaves single; most are the same from one try to the next.
  const placed = new Map<IndexEvent, EventMark>();
  const place = (events: IndexEvent[]) => placeEvents(events, scale, options, placed);
  const single = () => stack(place(positions.map((i) => index.ordered[i]!)), [], maxRows);
  if (!allowClusters) return single();
  if (positions.length <= capacity) {
    const drawing = single();
    if (drawing.rowCount <= maxRows) return drawing;
  }
  // Wider and wider stretches (never more than a sixth of the width, so a "+N more" stays near its events),
  // each naming its two most important events, then one; at the widest, none but the key events.
  const widest = Math.max(96, width / 6);
  let drawing: TimelineDrawing | null = null;
  for (let binPx = 24; ; binPx = Math.min(binPx * 2, widest)) {
    const last = binPx >= widest;
    for (const named of last ? [2, 1, 0] : [2, 1]) {
      const binning = { binPx, maxPerBin, keep, rank, named };
      // Counted from the bins' edges first: most tries that leave too many events single cost no pass over them.
      if (named > 0 && singlesAtLeast(index, positions, scale, binning) > capacity) continue;
      const { singles, clusters } = clusterEvents(index, positions, scale, binning);
      if (singles.length > capacity && named > 0) continue;
      drawing = stack(place(singles), clusters.map(clusterMark), maxRows);
      if (drawing.rowCount <= maxRows) return drawing;
    }
    // More rows than asked for, rather than a mark that stands for years of events.
    if (last) return drawing!;
  }
}

/**
 * The drawing laid out at one width, drawn at a wider one (`factor` >= 1,
 * about `origin`, the left end of the range): marks move with the time they
 * stand for, labels and pills keep their size, and every event keeps its row.
 * Gaps between boxes only grow, so nothing comes to overlap. The timeline lays
 * out at the width it has beside the open panel, so opening and closing the
 * panel never re-stacks it.
 */
export function stretchDrawing(drawing: TimelineDrawing, origin: number, factor: number): TimelineDrawing {
  if (factor === 1) return drawing;
  const at = (x: number) => origin + (x - origin) * factor;
  const marks = drawing.marks.map((mark): EventMark => {
    let { markStart, markEnd } = mark;
    if (mark.shape === 'point') {
      const size = markEnd - markStart;
      markStart = at(markStart + size / 2) - size / 2;
      markEnd = markStart + size;
    } else {
      markStart = at(markStart);
      markEnd = at(markEnd);
    }
    return { ...mark, markStart, markEnd, ...labelledBox(mark.labelSide, markStart, markEnd, mark.labelWidth) };
  });
  const clusters = drawing.clusters.map((mark) => clusterMark(movedCluster(mark.cluster, at(mark.cluster.x0), at(mark.cluster.x1)), mark.row));
  return { ...drawing, marks, clusters };
}
