// "the next day", "the following week", "the previous month", "the day
// before", "the morning after": one unit from the previous event of the
// article, or from the happening named after it. "The day before
// Tuesday's hearing" is one day from the day it names; "Sept. 3, the day
// before the storm struck" restates Sept. 3.
import { addDays } from '../../../model/calendar';
import { dayDate, shift, weekDate, type Unit } from '../resolve';
import { anchoredAfter, exec, expression, single, sticky, timexesOnly, unresolved, type Found, type Parser, type Scan } from '../scan';
import type { ResolvedDate } from '../types';
import { dateValue, dayFromCoarser, dayTimex, timex, weekValue } from '../timex';
import { weekday } from './weekday';
import { calendarPhrase } from './calendarPhrase';

const NEIGHBOUR_RE = sticky(
  '(?:the\\s+(previous|next|following|same|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)|the\\s+(day|morning|afternoon|evening|night)\\s+(before|after))(?![\\w])', 'i');

/** One unit from the previous event, at that unit's precision. */
function neighbourDate(scan: Scan, unit: Unit, n: number): ResolvedDate {
  const anchor = scan.previous;
  if (unit === 'week') {
    if (anchor.precision !== 'day') return shift(anchor, 'week', n, false);
    return weekDate(addDays(anchor.start, 7 * n));
  }
  // "in 1987 … the day before": a day from a date known only to its year or month lies in that year or month.
  if ((unit === 'day' && anchor.precision !== 'day') || (unit === 'month' && anchor.precision !== 'day' && anchor.precision !== 'month')) {
    return shift(anchor, unit, 0, false);
  }
  return shift(anchor, unit, n, false);
}

/** A day written right before the comma: "The ferry sailed Sept. 3, the day before …", "on Friday, the day after …". */
const DAY_THEN_COMMA = /(?:\b\d{1,2}|\b\d{4}|day),\s*$/;

/** "the day before last Tuesday's hearing": the day the words after name, if they open with one the tagger dates. */
function namedDayAfter(scan: Scan, from: number): Found | null {
  const at = from + (/^\s+/.exec(scan.s.slice(from))?.[0].length ?? 0);
  for (const parser of [weekday, calendarPhrase]) {
    const found = parser.parse(scan, at);
    const e = found?.expressions.length === 1 ? found.expressions[0] : undefined;
    if (e && e.start === at && e.date.precision === 'day' && e.date.start === e.date.end) return found;
  }
  return null;
}

export const neighbour: Parser = {
  name: 'neighbour',
  example: 'the bill passed and was signed the next day',
  firstWords: ['the'],
  parse(scan, at) {
    const m = exec(NEIGHBOUR_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const which = (m[1] ?? m[4] ?? '').toLowerCase();
    const unitWord = (m[2] ?? m[3] ?? 'day').toLowerCase();
    const part = /(morning|afternoon|evening|night)$/i.exec(unitWord)?.[1];
    if (m[4]) {
      // "The ferry sailed Sept. 3, the day before the storm struck": "the day" is Sept. 3 said again.
      if (!part && scan.lastInSentence && scan.previous.precision === 'day' && DAY_THEN_COMMA.test(scan.s.slice(Math.max(0, at - 8), at))) {
        return timexesOnly(end, [dayTimex(scan.s, at, at + /^the\s+day/i.exec(m[0])![0].length, scan.previous.start)]);
      }
      // "the day before last Tuesday's hearing" is the Monday: one TIMEX3 and one date, a day from the one named.
      const named = namedDayAfter(scan, end);
      if (named) {
        const day = addDays(named.expressions[0]!.date.start, which === 'before' ? -1 : 1);
        const namedEnd = named.expressions[0]!.end;
        const e = expression(scan, at, namedEnd, dayDate(day), 'relative-named-day', 'past');
        return { ...single(named.end, e), timexes: [dayTimex(scan.s, at, namedEnd, day, part)] };
      }
      if (anchoredAfter(scan.s, end)) return unresolved(scan, at, end, 'anchored to another event');
    }
    const unit: Unit = unitWord === 'week' ? 'week' : unitWord === 'month' ? 'month' : unitWord === 'year' ? 'year' : 'day';
    const n = which === 'same' ? 0 : which === 'previous' || which === 'preceding' || which === 'before' ? -1 : 1;
    const date = neighbourDate(scan, unit, n);
    const e = expression(scan, at, end, date, 'relative-previous-event', n < 0 ? 'past' : 'present');
    const t = unit === 'week' && date.precision !== 'year' ? timex(scan.s, at, end, 'DATE', weekValue(date.start))
      : date.precision === 'day' ? dayTimex(scan.s, at, end, date.start, part)
        : timex(scan.s, at, end, 'DATE', unit === 'day' ? dayFromCoarser(date.start, date.precision) : dateValue(date.start, date.precision));
    return { ...single(end, e), timexes: [t] };
  },
};
