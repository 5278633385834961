// Events as CSV (RFC 4180: comma-separated, CRLF lines, quoted where needed)
// for spreadsheets. One row per event, dates both as people read them and as
// ISO days. Cells that a spreadsheet would run as a formula are defused.
import { formatEventDate } from '../model/formatDate';
import type { Actor, ArticleMeta, TimelineEvent } from '../model/schema';

export const CSV_COLUMNS = ['id', 'label', 'date', 'start', 'end', 'precision', 'kind', 'actors', 'article', 'quote'] as const;

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
  const rows = events.map((event) => {
    const source = event.sources[0]!;
    return [
      event.id,
      event.label,
      formatEventDate(event.date, event.kind),
      event.date.start,
      event.date.end,
      event.date.precision,
      event.kind,
      event.actors.map((id) => actors.get(id)?.name ?? id).join('; '),
      articles.get(source.articleId)?.title ?? source.articleId,
      source.quote,
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
