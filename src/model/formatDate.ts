// Formats the data's dates for people, saying no more than the precision
// allows: a season reads "autumn 2020", never a made-up day. Pure and UTC:
// it reads ISO day strings through calendar.ts, never `new Date(freeText)`.
import { daysBetween, daysInMonth, parseIsoDay, seasonOfMonth, weekday } from './calendar';
import type { Precision, IndexEvent, TimeOfDay } from './schema';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type DayStyle = 'long' | 'short';

/** A month (1-12) by name: "December" (long) or "Dec" (short). */
function monthName(month: number, style: DayStyle): string {
  const name = MONTHS[month - 1]!;
  return style === 'long' ? name : name.slice(0, 3);
}

/** "22 December 2022" (long) or "Thu 22 Dec 2022" (short). */
export function formatDay(day: string, style: DayStyle = 'long'): string {
  const { year, month, day: d } = parseIsoDay(day);
  if (style === 'long') return `${d} ${monthName(month, style)} ${year}`;
  return `${WEEKDAYS[weekday(day)]!.slice(0, 3)} ${d} ${monthName(month, style)} ${year}`;
}

/** The calendar unit of `precision` that holds `day`, in words: "December 2022", "autumn 2020", "1990s". */
export function formatUnit(day: string, precision: Precision, style: DayStyle = 'long'): string {
  const { year, month } = parseIsoDay(day);
  switch (precision) {
    case 'day':
      return formatDay(day, style);
    case 'month':
      return `${monthName(month, style)} ${year}`;
    case 'season': {
      const season = seasonOfMonth(month);
      // A January or February day belongs to the winter that began the December before.
      return `${season} ${season === 'winter' && month <= 2 ? year - 1 : year}`;
    }
    case 'year':
      return String(year);
    case 'decade':
      return `${year - (year % 10)}s`;
  }
}

/**
 * The calendar's name for a point's interval when it is narrower than its
 * precision's unit: an ISO week (Monday to Sunday, "last week", kept at month
 * precision) or a quarter ("the third quarter", kept at year precision).
 * Anything else reads as its unit.
 */
export function namedInterval(date: Pick<IndexEvent['date'], 'start' | 'end' | 'precision'>): 'week' | 'quarter' | null {
  if (date.precision === 'month' && weekday(date.start) === 1 && daysBetween(date.start, date.end) === 6) return 'week';
  if (date.precision !== 'year') return null;
  const a = parseIsoDay(date.start);
  const b = parseIsoDay(date.end);
  const quarter = a.day === 1 && (a.month - 1) % 3 === 0 && b.year === a.year && b.month === a.month + 2;
  return quarter && b.day === daysInMonth(b.year, b.month) ? 'quarter' : null;
}

/** "12–15 December 2022", "28 November – 2 December 2022" (long); "12–15 Dec 2022" (short). */
function dayRange(from: string, to: string, style: DayStyle): string {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  // Share the month and year when the range stays inside them.
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(b.month, style)} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month, style)} – ${b.day} ${monthName(b.month, style)} ${b.year}`;
  return `${formatDay(from, style)} – ${formatDay(to, style)}`;
}

/**
 * An event's date as the timeline and panel show it. Points read as their unit,
 * or as the week or quarter they name; bounded spans as a range ("12–15
 * December 2022"); ongoing events as "since <start>" because their end is only
 * the publication date.
 */
export function formatEventDate(date: IndexEvent['date'], kind: IndexEvent['kind'], style: DayStyle = 'long'): string {
  const start = formatUnit(date.start, date.precision, style);
  if (kind === 'ongoing') return `since ${start}`;
  if (kind === 'point') {
    // "22 December 2022, 11:00": the hour the text gives, never one made up.
    if (date.time && date.precision === 'day') return `${start}, ${date.time.clock}`;
    const named = namedInterval(date);
    if (named === 'week') return dayRange(date.start, date.end, style);
    if (named === 'quarter') {
      const { year, month } = parseIsoDay(date.start);
      return `${monthName(month, style)}–${monthName(month + 2, style)} ${year}`;
    }
    return start;
  }
  const end = formatUnit(date.end, date.precision, style);
  if (start === end) return start;
  if (date.precision === 'day' && style === 'long') return dayRange(date.start, date.end, style);
  return `${start} – ${end}`;
}

/** How exact the date is, in words, for the passage panel; `named` is the point's week or quarter, if it names one. */
export function describePrecision(precision: Precision, time?: TimeOfDay, named?: 'week' | 'quarter' | null): string {
  if (named) return `${named} only, approximate`;
  switch (precision) {
    case 'day':
      return time ? `exact day and ${time.precision === 'minute' ? 'minute' : 'hour'}` : 'exact day';
    case 'month':
      return 'month only, approximate';
    case 'season':
      return 'season only, approximate';
    case 'year':
      return 'year only, approximate';
    case 'decade':
      return 'decade only, approximate';
  }
}

/**
 * Why an event has its date, in words, for the passage panel: the expression and the rule that read it, and what it
 * was counted from; a passage that names no date (an undated lead, put on its article's publication day) says so.
 */
export function describeDateReason(reason: { rule: string; expression: string; anchor?: string | undefined }): string {
  const counted = reason.anchor ? `, counted from ${reason.anchor}` : '';
  if (reason.expression === '') {
    return `the passage names no date: the article's publication day (it may have happened a day or so before) — rule ${reason.rule}${counted}`;
  }
  return `from “${reason.expression}” — rule ${reason.rule}${counted}`;
}
