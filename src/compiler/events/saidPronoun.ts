// "Brenmark Corp. said it extended its offer": an "it" right after a named body's saying is that body. When the
// article-wide reading of pronouns finds no name for such an "it", the sentence itself gives it. Pure string work.
import { CALENDAR_WORDS, FUNCTION_WORDS } from '../text/lexicon';
import { COMPANY_SUFFIXES, ORG_HEADS } from '../actors/organisationWords';
import { TITLES } from './referents';

// A run of capitalised words (with the small words of names: "amp", "&", "of"), a verb of saying, perhaps "that".
const SAYER_BEFORE = /((?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+(?:(?:amp|&|of|de)\s+)?){0,5}\p{Lu}[\p{L}\p{N}.&'’-]*)\s+(?:said|says|announced|added|reported|confirmed|stated)\s+(?:that\s+)?$/u;

/**
 * The body a pronoun "it" at `at` stands for when the words right before it are "<Body> said (that)", the body's
 * name closed by a company form or an organisation's head ("Corp.", "Co.", "Bank", "Ministry"); null otherwise: a
 * person's saying ("Ana Brel said it …" is something else), a plain noun ("the firm said it"), any other pronoun.
 */
export function saidPronoun(sentence: string, at: number, pronoun: string, people?: ReadonlyArray<string>): string | null {
  if (!/^(?:it|its)$/i.test(pronoun)) return null;
  const m = SAYER_BEFORE.exec(sentence.slice(0, at));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // An opening date or link word before the name is no part of it ("On Monday Brenmark Corp.").
  // ("on", "in", "at" and "by" are function words.)
  while (words.length > 1 && (CALENDAR_WORDS.has(words[0]!.toLowerCase()) || FUNCTION_WORDS.has(words[0]!.toLowerCase()))) words.shift();
  const last = words[words.length - 1]!.toLowerCase().replace(/\.$/, '');
  if (COMPANY_SUFFIXES.has(last) || ORG_HEADS.has(last)) return words.join(' ');
  // ("Orlo Steel said its profit fell": a name of two words or more that the sentence's people are not, with no title
  // in it, is a body too, when those people are known.)
  const name = words.join(' ');
  const person = (people ?? []).some((p) => p === name || p.endsWith(` ${words[words.length - 1]}`) || name.endsWith(p));
  if (people && words.length >= 2 && !person && !words.some((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return name;
  return null;
}
