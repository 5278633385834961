// Resolution of partial dates against the publication date, after
// HeidelTime's rules for news: a year-less date or month takes the year that
// agrees with the clause's tense; a bare weekday is the latest one on or
// before publication unless the clause looks ahead.
import type { Precision } from '../../model/schema';
import {
  addDays, addMonths, compareDays, daysBetween, daysInMonth, decadeInterval, isValidDay, isoDay, monthInterval,
  parseIsoDay, PRECISION_RANK, seasonInterval, seasonOfMonth, unitInterval, weekday, yearInterval, type Season,
} from '../../model/calendar';
import { withFields } from '../text/withFields';
import type { ResolvedDate } from './types';
import type { ClauseTense } from './tenseAt';
import type { Part } from './resources/patterns';

/** Of the candidates, the one the tense points to: latest not after `pub`, earliest not before, or the closest. */
function pickByTense<T>(
  candidates: T[], startOf: (c: T) => string, endOf: (c: T) => string, pub: string, tense: ClauseTense,
): T | undefined {
  if (tense === 'past') {
    const ok = candidates.filter((c) => compareDays(startOf(c), pub) <= 0);
    return ok[ok.length - 1] ?? candidates[0];
  }
  if (tense === 'future') {
    return candidates.find((c) => compareDays(endOf(c), pub) >= 0) ?? candidates[candidates.length - 1];
  }
  // Present or unknown: the one holding the publication day, else the nearest.
  const holding = candidates.find((c) => compareDays(startOf(c), pub) <= 0 && compareDays(pub, endOf(c)) <= 0);
  if (holding) return holding;
  let best: T | undefined;
  let bestGap = Infinity;
  const pubMs = dayNumber(pub);
  for (const c of candidates) {
    const gap = Math.min(Math.abs(dayNumber(startOf(c)) - pubMs), Math.abs(dayNumber(endOf(c)) - pubMs));
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

function dayNumber(day: string): number {
  const { year, month, day: d } = parseIsoDay(day);
  return Date.UTC(year, month - 1, d) / 86_400_000;
}

/** A month and day without a year; a stated weekday picks the year when one fits. */
export function yearlessDay(pub: string, month: number, day: number, tense: ClauseTense, weekdayStated?: number): string | null {
  const y = parseIsoDay(pub).year;
  const candidates = [y - 1, y, y + 1].filter((yy) => isValidDay(yy, month, day)).map((yy) => isoDay(yy, month, day));
  if (weekdayStated !== undefined) {
    const fitting = candidates.filter((c) => weekday(c) === weekdayStated);
    const chosen = pickByTense(fitting, (c) => c, (c) => c, pub, 'unknown');
    if (chosen) return chosen;
  }
  return pickByTense(candidates, (c) => c, (c) => c, pub, tense) ?? null;
}

/** A movable holiday without a year ("at Easter"): its day in the year the tense points to. */
export function yearlessFeast(pub: string, dayIn: (year: number) => string, tense: ClauseTense): string {
  const y = parseIsoDay(pub).year;
  return pickByTense([dayIn(y - 1), dayIn(y), dayIn(y + 1)], (c) => c, (c) => c, pub, tense) ?? dayIn(y);
}

/** The year of a month named without one ("in May"). */
export function yearlessMonth(pub: string, month: number, tense: ClauseTense): number {
  const y = parseIsoDay(pub).year;
  const candidates = [y - 1, y, y + 1].map((yy) => ({ yy, ...monthInterval(yy, month) }));
  return (pickByTense(candidates, (c) => c.start, (c) => c.end, pub, tense) ?? { yy: y }).yy;
}

/** The year whose season is meant by a year-less season ("in the summer", "this winter"). */
export function yearlessSeason(pub: string, season: Season, tense: ClauseTense): number {
  const y = parseIsoDay(pub).year;
  const candidates = [y - 2, y - 1, y, y + 1].map((yy) => ({ yy, ...seasonInterval(yy, season) }));
  return (pickByTense(candidates, (c) => c.start, (c) => c.end, pub, tense) ?? { yy: y }).yy;
}

/** The year of the last full season of that name before publication ("last summer"). */
export function lastSeason(pub: string, season: Season): number {
  const y = parseIsoDay(pub).year;
  for (let yy = y; yy >= y - 2; yy -= 1) {
    if (compareDays(seasonInterval(yy, season).end, pub) < 0) return yy;
  }
  return y - 1;
}

/** The year of the next season of that name that starts after publication ("next spring"). */
export function nextSeason(pub: string, season: Season): number {
  const y = parseIsoDay(pub).year;
  for (let yy = y - 1; yy <= y + 1; yy += 1) {
    if (compareDays(seasonInterval(yy, season).start, pub) > 0) return yy;
  }
  return y + 1;
}

export type WeekdayMode = 'on-or-before' | 'before' | 'after' | 'on-or-after';

export function weekdayDate(pub: string, target: number, mode: WeekdayMode): string {
  const w = weekday(pub);
  if (mode === 'on-or-before' || mode === 'before') {
    let back = (w - target + 7) % 7;
    if (back === 0 && mode === 'before') back = 7;
    return addDays(pub, -back);
  }
  let ahead = (target - w + 7) % 7;
  if (ahead === 0 && mode === 'after') ahead = 7;
  return addDays(pub, ahead);
}

/** A day of the month without month ("on the 10th"): this month or a neighbour, by tense. */
export function dayOfMonth(pub: string, day: number, tense: ClauseTense): string | null {
  const { year, month } = parseIsoDay(pub);
  const candidates: string[] = [];
  for (const offset of [-1, 0, 1]) {
    const m = addMonths(isoDay(year, month, 1), offset);
    const { year: yy, month: mm } = parseIsoDay(m);
    if (isValidDay(yy, mm, day)) candidates.push(isoDay(yy, mm, day));
  }
  return pickByTense(candidates, (c) => c, (c) => c, pub, tense) ?? null;
}

/** Narrows an interval to its first, middle or last third; the precision stays what was written. */
export function narrow(interval: { start: string; end: string }, part: Part | undefined, precision: Precision): { start: string; end: string } {
  if (!part) return interval;
  const { year, month } = parseIsoDay(interval.start);
  if (precision === 'month') {
    const last = daysInMonth(year, month);
    if (part === 'early') return { start: interval.start, end: isoDay(year, month, 10) };
    if (part === 'mid') return { start: isoDay(year, month, 11), end: isoDay(year, month, 20) };
    return { start: isoDay(year, month, 21), end: isoDay(year, month, last) };
  }
  if (precision === 'year') {
    if (part === 'early') return { start: interval.start, end: isoDay(year, 4, 30) };
    if (part === 'mid') return { start: isoDay(year, 5, 1), end: isoDay(year, 8, 31) };
    if (part === 'end') return { start: isoDay(year, 12, 1), end: interval.end };
    return { start: isoDay(year, 9, 1), end: interval.end };
  }
  if (precision === 'season') {
    const first = interval.start;
    if (part === 'early') return { start: first, end: addDays(addMonths(first, 1), -1) };
    if (part === 'mid') return { start: addMonths(first, 1), end: addDays(addMonths(first, 2), -1) };
    return { start: addMonths(first, 2), end: interval.end };
  }
  if (precision === 'decade') {
    if (part === 'early') return { start: interval.start, end: isoDay(year + 3, 12, 31) };
    if (part === 'mid') return { start: isoDay(year + 3, 1, 1), end: isoDay(year + 6, 12, 31) };
    return { start: isoDay(year + 6, 1, 1), end: interval.end };
  }
  return interval;
}

export function dayDate(day: string): ResolvedDate {
  return { start: day, end: day, precision: 'day' };
}

export function monthDate(year: number, month: number, part?: Part): ResolvedDate {
  return withFields(narrow(monthInterval(year, month), part, 'month'), { precision: 'month' });
}

export function yearDate(year: number, part?: Part): ResolvedDate {
  return withFields(narrow(yearInterval(year), part, 'year'), { precision: 'year' });
}

export function seasonDate(year: number, season: Season, part?: Part): ResolvedDate {
  return withFields(narrow(seasonInterval(year, season), part, 'season'), { precision: 'season' });
}

/** A quarter or half of a year ("the third quarter"): its months, known to the year on the timeline. */
export function periodDate(year: number, n: number, half: boolean): ResolvedDate {
  const first = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
  const last = first + (half ? 5 : 2);
  return { start: isoDay(year, first, 1), end: isoDay(year, last, daysInMonth(year, last)), precision: 'year' };
}

export function decadeDate(year: number, part?: Part): ResolvedDate {
  return withFields(narrow(decadeInterval(year), part, 'decade'), { precision: 'decade' });
}

/**
 * A Monday-to-Sunday week. The data set has no week precision, and a week is
 * not a day: it is dated by its month (weekSpan).
 */
export function weekDate(dayInWeek: string): ResolvedDate {
  const { start, end } = weekDays(dayInWeek);
  return weekSpan(start, end);
}

/** The Monday and the Sunday of the week holding a day. */
export function weekDays(dayInWeek: string): { start: string; end: string } {
  const monday = addDays(dayInWeek, -((weekday(dayInWeek) + 6) % 7));
  return { start: monday, end: addDays(monday, 6) };
}

/**
 * Days of one week or part of one ("later this week": Thursday to Sunday) at
 * month precision: the month that holds most of them (the earlier on a tie),
 * the interval kept to that month's days. A week across two months is never
 * a year ("last week" read on 5 April is late March).
 */
export function weekSpan(start: string, end: string): ResolvedDate {
  const a = parseIsoDay(start);
  const b = parseIsoDay(end);
  if (a.year === b.year && a.month === b.month) return { start, end, precision: 'month' };
  const last = daysInMonth(a.year, a.month);
  const lastOfFirst = isoDay(a.year, a.month, last);
  return last - a.day + 1 >= b.day ? { start, end: lastOfFirst, precision: 'month' } : { start: isoDay(b.year, b.month, 1), end, precision: 'month' };
}

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/**
 * Moves an anchor by n units. The result is never finer than the anchor:
 * "two days later" after a month-dated event is still only known to the
 * month. Weeks count in days but claim month precision; vague counts widen it.
 */
export function shift(anchor: { start: string; precision: Precision }, unit: Unit, n: number, vague: boolean): ResolvedDate {
  let day: string;
  let unitPrecision: Precision;
  const from = countFrom(anchor, unit);
  switch (unit) {
    case 'day':
      day = addDays(from, n);
      unitPrecision = vague ? 'month' : 'day';
      break;
    case 'week':
      day = addDays(from, 7 * n);
      unitPrecision = 'month';
      break;
    case 'month':
      day = addMonths(from, n);
      unitPrecision = vague ? 'year' : 'month';
      break;
    case 'year':
      day = addMonths(anchor.start, 12 * n);
      unitPrecision = vague ? 'decade' : 'year';
      break;
    case 'decade':
      day = addMonths(anchor.start, 120 * n);
      unitPrecision = 'decade';
      break;
  }
  const precision = PRECISION_RANK[anchor.precision] > PRECISION_RANK[unitPrecision] ? anchor.precision : unitPrecision;
  if (precision === 'day') return dayDate(day);
  if (unit === 'week' && anchor.precision === 'day') return { start: day, end: day, precision };
  const interval = unitInterval(day, precision);
  // Keep the computed day as the start when it is exact enough to be useful.
  return { start: anchor.precision === 'day' ? day : interval.start, end: interval.end, precision };
}

/**
 * Where a count starts in its anchor: the anchor's day, or the middle of a coarser anchor when the count is in finer
 * units ("the day before the vote" of a vote told as March is in March, not on the last of February).
 */
function countFrom(anchor: { start: string; precision: Precision }, unit: Unit): string {
  if (anchor.precision === 'day' || PRECISION_RANK[anchor.precision] <= PRECISION_RANK[unit === 'week' ? 'day' : unit]) return anchor.start;
  const span = unitInterval(anchor.start, anchor.precision);
  return addDays(span.start, Math.floor(daysBetween(span.start, span.end) / 2));
}

export { seasonOfMonth };
