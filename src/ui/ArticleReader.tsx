// An article open on its own in the panel, from the search ("also in an
// article") or from a publication mark on the axis: its title and outlet, the
// events read from it (each opens its passage), and its text with the
// search's words marked, the first of them scrolled into view.
import { memo, useId } from 'react';
import { formatDay, formatEventDate } from '../model/formatDate';
import type { ArticleMeta, IndexEvent } from '../model/schema';
import { timeOrder } from '../timeline/adjacentEvent';
import { ArticlePane, otherPassages, OutletLink, PanelHeading } from './ArticlePane';

interface ArticleReaderProps {
  article: ArticleMeta;
  /** Every event, to list and link this article's own. */
  allEvents: readonly IndexEvent[];
  eventsById: ReadonlyMap<string, IndexEvent>;
  terms: readonly string[];
  onSelect: (id: string) => void;
  onClose: () => void;
}

export const ArticleReader = memo(function ArticleReader({ article, allEvents, eventsById, terms, onSelect, onClose }: ArticleReaderProps) {
  const headingId = useId();
  const passages = otherPassages(allEvents, article.id);
  const own = timeOrder([...new Set(passages.map((p) => p.eventId))].map((id) => eventsById.get(id)).filter((e) => e !== undefined));
  return (
    <section className="panel" role="region" aria-labelledby={headingId}>
      <div className="panel-event">
        <PanelHeading id={headingId} eyebrow="Article" title={article.title} closeLabel="Close article" onClose={onClose} />
        <p className="article-byline">
          <OutletLink article={article} /> · published {formatDay(article.published)}
        </p>
        <section className="merged-sources" aria-label="Events from this article">
          <h3>{own.length === 1 ? '1 event from this article' : `${own.length} events from this article`}</h3>
          <ol className="source-list">
            {own.map((event) => (
              <li key={event.id}>
                <button type="button" className="link-button" onClick={() => onSelect(event.id)}>
                  {event.label}
                </button>
                <span className="source-meta">{formatEventDate(event.date, event.kind)}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <ArticlePane
        article={article}
        articleId={article.id}
        eyebrow={terms.length > 0 ? `Full text, with “${terms.join(' ')}” marked` : 'Full text'}
        passage={null}
        others={passages}
        terms={terms}
        onSelect={onSelect}
        eventsById={eventsById}
        titled={false}
      />
    </section>
  );
});
