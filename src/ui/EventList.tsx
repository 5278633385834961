// The list view: the filtered events in time order, each with its date as the
// timeline shows it, whether it is a key event and how many sources report
// it, its label (a button that opens the passage, named like the timeline's),
// its actors and the first words of its passage.
import type { CSSProperties } from 'react';
import { formatEventDate } from '../model/formatDate';
import type { Actor, EventDetails, IndexEvent } from '../model/schema';
import { timeOrder } from '../timeline/adjacentEvent';
import { passageExcerpt } from '../timeline/passageExcerpt';
import { HighlightedText } from './HighlightedText';
import { eventButtonId } from './Timeline';

interface EventListProps {
  events: readonly IndexEvent[];
  /** Each event's details by id, once loaded: the excerpt of its passage. */
  details: ReadonlyMap<string, EventDetails> | null;
  actors: ReadonlyMap<string, Actor>;
  /** Each actor's colour (actorColors.ts). */
  colors: ReadonlyMap<string, string>;
  terms: readonly string[];
  selectedId: string | null;
  /** The key events, marked as such. */
  keyEvents: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

export function EventList({ events, details, actors, colors, terms, selectedId, keyEvents, onSelect }: EventListProps) {
  return (
    <section aria-label="Event list" className="event-list">
      <ol>
        {timeOrder(events).map((event) => {
          const date = formatEventDate(event.date, event.kind);
          const names = event.actors.map((id) => actors.get(id)?.name ?? id);
          const quote = details?.get(event.id)?.sources[0]?.quote;
          return (
            <li key={event.id} className={[event.id === selectedId ? 'is-selected' : '', keyEvents.has(event.id) ? 'is-key' : ''].join(' ').trim() || undefined}>
              <p className="list-date">
                {date}
                {keyEvents.has(event.id) ? <span className="key-tag">Key event</span> : null}
                {event.sources.length > 1 ? <span className="list-sources">{event.sources.length} sources</span> : null}
              </p>
              <button
                type="button"
                id={eventButtonId(event.id)}
                data-event-id={event.id}
                className="list-title"
                aria-label={`${event.label}, ${date}`}
                aria-pressed={event.id === selectedId}
                onClick={() => onSelect(event.id)}
              >
                <HighlightedText text={event.label} terms={terms} />
              </button>
              {names.length > 0 ? (
                <p className="list-actors">
                  {event.actors.map((id, i) => (
                    <span key={id} className="list-actor" style={{ '--actor': colors.get(id) } as CSSProperties}>
                      <span className="swatch" aria-hidden="true" />
                      {names[i]}
                      {i < names.length - 1 ? ', ' : ''}
                    </span>
                  ))}
                </p>
              ) : null}
              {quote !== undefined ? (
                <p className="list-excerpt">
                  <HighlightedText text={passageExcerpt(quote, 24, terms)} terms={terms} />
                </p>
              ) : details ? null : (
                <p className="list-excerpt muted">Loading the passage…</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
