// "the quarter ended Sept. 30", "the latest quarter, which ended March 31",
// "the quarter ending Dec. 31": a quarter told by the day it closes is the
// calendar quarter that day closes, in that day's year, whatever quarter the
// story reported before (a January paper on the fourth quarter that goes
// back to "the quarter ended Sept. 30" speaks of the third). The quarter's
// words are the TIMEX3; the day after "ended" is read by its own parser.
// Left alone: a day that closes no calendar quarter ("the quarter ended
// July 31", a company's own calendar), a quarter named by its ordinal ("the
// fourth quarter ended Sept. 30" is the company's numbering), and the
// quarter the story reports when it closes within the three months before
// publication (a story that called it "the fiscal first quarter" keeps that
// name for it).
import { addDays, parseIsoDay } from '../../../model/calendar';
import { parsePhrase, resolvePhrase } from '../parsePhrase';
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { quarterValue, timex } from '../timex';

const QUARTER_ENDED_RE = sticky(
  '(?:the|that|its)\\s+(?:(?:latest|last|most\\s+recent|recent|past|previous|fiscal)\\s+)?quarter' +
  '(?=,?\\s+(?:(?:that|which)\\s+)?(end(?:ed|ing|s))\\s+(?:on\\s+)?)', 'i');
const ENDED_WORDS_RE = sticky(',?\\s+(?:(?:that|which)\\s+)?end(?:ed|ing|s)\\s+(?:on\\s+)?', 'i');

/** The calendar quarter a day closes: one of its last seven days, or the first three of the next (a 52-week year). */
export function quarterClosedBy(day: string): string | null {
  const { month, day: d } = parseIsoDay(day);
  if (month % 3 === 0 && d >= 24) return quarterValue(day);
  if (month % 3 === 1 && d <= 3) return quarterValue(addDays(day, -7));
  return null;
}

export const quarterEnded: Parser = {
  name: 'quarter-ended',
  example: 'revenue rose 4% in the quarter ended Sept. 30',
  firstWords: ['the', 'that', 'its'],
  parse(scan, at) {
    const m = exec(QUARTER_ENDED_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const words = exec(ENDED_WORDS_RE, scan.s, end);
    const phrase = words ? parsePhrase(scan.s, end + words[0].length, scan.pubYear) : null;
    if (!phrase || (phrase.kind !== 'month-day' && phrase.kind !== 'iso')) return null;
    // "ended" is over by publication; "ending" takes the clause's tense.
    const tense = /ended/i.test(m[1]!) ? 'past' : tenseAt(scan.s, at, phrase.end);
    const day = resolvePhrase(phrase, scan.pub, tense)?.start;
    const closed = day ? quarterClosedBy(day) : null;
    if (!day || !closed) return null;
    // The quarter the story reports, under the name the story gave it.
    if (scan.reportedQuarter && day <= scan.pub && addDays(day, 92) >= scan.pub) return null;
    return timexesOnly(end, [timex(scan.s, at, end, 'DATE', closed)]);
  },
};
