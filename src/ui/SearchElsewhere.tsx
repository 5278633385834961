// The search beyond the passages: while a query is typed, the articles' whole
// texts are fetched (each once, then cached) and searched; an article that
// holds the words but none of whose events match gets a line saying so, with
// a link that opens the article with the words marked.
import { useQueries } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import type { ArticleMeta } from '../model/schema';
import { articleMentions } from '../timeline/searchArticles';
import { articleTextQuery } from './api';

interface SearchElsewhereProps {
  query: string;
  terms: readonly string[];
  articles: readonly ArticleMeta[];
  /** Articles some matching event comes from: their mentions are on the timeline already. */
  matched: ReadonlySet<string>;
  /** The link that opens an article (so it can be opened in a new tab too), and what a click does instead. */
  hrefFor: (articleId: string) => string;
  onRead: (articleId: string) => void;
}

export function SearchElsewhere({ query, terms, articles, matched, hrefFor, onRead }: SearchElsewhereProps) {
  const searching = terms.length > 0;
  const texts = useQueries({
    queries: searching ? articles.map((article) => articleTextQuery(article.id)) : [],
    combine: (results) => ({
      loaded: results.flatMap((r) => (r.data ? [[r.data.id, r.data.text] as const] : [])),
      pending: results.some((r) => r.isPending),
    }),
  });
  if (!searching) return null;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const mentions = articleMentions(new Map(texts.loaded), terms).filter((m) => !matched.has(m.articleId));
  if (mentions.length === 0) return texts.pending ? <p className="search-elsewhere muted">Searching the articles’ full text…</p> : null;
  const open = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onRead(id);
  };
  return (
    <p className="search-elsewhere" role="status">
      “{query.trim()}” also appears outside the events’ passages, in{' '}
      {mentions.map((m, i) => (
        <span key={m.articleId}>
          {i > 0 ? (i === mentions.length - 1 ? ' and ' : ', ') : ''}
          <a href={hrefFor(m.articleId)} onClick={(event) => open(event, m.articleId)}>
            {byId.get(m.articleId)?.title ?? m.articleId}
          </a>{' '}
          ({m.count === 1 ? 'once' : `${m.count} times`})
        </span>
      ))}
      .
    </p>
  );
}
