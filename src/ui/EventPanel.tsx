// The passage panel: the article an event came from, why the event got its
// date, and the article's text with the event's passage marked and scrolled
// into view. The text is rendered as text, never as HTML. An event reported
// by several articles lists each source (outlet, the date as that source gives
// it, who says so), shows where they disagree and why they were merged; the
// sentences of the article's other events are links to those events, and
// Previous/Next walk the filtered events in time order. What the timeline
// index carries shows at once; the date reason, attributions and the sources'
// own dates come with the events' details, which load after the first draw.
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type CSSProperties, memo } from 'react';
import { describePrecision, formatDay, formatEventDate } from '../model/formatDate';
import { withDetails } from '../model/eventParts';
import type { Actor, ArticleMeta, EventDetails, IndexEvent, IndexSource } from '../model/schema';
import { markedParagraphs, type MarkedRange } from '../timeline/passageMarks';
import { articleTextQuery } from './api';
import { StatusMessage } from './StatusMessage';

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
}

/** The outlet a source is from: the host of its link, or the article's title when it has none. */
export function outletOf(article: ArticleMeta | undefined): string {
  const link = httpUrl(article?.source ?? null);
  return link ? new URL(link).host.replace(/^www\./, '') : (article?.title ?? 'unknown source');
}

/** Only http(s) sources become links; anything else (javascript:, file paths) stays text. */
export function httpUrl(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// Every event's passages by article, worked out once per list of events rather than on every opening of
// the panel (a walk over 100,000 events each time).
const passageCache = new WeakMap<readonly IndexEvent[], Map<string, MarkedRange[]>>();
function passagesByArticle(events: readonly IndexEvent[]): Map<string, MarkedRange[]> {
  let byArticle = passageCache.get(events);
  if (!byArticle) {
    byArticle = new Map();
    for (const e of events) {
      for (const s of e.sources) {
        let list = byArticle.get(s.articleId);
        if (!list) byArticle.set(s.articleId, (list = []));
        list.push({ start: s.start, end: s.end, eventId: e.id });
      }
    }
    passageCache.set(events, byArticle);
  }
  return byArticle;
}
/** Builds the panel's lookup for `events` ahead of the first opening, when the page is idle. */
export function preparePanelLookups(events: readonly IndexEvent[]): void {
  passagesByArticle(events);
}

// Stable across renders, so the passage scrolls into view when it appears, not on every render.
function scrollToCenter(element: HTMLElement | null) {
  element?.scrollIntoView?.({ block: 'center' });
}

// The panel mounts once per event (it is keyed by id), so its heading takes the focus each time an event
// opens: a screen reader starts reading at the article's title, and Escape brings the focus back.
function focusOnMount(element: HTMLElement | null) {
  element?.focus({ preventScroll: true });
}

// Memoised: the explorer draws again on every zoom or pan step, which changes none of its props.
export const EventPanel = memo(function EventPanel({ event, details, articles, actors, colors, onClose, ordered = [], allEvents = [], eventsById, onSelect }: EventPanelProps) {
  const full = details ? withDetails(event, details) : null;
  const headingId = useId();
  const [sourceIndex, setSourceIndex] = useState(0);
  const source = event.sources[sourceIndex] ?? event.sources[0]!;
  const article = articles.get(source.articleId);
  const text = useQuery(articleTextQuery(source.articleId));
  const link = httpUrl(article?.source ?? null);
  const attributedTo = full?.attribution?.actorId ? actors.get(full.attribution.actorId) : undefined;
  const at = ordered.findIndex((e) => e.id === event.id);
  const previous = at > 0 ? ordered[at - 1] : undefined;
  const next = at >= 0 && at + 1 < ordered.length ? ordered[at + 1] : undefined;
  const others: MarkedRange[] = passagesByArticle(allEvents).get(source.articleId)?.filter((r) => r.eventId !== event.id) ?? [];
  const sourceName = (s: IndexSource) => {
    const a = articles.get(s.articleId);
    return `${outletOf(a)}${a ? ` (${a.title})` : ''}`;
  };

  return (
    <section className="panel" role="region" aria-labelledby={headingId}>
      <header className="panel-header">
        <p className="eyebrow">Source article</p>
        <h2 id={headingId} tabIndex={-1} ref={focusOnMount}>{article?.title ?? source.articleId}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close passage">
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <dl className="facts">
        {article ? (
          <>
            <dt>Published</dt>
            <dd>
              {formatDay(article.published)}
              {article.publishedBasis === 'inferred' ? (
                <span className="flag" title={`Not stated in the article; inferred from ${article.publishedFrom}`}>
                  inferred
                </span>
              ) : null}
            </dd>
            <dt>Source</dt>
            <dd>
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {new URL(link).host}
                </a>
              ) : (
                (article.source ?? <span className="muted">not given</span>)
              )}
            </dd>
          </>
        ) : null}
      </dl>

      <div className="event-summary">
        <h3>{event.label}</h3>
        <dl className="facts">
          <dt>Date</dt>
          <dd>
            {formatEventDate(event.date, event.kind)} <span className="muted">({describePrecision(event.date.precision, event.date.time)})</span>
            <br />
            {full ? (
              <span className="reason">
                from “{full.dateReason.expression}” — rule {full.dateReason.rule}{full.dateReason.anchor ? `, counted from ${full.dateReason.anchor}` : ''}
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
        </dl>
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
        {event.sources.length > 1 ? (
          <section className="merged-sources" aria-label="Sources">
            <h3>{event.sources.length} sources report this</h3>
            <ol className="source-list">
              {event.sources.map((s, i) => {
                const a = articles.get(s.articleId);
                const told = full?.sources[i];
                const date = told && full ? (told.date ?? full.date) : null;
                const attribution = told && full ? (told.attribution === undefined ? full.attribution : told.attribution) : null;
                return (
                  <li key={`${s.articleId}-${s.start}`} className={i === sourceIndex ? 'is-open' : undefined}>
                    <button type="button" className="link-button" aria-pressed={i === sourceIndex} onClick={() => setSourceIndex(i)}>
                      {a?.title ?? s.articleId}
                    </button>
                    <span className="source-meta">
                      {outletOf(a)}
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
        ) : null}
      </div>

      <div className="article-text">
        {text.data ? (
          <ArticleText text={text.data.text} passage={source} others={others} onSelect={onSelect} eventsById={eventsById} />
        ) : text.isError ? (
          <StatusMessage
            kind="error"
            title="The article text could not be loaded."
            action={{ label: 'Retry', onClick: () => void text.refetch() }}
          >
            <p>{text.error.message}</p>
          </StatusMessage>
        ) : (
          <StatusMessage kind="loading" title="Loading the article…" />
        )}
      </div>
    </section>
  );
});

function ArticleText({
  text,
  passage,
  others,
  onSelect,
  eventsById,
}: {
  text: string;
  passage: { start: number; end: number };
  others: MarkedRange[];
  onSelect?: (id: string) => void;
  eventsById?: ReadonlyMap<string, IndexEvent>;
}) {
  const paragraphs = markedParagraphs(text, passage, onSelect ? others : []);
  const first = paragraphs.findIndex((p) => p.parts.some((part) => part.kind === 'selected'));
  const labelOf = (id: string) => eventsById?.get(id)?.label ?? 'another event';
  return paragraphs.map((paragraph, p) => (
    <p key={paragraph.start}>
      {paragraph.parts.map((part) =>
        part.kind === 'selected' ? (
          <mark key={part.start} ref={p === first ? scrollToCenter : undefined}>
            {part.text}
          </mark>
        ) : part.kind === 'other' && onSelect && part.eventId ? (
          <button
            key={part.start}
            type="button"
            className="other-event"
            title={`Open: ${labelOf(part.eventId)}`}
            onClick={() => onSelect(part.eventId!)}
          >
            {part.text}
          </button>
        ) : (
          <span key={part.start}>{part.text}</span>
        ),
      )}
    </p>
  ));
}
