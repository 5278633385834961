// The passage panel: the article an event came from, why the event got its
// date, and the article's text with the event's passage marked and scrolled
// into view. The text is rendered as text, never as HTML.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describePrecision, formatDay, formatEventDate } from '../model/formatDate';
import type { Actor, ArticleMeta, TimelineEvent } from '../model/schema';
import { passageParagraphs } from '../timeline/passageParagraphs';
import { articleTextQuery } from './api';
import { StatusMessage } from './StatusMessage';

interface EventPanelProps {
  event: TimelineEvent;
  articles: ReadonlyMap<string, ArticleMeta>;
  actors: ReadonlyMap<string, Actor>;
  onClose: () => void;
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

// Stable across renders, so the passage scrolls into view when it appears, not on every render.
function scrollToCenter(element: HTMLElement | null) {
  element?.scrollIntoView?.({ block: 'center' });
}

// The panel mounts once per event (it is keyed by id), so its heading takes the focus each time an event
// opens: a screen reader starts reading at the article's title, and Escape brings the focus back.
function focusOnMount(element: HTMLElement | null) {
  element?.focus({ preventScroll: true });
}

export function EventPanel({ event, articles, actors, onClose }: EventPanelProps) {
  const headingId = useId();
  const [sourceIndex, setSourceIndex] = useState(0);
  const source = event.sources[sourceIndex] ?? event.sources[0]!;
  const article = articles.get(source.articleId);
  const text = useQuery(articleTextQuery(source.articleId));
  const link = httpUrl(article?.source ?? null);
  const attributedTo = event.attribution?.actorId ? actors.get(event.attribution.actorId) : undefined;

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
            {formatEventDate(event.date, event.kind)} <span className="muted">({describePrecision(event.date.precision)})</span>
            <br />
            <span className="reason">
              from “{event.dateReason.expression}” — rule {event.dateReason.rule}
            </span>
          </dd>
          {event.duration ? (
            <>
              <dt>Duration</dt>
              <dd>{event.duration}</dd>
            </>
          ) : null}
          {event.attribution ? (
            <>
              <dt>According to</dt>
              <dd>
                {attributedTo ? `${attributedTo.name}: ` : ''}“{event.attribution.text}”
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
                    <span key={id} className={`chip kind-${actor?.kind ?? 'none'}`}>
                      {actor?.name ?? id}
                    </span>
                  );
                })}
              </dd>
            </>
          ) : null}
        </dl>
        {event.sources.length > 1 ? (
          <div className="sources" role="group" aria-label="Sources">
            {event.sources.map((s, i) => (
              <button
                key={`${s.articleId}-${s.start}`}
                type="button"
                className="link-button"
                aria-pressed={i === sourceIndex}
                onClick={() => setSourceIndex(i)}
              >
                {articles.get(s.articleId)?.title ?? s.articleId}
              </button>
            ))}
          </div>
        ) : null}
      </div>

      <div className="article-text">
        {text.data ? (
          <ArticleText text={text.data.text} passage={source} />
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
}

function ArticleText({ text, passage }: { text: string; passage: { start: number; end: number } }) {
  const paragraphs = passageParagraphs(text, passage);
  const first = paragraphs.findIndex((p) => p.parts.some((part) => part.marked));
  return paragraphs.map((paragraph, p) => (
    <p key={paragraph.start}>
      {paragraph.parts.map((part) =>
        part.marked ? (
          <mark key={part.start} ref={p === first ? scrollToCenter : undefined}>
            {part.text}
          </mark>
        ) : (
          <span key={part.start}>{part.text}</span>
        ),
      )}
    </p>
  ));
}
