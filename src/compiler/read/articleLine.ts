// The words the compiler says about one article and one problem, the same in
// the command line's output, the dev server's log and the page's "Add
// articles" panel: an article's events, actors and date, and for a page or a
// feed's item where each of its fields was found.
import type { Article, Diagnostic } from '../../model/schema';
import { describeOrigin, type ArticleOrigin } from './seedFile';

/** What the line needs of a compilation (an ArticleCompilation, with the origin a page or feed gave it). */
export interface CompiledArticle {
  article: Article;
  events: readonly unknown[];
  actors: readonly unknown[];
  unresolved: readonly string[];
  origin?: ArticleOrigin | null;
}

export function articleLine(c: CompiledArticle): string {
  const a = c.article;
  const published = a.publishedBasis === 'inferred'
    ? `${a.published} (inferred from ${a.publishedFrom})`
    : c.origin ? `${a.published} (from ${a.publishedFrom})` : a.published;
  const origin = c.origin ? `; ${describeOrigin(c.origin)}` : '';
  const unresolved = c.unresolved.length > 0 ? `; unresolved: ${c.unresolved.map((u) => JSON.stringify(u)).join(', ')}` : '';
  return `${a.file}: ${c.events.length} events, ${c.actors.length} actors, published ${published}${origin}${unresolved}`;
}

export function diagnosticLine(d: Diagnostic): string {
  return `${d.level}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}
