// A folder's worth of compiled articles assembled into one data set: actors
// merged across articles, everything in a fixed order so the same seeds give
// byte-identical output whatever order the files were read in.
import { SCHEMA_VERSION, type Actor, type Dataset, type Diagnostic, type MergedEvent, type TimelineEvent } from '../model/schema';
import { mergeActors, type ActorOverrides } from './actors';
import { compileArticle, type ArticleCompilation, type ArticleInput } from './compileArticle';
import { mergeAcrossArticles } from './merge';
import type { LoadedMergeOverrides } from './mergeOverrides';

export function compileCorpus(inputs: ArticleInput[], overrides?: ActorOverrides): { dataset: Dataset; compilations: ArticleCompilation[] } {
  const compilations = inputs.map((input) => compileArticle({ ...input, overrides }));
  return { dataset: assembleDataset(compilations, [], overrides), compilations };
}

export function assembleDataset(
  compilations: ArticleCompilation[],
  extraDiagnostics: Diagnostic[],
  overrides?: ActorOverrides,
  merges?: LoadedMergeOverrides,
): Dataset {
  const sorted = [...compilations].sort((a, b) => compare(a.article.id, b.article.id));
  const effective = withAliasMerges(sorted.flatMap((c) => c.actors), overrides);
  const actors = mergeActors(sorted.map((c) => c.actors), effective);
  const known = new Set(actors.map((a) => a.id));
  const merged = new Map<string, string>(Object.entries(effective?.merge ?? {}));
  const resolve = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (merged.has(current) && !seen.has(current)) {
      seen.add(current);
      current = merged.get(current)!;
    }
    return current;
  };
  const single: TimelineEvent[] = sorted
    .flatMap((c) => c.events)
    .map((e) => ({ ...e, actors: [...new Set(e.actors.map(resolve))].filter((id) => known.has(id)) }))
    .sort(compareEvents);
  // The same happening told by several articles becomes one event with a source per article, listed
  // beside the articles' own events, which stay as each article gave them.
  const { events: mergedEvents, unknownIds } = mergeAcrossArticles(single, merges?.overrides);
  const events = single;
  const told: MergedEvent[] = mergedEvents
    .filter((e) => e.merge !== undefined)
    .map((e) => ({ ...e, members: [...new Set(e.sources.map((s) => s.eventId).filter((id): id is string => id !== undefined))] }))
    .filter((e) => e.members.length >= 2)
    .sort(compareEvents);
  const mergeDiagnostics: Diagnostic[] = unknownIds.map((id) => ({
    level: 'warning',
    file: merges!.file,
    line: merges!.lines[id] ?? null,
    message: `no event has the id "${id}"; this override is ignored`,
  }));
  const diagnostics = [...extraDiagnostics, ...mergeDiagnostics, ...sorted.flatMap((c) => c.diagnostics)].sort(
    (a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: sorted.map((c) => c.article),
    actors,
    events,
    ...(told.length > 0 ? { merged: told } : {}),
    diagnostics,
  };
}

/**
 * A user's alias is a promise that the name means that actor: an actor the
 * extractor made under that name on its own is merged into it.
 */
function withAliasMerges(actors: Actor[], overrides?: ActorOverrides): ActorOverrides | undefined {
  if (!overrides?.aliases) return overrides;
  const merge: Record<string, string> = { ...(overrides.merge ?? {}) };
  const idOfKey = (key: string) => actors.find((a) => a.id === key || a.name === key)?.id ?? key;
  for (const [key, names] of Object.entries(overrides.aliases)) {
    const target = idOfKey(key);
    const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
    for (const a of actors) {
      if (a.id !== target && !(a.id in merge) && wanted.has(a.name.trim().toLowerCase())) merge[a.id] = target;
    }
  }
  return { ...overrides, merge };
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
