// The actors a passage names, whoever took part: merging compares what two
// reports name, not only the participants of the date's own clause. "The
// ceasefire signed in May 1994" names no country in its clause; the sentence
// around it names Armenia and Azerbaijan, as the other report's does. Names
// are looked for among the actors of the passage's own article, by their name
// and aliases as written, so the cost is the article's actors, not the
// corpus's. Pure: actor lists in, a lookup out.
import type { Actor, TimelineEvent } from '../../model/schema';
import { demonymName, gazActor } from '../actors/context';
import { isCap, tokenize, tokenKey } from '../text/tokens';
import { wholeWordAt } from '../text/wholeWordAt';

/** A name of one character would be found everywhere. */
const MIN_NAME = 2;

/** A country's demonym and its plural as the gazetteer writes them ("Armenian", "Armenians"); none for a country it lacks. */
function demonymsOf(id: string): string[] {
  if (!gazActor(id)) return [];
  const d = demonymName(id);
  if (d === gazActor(id)!.name) return [];
  return /[aeiou]n$|i$/.test(d) ? [d, `${d}s`] : [d];
}

interface Finder {
  id: string;
  names: string[];
}

/**
 * A lookup of the actors each event's passages name: `actorsOf` maps an
 * article id to its actors (ids as the corpus files them, via `resolve`).
 */
export function passageActors(actorsOf: ReadonlyMap<string, readonly Actor[]>, resolve: (id: string) => string = (id) => id): (event: TimelineEvent) => string[] {
  const finders = new Map<string, Finder[]>();
  const findersOf = (articleId: string): Finder[] => {
    let list = finders.get(articleId);
    if (list) return list;
    list = [];
    for (const actor of actorsOf.get(articleId) ?? []) {
      // A country is also named by its demonym: "Armenian forces shelled …" names Armenia as "Armenia shelled …" does.
      const demonyms = actor.kind === 'country' ? demonymsOf(actor.id) : [];
      const names = [...new Set([actor.name, ...actor.aliases, ...demonyms])].filter((n) => n.trim().length >= MIN_NAME);
      if (names.length === 0) continue;
      list.push({ id: resolve(actor.id), names });
    }
    finders.set(articleId, list);
    return list;
  };
  return (event) => {
    const found = new Set<string>();
    for (const source of event.sources) {
      for (const finder of findersOf(source.articleId)) {
        if (!found.has(finder.id) && finder.names.some((name) => wholeWordAt(source.quote, name) >= 0)) found.add(finder.id);
      }
    }
    return [...found];
  };
}

/** Words that start with a capital, as TOKEN_RE reads them ("U.S." whole): where a name written with one may start. */
const CAPITALISED = /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}\p{N}]*/gu;

/** What articleActors keeps between passes over the same actors (the dev server's): each article's finds, by article. */
export interface ArticleActorsCache {
  actors?: readonly Actor[];
  found: WeakMap<object, Set<string>>;
}

export function createArticleActorsCache(): ArticleActorsCache {
  return { found: new WeakMap() };
}

/**
 * The actors each article names anywhere in its text, by any name or alias the corpus writes them with (a country
 * also by its demonym), whoever the article's own reading kept: a brief that says "Kestrin closed the road" names
 * Kestrin. A name that starts with a capital is looked for only where a word with its first word's key stands (the
 * article's capitalised words, each read once); the few others are looked for in the whole text. With a cache, an
 * article (the same object) looked through for the same list of actors (the same array) last time is not read again.
 */
export function articleActors(articles: ReadonlyArray<{ id: string; text: string }>, actors: readonly Actor[], cache?: ArticleActorsCache): Map<string, Set<string>> {
  if (cache && cache.actors !== actors) {
    cache.actors = actors;
    cache.found = new WeakMap();
  }
  let finders: ReturnType<typeof namesByFirstWord> | undefined;
  const out = new Map<string, Set<string>>();
  for (const article of articles) {
    let found = cache?.found.get(article);
    if (!found) {
      found = namedIn(article.text, (finders ??= namesByFirstWord(actors)));
      cache?.found.set(article, found);
    }
    out.set(article.id, found);
  }
  return out;
}

type Named = { id: string; name: string };

/** Every name and alias of the actors (a country's demonyms too), by the key of its first word when that is capitalised. */
function namesByFirstWord(actors: readonly Actor[]): { byFirst: Map<string, Named[]>; lowerFirst: Named[] } {
  const byFirst = new Map<string, Named[]>();
  const lowerFirst: Named[] = [];
  for (const actor of actors) {
    const demonyms = actor.kind === 'country' ? demonymsOf(actor.id) : [];
    for (const name of new Set([actor.name, ...actor.aliases, ...demonyms])) {
      const first = name.trim().length >= MIN_NAME ? tokenize(name, 0, name.length)[0] : undefined;
      if (!first) continue;
      if (!isCap(first.text)) {
        lowerFirst.push({ id: actor.id, name });
        continue;
      }
      const list = byFirst.get(first.key);
      if (list) list.push({ id: actor.id, name });
      else byFirst.set(first.key, [{ id: actor.id, name }]);
    }
  }
  return { byFirst, lowerFirst };
}

/** The ids of the actors one text names. */
function namedIn(text: string, { byFirst, lowerFirst }: { byFirst: Map<string, Named[]>; lowerFirst: Named[] }): Set<string> {
  const found = new Set<string>();
  const read = new Set<string>();
  for (const [word] of text.matchAll(CAPITALISED)) {
    if (read.has(word)) continue;
    read.add(word);
    for (const c of byFirst.get(tokenKey(word)) ?? []) if (!found.has(c.id) && wholeWordAt(text, c.name) >= 0) found.add(c.id);
  }
  for (const c of lowerFirst) if (!found.has(c.id) && wholeWordAt(text, c.name) >= 0) found.add(c.id);
  return found;
}
