// A folder's worth of compiled articles assembled into one data set: actors
// merged across articles, everything in a fixed order so the same seeds give
// byte-identical output whatever order the files were read in.
import { SCHEMA_VERSION, type Dataset, type Diagnostic, type TimelineEvent } from '../model/schema';
import { mergeActors, type ActorOverrides } from './actors';
import { compileArticle, type ArticleCompilation, type ArticleInput } from './compileArticle';

export function compileCorpus(inputs: ArticleInput[], overrides?: ActorOverrides): { dataset: Dataset; compilations: ArticleCompilation[] } {
  const compilations = inputs.map((input) => compileArticle({ ...input, overrides }));
  return { dataset: assembleDataset(compilations, [], overrides), compilations };
}

export function assembleDataset(
  compilations: ArticleCompilation[],
  extraDiagnostics: Diagnostic[],
  overrides?: ActorOverrides,
): Dataset {
  const sorted = [...compilations].sort((a, b) => compare(a.article.id, b.article.id));
  const actors = mergeActors(sorted.map((c) => c.actors), overrides);
  const known = new Set(actors.map((a) => a.id));
  const merged = new Map<string, string>(Object.entries(overrides?.merge ?? {}));
  const resolve = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (merged.has(current) && !seen.has(current)) {
      seen.add(current);
      current = merged.get(current)!;
    }
    return current;
  };
  const events: TimelineEvent[] = sorted
    .flatMap((c) => c.events)
    .map((e) => ({ ...e, actors: [...new Set(e.actors.map(resolve))].filter((id) => known.has(id)) }))
    .sort(compareEvents);
  const diagnostics = [...extraDiagnostics, ...sorted.flatMap((c) => c.diagnostics)].sort(
    (a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: sorted.map((c) => c.article),
    actors,
    events,
    diagnostics,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const sa = a.sources[0]!;
  const sb = b.sources[0]!;
  return (
    compare(a.date.start, b.date.start) ||
    compare(a.date.end, b.date.end) ||
    compare(sa.articleId, sb.articleId) ||
    sa.start - sb.start ||
    (sa.dateStart ?? 0) - (sb.dateStart ?? 0) ||
    compare(a.id, b.id)
  );
}
