// "the next day", "the following week", "the previous month", "the day
// before": one unit from the previous event of the article.
import { addDays } from '../../../model/calendar';
import { shift, weekDate, type Unit } from '../resolve';
import { anchoredAfter, exec, expression, single, sticky, unresolved, type Parser, type Scan } from '../scan';
import type { ResolvedDate } from '../types';
import { dateValue, dayFromCoarser, dayTimex, timex, weekValue } from '../timex';

const NEIGHBOUR_RE = sticky(
  '(?:the\\s+(previous|next|following|same|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)|the\\s+day\\s+(before|after))(?![\\w])', 'i');

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

export const neighbour: Parser = {
  name: 'neighbour',
  example: 'the bill passed and was signed the next day',
  firstWords: ['the'],
  parse(scan, at) {
    const m = exec(NEIGHBOUR_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const which = (m[1] ?? m[3] ?? '').toLowerCase();
    const unitWord = (m[2] ?? 'day').toLowerCase();
    if (m[3] && anchoredAfter(scan.s, end)) return unresolved(scan, at, end, 'anchored to another event');
    const unit: Unit = unitWord === 'week' ? 'week' : unitWord === 'month' ? 'month' : unitWord === 'year' ? 'year' : 'day';
    const n = which === 'same' ? 0 : which === 'previous' || which === 'preceding' || which === 'before' ? -1 : 1;
    const date = neighbourDate(scan, unit, n);
    const e = expression(scan, at, end, date, 'relative-previous-event', n < 0 ? 'past' : 'present');
    const part = /(morning|afternoon|evening|night)$/i.exec(unitWord)?.[1];
    const t = unit === 'week' && date.precision !== 'year' ? timex(scan.s, at, end, 'DATE', weekValue(date.start))
      : date.precision === 'day' ? dayTimex(scan.s, at, end, date.start, part)
        : timex(scan.s, at, end, 'DATE', unit === 'day' ? dayFromCoarser(date.start, date.precision) : dateValue(date.start, date.precision));
    return { ...single(end, e), timexes: [t] };
  },
};
