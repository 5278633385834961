// The one tokenizer and the one capitalisation test of the compiler: every
// stage that asks "is this a word?" or "does it start with a capital?" asks
// here, so a name reads the same to the actor finder, the gazetteer and the
// rules that discover countries.

export interface Token { text: string; key: string; start: number; end: number }

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

/** Token key: lower case, no diacritics, no dots ("U.S." and "US" share a key). */
export const tokenKey = (s: string): string =>
  PLAIN_WORD.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '');

/** Words of a form or a text: letters/digits runs, dotted acronyms kept whole (what `tokenize` reads). */
export const TOKEN_RE = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;

/** Whether a word starts with a capital letter (any script that has case). */
export function isCap(s: string): boolean {
  // Plain ASCII letters answer without the Unicode pattern.
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^\p{Lu}/u.test(s);
}

/** Whether a word is written in capitals only ("NATO", "U.S.", "MAX"): at least one capital, no small letter. */
export const isAllCaps = (s: string): boolean => /^[\p{Lu}\d.-]+$/u.test(s) && /\p{Lu}/u.test(s);

/** A capitalised word that is not all capitals: "Varnia", not "UN" or "A". */
export const isTitleWord = (s: string): boolean => isCap(s) && !isAllCaps(s);

/**
 * The words of text[from, to), as TOKEN_RE reads them in that slice: dotted
 * acronyms of capitals ("U.S.") whole, else runs of letters, marks and
 * digits. Read by character codes, since a pattern's match objects for every
 * word of every sentence cost more than the words.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number): void => {
    const word = text.slice(start, end);
    out.push({ text: word, key: tokenKey(word), start, end });
  };
  let p = from;
  while (p < to) {
    const c = codePointIn(text, p, to);
    const width = c > 0xffff ? 2 : 1;
    if (isUpperCode(c)) {
      // "U.S.", "U.N": a capital, then one or more dot-capital pairs, then maybe a dot.
      let q = p + width;
      let pairs = 0;
      while (q + 1 < to && text.charCodeAt(q) === 46) {
        const next = codePointIn(text, q + 1, to);
        if (!isUpperCode(next)) break;
        q += 1 + (next > 0xffff ? 2 : 1);
        pairs++;
      }
      if (pairs > 0) {
        if (q < to && text.charCodeAt(q) === 46) q++;
        push(p, q);
        p = q;
        continue;
      }
    }
    if (isWordCode(c)) {
      let q = p + width;
      for (let next = codePointIn(text, q, to); q < to && isWordCode(next); next = codePointIn(text, q, to)) q += next > 0xffff ? 2 : 1;
      push(p, q);
      p = q;
      continue;
    }
    p += width;
  }
  return out;
}

/** The code point at i, a surrogate pair read whole only when both halves lie before `to`. */
function codePointIn(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
/** Answers for characters beyond ASCII, kept as they come up. */
const wordCodes = new Map<number, boolean>();
const upperCodes = new Map<number, boolean>();

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = wordCodes.get(c);
  if (known === undefined) wordCodes.set(c, (known = WORD_CHAR.test(String.fromCodePoint(c))));
  return known;
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let known = upperCodes.get(c);
  if (known === undefined) upperCodes.set(c, (known = UPPER_CHAR.test(String.fromCodePoint(c))));
  return known;
}
