// Events as CSV (RFC 4180: comma-separated, CRLF lines, quoted where needed)
// for spreadsheets, with their provenance: one row per event and source, so
// an event five outlets report is five rows, each with that source's outlet,
// link, publication date, its own wording of the date and its sentence.
// Cells that a spreadsheet would run as a formula are defused.
import type { Actor, ArticleMeta, TimelineEvent } from '../model/schema';
import { httpUrl, outletOf } from './outlet';

export const CSV_COLUMNS = [
  'event_id', 'label', 'start', 'end', 'precision', 'date_text', 'actors',
  'article_title', 'outlet', 'source_url', 'published', 'quote',
] as const;

/** Quotes a cell when it holds a comma, quote or line break; prefixes a quote to "=", "+", "-", "@" openings. */
export function csvCell(value: string): string {
  // A label like "=HYPERLINK(...)" must stay text when the file is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function eventsToCsv(
  events: readonly TimelineEvent[],
  actors: ReadonlyMap<string, Actor>,
  articles: ReadonlyMap<string, ArticleMeta>,
): string {
  const rows = events.flatMap((event) => {
    const names = event.actors.map((id) => actors.get(id)?.name ?? id).join('; ');
    return event.sources.map((source) => {
      const article = articles.get(source.articleId);
      return [
        event.id,
        event.label,
        event.date.start,
        event.date.end,
        event.date.precision,
        // As this source words the date (merged events keep each source's own).
        source.date?.text ?? event.date.text,
        names,
        article?.title ?? source.articleId,
        outletOf(article),
        httpUrl(article?.source ?? null) ?? article?.source ?? '',
        article?.published ?? '',
        source.quote,
      ];
    });
  });
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
