// "a launch in 2027 or later", "forecasts for 2030 and beyond", "by March or
// earlier": an open end written after a date is part of its TIMEX3, with
// mod ON_OR_AFTER or ON_OR_BEFORE (TimeML's mods for a point and what
// follows or precedes it; TimeBank writes "1994 or later" and "1990 and
// beyond" so). The timeline keeps the date itself.
import type { Refiner } from '../scan';

/**
 * "or later", "and beyond", "or earlier", "or sooner" right after the date, closing the phrase: "or later than
 * planned" compares, and "and after the vote" names another point.
 */
const OPEN_END = /^(\s+(?:or|and)\s+(later|after|beyond|onward|onwards|earlier|before|sooner))(?=\s*(?:[.,;:!?)"'\u201d\u2019]|$)|\s+(?:when|if|because|as|but|and|or|to|in|at|for|from|with)\b)/i;
const BEFORE_WORDS = /^(?:earlier|before|sooner)$/i;
/** A dated value: a year, a month, a day, a decade, a season or a quarter, not a reference ("PRESENT_REF") or a length. */
const POINT_VALUE = /^\d{3,4}(?:$|-)/;

export const orLater: Refiner = {
  name: 'or-later',
  refine(result, scan) {
    const s = scan.s;
    if (!/\b(?:or|and)\s+(?:later|after|beyond|onwards?|earlier|before|sooner)\b/i.test(s)) return result;
    let changed = false;
    const timexes = result.timexes.map((t) => {
      if (t.type !== 'DATE' || t.mod || !POINT_VALUE.test(t.value)) return t;
      const m = OPEN_END.exec(s.slice(t.end, t.end + 40));
      if (!m) return t;
      changed = true;
      return { ...t, end: t.end + m[1]!.length, mod: BEFORE_WORDS.test(m[2]!) ? 'ON_OR_BEFORE' : 'ON_OR_AFTER' };
    });
    return changed ? { ...result, timexes } : result;
  },
};
