// "three weeks ago" (from publication), "two days later", "a year earlier"
// (from the previous event of the article); "two days before the vote" is
// anchored to a happening the tagger cannot date, and says so.
import { addDays, unitInterval } from '../../../model/calendar';
import type { Precision } from '../../../model/schema';
import { dayDate, shift, type Unit } from '../resolve';
import { NUMBER_FIRST_WORDS, NUMBER_SRC, UNIT_SRC, numberValue } from '../resources/patterns';
import { anchoredAfter, exec, expression, single, sticky, unresolved, type Parser } from '../scan';
import type { ResolvedDate } from '../types';

const AGO_RE = sticky(`(${NUMBER_SRC})[\\s-]+(${UNIT_SRC})\\s+(ago|earlier|later|afterwards?|before|after|on)(?![\\w])`, 'i');

export const UNIT_OF: Record<string, Unit | 'hour'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', hour: 'hour', hours: 'hour',
  minute: 'hour', minutes: 'hour', century: 'decade', centuries: 'decade',
};

export const countedShift: Parser = {
  name: 'counted-shift',
  example: 'officials met three weeks ago',
  firstWords: NUMBER_FIRST_WORDS,
  parse(scan, at) {
    const m = exec(AGO_RE, scan.s, at);
    if (!m) return null;
    const { s, pub } = scan;
    const end = at + m[0].length;
    const n = numberValue(m[1] ?? '');
    const unit = UNIT_OF[(m[2] ?? '').toLowerCase()];
    const direction = (m[3] ?? '').toLowerCase();
    if (!unit) return null;
    // "two years on" reads as "later" only at a clause end; "two days on the road" is a duration.
    if (direction === 'on' && !/^\s*(?:[,.;:)]|$)/.test(s.slice(end, end + 3))) return null;
    if ((direction === 'before' || direction === 'after') && anchoredAfter(s, end)) {
      return unresolved(scan, at, end, 'anchored to another event');
    }
    const vague = n === null;
    const count = n ?? 3;
    const fromPublication = direction === 'ago';
    const sign = direction === 'ago' || direction === 'earlier' || direction === 'before' ? -1 : 1;
    const anchor = fromPublication ? { start: pub, precision: 'day' as Precision } : scan.previous;
    let date: ResolvedDate;
    if (unit === 'hour') {
      date = anchor.precision === 'day' ? dayDate(addDays(anchor.start, sign * Math.floor(count / 24))) : { ...unitInterval(anchor.start, anchor.precision), precision: anchor.precision };
    } else if (unit === 'week' && !vague && anchor.precision === 'day') {
      // Weeks are counted in days but only known to about the month.
      const day = addDays(anchor.start, sign * 7 * count);
      date = { start: day, end: day, precision: 'month' };
    } else {
      date = shift(anchor, unit, sign * count, vague);
    }
    const rule = fromPublication ? 'ago' : 'relative-previous-event';
    return single(end, expression(scan, at, end, date, rule, sign < 0 ? 'past' : 'present'));
  },
};
