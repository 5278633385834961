// "said on ABC's "This Week"", "told CBS's "60 Minutes"", "the film "High
// Noon"": a time word written with a capital in the middle of a sentence is
// part of a name (a programme, a film, a book), not a time. Days, months and
// holidays are capitalised anyway and are left to their own parsers; a
// headline written all in capitals of words is left alone too.
import type { Refiner } from '../scan';

/** Time words that English writes in lower case unless they are part of a name. */
const COMMON_TIME_WORD = /\b(?:Week|Weeks|Weekend|Minute|Minutes|Hour|Hours|Noon|Midnight|Month|Months|Tonight|Morning|Evening|Century)\b/;
/** A headline capitalises every word: it has no lower-case word of four letters or more, as prose always does. */
function isHeadline(sentence: string): boolean {
  return !/(?:^|[^A-Za-z])[a-z]{4,}/.test(sentence);
}

/** Whether the capitalised time word in s[start, end) stands where a sentence starts (so its capital proves nothing). */
function startsSentence(s: string, at: number): boolean {
  return /(?:^|[.!?:]\s+|["\u201c]|``)\W*$/.test(s.slice(Math.max(0, at - 6), at)) || at === 0;
}

export const titleWords: Refiner = {
  name: 'title-words',
  refine(result, scan) {
    const s = scan.s;
    const inName = (start: number, end: number): boolean => {
      const m = COMMON_TIME_WORD.exec(s.slice(start, end));
      if (!m) return false;
      const at = start + m.index;
      // At a sentence's start the capital is the sentence's, not a name's.
      if (startsSentence(s, at)) return false;
      return !isHeadline(s);
    };
    if (!result.timexes.some((t) => inName(t.start, t.end)) && !result.expressions.some((e) => inName(e.start, e.end))) return result;
    return {
      ...result,
      timexes: result.timexes.filter((t) => !inName(t.start, t.end)),
      expressions: result.expressions.filter((e) => !inName(e.start, e.end)),
    };
  },
};
