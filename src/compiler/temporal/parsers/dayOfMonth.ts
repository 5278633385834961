// "on the 10th": a day of the month without its month, this month or a
// neighbour by the clause's tense. "the 10th anniversary" is no date. In
// "on the 3rd and 4th of May" the first member shares the second's month.
import { isoDay, isValidDay, parseIsoDay } from '../../../model/calendar';
import { dayDate, dayOfMonth as dayOfMonthDate } from '../resolve';
import { parsePhrase, resolvePhrase } from '../parsePhrase';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';

const ON_THE_DAY_RE = sticky('[Oo]n\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|when|at|in|as|after|before|with|to|for|from|by|of\\s+(?:this|last|the)\\s+month)\\b)');
// The second member of a pair of days, where its month is written: "and 4th of May", "and the 4th May".
const AND_DAY_RE = /^\s+(?:and|or|&)\s+(?:the\s+)?(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z])/;

export const dayOfMonth: Parser = {
  name: 'day-of-month',
  example: 'the earthquake struck on the 10th',
  firstWords: ['on'],
  parse(scan, at) {
    const m = exec(ON_THE_DAY_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const tense = tenseAt(scan.s, at, end);
    const n = Number(m[1]);
    const pair = AND_DAY_RE.exec(scan.s.slice(end, end + 24));
    const second = pair ? parsePhrase(scan.s, end + pair[0].length, scan.pubYear) : null;
    const secondDate = second?.kind === 'month-day' ? resolvePhrase(second, scan.pub, tense) : null;
    if (secondDate) {
      const { year, month } = parseIsoDay(secondDate.start);
      if (isValidDay(year, month, n)) {
        return single(end, expression(scan, at, end, dayDate(isoDay(year, month, n)), 'day-of-month-pair', tense));
      }
    }
    const day = dayOfMonthDate(scan.pub, n, tense);
    return day ? single(end, expression(scan, at, end, dayDate(day), 'day-of-month', tense)) : null;
  },
};
