// Holidays whose day moves from year to year, as rules of the calendar: Easter
// by the Gregorian computus, the US federal and civic days by their weekday
// in the month. (Holidays on a fixed day live with the calendar phrases, in
// parsePhrase.ts.)
import { addDays, isoDay, weekday } from '../../../model/calendar';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, valid for every year from 1583). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

/** The n-th given weekday (0 Sunday … 6 Saturday) of a month; n = -1 is the last. */
function nthWeekday(year: number, month: number, wd: number, n: number): string {
  if (n < 0) {
    const last = addDays(isoDay(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = isoDay(year, month, 1);
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Each movable holiday, lower case with single spaces, and its day in a given year. */
export const MOVABLE_FEASTS: Readonly<Record<string, (year: number) => string>> = {
  'easter': easterSunday,
  'easter sunday': easterSunday,
  'easter monday': (y) => addDays(easterSunday(y), 1),
  'good friday': (y) => addDays(easterSunday(y), -2),
  // United States: the fourth Thursday of November, the last Monday of May, the first Monday of September,
  // and the Tuesday after the first Monday of November.
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  // The shopping days after Thanksgiving: the Friday after it and the Monday after that.
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1),
  'cyber monday': (y) => addDays(nthWeekday(y, 11, 4, 4), 4),
  // The federal Mondays of January, February and October, and the Sundays of May and June US news names.
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  'presidents day': (y) => nthWeekday(y, 2, 1, 3),
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  "mother's day": (y) => nthWeekday(y, 5, 0, 2),
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
};
