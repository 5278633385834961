// Calendar arithmetic on ISO day strings (YYYY-MM-DD), in UTC, and the
// intervals that each date precision covers. Pure: no Date parsing of free text.
import type { Precision } from './schema';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Precisions from the finest to the coarsest: a higher rank is a vaguer date. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 0, month: 1, season: 2, year: 3, decade: 4 };

export interface DayInterval {
  start: string;
  end: string;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parseIsoDay(day: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not an ISO day: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the parts name a real calendar day (no 30 February). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

// Days recur (a data set of 100,000 events names a few thousand): each is parsed once.
const utcMsOfDay = new Map<string, number>();
const MAX_CACHED_DAYS = 100_000;

export function toUtcMs(day: string): number {
  let ms = utcMsOfDay.get(day);
  if (ms === undefined) {
    ms = quickUtcMs(day) ?? Date.UTC(...ymd(parseIsoDay(day)));
    if (utcMsOfDay.size >= MAX_CACHED_DAYS) utcMsOfDay.clear();
    utcMsOfDay.set(day, ms);
  }
  return ms;
}

const ymd = ({ year, month, day }: { year: number; month: number; day: number }): [number, number, number] => [year, month - 1, day];

/** The digits of `text` from `from` to `to` as a number, or NaN when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** toUtcMs without a regular expression or an object per call (a first draw reads tens of thousands of days); null when malformed. */
function quickUtcMs(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  const ms = Date.UTC(digits(day, 0, 4), digits(day, 5, 7) - 1, digits(day, 8, 10));
  return Number.isNaN(ms) ? null : ms;
}

/** The moment a date starts, UTC ms: its first day, and on that day its time when it has one ("11:00"), so events of one day sort by the hour. */
export function startMs(date: { start: string; time?: { clock: string } }): number {
  const ms = toUtcMs(date.start);
  const clock = date.time?.clock;
  return clock ? ms + (Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))) * 60_000 : ms;
}

export function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: string, n: number): string {
  return fromUtcMs(toUtcMs(day) + n * 86_400_000);
}

/** Days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return (toUtcMs(to) - toUtcMs(from)) / 86_400_000;
}

export function addMonths(day: string, n: number): string {
  const { year, month, day: d } = parseIsoDay(day);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDay(y, m, Math.min(d, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dayInterval(day: string): DayInterval {
  return { start: day, end: day };
}

export function monthInterval(year: number, month: number): DayInterval {
  return { start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)) };
}

export function yearInterval(year: number): DayInterval {
  return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
}

export function decadeInterval(firstYear: number): DayInterval {
  const y = firstYear - (firstYear % 10);
  return { start: isoDay(y, 1, 1), end: isoDay(y + 9, 12, 31) };
}

/** Meteorological, northern hemisphere; winter YYYY is December YYYY to February YYYY+1. */
export function seasonInterval(year: number, season: Season): DayInterval {
  switch (season) {
    case 'spring':
      return { start: isoDay(year, 3, 1), end: isoDay(year, 5, 31) };
    case 'summer':
      return { start: isoDay(year, 6, 1), end: isoDay(year, 8, 31) };
    case 'autumn':
      return { start: isoDay(year, 9, 1), end: isoDay(year, 11, 30) };
    case 'winter':
      return { start: isoDay(year, 12, 1), end: isoDay(year + 1, 2, daysInMonth(year + 1, 2)) };
  }
}

export function seasonOfMonth(month: number): Season {
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** The calendar unit of the given precision that holds the day. */
export function unitInterval(day: string, precision: Precision): DayInterval {
  const { year, month } = parseIsoDay(day);
  switch (precision) {
    case 'day':
      return dayInterval(day);
    case 'month':
      return monthInterval(year, month);
    case 'season': {
      const season = seasonOfMonth(month);
      // January and February belong to the winter that began the previous December.
      return seasonInterval(season === 'winter' && month <= 2 ? year - 1 : year, season);
    }
    case 'year':
      return yearInterval(year);
    case 'decade':
      return decadeInterval(year);
  }
}

export function intervalContains(interval: DayInterval, day: string): boolean {
  return interval.start <= day && day <= interval.end;
}
