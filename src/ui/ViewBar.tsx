// The bar above the events: Timeline or List, the search box, and whatever
// acts on the events shown (export). The query goes to the URL as it is typed
// (replacing the entry: one per keystroke would bury Back).
import type { ReactNode } from 'react';
import type { UrlState } from './urlState';

interface ViewBarProps {
  view: UrlState['view'];
  query: string;
  onViewChange: (view: UrlState['view']) => void;
  onQueryChange: (query: string) => void;
  /** Shown at the end of the bar (the export buttons). */
  children?: ReactNode;
}

export function ViewBar({ view, query, onViewChange, onQueryChange, children }: ViewBarProps) {
  return (
    <div className="viewbar">
      <div className="toolbar-group" role="group" aria-label="View">
        {(['timeline', 'list'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="tool tool-text"
            aria-pressed={view === option}
            onClick={() => onViewChange(option)}
          >
            {option === 'timeline' ? 'Timeline' : 'List'}
          </button>
        ))}
      </div>
      <input
        type="search"
        className="search"
        aria-label="Search events"
        placeholder="Search events and articles"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
      />
      {children}
    </div>
  );
}
