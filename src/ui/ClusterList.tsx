// The events of a cluster that zooming cannot split: events dated alike
// ("in 1994", "in March 2021") share one place on the axis at any zoom, so
// opening their cluster lists them under the timeline instead, as buttons
// that open each event's passage. Escape or Close puts the focus back on the
// cluster; the list grows a hundred at a time.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatEventDate } from '../model/formatDate';
import type { IndexEvent } from '../model/schema';

const PAGE = 100;

interface ClusterListProps {
  title: string;
  events: readonly IndexEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onClose: () => void;
}

export function ClusterList({ title, events, selectedId, onSelect, onClose }: ClusterListProps) {
  const headingId = useId();
  const [shown, setShown] = useState(PAGE);
  const heading = useRef<HTMLHeadingElement | null>(null);
  // Opening moves the focus here, so a keyboard user lands on what the click produced.
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <section className="cluster-list" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="cluster-list-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h3>
        <p className="cluster-list-note">Dated too alike to be told apart on the axis, so they are listed here.</p>
        <button type="button" className="tool tool-text" onClick={onClose}>
          Close list
        </button>
      </div>
      <ol>
        {events.slice(0, shown).map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" aria-pressed={event.id === selectedId} onClick={() => onSelect(event.id)}>
              {event.label} <span className="event-date">{formatEventDate(event.date, event.kind, 'short')}</span>
            </button>
          </li>
        ))}
      </ol>
      {events.length > shown ? (
        <button type="button" className="tool tool-text" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, events.length - shown)} more of {events.length - shown}
        </button>
      ) : null}
    </section>
  );
}
