// The corpus's articles (title, outlet, publication date, event count) as a
// list of checkboxes: checking some narrows the timeline and the list to the
// events those articles report (in the URL as articles=id,id).
import { memo, useState } from 'react';
import type { ArticleMeta } from '../model/schema';
import { formatDay } from '../model/formatDate';
import { byPublication } from '../timeline/corpusTitle';
import { outletOf } from '../timeline/outlet';

interface ArticleListProps {
  articles: readonly ArticleMeta[];
  checked: readonly string[];
  onChange: (articles: string[]) => void;
}

// Memoised: the explorer draws again on every zoom or pan step, which changes none of its props.
export const ArticleList = memo(function ArticleList({ articles, checked, onChange }: ArticleListProps) {
  const on = new Set(checked);
  // Folded, the list draws no rows: a corpus of a thousand articles costs nothing until it is opened.
  const [open, setOpen] = useState(checked.length > 0);
  const sorted = open ? [...articles].sort(byPublication) : [];
  return (
    <details className="article-list" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Articles ({articles.length}){checked.length > 0 ? ` · showing ${checked.length}` : ''}
      </summary>
      <fieldset>
        <legend className="visually-hidden">Show the events of these articles</legend>
        <ul>
          {sorted.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  checked={on.has(a.id)}
                  onChange={(e) => onChange(e.target.checked ? [...checked, a.id] : checked.filter((id) => id !== a.id))}
                />
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  {outletOf(a)} · {formatDay(a.published)} · {a.eventCount} {a.eventCount === 1 ? 'event' : 'events'}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {checked.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Show all articles
          </button>
        ) : null}
      </fieldset>
    </details>
  );
});
