// The words the compiler prints: one line per article, one per problem, a
// summary. Shared by the CLI and the Vite plugin so both say the same thing.
import type { Article, Dataset, Diagnostic } from '../../model/schema';
import type { ArticleCompilation } from '../events/compileArticle';
import { articleLine, diagnosticLine } from '../read/articleLine';
import type { ArticleOrigin } from '../read/seedFile';

/** An article's line: its events and actors, its date and, for a page or a feed's item, where its fields were found. */
export function formatArticleLine(c: ArticleCompilation & { origin?: ArticleOrigin | null }): string {
  return `  ${articleLine(c)}`;
}

export const formatDiagnostic = diagnosticLine;

/**
 * What the shells print about a data set: its counts, its diagnostics and
 * each article's publication date (for the clock checks). A build with nothing
 * changed stores it beside the output and reads it instead of the data set,
 * which would take a tenth of a second to read back over a thousand articles.
 */
export interface DatasetSummary {
  articles: Array<Pick<Article, 'file' | 'published' | 'publishedBasis' | 'publishedFrom'>>;
  events: number;
  actors: number;
  diagnostics: Diagnostic[];
}

export function summaryOf(dataset: Dataset): DatasetSummary {
  return {
    articles: dataset.articles.map(({ file, published, publishedBasis, publishedFrom }) => ({ file, published, publishedBasis, publishedFrom })),
    events: dataset.events.length,
    actors: dataset.actors.length,
    diagnostics: dataset.diagnostics,
  };
}

export function summarise(summary: DatasetSummary, ms: number): string {
  const count = (level: Diagnostic['level']) => summary.diagnostics.filter((d) => d.level === level).length;
  const inferred = summary.articles.filter((a) => a.publishedBasis === 'inferred').length;
  return (
    `compiled ${summary.articles.length} article(s): ${summary.events} events, ${summary.actors} actors` +
    `${inferred ? `, ${inferred} with an inferred publication date` : ''}` +
    `; ${count('error')} error(s), ${count('warning')} warning(s) in ${Math.round(ms)} ms`
  );
}

/**
 * Articles dated after `today`: most likely a typo in "published:" (2032 for
 * 2023), or an inferred date taken from an event still to come. Compared with
 * the build machine's clock, so the shells print these and never store them:
 * the data must be the same whenever it is compiled.
 */
export function futurePublished(dataset: Pick<DatasetSummary, 'articles'>, today: string): Diagnostic[] {
  return dataset.articles
    .filter((a) => a.published > today)
    .map((a) => ({
      level: 'warning' as const,
      file: a.file,
      line: null,
      message: `published ${a.published} (${a.publishedBasis === 'stated' ? `stated in the ${a.publishedFrom}` : `inferred from ${a.publishedFrom}`}) is after today, ${today}; a typo? Relative dates are read against it`,
    }));
}

/** What the shells print and count for --strict: the data's diagnostics and the clock checks. */
export function shownDiagnostics(dataset: Pick<DatasetSummary, 'articles' | 'diagnostics'>, today: string = todayUtc()): Diagnostic[] {
  return [...dataset.diagnostics, ...futurePublished(dataset, today)];
}

/** Today's date in UTC, the day the clock-dependent checks compare with. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
