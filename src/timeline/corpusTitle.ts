// What the site is called after the articles it was built over: the page's
// title, its social preview, the title slide of the TimelineJS export and the
// embed snippet all name the corpus. One article names itself; a corpus of
// several is named by the headline that first reported its most important
// event (the story's lead), since the articles carry no name for the whole.
import { eventsAsTold } from '../model/mergedView';
import type { ArticleMeta, TimelineIndex } from '../model/schema';
import { mostImportantEvent } from './importanceRank';
import { outletOf } from './outlet';

export const APP_NAME = 'News timeline explorer';

/** Earliest published first; one day's articles by id. */
export const byPublication = (a: ArticleMeta, b: ArticleMeta) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1);

/** The corpus's name, or null when there are no articles. */
export function corpusTitle(index: Pick<TimelineIndex, 'articles' | 'events' | 'merged'>): string | null {
  const { articles } = index;
  if (articles.length === 0) return null;
  if (articles.length === 1) return articles[0]!.title;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const lead = mostImportantEvent(eventsAsTold(index));
  const reporting = (lead?.sources ?? [])
    .map((source) => byId.get(source.articleId))
    .filter((article) => article !== undefined)
    .sort(byPublication);
  // Without events, the earliest article stands for the rest.
  const first = reporting[0] ?? [...articles].sort(byPublication)[0]!;
  return first.title;
}

/** "Four dead in fire at Dorsk battery plant · News timeline explorer", or the app's name alone. */
export function pageTitle(index: Pick<TimelineIndex, 'articles' | 'events' | 'merged'>): string {
  const title = corpusTitle(index);
  return title ? `${title} · ${APP_NAME}` : APP_NAME;
}

/** One sentence for previews: how many events, from how many articles by which outlets. */
export function corpusDescription(index: Pick<TimelineIndex, 'articles' | 'events' | 'merged'>): string {
  const events = eventsAsTold(index).length;
  const outlets = [...new Set(index.articles.map((article) => outletOf(article)))];
  const named = outlets.length <= 3 ? outlets.join(', ') : `${outlets.slice(0, 3).join(', ')} and ${outlets.length - 3} more`;
  const articles = `${index.articles.length} ${index.articles.length === 1 ? 'article' : 'articles'}`;
  return `${events} dated ${events === 1 ? 'event' : 'events'} from ${articles}${outlets.length > 0 ? ` (${named})` : ''}, each tied to the passage it came from.`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page's HTML with its title, description and social preview naming the
 * corpus; with `siteUrl`, the preview image's address made absolute.
 */
export function withPageMeta(html: string, index: Pick<TimelineIndex, 'articles' | 'events' | 'merged'>, siteUrl?: string): string {
  const title = escapeAttribute(pageTitle(index));
  const description = escapeAttribute(corpusDescription(index));
  const content = (attribute: string, name: string, value: string) => (page: string) =>
    page.replace(new RegExp(`(<meta ${attribute}="${name}" content=")[^"]*(")`), `$1${value}$2`);
  const steps = [
    (page: string) => page.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`),
    content('name', 'description', description),
    content('property', 'og:title', title),
    content('property', 'og:description', description),
    ...(siteUrl ? [content('property', 'og:image', escapeAttribute(new URL('social-preview.png', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href))] : []),
  ];
  return steps.reduce((page, step) => step(page), html);
}
