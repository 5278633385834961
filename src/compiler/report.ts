// The words the compiler prints: one line per article, one per problem, a
// summary. Shared by the CLI and the Vite plugin so both say the same thing.
import type { Dataset, Diagnostic } from '../model/schema';
import type { ArticleCompilation } from './compileArticle';

export function formatArticleLine(c: ArticleCompilation): string {
  const a = c.article;
  const published = a.publishedBasis === 'inferred' ? `${a.published} (inferred from ${a.publishedFrom})` : a.published;
  const unresolved = c.unresolved.length > 0 ? `; unresolved: ${c.unresolved.map((u) => JSON.stringify(u)).join(', ')}` : '';
  return `  ${a.file}: ${c.events.length} events, ${c.actors.length} actors, published ${published}${unresolved}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.level}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}

export function summarise(dataset: Dataset, ms: number): string {
  const count = (level: Diagnostic['level']) => dataset.diagnostics.filter((d) => d.level === level).length;
  const inferred = dataset.articles.filter((a) => a.publishedBasis === 'inferred').length;
  return (
    `compiled ${dataset.articles.length} article(s): ${dataset.events.length} events, ${dataset.actors.length} actors` +
    `${inferred ? `, ${inferred} with an inferred publication date` : ''}` +
    `; ${count('error')} error(s), ${count('warning')} warning(s) in ${Math.round(ms)} ms`
  );
}
