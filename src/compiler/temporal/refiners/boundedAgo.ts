// "more than four decades ago", "over 50 years ago": the happening lies before
// the point counted back, so its date is the unit that ends there (told in April
// 2000, the ten years up to April 1960), not the unit that starts there, which
// is after it (the 1960s). "less than two
// years ago" lies between that point and publication. The TIMEX3 keeps its
// value and its mod (MORE_THAN, LESS_THAN): only the timeline's date moves.
//
// Left alone: a count without such a bound ("four decades ago"), a century (a
// span no timeline precision holds), "nearly",
// "almost" and "about" (a point just after, or around, the one counted back,
// which the unit starting there already holds), and counts from another date
// ("more than two years earlier", counted from the story's last date).
import { addDays, addMonths } from '../../../model/calendar';
import type { Refiner } from '../scan';
import type { TimeExpression } from '../types';

const MORE_BEFORE = /\b(?:more\s+than|over|upwards\s+of)\s+$/i;
const LESS_BEFORE = /\b(?:less\s+than|fewer\s+than|under)\s+$/i;
/** Months in the unit the count names. */
const UNIT_MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bdecades?\b/i, 120], [/\byears?\b/i, 12], [/\bmonths?\b/i, 1],
];
const UNIT_DAYS: ReadonlyArray<readonly [RegExp, number]> = [[/\bfortnights?\b/i, 14], [/\bweeks?\b/i, 7]];

/** The day one unit (named in `text`) before `day`, or null for a unit the rule does not count (days, hours). */
function oneUnitBefore(text: string, day: string): string | null {
  for (const [re, months] of UNIT_MONTHS) if (re.test(text)) return addMonths(day, -months);
  for (const [re, days] of UNIT_DAYS) if (re.test(text)) return addDays(day, -days);
  return null;
}

function bounded(e: TimeExpression, s: string, pub: string): TimeExpression {
  if (e.rule !== 'ago' || e.kind !== 'point') return e;
  const before = s.slice(Math.max(0, e.start - 16), e.start);
  const point = e.date.start;
  if (MORE_BEFORE.test(before)) {
    const start = oneUnitBefore(e.text, point);
    return start ? { ...e, date: { ...e.date, start, end: point } } : e;
  }
  if (LESS_BEFORE.test(before) && oneUnitBefore(e.text, point)) return { ...e, date: { ...e.date, start: point, end: pub } };
  return e;
}

export const boundedAgo: Refiner = {
  name: 'bounded-ago',
  refine(result, scan) {
    if (!/\b(?:than|over|under)\s/i.test(scan.s)) return result;
    const expressions = result.expressions.map((e) => bounded(e, scan.s, scan.pub));
    return expressions.some((e, k) => e !== result.expressions[k]) ? { ...result, expressions } : result;
  },
};
