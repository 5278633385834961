// The timeline: maps the pure layout (scale, stacked marks, axis ticks and
// breaks) to HTML buttons over an SVG axis. Every event is a button named by
// its label and its date as displayed. The wheel zooms, dragging and the arrow
// keys pan (on the timeline itself), + and - zoom; on an event, Left and Right
// move to the previous and next event in time, moving the window if need be.
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { toUtcMs } from '../model/calendar';
import { formatEventDate } from '../model/formatDate';
import type { Actor, TimelineEvent } from '../model/schema';
import { adjacentEvent } from '../timeline/adjacentEvent';
import { axisTicks, describeDuration } from '../timeline/axisTicks';
import { layoutEvents, type EventMark } from '../timeline/layoutEvents';
import { createTimeScale } from '../timeline/timeScale';
import { centerWindow, panWindow, zoomWindow, type ViewWindow } from '../timeline/viewWindow';
import { useElementWidth } from './useElementWidth';
import { useWheel } from './useWheel';

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 28;
const MIN_WIDTH = 320;
const MARGIN = 24;
/** One press of + or -: a third more or less time in view. */
export const ZOOM_STEP = 1.5;
/** One press of an arrow key: a tenth of the window. */
const PAN_STEP = 0.1;

interface TimelineProps {
  /** The events to draw (after filtering). */
  events: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  /** The visible window, [from, to) in UTC milliseconds. */
  view: ViewWindow;
  /** The window that shows every event: the limit for zooming out and panning. */
  fit: ViewWindow;
  /** Empty stretches drawn at a fixed width (sparse axis). */
  gaps: readonly (readonly [number, number])[];
  onWindowChange: (view: ViewWindow) => void;
  /** Events that match the search (the rest are dimmed); null when nothing is searched. */
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function eventButtonId(eventId: string): string {
  return `event-${eventId}`;
}

const shortDate = (event: TimelineEvent) => formatEventDate(event.date, event.kind, 'short');

export function Timeline({ events, actors, view, fit, gaps, onWindowChange, matches, selectedId, onSelect }: TimelineProps) {
  const [measure, measuredWidth] = useElementWidth(960);
  const width = Math.max(measuredWidth, MIN_WIDTH);
  const { scale, layout, axis } = useMemo(() => {
    const scale = createTimeScale(view, [MARGIN, width - MARGIN], { gaps });
    return {
      scale,
      // Narrow screens get shorter labels, so the stack stays readable without scrolling sideways.
      layout: layoutEvents(events, scale, { width, suffix: shortDate, maxLabelChars: Math.min(44, Math.max(16, Math.floor(width / 16))) }),
      axis: axisTicks(scale),
    };
  }, [events, view, gaps, width]);
  const height = AXIS_HEIGHT + Math.max(layout.rowCount, 1) * ROW_HEIGHT + 12;
  const rangeWidth = scale.range[1] - scale.range[0];

  const wheelRef = useWheel((event) => {
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    if (Math.abs(dx) > Math.abs(dy)) {
      onWindowChange(panWindow(view, dx / rangeWidth, fit));
      return;
    }
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const anchor = scale.invert(event.clientX - box.left);
    onWindowChange(zoomWindow(view, Math.exp(dy * 0.002), fit, anchor));
  });

  // The window when the drag began: the pan follows the pointer from there, so rounding never accumulates.
  const drag = useRef<{ x: number; view: ViewWindow } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, view };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const dx = event.clientX - drag.current.x;
    if (Math.abs(dx) >= 2) onWindowChange(panWindow(drag.current.view, -dx / rangeWidth, fit));
  };
  const endDrag = () => {
    drag.current = null;
  };

  const keysHintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onTimeline = event.target === event.currentTarget;
    const eventId = (event.target as HTMLElement).dataset.eventId;
    let handled = true;
    if (event.key === '+' || event.key === '=') onWindowChange(zoomWindow(view, 1 / ZOOM_STEP, fit));
    else if (event.key === '-' || event.key === '_') onWindowChange(zoomWindow(view, ZOOM_STEP, fit));
    else if (onTimeline && event.key === 'ArrowLeft') onWindowChange(panWindow(view, -PAN_STEP, fit));
    else if (onTimeline && event.key === 'ArrowRight') onWindowChange(panWindow(view, PAN_STEP, fit));
    else if (eventId && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const next = adjacentEvent(events, eventId, event.key === 'ArrowLeft' ? -1 : 1);
      if (next && !layout.marks.some((mark) => mark.event.id === next.id)) {
        // The next event is outside the window: bring it in first, synchronously, so its button exists to take the focus.
        flushSync(() => onWindowChange(centerWindow(view, toUtcMs(next.date.start), fit)));
      }
      if (next) document.getElementById(eventButtonId(next.id))?.focus();
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <section
      aria-label="Timeline"
      aria-describedby={keysHintId}
      className="timeline"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <p id={keysHintId} className="visually-hidden">
        Plus and minus zoom, the arrow keys move in time; on an event, the arrow keys go to the previous or next event.
      </p>
      <div className="timeline-scroll" ref={measure}>
        <div
          className="timeline-canvas"
          style={{ width, height }}
          ref={wheelRef}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          <svg className="timeline-axis" width={width} height={height} aria-hidden="true">
            {axis.breaks.map((gap) => (
              <g key={gap.from} className="axis-break">
                <title>{`${describeDuration(gap.to - gap.from)} compressed`}</title>
                <rect x={gap.x0 + 3} width={Math.max(gap.x1 - gap.x0 - 6, 2)} y={AXIS_HEIGHT - 6} height={height - AXIS_HEIGHT + 6} />
                <path d={breakMarker((gap.x0 + gap.x1) / 2, AXIS_HEIGHT - 4)} />
              </g>
            ))}
            {axis.ticks.map((tick) => (
              <g key={tick.value} transform={`translate(${tick.x},0)`}>
                <line y1={AXIS_HEIGHT - 6} y2={height} />
                <text y={AXIS_HEIGHT - 10} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
          </svg>
          <ol className="timeline-events">
            {layout.marks.map((mark) => (
              <li key={mark.event.id}>
                <EventButton
                  mark={mark}
                  kind={primaryKind(mark.event, actors)}
                  selected={mark.event.id === selectedId}
                  match={matches === null ? null : matches.has(mark.event.id)}
                  onSelect={onSelect}
                />
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}

/** Two slanted strokes across the axis line, the usual sign for a broken axis. */
function breakMarker(x: number, y: number): string {
  return `M${x - 6},${y + 6} L${x - 1},${y - 6} M${x + 1},${y + 6} L${x + 6},${y - 6}`;
}

function primaryKind(event: TimelineEvent, actors: ReadonlyMap<string, Actor>): string {
  for (const id of event.actors) {
    const actor = actors.get(id);
    if (actor) return actor.kind;
  }
  return 'none';
}

interface EventButtonProps {
  mark: EventMark;
  kind: string;
  selected: boolean;
  /** null: no search; otherwise whether the event matches it. */
  match: boolean | null;
  onSelect: (id: string) => void;
}

function EventButton({ mark, kind, selected, match, onSelect }: EventButtonProps) {
  const { event } = mark;
  const longDate = formatEventDate(event.date, event.kind);
  const markClass = [
    'mark',
    `mark-${mark.shape}`,
    mark.approximate ? 'mark-approximate' : '',
    mark.openEnd ? 'mark-open' : '',
  ].join(' ');
  const labelOffset = mark.labelSide === 'right'
    ? { left: mark.markEnd - mark.left + 6 }
    : { right: mark.right - mark.markStart + 6 };
  return (
    <button
      type="button"
      id={eventButtonId(event.id)}
      data-event-id={event.id}
      className={`event kind-${kind}${selected ? ' is-selected' : ''}${match === true ? ' is-match' : ''}${match === false ? ' is-dimmed' : ''} label-${mark.labelSide}`}
      style={{ left: mark.left, top: AXIS_HEIGHT + mark.row * ROW_HEIGHT, width: mark.right - mark.left }}
      aria-label={`${event.label}, ${longDate}`}
      aria-pressed={selected}
      title={`${event.label} (${longDate})`}
      onClick={() => onSelect(event.id)}
    >
      <span className={markClass} style={{ left: mark.markStart - mark.left, width: mark.markEnd - mark.markStart }} />
      <span className="event-label" style={labelOffset}>
        {mark.label} {mark.suffix ? <span className="event-date">{mark.suffix}</span> : null}
      </span>
    </button>
  );
}
