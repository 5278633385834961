// "the week of March 6": the Monday-to-Sunday week holding that day. TIMEX3
// value "2000-W10"; on the timeline a week, never a day.
import { parsePhrase, resolvePhrase } from '../parsePhrase';
import { weekDate } from '../resolve';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { timex, weekValue } from '../timex';

const WEEK_OF_RE = sticky('(?:the\\s+)?week\\s+of\\s+', 'i');

export const weekOf: Parser = {
  name: 'week-of',
  example: 'talks are set for the week of March 6',
  firstWords: ['the', 'week'],
  parse(scan, at) {
    const m = exec(WEEK_OF_RE, scan.s, at);
    if (!m) return null;
    const phrase = parsePhrase(scan.s, at + m[0].length, scan.pubYear);
    if (!phrase || (phrase.kind !== 'month-day' && phrase.kind !== 'iso')) return null;
    const tense = tenseAt(scan.s, at, phrase.end);
    const day = resolvePhrase(phrase, scan.pub, tense);
    if (!day) return null;
    const e = expression(scan, at, phrase.end, weekDate(day.start), 'week-of', tense);
    return { ...single(phrase.end, e), timexes: [timex(scan.s, at, phrase.end, 'DATE', weekValue(day.start))] };
  },
};
