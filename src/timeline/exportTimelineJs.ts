// Events in the TimelineJS3 JSON format, so they can be shown with Knight
// Lab's viewer. Dates say no more than their precision: a year-only event has
// no month, a season runs over its three months. TimelineJS reads headline and
// text as HTML, so both are escaped here.
import { parseIsoDay } from '../model/calendar';
import { formatEventDate } from '../model/formatDate';
import type { Actor, ArticleMeta, Precision, TimelineEvent } from '../model/schema';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The parts of an ISO day that the precision vouches for. */
export function timelineJsDate(day: string, precision: Precision): TimelineJsDate {
  const { year, month, day: d } = parseIsoDay(day);
  if (precision === 'day') return { year, month, day: d };
  if (precision === 'month' || precision === 'season') return { year, month };
  return { year };
}

function endDate(event: TimelineEvent): TimelineJsDate | undefined {
  const { start, end, precision } = event.date;
  // An ongoing event's end is the publication day, known to the day whatever the start's precision.
  if (event.kind === 'ongoing') return timelineJsDate(end, 'day');
  const a = timelineJsDate(start, precision);
  const b = timelineJsDate(end, precision);
  return a.year === b.year && a.month === b.month && a.day === b.day ? undefined : b;
}

export function eventsToTimelineJs(
  events: readonly TimelineEvent[],
  actors: ReadonlyMap<string, Actor>,
  articles: ReadonlyMap<string, ArticleMeta>,
  title?: string,
): TimelineJsDocument {
  const document: TimelineJsDocument = {
    events: events.map((event) => {
      const source = event.sources[0]!;
      const article = articles.get(source.articleId)?.title ?? source.articleId;
      const end = endDate(event);
      const group = event.actors.map((id) => actors.get(id)?.name).find((name) => name !== undefined);
      return {
        start_date: timelineJsDate(event.date.start, event.date.precision),
        ...(end ? { end_date: end } : {}),
        text: {
          headline: escapeHtml(event.label),
          text: `<p>${escapeHtml(formatEventDate(event.date, event.kind))}</p><blockquote>${escapeHtml(source.quote)}</blockquote><p>${escapeHtml(article)}</p>`,
        },
        ...(group ? { group } : {}),
      };
    }),
  };
  if (title) document.title = { text: { headline: escapeHtml(title), text: '' } };
  return document;
}
