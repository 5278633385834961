// Download buttons for the events in view (after the filters, the key events
// switch and the search): CSV for spreadsheets with a row per source, JSON in
// the app's own contract, and TimelineJS3 JSON; and Embed, which gives an
// iframe of the current view to paste into another page. The files are built
// on click, never kept in state. They carry the passages, so the buttons wait
// for the events' details.
import { memo, useId, useState } from 'react';
import { withDetails } from '../model/eventParts';
import type { Actor, ArticleMeta, EventDetails, IndexEvent, TimelineEvent, TimelineIndex } from '../model/schema';
import { timeOrder } from '../timeline/adjacentEvent';
import { embedSnippet } from '../timeline/embedSnippet';
import { eventsToCsv } from '../timeline/exportCsv';
import { eventsToJson } from '../timeline/exportJson';
import { eventsToTimelineJs } from '../timeline/exportTimelineJs';

interface ExportButtonsProps {
  events: readonly IndexEvent[];
  /** Each event's details by id; null while they load. */
  details: ReadonlyMap<string, EventDetails> | null;
  index: TimelineIndex;
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, ArticleMeta>;
  /** The corpus's name and a sentence about it: the TimelineJS title slide and the embedded frame's title. */
  title: string;
  description: string;
  /** The TimelineJS group of an event: the checked actor it counts for, or its lane's. */
  groupOf: (event: IndexEvent) => string | null;
}

export function download(fileName: string, type: string, content: BlobPart) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is no longer needed once it is handed over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Memoised: the explorer draws again on every zoom or pan step, which changes none of its props.
export const ExportButtons = memo(function ExportButtons({ events: shown, details, index, actors, articles, title, description, groupOf }: ExportButtonsProps) {
  // Files read like the list: in time order (sorted on click: a zoom step re-renders this, and should not sort).
  const ordered = (): TimelineEvent[] =>
    timeOrder(shown)
      .map((event) => withDetails(event, details?.get(event.id)))
      .filter((event): event is TimelineEvent => event !== null);
  const formats = [
    { label: 'CSV', name: 'Download CSV', run: () => download('events.csv', 'text/csv;charset=utf-8', eventsToCsv(ordered(), actors, articles)) },
    { label: 'JSON', name: 'Download JSON', run: () => download('events.json', 'application/json', eventsToJson(ordered(), index)) },
    {
      label: 'TimelineJS',
      name: 'Download TimelineJS JSON',
      run: () =>
        download(
          'events.timelinejs.json',
          'application/json',
          `${JSON.stringify(eventsToTimelineJs(ordered(), { articles, title, description, groupOf }), null, 2)}\n`,
        ),
    },
  ];
  return (
    <div className="toolbar-group" role="group" aria-label={`Export ${shown.length} ${shown.length === 1 ? 'event' : 'events'}`}>
      <span className="toolbar-label" aria-hidden="true">Export</span>
      {formats.map((format) => (
        <button
          key={format.label}
          type="button"
          className="tool tool-text"
          aria-label={`${format.name}`}
          disabled={!details}
          title={details ? undefined : 'Waiting for the passages to load'}
          onClick={format.run}
        >
          {/* The visible word is the start of the name, as speech input expects. */}
          {format.label}
        </button>
      ))}
      <EmbedButton title={title} />
    </div>
  );
});

/** Embed: a frame of this very view (the page's link), to copy into another page. */
function EmbedButton({ title }: { title: string }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const boxId = useId();
  const snippet = open ? embedSnippet(window.location.href, `${title}: timeline`) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // Without clipboard access the code stays selected in its box, ready for Ctrl+C.
      (document.getElementById(boxId) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="embed">
      <button type="button" className="tool tool-text" aria-expanded={open} aria-controls={`${boxId}-panel`} onClick={() => (setOpen(!open), setCopied(false))}>
        Embed
      </button>
      {open ? (
        <div className="embed-panel" id={`${boxId}-panel`}>
          <label htmlFor={boxId}>Embed code for this view</label>
          <textarea id={boxId} readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
          <div className="embed-actions">
            <button type="button" className="tool tool-text" onClick={() => void copy()}>
              Copy
            </button>
            <span className="muted" role="status">
              {copied ? 'Copied.' : ''}
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
