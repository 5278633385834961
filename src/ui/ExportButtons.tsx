// Download buttons for the events in view (after the actor filter and the
// search): CSV for spreadsheets, JSON in the app's own contract, and
// TimelineJS3 JSON. The files are built on click, never kept in state. They
// carry the passages, so the buttons wait for the events' details.
import { memo } from 'react';
import { withDetails } from '../model/eventParts';
import type { Actor, ArticleMeta, EventDetails, IndexEvent, TimelineEvent, TimelineIndex } from '../model/schema';
import { eventsToCsv } from '../timeline/exportCsv';
import { eventsToJson } from '../timeline/exportJson';
import { eventsToTimelineJs } from '../timeline/exportTimelineJs';
import { timeOrder } from '../timeline/adjacentEvent';

interface ExportButtonsProps {
  events: readonly IndexEvent[];
  /** Each event's details by id; null while they load. */
  details: ReadonlyMap<string, EventDetails> | null;
  index: TimelineIndex;
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, ArticleMeta>;
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
export const ExportButtons = memo(function ExportButtons({ events: shown, details, index, actors, articles }: ExportButtonsProps) {
  // Files read like the list: in time order (sorted on click: a zoom step re-renders this, and should not sort).
  const ordered = (): TimelineEvent[] =>
    timeOrder(shown)
      .map((event) => withDetails(event, details?.get(event.id)))
      .filter((event): event is TimelineEvent => event !== null);
  const title = index.articles.length === 1 ? index.articles[0]!.title : 'News timeline';
  const formats = [
    { label: 'CSV', name: 'Download CSV', run: () => download('events.csv', 'text/csv;charset=utf-8', eventsToCsv(ordered(), actors, articles)) },
    { label: 'JSON', name: 'Download JSON', run: () => download('events.json', 'application/json', eventsToJson(ordered(), index)) },
    {
      label: 'TimelineJS',
      name: 'Download TimelineJS JSON',
      run: () =>
        download('events.timelinejs.json', 'application/json', `${JSON.stringify(eventsToTimelineJs(ordered(), actors, articles, title), null, 2)}\n`),
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
          aria-label={format.name}
          disabled={!details}
          title={details ? undefined : 'Waiting for the passages to load'}
          onClick={format.run}
        >
          {format.label}
        </button>
      ))}
    </div>
  );
});
