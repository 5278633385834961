// The passage panel: the event first, the article below. The event's header
// stays at the top (label, date with its precision and the reason for it,
// who says so, actors, every source with outlet and publication date, where
// the sources disagree and why they were merged, Previous/Next); under it the
// article pane shows the chosen source's article with the event's passage
// marked and scrolled into view inside the pane. The focus moves to the
// event's label when the panel opens. The sentences of the article's other
// events are links to those events. What the timeline index carries shows at
// once; the date reason, attributions and the sources' own dates come with
// the events' details, which load after the first draw. The text is rendered
// as text, never as HTML.
import { useState, type CSSProperties, memo, useId } from 'react';
import { describeDateReason, describePrecision, formatDay, formatEventDate, namedInterval } from '../model/formatDate';
import { withDetails } from '../model/eventParts';
import type { Actor, ArticleMeta, EventDetails, IndexEvent, IndexSource } from '../model/schema';
import { outletOf } from '../timeline/outlet';
import type { MarkedRange } from '../timeline/passageMarks';
import { ArticlePane, otherPassages, OutletLink, PanelHeading } from './ArticlePane';

interface EventPanelProps {
  event: IndexEvent;
  /** The event's details: undefined while they load, null when they could not be had. */
  details?: EventDetails | null;
  articles: ReadonlyMap<string, ArticleMeta>;
  actors: ReadonlyMap<string, Actor>;
  /** Each actor's colour (actorColors.ts). */
  colors: ReadonlyMap<string, string>;
  onClose: () => void;
  /** The filtered events in time order, for Previous/Next. */
  ordered?: readonly IndexEvent[];
  /** Every event, to mark the other events' sentences in the article. */
  allEvents?: readonly IndexEvent[];
  /** Every event by id, to name the other events those sentences open. */
  eventsById?: ReadonlyMap<string, IndexEvent>;
  onSelect?: (id: string) => void;
  /** One of the key events of the story. */
  isKey?: boolean;
}

// Memoised: the explorer draws again on every zoom or pan step, which changes none of its props.
export const EventPanel = memo(function EventPanel({ event, details, articles, actors, colors, onClose, ordered = [], allEvents = [], eventsById, onSelect, isKey = false }: EventPanelProps) {
  const full = details ? withDetails(event, details) : null;
  const headingId = useId();
  const [sourceIndex, setSourceIndex] = useState(0);
  const source = event.sources[sourceIndex] ?? event.sources[0]!;
  const attributedTo = full?.attribution?.actorId ? actors.get(full.attribution.actorId) : undefined;
  const at = ordered.findIndex((e) => e.id === event.id);
  const previous = at > 0 ? ordered[at - 1] : undefined;
  const next = at >= 0 && at + 1 < ordered.length ? ordered[at + 1] : undefined;
  const others: MarkedRange[] = otherPassages(allEvents, source.articleId).filter((r) => r.eventId !== event.id);
  const sourceName = (s: IndexSource) => {
    const a = articles.get(s.articleId);
    return `${outletOf(a)}${a ? ` (${a.title})` : ''}`;
  };
  const count = event.sources.length;

  return (
    <section className="panel" role="region" aria-labelledby={headingId}>
      <div className="panel-event">
        <PanelHeading
          id={headingId}
          eyebrow={`${isKey ? 'Key event' : 'Event'}${at >= 0 ? ` · ${at + 1} of ${ordered.length}` : ''}`}
          title={event.label}
          closeLabel="Close passage"
          onClose={onClose}
        />
        <dl className="facts">
          <dt>Date</dt>
          <dd>
            {formatEventDate(event.date, event.kind)} <span className="muted">({describePrecision(event.date.precision, event.date.time, event.kind === 'point' ? namedInterval(event.date) : null)})</span>
            <br />
            {full ? (
              <span className="reason">
                {describeDateReason(full.dateReason)}
              </span>
            ) : (
              <span className="reason muted">
                {details === undefined ? 'Loading why it has this date and who says so…' : 'Why it has this date and who says so could not be loaded.'}
              </span>
            )}
          </dd>
          {full?.duration ? (
            <>
              <dt>Duration</dt>
              <dd>{full.duration}</dd>
            </>
          ) : null}
          {full?.attribution ? (
            <>
              <dt>According to</dt>
              <dd>
                {attributedTo ? `${attributedTo.name}: ` : ''}“{full.attribution.text}”
              </dd>
            </>
          ) : null}
          {event.actors.length > 0 ? (
            <>
              <dt>Actors</dt>
              <dd className="chips">
                {event.actors.map((id) => {
                  const actor = actors.get(id);
                  return (
                    <span key={id} className={`chip kind-${actor?.kind ?? 'none'}`} style={{ '--actor': colors.get(id) } as CSSProperties}>
                      <span className="swatch" aria-hidden="true" />
                      {actor?.name ?? id}
                    </span>
                  );
                })}
              </dd>
            </>
          ) : null}
          {full && full.importance.reasons.length > 0 ? (
            <>
              <dt>Weight</dt>
              <dd className="muted">{full.importance.reasons.join(' · ')}</dd>
            </>
          ) : null}
        </dl>
        <section className="merged-sources" aria-label="Sources">
          <h3>{count === 1 ? 'Source' : `${count} sources report this`}</h3>
          <ol className="source-list">
            {event.sources.map((s, i) => {
              const a = articles.get(s.articleId);
              const told = full?.sources[i];
              const date = told && full && count > 1 ? (told.date ?? full.date) : null;
              const attribution = told && full && count > 1 ? (told.attribution === undefined ? full.attribution : told.attribution) : null;
              return (
                <li key={`${s.articleId}-${s.start}`} className={i === sourceIndex ? 'is-open' : undefined}>
                  <button type="button" className="link-button" aria-pressed={i === sourceIndex} onClick={() => setSourceIndex(i)}>
                    {a?.title ?? s.articleId}
                  </button>
                  <span className="source-meta">
                    <OutletLink article={a} />
                    {a ? ` · published ${formatDay(a.published)}` : ''}
                    {date ? ` · dates it ${formatEventDate(date, event.kind)} (“${date.text}”)` : ''}
                    {attribution ? ` · ${attribution.text}` : ''}
                  </span>
                </li>
              );
            })}
          </ol>
          {full?.disagreements?.map((d) => (
            <div key={d.kind} className="disagreement" role="note">
              <p className="disagreement-title">{d.kind === 'date' ? 'The sources give different dates' : 'The sources contradict each other'}</p>
              <ul>
                {d.versions.map((v) => {
                  const s = full.sources[v.source];
                  if (!s) return null;
                  const attribution = s.attribution === undefined ? full.attribution : s.attribution;
                  const date = s.date ?? full.date;
                  return (
                    <li key={v.source}>
                      <strong>{sourceName(s)}</strong> says {d.kind === 'date' ? `${formatEventDate(date, event.kind)} (“${v.says}”)` : `“${v.says}”`}
                      {attribution ? <span className="muted"> — {attribution.text}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {full?.merge ? <p className="merge-why">Why one event: {full.merge.explanation}</p> : null}
        </section>
        {onSelect && ordered.length > 0 ? (
          <div className="step-buttons" role="group" aria-label="Move between events">
            <button type="button" className="tool tool-text" disabled={!previous} onClick={() => previous && onSelect(previous.id)}>
              ← Previous event
            </button>
            <button type="button" className="tool tool-text" disabled={!next} onClick={() => next && onSelect(next.id)}>
              Next event →
            </button>
          </div>
        ) : null}
      </div>
      <ArticlePane
        key={`${source.articleId}:${source.start}`}
        article={articles.get(source.articleId)}
        articleId={source.articleId}
        eyebrow={count > 1 ? `Source article ${sourceIndex + 1} of ${count}` : 'Source article'}
        passage={source}
        others={others}
        onSelect={onSelect}
        eventsById={eventsById}
      />
    </section>
  );
});
