// "three weeks ago", "two weeks from now" (from publication), "two days later", "a year earlier"
// (from the previous event of the article); "two days before the vote" is
// anchored to a happening the tagger cannot date, and says so.
import { addDays, unitInterval } from '../../../model/calendar';
import type { Precision } from '../../../model/schema';
import { dayDate, periodDate, shift, type Unit } from '../resolve';
import { NUMBER_FIRST_WORDS, NUMBER_SRC, UNIT_SRC, numberValue } from '../resources/patterns';
import { anchoredAfter, exec, expression, single, sticky, unresolved, type Found, type Parser, type Scan } from '../scan';
import { durationValue, shiftQuarter, startWithModifier, timex, unitName, valueAtUnit } from '../timex';
import type { ResolvedDate, Timex } from '../types';

// "a week or so ago": the rough count still counts back. "a minute and a half later", "two and a half hours after
// the blast": a half of an hour or a minute.
const AGO_RE = sticky(`(${NUMBER_SRC})(\\s+and\\s+a\\s+half|\\s+1/2)?[\\s-]+(${UNIT_SRC})(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(ago|earlier|later|afterwards?|before|after|on|from\\s+(?:now|today))(?![\\w])`, 'id');

// A figure in the sentence ("up from $2 million a year earlier", "12 cents a share") or a comparison right before
// ("margins were thinner than a year ago"): only a clause that compares figures compares periods; "the minister resigned a
// year ago" in a results story is a year back.
const FIGURE_RE = /[$\u20ac\u00a3]\s?\d|\d\s*(?:%|percent\b|per\s+cent\b|cents?\b|pence\b)|\b(?:million|billion|trillion)\b/i;
const COMPARED_BEFORE_RE = /\b(?:than|from|with|versus|vs\.)\s+$/i;
function comparesFigures(s: string, at: number): boolean {
  return FIGURE_RE.test(s) || COMPARED_BEFORE_RE.test(s.slice(Math.max(0, at - 12), at));
}

/**
 * TimeML's value of a counted shift: the unit holding the day counted to
 * ("two weeks ago" is a week, "a year ago" a year), never finer than what it
 * counts from. After a quarter, "a year earlier" beside a figure is that quarter
 * a year before (how results compare periods); a vague count is only "the past".
 */
function shiftTimex(scan: Scan, start: number, end: number, date: ResolvedDate, anchor: Precision, n: number | null, unit: string, sign: number): Timex {
  const u = unitName(unit) === 'fortnight' ? 'week' : unitName(unit);
  if (n === null) return timex(scan.s, start, end, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
  if (u === 'year' && scan.reportedQuarter && comparesFigures(scan.s, start)) return timex(scan.s, start, end, 'DATE', shiftQuarter(scan.reportedQuarter, sign * n));
  const finest = u === 'hour' || u === 'minute' ? 'day' : u;
  const coarse = anchor === 'day' ? finest : anchor === 'season' ? 'year' : anchor;
  const unitOrder = ['day', 'week', 'month', 'year', 'decade', 'century'];
  const at = unitOrder.indexOf(finest) >= unitOrder.indexOf(coarse) ? finest : coarse;
  return timex(scan.s, start, end, 'DATE', valueAtUnit(date.start, at));
}

/**
 * "up from $2 million a year earlier" in a story that reports the third quarter: the same quarter a year before, not a
 * year before whatever date the story read last (which may be a comparison itself, and would count two years back).
 */
function resultsPeriod(scan: Scan, unit: Unit | 'hour', n: number | null, sign: number): ResolvedDate | null {
  const q = unit === 'year' && n !== null && scan.reportedQuarter ? /^(\d{4})-Q([1-4])$/.exec(shiftQuarter(scan.reportedQuarter, sign * n)) : null;
  return q ? periodDate(Number(q[1]), Number(q[2]), false) : null;
}

function withTimex(found: Found, t: Timex): Found {
  return { ...found, timexes: [t] };
}

export const UNIT_OF: Record<string, Unit | 'hour'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', hour: 'hour', hours: 'hour',
  minute: 'hour', minutes: 'hour', century: 'decade', centuries: 'decade', fortnight: 'week', fortnights: 'week',
};

/**
 * How many of its shift unit a word counts: a century is moved as ten decades ("a century ago" is a hundred years back),
 * a fortnight as two weeks.
 */
const UNITS_PER_WORD: Record<string, number> = { century: 10, centuries: 10, fortnight: 2, fortnights: 2 };

export const countedShift: Parser = {
  name: 'counted-shift',
  example: 'officials met three weeks ago',
  firstWords: NUMBER_FIRST_WORDS,
  parse(scan, at) {
    const m = exec(AGO_RE, scan.s, at);
    if (!m) return null;
    const { s, pub } = scan;
    const end = at + m[0].length;
    const half = m[2] !== undefined || m[4] !== undefined;
    const whole = numberValue(m[1] ?? '');
    const n = whole !== null && half ? whole + 0.5 : whole;
    const unitWord = m[3] ?? '';
    const unit = UNIT_OF[unitWord.toLowerCase()];
    const direction = (m[5] ?? '').toLowerCase();
    if (!unit) return null;
    // Half a day, a week or a year counts to no date of its own.
    if (half && unit !== 'hour') return null;
    const unitEnd = m.indices![4]?.[1] ?? m.indices![3]![1];
    // "two years on" reads as "later" only at a clause end; "two days on the road" is a duration.
    if (direction === 'on' && !/^\s*(?:[,.;:)]|$)/.test(s.slice(end, end + 3))) return null;
    if ((direction === 'before' || direction === 'after') && anchoredAfter(s, end)) {
      // "nearly two months after the vote": TimeML marks the length, not the date it leads to.
      return withTimex(unresolved(scan, at, end, 'anchored to another event'), timex(s, startWithModifier(s, at), unitEnd, 'DURATION', durationValue(n, unitWord)));
    }
    const vague = n === null;
    const count = n ?? 3;
    // "two weeks from now", "a year from today": counted forward from publication, as "ago" counts back.
    const fromNow = direction.startsWith('from');
    const fromPublication = direction === 'ago' || fromNow;
    const sign = direction === 'ago' || direction === 'earlier' || direction === 'before' ? -1 : 1;
    const anchor = fromPublication ? { start: pub, precision: 'day' as Precision } : scan.previous;
    let date: ResolvedDate;
    if (unit === 'hour') {
      date = anchor.precision === 'day' ? dayDate(addDays(anchor.start, sign * Math.floor(count / 24))) : { ...unitInterval(anchor.start, anchor.precision), precision: anchor.precision };
    } else if (unit === 'week' && !vague && anchor.precision === 'day') {
      // Weeks are counted in days but only known to about the month.
      const day = addDays(anchor.start, sign * 7 * count * (UNITS_PER_WORD[unitWord.toLowerCase()] ?? 1));
      date = { start: day, end: day, precision: 'month' };
    } else {
      date = resultsPeriod(scan, unit, fromPublication ? null : n, sign) ?? shift(anchor, unit, sign * count * (UNITS_PER_WORD[unitWord.toLowerCase()] ?? 1), vague);
    }
    const rule = fromNow ? 'from-now' : fromPublication ? 'ago' : 'relative-previous-event';
    // "three days later": TimeBank marks the length and leaves "later" as its signal; "a year earlier" is a date.
    const t = /^(?:later|afterwards?|on)$/.test(direction)
      ? timex(s, startWithModifier(s, at), unitEnd, 'DURATION', durationValue(n, unitWord))
      : shiftTimex(scan, startWithModifier(s, at), end, date, anchor.precision, n, unitWord, sign);
    return withTimex(single(end, expression(scan, at, end, date, rule, sign < 0 ? 'past' : 'present')), t);
  },
};
