// The timeline: maps the pure drawing (scale, stacked marks and clusters, axis
// ticks and breaks) to HTML buttons over an SVG axis, in one stack or in one
// lane per actor. Every event is a button named by its label, its number of
// sources and its date as displayed; a crowded stretch shows its most
// important events and a "+N more" button that zooms into the rest. The axis
// marks the day each article came out. The wheel and a pinch zoom; dragging, a
// finger and the arrow keys pan (on the timeline itself), + and - zoom (around
// the focused event, which keeps the focus); on an event, Left and Right move
// to the previous and next one in time (or the cluster that holds it), moving
// the window if need be; on a cluster they zoom into it, so the arrows alone
// reach every event. A window with no event says so and offers the nearest.
// The drawing is laid out at the width the timeline has beside the open
// panel, so opening or closing the panel never re-stacks it.
import { memo, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { formatDay, formatEventDate } from '../model/formatDate';
import type { ArticleMeta, IndexEvent } from '../model/schema';
import { axisTicks, describeDuration } from '../timeline/axisTicks';
import { describeClusterDates } from '../timeline/clusterEvents';
import { labelCarriesDate } from '../timeline/labelCarriesDate';
import { eventStart, nearestEvent, stepEvent, type EventIndex } from '../timeline/eventIndex';
import type { ImportanceRank } from '../timeline/importanceRank';
import { LABEL_GAP, LINE_WIDTH, MIN_LINE_WIDTH, type EventMark } from '../timeline/layoutEvents';
import { layoutTimeline, stretchDrawing, type ClusterMark, type TimelineDrawing } from '../timeline/layoutTimeline';
import { describePublication, publicationMarks, type PublicationMark } from '../timeline/publicationMarks';
import { createTimeScale, DAY_MS } from '../timeline/timeScale';
import { centerWindow, clampWindow, MIN_SPAN_MS, panWindow, windowToDays, zoomAnchor, zoomWindow, type ViewWindow } from '../timeline/viewWindow';
import { ClusterList } from './ClusterList';
import { InitialWidthsContext } from './firstViewport';
import { LOAD_MARKS, markOnce } from './loadMarks';
import { useElementWidth } from './useElementWidth';
import { useWheel } from './useWheel';

/** Two lines of label and a little air. */
const ROW_HEIGHT = 36;
/** An event's button: a row less the air between rows; a bar with two lines of label under it takes the row below too. */
const BUTTON_HEIGHT = 32;
const buttonHeight = (rows: number) => (rows - 1) * ROW_HEIGHT + BUTTON_HEIGHT;
/** The tick labels, then the band of publication marks. */
const AXIS_HEIGHT = 40;
const TICK_LABEL_Y = 14;
const PUBLICATION_Y = 22;
const LANE_HEADER = 22;
const PUB_MARK_SIZE = 14;
/** The narrowest the timeline is drawn. */
export const MIN_TIMELINE_WIDTH = 320;
const MARGIN = 24;
/** Rows before events cluster: one stack may grow tall; lanes share a budget, each keeping at least a few rows. */
const MAX_ROWS = 12;
const LANE_ROWS_BUDGET = 24;
const MIN_LANE_ROWS = 3;
/** One press of + or -: a third more or less time in view. */
export const ZOOM_STEP = 1.5;
/** One press of an arrow key: a tenth of the window. */
export const PAN_STEP = 0.1;
/** Pointer travel, in pixels, before a press becomes a drag. */
const DRAG_THRESHOLD = 3;

/** A row of the timeline: all events, or those of one actor. */
export interface TimelineLane {
  key: string;
  /** The actor's name over the lane; null for the single stack of all events. */
  name: string | null;
  /** The lane's colour for its marks; null: each event takes its first actor's. */
  color: string | null;
  index: EventIndex;
  /** Its key events: never counted in a "+N more", drawn with the strongest marks. */
  keyEvents: ReadonlySet<string>;
}

interface TimelineProps {
  lanes: readonly TimelineLane[];
  /** Colour of each actor id. */
  colors: ReadonlyMap<string, string>;
  /** The visible window, [from, to) in UTC milliseconds. */
  view: ViewWindow;
  /** The window that shows every event: the limit for zooming out and panning. */
  fit: ViewWindow;
  /** Empty stretches drawn at a fixed width (sparse axis). */
  gaps: readonly (readonly [number, number])[];
  /** `gesture` is set for the steps of a wheel or drag gesture, which may be written to the URL once it rests. */
  onWindowChange: (view: ViewWindow, gesture?: boolean) => void;
  /** A drag or pinch has ended. */
  onGestureEnd?: () => void;
  /** Events that match the search (the rest are dimmed); null when nothing is searched. */
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The order of importance: crowded stretches name their most important events. */
  rank: ImportanceRank;
  /** False draws every event single (the key events' summary). */
  allowClusters?: boolean;
  /** Pixels of the width that the side panel would take if it opened: the drawing is laid out without them. */
  reserve?: number;
  /** All shown events in one index: the nearest to an empty window is found in it. */
  index: EventIndex;
  /** The articles, whose publication days are marked on the axis. */
  articles: readonly ArticleMeta[];
  onReadArticle: (articleId: string) => void;
}

/** How the timeline lays out at `layoutWidth` (the key events' summary fits itself to the same). */
export function layoutOptions(layoutWidth: number, maxRows = MAX_ROWS) {
  return {
    width: layoutWidth,
    meta: labelMeta,
    // Narrow screens get narrower lines, so labels stay readable without scrolling sideways.
    lineWidth: Math.min(LINE_WIDTH, Math.max(MIN_LINE_WIDTH, Math.floor(layoutWidth * 0.55))),
    maxRows,
    margin: MARGIN,
  };
}

/** The rows each of `count` lanes may take before its events cluster. */
export function laneRows(count: number): number {
  return Math.max(MIN_LANE_ROWS, Math.floor(LANE_ROWS_BUDGET / Math.max(count, 1)));
}

export function eventButtonId(eventId: string): string {
  return `event-${eventId}`;
}

/** "12 sources" for an event several articles report; '' for one. */
function sourceCount(event: IndexEvent): string {
  return event.sources.length > 1 ? `${event.sources.length} sources` : '';
}

/**
 * What may follow a label, fullest first: its number of sources, then its date. The accessible name holds the
 * fullest; the drawing leaves out a date the label ends with already ("… (2020)").
 */
function metaOf(event: IndexEvent, drawn: boolean): string[] {
  const date = formatEventDate(event.date, event.kind);
  const sources = sourceCount(event);
  if (drawn && labelCarriesDate(event.label, date)) return sources ? [sources] : [];
  return sources ? [`${sources} · ${date}`, sources] : [date];
}

const labelMeta = (event: IndexEvent): string[] => metaOf(event, true);

/** An event's accessible name: its label and everything the label may show after it (the date always, as the list and search read it). */
export function eventName(event: IndexEvent): string {
  // Read on every draw of its button (each zoom step), the same words each time: formatted once per event.
  let name = names.get(event);
  if (name === undefined) names.set(event, (name = `${event.label}, ${metaOf(event, false)[0]}`));
  return name;
}

const names = new WeakMap<IndexEvent, string>();

/** The window that shows the events at positions first..last of an index, with a little room on each side. */
function clusterWindow(index: EventIndex, first: number, last: number, fit: ViewWindow): ViewWindow {
  const from = index.starts[first]!;
  let to = from;
  for (let i = first; i <= last; i++) to = Math.max(to, index.ends[i]!);
  const pad = Math.max((to - from) * 0.1, DAY_MS);
  return clampWindow([from - pad, to + pad], fit);
}

interface LaneDrawing {
  lane: TimelineLane;
  drawing: TimelineDrawing;
  /** Its events and clusters in time order, each with its key for the Tab order. */
  items: { item: EventMark | ClusterMark; key: string }[];
  /** Top of the lane, in pixels from the canvas top. */
  top: number;
  /** Room over its first row for the actor's name. */
  header: number;
  height: number;
}

export function Timeline(props: TimelineProps) {
  const { lanes, colors, view, fit, gaps, onWindowChange, onGestureEnd, matches, selectedId, onSelect, rank, allowClusters = true, reserve = 0 } = props;
  // The room the panel would take, as it was when the width was measured: the two always go together.
  // Drawn at once at the width the first view was painted at (the page's own first frame), measured after.
  const initialWidth = useContext(InitialWidthsContext).timeline;
  const [measure, measuredWidth, measuredReserve] = useElementWidth(960, reserve, initialWidth);
  const width = Math.max(measuredWidth ?? 960, MIN_TIMELINE_WIDTH);
  const canvasRef = useRef<HTMLDivElement | null>(null);
  const laned = lanes.some((lane) => lane.name !== null);
  const scale = useMemo(() => createTimeScale(view, [MARGIN, width - MARGIN], { gaps }), [view, gaps, width]);
  // Laid out as beside the open panel, drawn stretched to the width there is: the rows never change when it
  // opens, and opening it (or closing it) lays nothing out again.
  const layoutWidth = Math.max(MIN_TIMELINE_WIDTH, width - measuredReserve);
  const frame = useMemo(() => {
    const options = {
      ...layoutOptions(layoutWidth, laned ? laneRows(lanes.length) : MAX_ROWS),
      rank,
      // At the narrowest window a cluster could not open: draw its events.
      allowClusters: allowClusters && view[1] - view[0] > MIN_SPAN_MS,
    };
    return { scale: createTimeScale(view, [MARGIN, layoutWidth - MARGIN], { gaps }), options };
  }, [view, gaps, layoutWidth, laned, lanes.length, rank, allowClusters]);
  const layOut = useCallback(
    (lane: TimelineLane, keep: ReadonlySet<string>) => layoutTimeline(lane.index, frame.scale, { ...frame.options, keep, key: lane.keyEvents }),
    [frame],
  );
  // Nothing is drawn before the canvas is measured: the first render would be thrown away.
  const measured = measuredWidth !== null;
  const unselected = useMemo(() => (measured ? lanes.map((lane) => layOut(lane, lane.keyEvents)) : []), [lanes, layOut, measured]);
  // The selected event is never hidden in a cluster. Where the drawing shows it alone already, it stays as it is:
  // selecting an event (or closing it) moves no other mark and costs no new layout.
  const laidOut = useMemo(() => {
    if (!selectedId) return unselected;
    return unselected.map((drawing, i) => {
      const lane = lanes[i]!;
      if (!lane.index.position.has(selectedId) || drawing.marks.some((mark) => mark.event.id === selectedId)) return drawing;
      return layOut(lane, new Set([...lane.keyEvents, selectedId]));
    });
  }, [unselected, selectedId, lanes, layOut]);
  const { drawings, idOwners, height } = useMemo(() => {
    const stretch = (width - 2 * MARGIN) / (layoutWidth - 2 * MARGIN);
    let top = AXIS_HEIGHT;
    const drawings: LaneDrawing[] = [];
    laidOut.forEach((laid, i) => {
      const lane = lanes[i]!;
      const drawing = stretchDrawing(laid, MARGIN, stretch);
      const header = lane.name === null ? 0 : LANE_HEADER;
      const height = header + Math.max(drawing.rowCount, 1) * ROW_HEIGHT;
      const items = drawnInTimeOrder(drawing).map((item) => ({
        item,
        key: 'event' in item ? itemKey(lane.key, item.event.id, 0) : itemKey(lane.key, null, lane.index.position.get(item.cluster.first.id)!),
      }));
      drawings.push({ lane, drawing, items, top, header, height });
      top += height;
    });
    if (drawings.length > 0) markOnce(LOAD_MARKS.laidOut);
    // The first lane that draws an event gives its button the id the rest of the page points at.
    const idOwners = new Map<string, string>();
    for (const { lane, drawing } of drawings) for (const mark of drawing.marks) if (!idOwners.has(mark.event.id)) idOwners.set(mark.event.id, lane.key);
    return { drawings, idOwners, height: top + 12 };
  }, [laidOut, lanes, width, layoutWidth]);
  // Without a first view in the page, the app is ready once its timeline is first committed (takeOverFirstView marks it otherwise).
  useEffect(() => {
    if (drawings.length > 0) markOnce(LOAD_MARKS.ready);
  }, [drawings]);
  const axis = useMemo(() => axisTicks(scale, 110, [0, width]), [scale, width]);
  const published = useMemo(() => publicationMarks(props.articles, scale), [props.articles, scale]);
  const empty = measuredWidth !== null && drawings.every(({ items }) => items.length === 0);
  const rangeWidth = scale.range[1] - scale.range[0];

  // Wheel steps are gathered and applied once per frame: a trackpad sends several per frame, and drawing
  // each one would fall behind the hand.
  const wheel = useRef({ panPx: 0, zoomDy: 0, anchorX: 0, frame: 0 });
  const applyWheel = () => {
    const { panPx, zoomDy, anchorX } = wheel.current;
    wheel.current = { panPx: 0, zoomDy: 0, anchorX, frame: 0 };
    let next = panPx !== 0 ? panWindow(view, panPx / rangeWidth, fit) : view;
    if (zoomDy !== 0) {
      const anchorScale = next === view ? scale : createTimeScale(next, [MARGIN, width - MARGIN], { gaps });
      next = zoomWindow(next, Math.exp(zoomDy * 0.002), fit, anchorScale.invert(anchorX));
    }
    if (next !== view) onWindowChange(next, true);
  };
  const latestApplyWheel = useRef(applyWheel);
  useLayoutEffect(() => {
    latestApplyWheel.current = applyWheel;
  });
  useEffect(() => () => cancelAnimationFrame(wheel.current.frame), []);
  const wheelRef = useWheel((event) => {
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    const pending = wheel.current;
    if (Math.abs(dx) > Math.abs(dy)) pending.panPx += dx;
    else {
      pending.zoomDy += dy;
      pending.anchorX = event.clientX - (event.currentTarget as HTMLElement).getBoundingClientRect().left;
    }
    if (pending.frame === 0) pending.frame = requestAnimationFrame(() => latestApplyWheel.current());
  });
  // One ref callback for the canvas's life: a new one each render would take the wheel listener off and put it back every frame.
  const setCanvas = useCallback(
    (element: HTMLDivElement | null) => {
      canvasRef.current = element;
      return wheelRef(element);
    },
    [wheelRef],
  );

  // Pointers down on the canvas, and the window and positions when the gesture (pan or pinch) began:
  // it follows the pointers from there, so rounding never accumulates.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<{ view: ViewWindow; xs: number[]; moved: boolean } | null>(null);
  const restartGesture = () => {
    gesture.current = pointers.current.size === 0 ? null : { view, xs: [...pointers.current.values()], moved: false };
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    // A mouse press on an event clicks it; a finger may start a pan anywhere (a tap still clicks).
    if (event.pointerType === 'mouse' && (event.button !== 0 || (event.target as Element).closest('button'))) return;
    if (event.pointerType === 'mouse') event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, event.clientX);
    restartGesture();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!pointers.current.has(event.pointerId) || !gesture.current) return;
    pointers.current.set(event.pointerId, event.clientX);
    const start = gesture.current;
    const xs = [...pointers.current.values()];
    if (xs.length === 1) {
      const dx = xs[0]! - start.xs[0]!;
      if (!start.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
      start.moved = true;
      onWindowChange(panWindow(start.view, -dx / rangeWidth, fit), true);
    } else if (xs.length === 2 && start.xs.length === 2) {
      const before = Math.abs(start.xs[0]! - start.xs[1]!);
      const now = Math.abs(xs[0]! - xs[1]!);
      if (before < 10 || now < 10) return;
      start.moved = true;
      // Spreading the fingers zooms in around the point between them.
      const left = event.currentTarget.getBoundingClientRect().left;
      const anchorScale = createTimeScale(start.view, [MARGIN, width - MARGIN], { gaps });
      const anchor = anchorScale.invert((start.xs[0]! + start.xs[1]!) / 2 - left);
      onWindowChange(zoomWindow(start.view, before / now, fit, anchor), true);
    }
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (!pointers.current.delete(event.pointerId)) return;
    if (pointers.current.size === 0) onGestureEnd?.();
    // The finger left on the screen carries on from where the pinch left the window.
    restartGesture();
  };

  /** Focuses where an event is drawn in a lane: its own button, or the cluster that holds it. */
  const focusDrawn = (laneKey: string, event: IndexEvent, position: number): boolean => {
    const canvas = canvasRef.current;
    if (!canvas) return false;
    const inLane = `[data-lane-key="${quoteAttribute(laneKey)}"]`;
    const own = canvas.querySelector<HTMLElement>(`${inLane}[data-event-id="${quoteAttribute(event.id)}"]`);
    const holder = own ?? [...canvas.querySelectorAll<HTMLElement>(`${inLane}[data-first]`)].find(
      (button) => Number(button.dataset.first) <= position && position <= Number(button.dataset.last),
    );
    holder?.focus();
    return holder !== undefined && holder !== null;
  };
  const reveal = (lane: TimelineLane, event: IndexEvent, nextView?: ViewWindow) => {
    const position = lane.index.position.get(event.id)!;
    if (!nextView && focusDrawn(lane.key, event, position)) return;
    // Not drawn in this window: bring it in first, synchronously, so its button exists to take the focus.
    flushSync(() => onWindowChange(nextView ?? centerWindow(view, lane.index.starts[position]!, fit)));
    focusDrawn(lane.key, event, position);
  };

  // One item of the timeline is in the Tab order (the last one focused, else the selected event, else the first):
  // Tab goes past the timeline in one step, the arrows go from event to event.
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const data = (event.target as HTMLElement).dataset;
    if (data.laneKey !== undefined) setLastFocused(itemKey(data.laneKey, data.eventId ?? null, Number(data.first)));
  };
  const drawn = (key: string) => drawings.some(({ items }) => items.some((entry) => entry.key === key));
  const selectedKey = selectedId && idOwners.has(selectedId) ? itemKey(idOwners.get(selectedId)!, selectedId, 0) : null;
  const firstKey = drawings.find(({ items }) => items.length > 0)?.items[0]!.key ?? null;
  const tabbable = lastFocused && drawn(lastFocused) ? lastFocused : selectedKey ?? firstKey;

  /**
   * Zooms around the focused event (or cluster), which keeps the focus: its own button if it is still
   * drawn alone, else the cluster that now holds it. From elsewhere, around the selected event if it is
   * in view, else the middle.
   */
  const zoomByKey = (factor: number, lane: TimelineLane | undefined, data: DOMStringMap) => {
    const position = lane ? (data.eventId ? lane.index.position.get(data.eventId) : Number(data.first)) : undefined;
    if (!lane || position === undefined || Number.isNaN(position)) {
      onWindowChange(zoomWindow(view, factor, fit, zoomAnchor(view, eventStart(props.index, selectedId))));
      return;
    }
    const focused = lane.index.ordered[position]!;
    flushSync(() => onWindowChange(zoomWindow(view, factor, fit, lane.index.starts[position]!)));
    focusDrawn(lane.key, focused, position);
  };

  const keysHintId = useId();
  const clusterHintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onTimeline = event.target === event.currentTarget;
    const data = (event.target as HTMLElement).dataset;
    const lane = lanes.find((l) => l.key === data.laneKey);
    let handled = true;
    if (['+', '=', '-', '_'].includes(event.key)) zoomByKey(event.key === '+' || event.key === '=' ? 1 / ZOOM_STEP : ZOOM_STEP, lane, data);
    else if (onTimeline && event.key === 'ArrowLeft') onWindowChange(panWindow(view, -PAN_STEP, fit));
    else if (onTimeline && event.key === 'ArrowRight') onWindowChange(panWindow(view, PAN_STEP, fit));
    else if (lane && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const back = event.key === 'ArrowLeft';
      if (data.eventId) {
        const next = stepEvent(lane.index, data.eventId, back ? -1 : 1);
        if (next) reveal(lane, next);
      } else {
        // On a cluster the arrows go into it, zooming in, to its first event (Right) or its last (Left): arrows alone reach every event.
        // One that zooming cannot split is listed instead.
        const [first, last] = [Number(data.first), Number(data.last)];
        const target = clusterWindow(lane.index, first, last, fit);
        const clusterMark = drawings.find((d) => d.lane.key === lane.key)?.drawing.clusters.find((c) => lane.index.position.get(c.cluster.first.id) === first);
        if (clusterMark && !splits(target)) setListed({ lanes, laneKey: lane.key, mark: clusterMark });
        else reveal(lane, lane.index.ordered[back ? last : first]!, target);
      }
    } else handled = false;
    if (handled) event.preventDefault();
  };

  // A cluster whose events zooming would not spread apart (all dated "in 1994") is listed under the timeline.
  const [listedCluster, setListed] = useState<{ lanes: readonly TimelineLane[]; laneKey: string; mark: ClusterMark } | null>(null);
  const listed = listedCluster && listedCluster.lanes === lanes ? listedCluster : null;
  const splits = (target: ViewWindow) => target[1] - target[0] < 0.8 * (view[1] - view[0]);
  const openClusterNow = (lane: TimelineLane, mark: ClusterMark) => {
    const { cluster } = mark;
    const first = lane.index.position.get(cluster.first.id)!;
    const last = lane.index.position.get(cluster.last.id)!;
    const target = clusterWindow(lane.index, first, last, fit);
    if (splits(target)) reveal(lane, cluster.first, target);
    else setListed({ lanes, laneKey: lane.key, mark });
  };
  // One handler for the timeline's life, calling the latest: the cluster buttons it is given are memoised.
  const latestOpenCluster = useRef(openClusterNow);
  useLayoutEffect(() => {
    latestOpenCluster.current = openClusterNow;
  });
  const openCluster = useCallback((lane: TimelineLane, mark: ClusterMark) => latestOpenCluster.current(lane, mark), []);
  const closeList = () => {
    if (!listed) return;
    setListed(null);
    const lane = lanes.find((l) => l.key === listed.laneKey);
    const firstEvent = listed.mark.cluster.first;
    if (lane) focusDrawn(lane.key, firstEvent, lane.index.position.get(firstEvent.id) ?? -1);
  };

  /** To an event outside the window: the window centred on it, the focus on it. */
  const jumpTo = (event: IndexEvent) => {
    const lane = lanes.find((l) => l.index.position.has(event.id));
    if (lane) reveal(lane, event, centerWindow(view, lane.index.starts[lane.index.position.get(event.id)!]!, fit));
  };

  return (
    <section
      aria-label="Timeline"
      aria-describedby={keysHintId}
      className={`timeline${laned ? ' is-laned' : ''}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <p id={keysHintId} className="visually-hidden">
        Plus and minus zoom, the arrow keys move in time; on an event, the arrow keys go to the previous or next event. Tab
        reaches one event; the arrow keys reach the others.
      </p>
      <p id={clusterHintId} className="visually-hidden">
        Zooms in until its events are shown one by one, or lists them when they are dated too alike to be drawn apart.
      </p>
      <div className="timeline-scroll" ref={measure}>
        <div
          className="timeline-canvas"
          style={{ width, height }}
          ref={setCanvas}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
        >
          <svg className="timeline-axis" width={width} height={height} aria-hidden="true">
            {axis.breaks.map((gap) => (
              <g key={gap.from} className="axis-break">
                <title>{`${describeDuration(gap.to - gap.from)} compressed`}</title>
                <rect x={gap.x0 + 3} width={Math.max(gap.x1 - gap.x0 - 6, 2)} y={PUBLICATION_Y - 2} height={height - PUBLICATION_Y + 2} />
                <path d={breakMarker((gap.x0 + gap.x1) / 2, PUBLICATION_Y + 4)} />
              </g>
            ))}
            {axis.ticks.map((tick) => (
              <g key={tick.value} transform={`translate(${tick.x},0)`}>
                <line y1={PUBLICATION_Y - 2} y2={height} />
                <text y={TICK_LABEL_Y} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {laned
              ? drawings.map(({ lane, top }) => (
                  <line key={lane.key} className="lane-rule" x1={0} x2={width} y1={top} y2={top} />
                ))
              : null}
          </svg>
          {drawings.map(({ lane, items: laneItems, top, header, height: laneHeight }) => {
            const items = (
              <ol className="timeline-events">
                {laneItems.map(({ item, key }) =>
                  'event' in item ? (
                    <li key={item.event.id}>
                      <EventButton
                        mark={item}
                        top={header}
                        laneKey={lane.key}
                        tabbable={tabbable === key}
                        id={idOwners.get(item.event.id) === lane.key ? eventButtonId(item.event.id) : undefined}
                        color={lane.color ?? colors.get(item.event.actors[0] ?? '') ?? null}
                        selected={item.event.id === selectedId}
                        match={matches === null ? null : matches.has(item.event.id)}
                        onSelect={onSelect}
                      />
                    </li>
                  ) : (
                    <li key={`cluster-${item.cluster.first.id}`}>
                      <ClusterButton
                        mark={item}
                        top={header}
                        lane={lane}
                        tabbable={tabbable === key}
                        color={lane.color}
                        hintId={clusterHintId}
                        match={matches === null ? null : item.cluster.events.some((e) => matches.has(e.id))}
                        onOpen={openCluster}
                      />
                    </li>
                  ),
                )}
              </ol>
            );
            // Each lane is a box of its own height, so it has a place on screen and its rows are measured from its top.
            const box = { top, height: laneHeight, width };
            if (lane.name === null) return <div key={lane.key} className="lane" style={box}>{items}</div>;
            const count = lane.index.ordered.length;
            return (
              <div key={lane.key} role="group" aria-label={lane.name} className="lane" style={box}>
                <p className="lane-label" style={{ '--kind': lane.color ?? undefined } as CSSProperties}>
                  <span className="swatch" aria-hidden="true" />
                  {lane.name}
                  <span className="lane-count"> · {count} {count === 1 ? 'event' : 'events'}</span>
                </p>
                {items}
              </div>
            );
          })}
          {/* After the events: Tab reaches the events first, and a title shown over them is drawn on top. */}
          <PublicationMarks marks={published} width={width} onOpen={props.onReadArticle} />
        </div>
      </div>
      {empty ? <EmptyWindow view={view} nearest={nearestEvent(props.index, view)} onJump={jumpTo} /> : null}
      {listed ? (
        <ClusterList
          key={`${listed.laneKey}\u0000${listed.mark.cluster.first.id}`}
          title={`${listed.mark.cluster.count} events, ${describeClusterDates(listed.mark.cluster)}`}
          events={listed.mark.cluster.events}
          selectedId={selectedId}
          onSelect={onSelect}
          onClose={closeList}
        />
      ) : null}
    </section>
  );
}

/** Names a drawn item for the Tab order: an event by its id, a cluster by the place of its first event, in its lane. */
function itemKey(laneKey: string, eventId: string | null, firstPosition: number): string {
  return eventId === null ? `${laneKey}\u0000cluster\u0000${firstPosition}` : `${laneKey}\u0000${eventId}`;
}

/** Events and clusters in the order of their first start, so the list reads in time order. */
function drawnInTimeOrder(drawing: TimelineDrawing): (EventMark | ClusterMark)[] {
  const start = (item: EventMark | ClusterMark) => ('event' in item ? item.event.date.start : item.cluster.first.date.start);
  return [...drawing.marks, ...drawing.clusters].sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
}

/** A value safe inside a double-quoted attribute selector. */
function quoteAttribute(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** Two slanted strokes across the axis line, the usual sign for a broken axis. */
function breakMarker(x: number, y: number): string {
  return `M${x - 6},${y + 6} L${x - 1},${y - 6} M${x + 1},${y + 6} L${x + 6},${y - 6}`;
}

/** Where a label sits beside its mark (or under its bar, from its start), inside the button's box, and how wide its lines are. */
function labelBox(mark: EventMark): CSSProperties {
  const side =
    mark.labelSide === 'right'
      ? { left: mark.markEnd - mark.left + LABEL_GAP }
      : mark.labelSide === 'left'
        ? { right: mark.right - mark.markStart + LABEL_GAP }
        : { left: mark.markStart - mark.left };
  // A pixel or two over the estimate: the lines break where the layout expects, never earlier.
  return { ...side, width: mark.labelWidth + 2 };
}

function matchClass(match: boolean | null): string {
  return match === true ? ' is-match' : match === false ? ' is-dimmed' : '';
}

interface EventButtonProps {
  mark: EventMark;
  top: number;
  laneKey: string;
  /** The one item of the timeline in the Tab order. */
  tabbable: boolean;
  id: string | undefined;
  color: string | null;
  selected: boolean;
  /** null: no search; otherwise whether the event matches it. */
  match: boolean | null;
  onSelect: (id: string) => void;
}

// Memoised, as the cluster's button: a selection or a new Tab stop draws the two or three buttons it changes, not every one on screen.
const EventButton = memo(function EventButton({ mark, top, laneKey, tabbable, id, color, selected, match, onSelect }: EventButtonProps) {
  const { event } = mark;
  const name = eventName(event);
  const markClass = [
    'mark',
    `mark-${mark.shape}`,
    mark.approximate ? 'mark-approximate' : '',
    mark.openEnd ? 'mark-open' : '',
  ].join(' ');
  return (
    <button
      type="button"
      id={id}
      tabIndex={tabbable ? 0 : -1}
      data-event-id={event.id}
      data-lane-key={laneKey}
      className={`event${mark.key ? ' is-key' : ''}${selected ? ' is-selected' : ''}${matchClass(match)} label-${mark.labelSide} rows-${mark.rows}`}
      style={{ left: mark.left, top: top + mark.row * ROW_HEIGHT, width: mark.right - mark.left, height: buttonHeight(mark.rows), '--kind': color ?? undefined } as CSSProperties}
      aria-label={name}
      aria-pressed={selected}
      title={name}
      onClick={() => onSelect(event.id)}
    >
      <span className={markClass} style={{ left: mark.markStart - mark.left, width: mark.markEnd - mark.markStart }} />
      {/* Two lines show the label, or its opening and "…" where they cannot hold it; the name and the title hold it all. */}
      <span className={`event-label lines-${mark.lines}`} style={labelBox(mark)}>
        {mark.text}
        {mark.meta ? (
          <>
            {' '}
            <span className="event-meta">{mark.meta}</span>
          </>
        ) : null}
      </span>
    </button>
  );
});

interface ClusterButtonProps {
  mark: ClusterMark;
  top: number;
  lane: TimelineLane;
  tabbable: boolean;
  color: string | null;
  hintId: string;
  match: boolean | null;
  onOpen: (lane: TimelineLane, mark: ClusterMark) => void;
}

const ClusterButton = memo(function ClusterButton({ mark, top, lane, tabbable, color, hintId, match, onOpen }: ClusterButtonProps) {
  const { cluster } = mark;
  const dates = describeClusterDates(cluster);
  const { first, last } = cluster;
  const name = `${mark.label} events, ${dates}`;
  return (
    <button
      type="button"
      tabIndex={tabbable ? 0 : -1}
      data-lane-key={lane.key}
      data-first={lane.index.position.get(first.id)}
      data-last={lane.index.position.get(last.id)}
      className={`event cluster${matchClass(match)}`}
      style={{ left: mark.left, top: top + mark.row * ROW_HEIGHT, width: mark.right - mark.left, '--kind': color ?? undefined } as CSSProperties}
      aria-label={name}
      aria-describedby={hintId}
      title={`${name}: click to zoom in`}
      onClick={() => onOpen(lane, mark)}
    >
      <span className="mark mark-cluster" style={{ left: mark.markStart - mark.left, width: mark.markEnd - mark.markStart }}>
        {mark.label}
      </span>
    </button>
  );
});

/**
 * The days articles came out, as faint marks in the axis band: the article's title shows on hover and on
 * focus, and a click opens the article. A toolbar: one Tab stop for them all, Left and Right go from mark to mark.
 */
function PublicationMarks({ marks, width, onOpen }: { marks: readonly PublicationMark[]; width: number; onOpen: (articleId: string) => void }) {
  const [current, setCurrent] = useState(0);
  const at = Math.min(current, Math.max(marks.length - 1, 0));
  if (marks.length === 0) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    // The timeline's own arrows (panning) stay out of this.
    event.preventDefault();
    event.stopPropagation();
    const next = Math.min(Math.max(at + (event.key === 'ArrowLeft' ? -1 : 1), 0), marks.length - 1);
    setCurrent(next);
    (event.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div className="publications" role="toolbar" aria-label="Publication days">
      {marks.map((mark, i) => {
        const text = describePublication(mark);
        return (
          <button
            key={mark.day}
            type="button"
            className={`pub-mark${mark.x > width / 2 ? ' tip-left' : ''}`}
            style={{ left: mark.x - PUB_MARK_SIZE / 2, top: PUBLICATION_Y - 4 }}
            tabIndex={i === at ? 0 : -1}
            aria-label={text}
            onFocus={() => setCurrent(i)}
            onKeyDown={onKeyDown}
            onClick={() => onOpen(mark.articles[0]!.id)}
          >
            <span className="pub-tip">{text}</span>
          </button>
        );
      })}
    </div>
  );
}

/** A window with no event in it: what it shows, and the way to the nearest event. */
function EmptyWindow({ view, nearest, onJump }: { view: ViewWindow; nearest: IndexEvent | null; onJump: (event: IndexEvent) => void }) {
  const days = windowToDays(view);
  return (
    <div className="timeline-empty" role="status">
      <p>
        No events between {formatDay(days.from)} and {formatDay(days.to)}.
      </p>
      {nearest ? (
        <button type="button" className="button" onClick={() => onJump(nearest)} title={`Nearest: ${eventName(nearest)}`}>
          Jump to the nearest events
        </button>
      ) : null}
    </div>
  );
}
