// Formats the data's dates for people, saying no more than the precision
// allows: a season reads "autumn 2020", never a made-up day. Pure and UTC:
// it reads ISO day strings through calendar.ts, never `new Date(freeText)`.
import { parseIsoDay, seasonOfMonth, weekday } from './calendar';
import type { Precision, IndexEvent, TimeOfDay } from './schema';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type DayStyle = 'long' | 'short';

/** "22 December 2022" (long) or "Thu 22 Dec 2022" (short). */
export function formatDay(day: string, style: DayStyle = 'long'): string {
  const { year, month, day: d } = parseIsoDay(day);
  const monthName = MONTHS[month - 1]!;
  if (style === 'long') return `${d} ${monthName} ${year}`;
  return `${WEEKDAYS[weekday(day)]!.slice(0, 3)} ${d} ${monthName.slice(0, 3)} ${year}`;
}

/** The calendar unit of `precision` that holds `day`, in words: "December 2022", "autumn 2020", "1990s". */
export function formatUnit(day: string, precision: Precision, style: DayStyle = 'long'): string {
  const { year, month } = parseIsoDay(day);
  switch (precision) {
    case 'day':
      return formatDay(day, style);
    case 'month':
      return `${style === 'long' ? MONTHS[month - 1] : MONTHS[month - 1]!.slice(0, 3)} ${year}`;
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
 * An event's date as the timeline and panel show it. Points read as their unit,
 * bounded spans as a range ("12–15 December 2022"), ongoing events as
 * "since <start>" because their end is only the publication date.
 */
export function formatEventDate(date: IndexEvent['date'], kind: IndexEvent['kind'], style: DayStyle = 'long'): string {
  const start = formatUnit(date.start, date.precision, style);
  if (kind === 'ongoing') return `since ${start}`;
  // "22 December 2022, 11:00": the hour the text gives, never one made up.
  if (kind === 'point') return date.time && date.precision === 'day' ? `${start}, ${date.time.clock}` : start;
  const end = formatUnit(date.end, date.precision, style);
  if (start === end) return start;
  if (date.precision === 'day' && style === 'long') {
    const a = parseIsoDay(date.start);
    const b = parseIsoDay(date.end);
    // Share the month and year when the range stays inside them.
    if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
    if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
  }
  return `${start} – ${end}`;
}

/** How exact the date is, in words, for the passage panel. */
export function describePrecision(precision: Precision, time?: TimeOfDay): string {
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
