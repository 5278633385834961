// "half an hour", "more than half a century", "a half-hour drive", "a half
// century", "a quarter century", "three quarters of an hour": a fraction of
// one unit is a length (TimeML's DURATION), its value written in the next
// smaller unit (PT30M, P50Y, PT12H, P6M, P25Y, PT45M), the signal ("for",
// "in") outside and a modifier ("nearly", "more than") inside with its mod,
// as "two and a half years" (duration.ts). It dates no event.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { durationValue, timex } from '../timex';
import { DURATION_LEAD } from './duration';

// Example: "The Orlen ferry crossing took half an hour".
// Example: "The Kessig dam has stood for more than half a century".
const HALF_UNIT_RE = sticky(
  `${DURATION_LEAD}(?:half\\s+an?\\s+(hour|minute|day|week|month|year|decade|century)|a\\s+half[\\s-](hour|minute|day|decade|century))(?![\\w'\\u2019-])`, 'i');
// "a quarter century", "a quarter of a century", "three-quarters of an hour": a quarter of an hour, a year or a century.
// Example: "The Orlen feud has lasted a quarter of a century".
const QUARTER_UNIT_RE = sticky(
  `${DURATION_LEAD}(?:(a|one|three)[\\s-]quarters?\\s+of\\s+an?\\s+(hour|year|century)|a\\s+quarter[\\s-](hour|century))(?![\\w'\\u2019-])`, 'i');
/** A quarter of each unit in the next smaller one it is written in. */
const QUARTER_OF: Readonly<Record<string, readonly [number, string]>> = { hour: [15, 'minute'], year: [3, 'month'], century: [25, 'year'] };

/** "a half-hour drive", "the half-century rivalry": the half as an adjective, alone in its TIMEX3 as "a two-year term" is. */
const HALF_ADJECTIVE_RE = sticky('half-(hour|minute|day|decade|century)(?=\\s+[a-z])', 'i');
/** A word after the hyphened half that makes it an adjective: a lower-case word that is no preposition or conjunction. */
const NOUN_AFTER = /^\s+(?!(?:of|in|on|at|to|for|and|or|but|before|after|later|earlier|ago|afterwards?|with|from|by|that|since|when|while|as|than|into|each|every|per|long)\b)[a-z]/;
/** What a half of a unit measures, not a length: "half a day's pay", "half an hour's drive" (the owner ends the phrase). */
const OWNER_AFTER = /^['\u2019]s?\b/;

/**
 * Where the TIMEX3 of the fraction `text` from `at` to `end` starts: before its noun the hyphened fraction is an
 * adjective, marked without the article ("a half-hour drive", "a quarter-century low"), as TimeBank marks "five year"
 * in "a five year low".
 */
function adjectiveStart(s: string, at: number, end: number, text: string): number {
  const hyphened = /(?:half|quarter)-[a-z]+$/i.exec(text);
  return hyphened && NOUN_AFTER.test(s.slice(end, end + 16)) ? end - hyphened[0].length : at;
}

export const fractionUnit: Parser = {
  name: 'fraction-unit',
  example: 'The Orlen ferry crossing took half an hour',
  firstWords: ['half', 'a', 'one', 'three', 'for', 'over', 'within', 'in', 'during', 'after', 'throughout', 'nearly', 'almost', 'about', 'some',
    'around', 'roughly', 'at', 'more', 'less', 'up', 'the'],
  parse(scan, at) {
    const { s } = scan;
    const q = exec(QUARTER_UNIT_RE, s, at);
    if (q) {
      const qEnd = at + q[0].length;
      if (OWNER_AFTER.test(s.slice(qEnd, qEnd + 3))) return null;
      const [per, smaller] = QUARTER_OF[(q[2] ?? q[3]!).toLowerCase()]!;
      return timexesOnly(qEnd, [timex(s, adjectiveStart(s, at, qEnd, q[0]), qEnd, 'DURATION', durationValue(per * (q[1]?.toLowerCase() === 'three' ? 3 : 1), smaller))]);
    }
    const m = exec(HALF_UNIT_RE, s, at) ?? exec(HALF_ADJECTIVE_RE, s, at);
    if (!m) return null;
    const end = at + m[0].length;
    if (OWNER_AFTER.test(s.slice(end, end + 3))) return null;
    return timexesOnly(end, [timex(s, adjectiveStart(s, at, end, m[0]), end, 'DURATION', durationValue(0.5, m[1] ?? m[2]!))]);
  },
};
