// Reported versus happened: the day each article came out, as a faint mark on
// the axis beside the events it reports, so a reader sees which events were
// told at once and which were recalled long after. One mark per day that has
// articles, inside the window.
import { toUtcMs } from '../model/calendar';
import { formatDay } from '../model/formatDate';
import type { ArticleMeta } from '../model/schema';
import type { TimeScale } from './timeScale';

export interface PublicationMark {
  /** The publication day, YYYY-MM-DD. */
  day: string;
  x: number;
  /** The articles published that day, by title. */
  articles: ArticleMeta[];
}

export function publicationMarks(articles: readonly ArticleMeta[], scale: TimeScale): PublicationMark[] {
  const [from, to] = scale.domain;
  const byDay = new Map<string, ArticleMeta[]>();
  for (const article of articles) {
    const at = toUtcMs(article.published);
    if (at < from || at >= to) continue;
    let list = byDay.get(article.published);
    if (!list) byDay.set(article.published, (list = []));
    list.push(article);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, list]) => ({ day, x: scale(toUtcMs(day)), articles: list.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1)) }));
}

/** What the mark says on hover and focus: "Published 6 March 2024: Four dead in fire" (and the others that day). */
export function describePublication(mark: PublicationMark): string {
  const titles = mark.articles.map((article) => article.title);
  const shown = titles.length > 3 ? [...titles.slice(0, 3), `and ${titles.length - 3} more`] : titles;
  return `Published ${formatDay(mark.day)}: ${shown.join('; ')}`;
}
