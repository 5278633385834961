// The overview strip under the timeline: every event drawn small over the
// whole fitted range (as counts per column, so a hundred thousand events cost
// a few hundred rectangles), with years or months of its own under it, and
// the visible window as a brush. Dragging the brush's middle pans, dragging
// its edges (grips that stand out from the middle and reach past it, so a
// brush zoomed to a sliver keeps 24 px to grab) zooms, a press elsewhere on
// the strip moves the window there; the brush is a focusable slider: the
// arrow keys move it, Shift with the arrows resizes it, Home and End go to
// either end.
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay } from '../model/formatDate';
import { axisTicks } from '../timeline/axisTicks';
import type { EventIndex } from '../timeline/eventIndex';
import { brushFromWindow, moveBrush, overviewDensity, resizeBrush } from '../timeline/overviewBrush';
import { createTimeScale } from '../timeline/timeScale';
import { centerWindow, panWindow, windowToDays, zoomWindow, type ViewWindow } from '../timeline/viewWindow';
import { PAN_STEP, ZOOM_STEP } from './Timeline';
import { useElementWidth } from './useElementWidth';

/** The strip of marks, and under it the band of its own ticks. */
const HEIGHT = 40;
const TICKS_HEIGHT = 16;
const MARGIN = 24;
const COLUMN_PX = 3;
/** The width of a compressed stretch (sparse axis) on the strip, with the panel closed. */
const GAP_PX = 12;

interface OverviewProps {
  index: EventIndex;
  /** The whole range drawn: the fitted window. */
  fit: ViewWindow;
  /** Stretches of the fitted window drawn compressed (sparse axis). */
  gaps: readonly (readonly [number, number])[];
  view: ViewWindow;
  /** Where the selected event starts, UTC ms; marked on the strip so it can be found from afar. */
  selected: number | null;
  onWindowChange: (view: ViewWindow) => void;
  /** Pixels the side panel would take from the strip if it opened (useElementWidth's context; 0 while it is open). */
  reserve?: number;
  /** Pixels the side panel takes beside the page when open (0 where it opens over the page). */
  panel?: number;
}

type Grip = 'move' | 'start' | 'end';

export function Overview({ index, fit, gaps, view, selected, onWindowChange, reserve = 0, panel = 0 }: OverviewProps) {
  const [measure, measuredWidth] = useElementWidth(960, reserve);
  const width = Math.max(measuredWidth ?? 960, 200);
  // The marks are drawn at the width the strip has with the panel closed, and squeezed into the width there is
  // by one transform: opening or closing the panel counts and draws no mark again. The scale the brush and the
  // ticks use is the same squeeze (the gaps narrow with the rest), so everything on the strip stays in line.
  const stripWidth = Math.max(width - reserve + panel, width);
  const squeeze = (width - 2 * MARGIN) / Math.max(stripWidth - 2 * MARGIN, 1);
  const stripScale = useMemo(() => createTimeScale(fit, [MARGIN, stripWidth - MARGIN], { gaps, gapWidth: GAP_PX }), [fit, gaps, stripWidth]);
  const scale = useMemo(
    () => (squeeze === 1 ? stripScale : createTimeScale(fit, [MARGIN, width - MARGIN], { gaps, gapWidth: GAP_PX * squeeze })),
    [stripScale, squeeze, fit, width, gaps],
  );
  const columns = Math.floor((stripWidth - 2 * MARGIN) / COLUMN_PX);
  // Counted once the strip is measured, not first at a guessed width.
  const density = useMemo(() => (measuredWidth === null ? [] : overviewDensity(index, stripScale, columns)), [index, stripScale, columns, measuredWidth]);
  // The strip's marks depend on the data and the strip's width, not on the window: made once, a zoom or pan
  // step moves the brush alone instead of rebuilding hundreds of rectangles.
  const marks = useMemo(() => {
    const peak = Math.max(1, ...density);
    return (
      <>
        {stripScale.pieces
          .filter((piece) => piece.compressed)
          .map((piece) => (
            <rect key={piece.t0} className="overview-break" x={piece.x0} width={piece.x1 - piece.x0} y={0} height={HEIGHT} />
          ))}
        {density.map((count, i) => {
          if (count === 0) return null;
          // Heights grow with the log of the count, so one lone event stays visible beside a thousand.
          const barHeight = 6 + ((HEIGHT - 14) * Math.log1p(count)) / Math.log1p(peak);
          return <rect key={i} className="overview-mark" x={MARGIN + i * COLUMN_PX} width={COLUMN_PX - 1} height={barHeight} y={HEIGHT - 4 - barHeight} />;
        })}
      </>
    );
  }, [density, stripScale]);
  // The ticks' labels keep their size: they are laid out again at the width there is, a dozen of them.
  const ticks = useMemo(
    () =>
      axisTicks(scale, 90, [0, width]).ticks.map((tick) => (
        <g key={tick.value} className="overview-tick" transform={`translate(${tick.x},0)`}>
          <line y1={HEIGHT - 4} y2={HEIGHT + 2} />
          <text y={HEIGHT + TICKS_HEIGHT - 3} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      )),
    [scale, width],
  );
  const brush = brushFromWindow(view, scale);
  const days = windowToDays(view);
  const valueText = days.from === days.to ? formatDay(days.from) : `${formatDay(days.from)} to ${formatDay(days.to)}`;
  const middle = ((brush.x0 + brush.x1) / 2 - MARGIN) / Math.max(width - 2 * MARGIN, 1);

  // The window and pointer position when the drag began: the brush follows the pointer from there.
  const drag = useRef<{ grip: Grip; x: number; view: ViewWindow } | null>(null);
  const onBrushDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // The grips at the brush's edges resize it; anywhere else on it moves it.
    const grip = ((event.target as HTMLElement).dataset.grip ?? 'move') as Grip;
    event.stopPropagation();
    event.preventDefault();
    (event.currentTarget.closest('.overview') as HTMLElement).setPointerCapture(event.pointerId);
    drag.current = { grip, x: event.clientX, view };
  };
  const onStripDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // A press beside the brush brings the window there and lets the drag carry on from it.
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const next = centerWindow(view, scale.invert(x), fit);
    onWindowChange(next);
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { grip: 'move', x: event.clientX, view: next };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    onWindowChange(start.grip === 'move' ? moveBrush(start.view, dx, scale, fit) : resizeBrush(start.view, start.grip, dx, scale, fit));
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const shift = event.shiftKey;
    let next: ViewWindow | null = null;
    if (event.key === 'ArrowLeft') next = shift ? zoomWindow(view, 1 / ZOOM_STEP, fit) : panWindow(view, -PAN_STEP, fit);
    else if (event.key === 'ArrowRight') next = shift ? zoomWindow(view, ZOOM_STEP, fit) : panWindow(view, PAN_STEP, fit);
    else if (event.key === 'Home') next = centerWindow(view, fit[0] + (view[1] - view[0]) / 2, fit);
    else if (event.key === 'End') next = centerWindow(view, fit[1] - (view[1] - view[0]) / 2, fit);
    if (!next) return;
    event.preventDefault();
    onWindowChange(next);
  };

  return (
    <div className="overview-frame" ref={measure}>
      <div
        className="overview"
        style={{ width, height: HEIGHT + TICKS_HEIGHT }}
        onPointerDown={onStripDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <svg width={width} height={HEIGHT + TICKS_HEIGHT} aria-hidden="true">
          {ticks}
          <g transform={squeeze === 1 ? undefined : `translate(${MARGIN},0) scale(${squeeze},1) translate(${-MARGIN},0)`}>{marks}</g>
          {selected === null ? null : <path className="overview-selected" d={`M${scale(selected) - 5},0 h10 l-5,7 z M${scale(selected)},0 v${HEIGHT}`} />}
        </svg>
        <div
          className="overview-brush"
          role="slider"
          tabIndex={0}
          aria-label="Visible window"
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(Math.min(Math.max(middle, 0), 1) * 100)}
          aria-valuetext={valueText}
          title={`${valueText}. Drag to move, drag an edge to resize; arrow keys move, Shift with arrow keys resizes.`}
          style={{ left: brush.x0, width: brush.x1 - brush.x0, height: HEIGHT - 4 }}
          onPointerDown={onBrushDown}
          onKeyDown={onKeyDown}
        >
          <span className="brush-grip brush-grip-start" data-grip="start" title="Drag to move the start" />
          <span className="brush-grip brush-grip-end" data-grip="end" title="Drag to move the end" />
        </div>
      </div>
    </div>
  );
}
