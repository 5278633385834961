// The actors a passage names, whoever took part: merging compares what two
// reports name, not only the participants of the date's own clause. "The
// ceasefire signed in May 1994" names no country in its clause; the sentence
// around it names Armenia and Azerbaijan, as the other report's does. Names
// are looked for among the actors of the passage's own article, by their name
// and aliases as written, so the cost is the article's actors, not the
// corpus's. Pure: actor lists in, a lookup out.
import type { Actor, TimelineEvent } from '../../model/schema';
import { demonymName, gazActor } from '../actors/context';

/** A name of one character would be found everywhere. */
const MIN_NAME = 2;

/** A country's demonym and its plural as the gazetteer writes them ("Armenian", "Armenians"); none for a country it lacks. */
function demonymsOf(id: string): string[] {
  if (!gazActor(id)) return [];
  const d = demonymName(id);
  if (d === gazActor(id)!.name) return [];
  return /[aeiou]n$|i$/.test(d) ? [d, `${d}s`] : [d];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const lettersOrDigits = new Map<number, boolean>();

/** Whether a code point (none past either end) is a letter or a digit. */
function letterOrDigit(c: number | undefined): boolean {
  if (c === undefined) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = lettersOrDigits.get(c);
  if (known === undefined) lettersOrDigits.set(c, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(c))));
  return known;
}

/** The code point that ends before offset i, a surrogate pair read whole. */
function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(i - 2);
  }
  return c;
}

/**
 * Whether the passage writes the name as a whole word: "Armenia" is not found in "Armenian", nor "US" in "us".
 * Looked for as plain text and its ends checked, not with a pattern per actor: each distinct pattern with
 * Unicode classes costs about half a millisecond to compile, hundreds of them in a corpus.
 */
function writes(passage: string, name: string): boolean {
  for (let at = passage.indexOf(name); at >= 0; at = passage.indexOf(name, at + 1)) {
    if (!letterOrDigit(codePointBefore(passage, at)) && !letterOrDigit(passage.codePointAt(at + name.length))) return true;
  }
  return false;
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
        if (!found.has(finder.id) && finder.names.some((name) => writes(source.quote, name))) found.add(finder.id);
      }
    }
    return [...found];
  };
}
