// A folder's worth of compiled articles assembled into one data set: actors
// merged across articles, everything in a fixed order so the same seeds give
// byte-identical output whatever order the files were read in.
import { SCHEMA_VERSION, type Actor, type Dataset, type Diagnostic, type MergedEvent, type TimelineEvent } from '../../model/schema';
import { mergeActors, type ActorOverrides } from '../actors/extractActors';
import { sameAcrossArticles } from '../actors/mergeActors';
import { compileArticle, type ArticleCompilation, type ArticleInput } from '../events/compileArticle';
import { createMergeCache, mergeAcrossArticles, type MergeCache, type PreparedEvent } from './merge';
import { articleActors, createArticleActorsCache, passageActors, type ArticleActorsCache } from './passageActors';
import { withRetoldPassages } from './mergePassages';
import type { LoadedMergeOverrides } from './mergeOverrides';

export function compileCorpus(inputs: ArticleInput[], overrides?: ActorOverrides): { dataset: Dataset; compilations: ArticleCompilation[] } {
  const compilations = inputs.map((input) => compileArticle({ ...input, overrides }));
  return { dataset: assembleDataset(compilations, [], overrides), compilations };
}

/**
 * What the corpus pass keeps between compiles of the same folder (the dev
 * server's): the actors merged from the last set of articles' actor lists, each
 * article event as given to merging (by the compiled event object), and
 * merging's own cache. A recompile after one edit redoes only what that
 * article's new compilation touches; the output is the same as a fresh pass.
 */
export interface CorpusCache {
  actors?: { lists: Actor[][]; key: string; actors: Actor[]; effective: ActorOverrides | undefined; json: string };
  /** Counts the times the actors changed: an event resolved under the same count needs no resolving. */
  generation: number;
  /** Counts the passes. */
  pass: number;
  /** Each compiled event's resolved form, by its article's list of compiled events, in the list's order. */
  resolved: WeakMap<TimelineEvent[], Resolved[]>;
  /** The last pass's events in their sorted order. */
  order: Resolved[];
  merge: MergeCache;
  /** The actors each article names anywhere, kept while the corpus's actors stay the same. */
  named: ArticleActorsCache;
  /** Each merged event with its members listed, by the merged event (which merging keeps while its group is the same). */
  told: WeakMap<TimelineEvent, MergedEvent>;
}

interface Resolved {
  event: TimelineEvent;
  /** The event's place in the fixed order as one string (sorting by it sorts as compareEvents does), or null if it cannot be put so. */
  key: string | null;
  /** The generation of the actors it was resolved against. */
  generation: number;
  /** The last pass it was part of. */
  pass: number;
  /** What merging prepared from it. */
  prepared?: PreparedEvent;
}

export function createCorpusCache(): CorpusCache {
  return { generation: 0, pass: 0, resolved: new WeakMap(), order: [], merge: createMergeCache(), named: createArticleActorsCache(), told: new WeakMap() };
}

export function assembleDataset(
  compilations: ArticleCompilation[],
  extraDiagnostics: Diagnostic[],
  overrides?: ActorOverrides,
  merges?: LoadedMergeOverrides,
  cache?: CorpusCache,
): Dataset {
  const sorted = [...compilations].sort((a, b) => compare(a.article.id, b.article.id));
  const { actors, effective } = corpusActors(sorted.map((c) => c.actors), overrides, cache);
  const known = new Set(actors.map((a) => a.id));
  const merged = new Map<string, string>(Object.entries(effective?.merge ?? {}));
  const resolve = (id: string): string => {
    if (!merged.has(id)) return id;
    const seen = new Set<string>();
    let current = id;
    while (merged.has(current) && !seen.has(current)) {
      seen.add(current);
      current = merged.get(current)!;
    }
    return current;
  };
  const resolveActors = (e: TimelineEvent) => [...new Set(e.actors.map(resolve))].filter((id) => known.has(id));
  const order = cache ? sortCached(sorted, resolveActors, cache) : undefined;
  const single = order
    ? order.map((entry) => entry.event)
    : sorted.flatMap((c) => c.events).map((e) => ({ ...e, actors: resolveActors(e) })).sort(compareEvents);
  // The same happening told by several articles becomes one event with a source per article, listed
  // beside the articles' own events, which stay as each article gave them.
  const slots = order?.map((entry) => entry.prepared);
  const countries = new Set(actors.filter((a) => a.kind === 'country').map((a) => a.id));
  const named = passageActors(new Map(sorted.map((c) => [c.article.id, c.actors])), resolve);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  // The actors each article names anywhere: two articles that share none tell no happening in common.
  const namedIn = articleActors(sorted.map((c) => c.article), actors, cache?.named);
  const articleNames = (id: string) => namedIn.get(id) ?? new Set<string>();
  const { events: mergedEvents, unknownIds } = mergeAcrossArticles(single, merges?.overrides, undefined, cache?.merge, slots, { countries, named, name, names: (id) => writtenAs(byId.get(id)) ?? [id], articleActors: articleNames, version: actors });
  if (order) order.forEach((entry, i) => (entry.prepared = slots![i]));
  const events = single;
  const told: MergedEvent[] = withRetoldPassages(
    mergedEvents
      .filter((e) => e.merge !== undefined)
      .map((e) => withMembers(e, cache?.told))
      .filter((e) => e.members.length >= 2)
      .sort(compareEvents),
    sorted,
  );
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
 * A merged event with the ids of its members. The same object for the same merged event, so the output's pieces of a
 * merged event that merging kept (and no retold passage changed) are not made again.
 */
function withMembers(e: TimelineEvent, kept: WeakMap<TimelineEvent, MergedEvent> | undefined): MergedEvent {
  const last = kept?.get(e);
  if (last) return last;
  const told = { ...e, members: [...new Set(e.sources.map((s) => s.eventId).filter((id): id is string => id !== undefined))] };
  kept?.set(e, told);
  return told;
}

/** The actors of the corpus and the merges in force, reused when no article's actor list changed. */
function corpusActors(lists: Actor[][], overrides: ActorOverrides | undefined, cache: CorpusCache | undefined): { actors: Actor[]; effective: ActorOverrides | undefined } {
  const key = JSON.stringify(overrides ?? null);
  const last = cache?.actors;
  if (last && last.key === key && sameLists(last.lists, lists)) {
    last.lists = lists;
    return last;
  }
  const all = lists.flat();
  const effective = withSameEntities(all, overrides?.aliases ? withAliasMerges(all, overrides) : overrides);
  const actors = mergeActors(lists, effective);
  if (!cache) return { actors, effective };
  // An edit that names only actors the corpus already has (most do) leaves the merged actors as they were: the last
  // pass's objects are kept, so nothing resolved, looked for or serialised against them needs doing again.
  const json = JSON.stringify([actors, effective ?? null]);
  if (last && last.key === key && last.json === json) {
    last.lists = lists;
    return last;
  }
  cache.actors = { lists, key, actors, effective, json };
  cache.generation++;
  return { actors, effective };
}

/** Lists of the same actors in the same order: the same arrays, or (an edited article's) equal ones. */
function sameLists(a: Actor[][], b: Actor[][]): boolean {
  return a.length === b.length && a.every((list, i) => list === b[i] || JSON.stringify(list) === JSON.stringify(b[i]));
}

/**
 * The events with their actors resolved, in their fixed order, reusing the
 * last pass: an event resolved against the same actors is the same object as
 * last time (and one whose actors came out the same stays so), and the events
 * still here from the last pass keep their order while only the others are
 * sorted in (one run, quickly merged), by a key string per event. The order
 * is a full sort's, as no two events are equal in it; that is checked, and if
 * two are (or an event has no key), everything is sorted afresh from the
 * articles' order, as without a cache.
 */
function sortCached(compilations: ArticleCompilation[], resolveActors: (e: TimelineEvent) => string[], cache: CorpusCache): Resolved[] {
  const pass = ++cache.pass;
  const all: Resolved[] = [];
  const fresh: Resolved[] = [];
  let keyed = true;
  for (const { events } of compilations) {
    let entries = cache.resolved.get(events);
    if (!entries) {
      entries = [];
      cache.resolved.set(events, entries);
    }
    events.forEach((event, i) => {
      let entry = entries[i];
      if (entry?.generation !== cache.generation) {
        const actors = resolveActors(event);
        const last = entry?.event;
        if (last && last.actors.length === actors.length && last.actors.every((id, k) => id === actors[k])) entry!.generation = cache.generation;
        else {
          entry = { event: { ...event, actors }, key: sortKey(event), generation: cache.generation, pass };
          entries[i] = entry;
          fresh.push(entry);
        }
      }
      entry!.pass = pass;
      all.push(entry!);
      if (entry!.key === null) keyed = false;
    });
  }
  const byKey = (x: Resolved, y: Resolved) => (x.key! < y.key! ? -1 : x.key! > y.key! ? 1 : 0);
  // A fresh entry is a new object, never in the last order.
  const order = keyed ? [...cache.order.filter((entry) => entry.pass === pass), ...fresh].sort(byKey) : [];
  const tied = !keyed || order.some((entry, i) => i > 0 && entry.key === order[i - 1]!.key);
  cache.order = tied ? all.sort((x, y) => compareEvents(x.event, y.event)) : order;
  return cache.order;
}

/** The merges of one entity written differently by several articles (sameAcrossArticles), under the user's own, which win. */
function withSameEntities(actors: Actor[], overrides?: ActorOverrides): ActorOverrides | undefined {
  const auto = sameAcrossArticles(actors);
  if (Object.keys(auto).length === 0) return overrides;
  return { ...overrides, merge: { ...auto, ...(overrides?.merge ?? {}) } };
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

/** How an actor is written in passages: its name, its aliases, and a person's surname ("Ada Lind", "Lind"). */
function writtenAs(actor: Actor | undefined): string[] | undefined {
  if (!actor) return undefined;
  const surname = actor.kind === 'person' ? actor.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).slice(1).pop() : undefined;
  return [...new Set([actor.name, ...actor.aliases, ...(surname ? [surname] : [])])];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * compareEvents as one string: fields in its order, the days fixed-width,
 * the numbers padded, the article id ended by a character below any other.
 */
function sortKey(e: TimelineEvent): string | null {
  const s = e.sources[0]!;
  const countable = (n: number) => Number.isSafeInteger(n) && n >= 0 && n < 1e12;
  if (e.date.start.length !== 10 || e.date.end.length !== 10 || s.articleId.includes('\u0000') || !countable(s.start) || !countable(s.dateStart ?? 0)) return null;
  const pad = (n: number) => String(n).padStart(12, '0');
  return `${e.date.start}${e.date.end}${s.articleId}\u0000${pad(s.start)}${pad(s.dateStart ?? 0)}${e.id}`;
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
