// The timeline: maps the pure layout (scale, stacked marks, axis ticks) to
// HTML buttons over an SVG axis. Every event is a button named by its label
// and its date as displayed.
import { useMemo } from 'react';
import { formatEventDate } from '../model/formatDate';
import type { Actor, TimelineEvent } from '../model/schema';
import { axisTicks } from '../timeline/axisTicks';
import { layoutEvents, type EventMark } from '../timeline/layoutEvents';
import { createTimeScale } from '../timeline/timeScale';
import { useElementWidth } from './useElementWidth';

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 28;
const MIN_WIDTH = 320;

interface TimelineProps {
  /** The events to draw (after filtering). */
  events: readonly TimelineEvent[];
  /** All events: the scale spans them, so marks keep their place when the filter changes. */
  allEvents: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function eventButtonId(eventId: string): string {
  return `event-${eventId}`;
}

const shortDate = (event: TimelineEvent) => formatEventDate(event.date, event.kind, 'short');

export function Timeline({ events, allEvents, actors, selectedId, onSelect }: TimelineProps) {
  const [measure, measuredWidth] = useElementWidth(960);
  const width = Math.max(measuredWidth, MIN_WIDTH);
  const { layout, ticks } = useMemo(() => {
    const scale = createTimeScale(allEvents, width);
    return {
      // Narrow screens get shorter labels, so the stack stays readable without scrolling sideways.
      layout: layoutEvents(events, scale, { width, suffix: shortDate, maxLabelChars: Math.min(44, Math.max(16, Math.floor(width / 16))) }),
      ticks: axisTicks(scale),
    };
  }, [allEvents, events, width]);
  const height = AXIS_HEIGHT + Math.max(layout.rowCount, 1) * ROW_HEIGHT + 12;

  return (
    <section aria-label="Timeline" className="timeline">
      <div className="timeline-scroll" ref={measure}>
        <div className="timeline-canvas" style={{ width, height }}>
          <svg className="timeline-axis" width={width} height={height} aria-hidden="true">
            {ticks.map((tick) => (
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
  onSelect: (id: string) => void;
}

function EventButton({ mark, kind, selected, onSelect }: EventButtonProps) {
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
      className={`event kind-${kind}${selected ? ' is-selected' : ''} label-${mark.labelSide}`}
      style={{ left: mark.left, top: AXIS_HEIGHT + mark.row * ROW_HEIGHT, width: mark.right - mark.left }}
      aria-label={`${event.label}, ${longDate}`}
      aria-pressed={selected}
      title={`${event.label} (${longDate})`}
      onClick={() => onSelect(event.id)}
    >
      <span className={markClass} style={{ left: mark.markStart - mark.left, width: mark.markEnd - mark.markStart }} />
      <span className="event-label" style={labelOffset}>
        {mark.label} <span className="event-date">{shortDate(event)}</span>
      </span>
    </button>
  );
}
