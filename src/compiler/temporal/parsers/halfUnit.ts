// "half an hour", "more than half a century", "a half-hour drive", "a half
// century": half of one unit is a length (TimeML's DURATION), its value the
// half written in the next smaller unit (PT30M, P50Y, PT12H, P6M), the signal
// ("for", "in") outside and a modifier ("nearly", "more than") inside with its
// mod, as "two and a half years" (duration.ts). It dates no event.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { durationValue, timex } from '../timex';
import { DURATION_LEAD } from './duration';

// Example: "The Orlen ferry crossing took half an hour".
// Example: "The Kessig dam has stood for more than half a century".
const HALF_UNIT_RE = sticky(
  `${DURATION_LEAD}(?:half\\s+an?\\s+(hour|minute|day|week|month|year|decade|century)|a\\s+half[\\s-](hour|minute|day|decade|century))(?![\\w'\\u2019-])`, 'i');
/** "a half-hour drive", "the half-century rivalry": the half as an adjective, alone in its TIMEX3 as "a two-year term" is. */
const HALF_ADJECTIVE_RE = sticky('half-(hour|minute|day|decade|century)(?=\\s+[a-z])', 'i');
/** A word after the hyphened half that makes it an adjective: a lower-case word that is no preposition or conjunction. */
const NOUN_AFTER = /^\s+(?!(?:of|in|on|at|to|for|and|or|but|before|after|later|earlier|ago|afterwards?|with|from|by|that|since|when|while|as|than|into|each|every|per|long)\b)[a-z]/;
/** What a half of a unit measures, not a length: "half a day's pay", "half an hour's drive" (the owner ends the phrase). */
const OWNER_AFTER = /^['\u2019]s?\b/;

export const halfUnit: Parser = {
  name: 'half-unit',
  example: 'The Orlen ferry crossing took half an hour',
  firstWords: ['half', 'a', 'for', 'over', 'within', 'in', 'during', 'after', 'throughout', 'nearly', 'almost', 'about', 'some',
    'around', 'roughly', 'at', 'more', 'less', 'up', 'the'],
  parse(scan, at) {
    const { s } = scan;
    const m = exec(HALF_UNIT_RE, s, at) ?? exec(HALF_ADJECTIVE_RE, s, at);
    if (!m) return null;
    const end = at + m[0].length;
    if (OWNER_AFTER.test(s.slice(end, end + 3))) return null;
    // "a half-hour drive": before its noun the hyphened half is an adjective, marked without the article.
    const hyphened = /half-[a-z]+$/i.exec(m[0]);
    const from = hyphened && NOUN_AFTER.test(s.slice(end, end + 16)) ? end - hyphened[0].length : at;
    return timexesOnly(end, [timex(s, from, end, 'DURATION', durationValue(0.5, m[1] ?? m[2]!))]);
  },
};
