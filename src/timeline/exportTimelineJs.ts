// Events in the TimelineJS3 JSON format, so they can be shown with Knight
// Lab's viewer: a title slide naming the corpus, one slide per event with
// every source as text and link, and groups (the checked actor an event
// counts for, else its first actor, as the lanes show it). Dates say no more
// than their precision: a year-only event has no month, a season runs over its
// three months, and approximate dates carry the words the explorer shows
// ("autumn 2020") as their display date. TimelineJS reads headline and text as
// HTML, so everything is escaped here.
import { parseIsoDay } from '../model/calendar';
import { formatDay, formatEventDate } from '../model/formatDate';
import type { ArticleMeta, Precision, TimelineEvent } from '../model/schema';
import { httpUrl, outletOf } from './outlet';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
  /** The text holds its own links; TimelineJS should not add more. */
  autolink: false;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
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

/** One source as the slide shows it: the sentence, then outlet (linked), headline and publication day. */
function sourceHtml(event: TimelineEvent, source: TimelineEvent['sources'][number], articles: ReadonlyMap<string, ArticleMeta>): string {
  const article = articles.get(source.articleId);
  const link = httpUrl(article?.source ?? null);
  const outlet = escapeHtml(outletOf(article));
  const by = link ? `<a href="${escapeHtml(link)}">${outlet}</a>` : outlet;
  const title = article ? `, “${escapeHtml(article.title)}”` : '';
  const published = article ? `, published ${escapeHtml(formatDay(article.published))}` : '';
  const dated = source.date && source.date.text !== event.date.text ? ` (dates it “${escapeHtml(source.date.text)}”)` : '';
  return `<blockquote>${escapeHtml(source.quote)}</blockquote><p>— ${by}${title}${published}${dated}</p>`;
}

export interface TimelineJsOptions {
  articles: ReadonlyMap<string, ArticleMeta>;
  /** The corpus's name, for the title slide. */
  title: string;
  /** A sentence under the title. */
  description: string;
  /** The group of an event's slide (an actor's name), or null for none. */
  groupOf: (event: TimelineEvent) => string | null;
}

export function eventsToTimelineJs(events: readonly TimelineEvent[], { articles, title, description, groupOf }: TimelineJsOptions): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(title), text: `<p>${escapeHtml(description)}</p>` } },
    events: events.map((event) => {
      const end = endDate(event);
      const group = groupOf(event);
      const shown = formatEventDate(event.date, event.kind);
      const count = event.sources.length;
      return {
        start_date: timelineJsDate(event.date.start, event.date.precision),
        ...(end ? { end_date: end } : {}),
        // TimelineJS would write "2020" or "September 2020" for a season: the words say what is known.
        ...(event.date.precision !== 'day' || event.kind === 'ongoing' ? { display_date: shown } : {}),
        text: {
          headline: escapeHtml(event.label),
          text: `<p>${escapeHtml(shown)} · ${count} ${count === 1 ? 'source' : 'sources'}</p>${event.sources.map((s) => sourceHtml(event, s, articles)).join('')}`,
        },
        ...(group ? { group } : {}),
        unique_id: event.id,
        autolink: false as const,
      };
    }),
  };
}
