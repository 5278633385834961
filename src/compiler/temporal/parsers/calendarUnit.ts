// this week, last month, next year, the coming week, the current year, earlier this month,
// later this year, the end of this month: the calendar unit around
// publication, or its neighbour, at the unit's own precision.
import { addDays, addMonths, isoDay, parseIsoDay } from '../../../model/calendar';
import { monthDate, weekDays, weekSpan, weekdayDate, yearDate } from '../resolve';
import { partOf, type Part } from '../resources/patterns';
import { exec, expression, single, sticky, storyYear, timexesOnly, unresolved, type Parser } from '../scan';
import { tenseAt, type ClauseTense } from '../tenseAt';
import type { ResolvedDate } from '../types';
import { weekendOf } from './theWeekend';
import { dateValue, startWithEdge, timex, weekValue } from '../timex';

const CALENDAR_UNIT_RE = sticky(
  '(?:(earlier|later)\\s+(?:this|in\\s+the)\\s+|(?:the\\s+)?(?:(end|beginning|start|middle)\\s+of\\s+)(this|last|next|the)\\s+|(this\\s+past|last|this|next|the\\s+coming|the\\s+current)\\s+)' +
  '(week|weekend|month|year)(?:[\'\\u2019]s)?(?![\\w\\u2019\']|-)', 'i');

/** Days from Monday where the early, middle and late part of a week (its end too) begin and end. */
const WEEK_PART_DAYS: Readonly<Record<Part, readonly [number, number]>> = { early: [0, 2], mid: [2, 4], late: [3, 6], end: [3, 6] };

export const calendarUnit: Parser = {
  name: 'calendar-unit',
  example: 'exports rose sharply last week',
  firstWords: ['earlier', 'later', 'the', 'end', 'beginning', 'start', 'middle', 'this', 'last', 'next'],
  parse(scan, at) {
    const m = exec(CALENDAR_UNIT_RE, scan.s, at);
    if (!m) return null;
    const { pub } = scan;
    const end = at + m[0].length;
    const earlierLater = (m[1] ?? '').toLowerCase();
    const edge = (m[2] ?? '').toLowerCase();
    const which = (m[3] ?? m[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[5] ?? '').toLowerCase();
    const offset = which === 'last' || which === 'this past' ? -1 : which === 'next' || which === 'the coming' ? 1 : 0;
    // "by the end of the year" looks ahead from publication; in a past clause the year is the story's, unknown here.
    if (which === 'the' && (unit === 'weekend' || tenseAt(scan.s, at, end) === 'past')) {
      // TimeML still names the unit: the one the story is in, else publication's.
      const year = storyYear(scan);
      const value = unit === 'year' ? year : unit === 'month' ? (scan.previousValue && /^\d{4}-\d{2}/.test(scan.previousValue) ? scan.previousValue.slice(0, 7) : pub.slice(0, 7)) : unit === 'week' ? weekValue(pub) : `${weekValue(pub)}-WE`;
      return { ...unresolved(scan, at, end, 'which year is meant'), timexes: [timex(scan.s, at, end, 'DATE', value)] };
    }
    const { year, month } = parseIsoDay(pub);
    let date: ResolvedDate;
    if (unit === 'week') {
      // The whole week first: what "earlier" and "later" leave of it is dated below.
      date = { ...weekDays(addDays(pub, 7 * offset)), precision: 'month' };
    } else if (unit === 'weekend') {
      // The Saturday of the weekend meant; "this weekend" read on a Sunday is the one just ending.
      // "last weekend" read on a Sunday is the one before the weekend now ending, which is "this weekend".
      const sunday = weekdayDate(pub, 0, 'on-or-before') === pub;
      const saturday = offset < 0 ? weekdayDate(sunday ? addDays(pub, -7) : pub, 6, 'before')
        : offset > 0 ? weekdayDate(pub, 6, 'after')
          : weekdayDate(pub, 6, sunday ? 'on-or-before' : 'on-or-after');
      date = weekendOf(saturday);
    } else if (unit === 'month') {
      const first = addMonths(isoDay(year, month, 1), offset);
      const p = parseIsoDay(first);
      date = monthDate(p.year, p.month);
    } else {
      date = yearDate(year + offset);
    }
    // "earlier this month" ends at publication, "later this year" starts after it.
    if (earlierLater === 'earlier' && offset === 0) date = { ...date, end: pub < date.end ? pub : date.end };
    if (earlierLater === 'later' && offset === 0) {
      const next = addDays(pub, 1);
      date = { ...date, start: next > date.start ? (next <= date.end ? next : date.end) : date.start };
    }
    if (unit === 'week') {
      // "early next week" is its Monday to Wednesday, "late last week" and "the end of this week" Thursday to Sunday.
      const before = /\b(early|late|mid)[\s-]+$/i.exec(scan.s.slice(Math.max(0, at - 8), at))?.[1];
      const part = partOf(edge || before || '');
      if (part && !earlierLater) date = { start: addDays(date.start, WEEK_PART_DAYS[part][0]), end: addDays(date.start, WEEK_PART_DAYS[part][1]), precision: 'month' };
      date = weekSpan(date.start, date.end);
    }
    if (edge) {
      const part = partOf(edge);
      if (date.precision === 'month' && unit === 'month') {
        const p = parseIsoDay(date.start);
        date = monthDate(p.year, p.month, part);
      } else if (unit === 'year') {
        date = yearDate(parseIsoDay(date.start).year, part);
      }
    }
    const tense: ClauseTense = offset < 0 || earlierLater === 'earlier' ? 'past' : offset > 0 || earlierLater === 'later' ? 'future' : 'present';
    const rule = `${earlierLater ? `${earlierLater}-` : ''}${which === 'the' ? 'this' : which.replace(/\s+/g, '-') || 'this'}-${unit}`;
    const value = unit === 'week' ? weekValue(date.start) : unit === 'weekend' ? `${weekValue(date.start)}-WE` : dateValue(date.start, unit === 'month' ? 'month' : 'year');
    // "earlier this month" is this month to TimeML; "early next year" keeps its edge.
    const from = earlierLater ? at + (/^\S+\s+(?:in\s+)?/.exec(m[0])?.[0].length ?? 0) : startWithEdge(scan.s, at);
    const t = timex(scan.s, from, end, 'DATE', value);
    // "this week's earthquake" names a happening told elsewhere in the story: a TIMEX3, not an event of its own.
    if (/['\u2019]s$/.test(m[0])) return timexesOnly(end, [t]);
    return { ...single(end, expression(scan, at, end, date, rule, tense)), timexes: [t] };
  },
};
