// An article in the panel, below the event or on its own: its title, outlet
// and publication date, and its text with the event's passage marked (or the
// search's words, when it is opened from a search), the first mark scrolled
// to the middle of the pane: only the pane scrolls, the event above it stays.
// The sentences of the article's other events are links to them. Text is
// rendered as text, never as HTML.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId } from 'react';
import { formatDay } from '../model/formatDate';
import type { ArticleMeta, IndexEvent } from '../model/schema';
import { httpUrl, outletOf } from '../timeline/outlet';
import { markedParagraphs, type MarkedRange } from '../timeline/passageMarks';
import { articleTextQuery } from './api';
import { HighlightedText } from './HighlightedText';
import { StatusMessage } from './StatusMessage';

// Every event's passages by article, worked out once per list of events rather than on every opening of
// the panel (a walk over 100,000 events each time).
const passageCache = new WeakMap<readonly IndexEvent[], Map<string, MarkedRange[]>>();

/** The passages of the events in `events` that come from one article. */
export function otherPassages(events: readonly IndexEvent[], articleId: string): MarkedRange[] {
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
  return byArticle.get(articleId) ?? [];
}

/** Builds the panel's lookup for `events` ahead of the first opening, when the page is idle. */
export function preparePanelLookups(events: readonly IndexEvent[]): void {
  otherPassages(events, '');
}

// The panel mounts once per event or article (it is keyed by id), so its heading takes the focus each
// time one opens: a screen reader starts reading there, and Escape brings the focus back.
function focusOnMount(element: HTMLElement | null) {
  element?.focus({ preventScroll: true });
}

/** The top of the panel: what it shows (the eyebrow), its heading, which takes the focus, and Close. */
export function PanelHeading({ id, eyebrow, title, closeLabel, onClose }: { id: string; eyebrow: string; title: string; closeLabel: string; onClose: () => void }) {
  return (
    <>
      <p className="eyebrow">{eyebrow}</p>
      <h2 id={id} tabIndex={-1} ref={focusOnMount}>
        {title}
      </h2>
      <button type="button" className="close-button" onClick={onClose} aria-label={closeLabel}>
        <span aria-hidden="true">×</span>
      </button>
    </>
  );
}

/** The outlet, as a link to the article when it has an http(s) one. */
export function OutletLink({ article }: { article: ArticleMeta | undefined }) {
  const link = httpUrl(article?.source ?? null);
  const outlet = outletOf(article);
  return link ? (
    <a href={link} target="_blank" rel="noopener noreferrer">
      {outlet}
    </a>
  ) : (
    <>{outlet}</>
  );
}

interface ArticlePaneProps {
  article: ArticleMeta | undefined;
  articleId: string;
  /** What the pane is, over the title: "Source article 2 of 5". */
  eyebrow: string;
  /** The event's passage, marked and scrolled to; null when the article is read on its own. */
  passage: { start: number; end: number } | null;
  others: readonly MarkedRange[];
  /** Words to mark in the text (the search, when the article is opened from it). */
  terms?: readonly string[];
  onSelect?: (id: string) => void;
  eventsById?: ReadonlyMap<string, IndexEvent>;
  /** False when the panel's own heading already gives the title and byline. */
  titled?: boolean;
}

export function ArticlePane({ article, articleId, eyebrow, passage, others, terms = [], onSelect, eventsById, titled = true }: ArticlePaneProps) {
  const titleId = useId();
  const text = useQuery(articleTextQuery(articleId));
  return (
    <section className="article-pane" aria-labelledby={titled ? titleId : undefined} aria-label={titled ? undefined : eyebrow}>
      <p className="eyebrow">{eyebrow}</p>
      {titled ? <h3 id={titleId}>{article?.title ?? articleId}</h3> : null}
      {article && titled ? (
        <p className="article-byline">
          <OutletLink article={article} /> · published {formatDay(article.published)}
          {/* A source that is no web address (a file path, a script) is shown as the text it is. */}
          {article.source && !httpUrl(article.source) ? (
            <>
              {' · source: '}
              <span className="source-text">{article.source}</span>
            </>
          ) : null}
          {article.publishedBasis === 'inferred' ? (
            <span className="flag" title={`Not stated in the article; inferred from ${article.publishedFrom}`}>
              inferred
            </span>
          ) : null}
        </p>
      ) : null}
      <div className="article-text">
        {text.data ? (
          <ArticleText text={text.data.text} passage={passage} others={others} terms={terms} onSelect={onSelect} eventsById={eventsById} />
        ) : text.isError ? (
          <StatusMessage kind="error" title="The article text could not be loaded." action={{ label: 'Retry', onClick: () => void text.refetch() }}>
            <p>{text.error.message}</p>
          </StatusMessage>
        ) : (
          <StatusMessage kind="loading" title="Loading the article…" />
        )}
      </div>
    </section>
  );
}

/** Scrolls the pane holding `element` so that the element sits in its middle; nothing else on the page moves. */
function centerInPane(element: HTMLElement | null) {
  const pane = element?.closest<HTMLElement>('.article-pane');
  if (!element || !pane) return;
  const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  pane.scrollTop += offset - Math.max(0, (pane.clientHeight - element.offsetHeight) / 2);
}

function ArticleText({
  text,
  passage,
  others,
  terms,
  onSelect,
  eventsById,
}: {
  text: string;
  passage: { start: number; end: number } | null;
  others: readonly MarkedRange[];
  terms: readonly string[];
  onSelect?: (id: string) => void;
  eventsById?: ReadonlyMap<string, IndexEvent>;
}) {
  const paragraphs = markedParagraphs(text, passage ?? { start: 0, end: 0 }, onSelect ? others : []);
  const first = paragraphs.findIndex((p) => p.parts.some((part) => part.kind === 'selected'));
  const labelOf = (id: string) => eventsById?.get(id)?.label ?? 'another event';
  // Without a passage, the first of the search's words is what the reader came for.
  const toFirstTerm = useCallback((element: HTMLElement | null) => centerInPane(element?.querySelector('mark') ?? null), []);
  return (
    <div ref={passage ? undefined : toFirstTerm}>
      {paragraphs.map((paragraph, p) => (
        <p key={paragraph.start}>
          {paragraph.parts.map((part) =>
            part.kind === 'selected' ? (
              <mark key={part.start} className="passage" ref={p === first ? centerInPane : undefined}>
                {part.text}
              </mark>
            ) : part.kind === 'other' && onSelect && part.eventId ? (
              <button key={part.start} type="button" className="other-event" title={`Open: ${labelOf(part.eventId)}`} onClick={() => onSelect(part.eventId!)}>
                <HighlightedText text={part.text} terms={terms} />
              </button>
            ) : (
              <span key={part.start}>
                <HighlightedText text={part.text} terms={terms} />
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
