// Gives a time of day its day, and the day its time: "10 p.m. Wednesday" is
// one TIMEX3 (TimeML joins a time to the day written right after it, and to
// "tonight" or "Tuesday morning"); "at
// 0340 GMT on Monday" keeps two, the time taking Monday's date; a time
// alone takes the sentence's day, else the story's last day, else the
// publication day. The event dated by that day gets the time (HH:MM) when
// its date is the day itself.
import { addDays } from '../../../model/calendar';
import type { Refiner, Scan } from '../scan';
import type { TemporalResult, Timex } from '../types';

const OPEN_DAY = 'XXXX-XX-XX';
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_PART_VALUE = /^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$/;

/** The day-valued DATE TIMEX3 a time belongs to, and whether it is written right after it (to be joined). */
function dayOf(s: string, time: Timex, timexes: readonly Timex[]): { day: Timex; join: boolean } | null {
  const days = timexes.filter((t) => t !== time && (t.type === 'DATE' || t.type === 'TIME') && DAY_VALUE.test(t.value.slice(0, 10)) && !t.value.startsWith(OPEN_DAY));
  const after = days.find((t) => t.start >= time.end && /^\s*,?\s*$/.test(s.slice(time.end, t.start)));
  // "10 p.m. tonight", "9 a.m. Tuesday morning": a part of the day after the hour is joined as the day is; the hour is the finer.
  if (after && (DAY_VALUE.test(after.value) || DAY_PART_VALUE.test(after.value))) return { day: after, join: true };
  // "at 0340 GMT on Monday", "Monday at 10 a.m.": the day linked by a preposition, either side.
  const linked = days.find((t) => t.start >= time.end && /^\s*,?\s*(?:on|of)\s+$/i.test(s.slice(time.end, t.start)))
    ?? days.find((t) => t.end <= time.start && /^\s*,?\s*(?:at|around|about|from|by|before|after|until)?\s*$/i.test(s.slice(t.end, time.start)));
  if (linked) return { day: linked, join: false };
  // Otherwise the nearest day of the sentence, the one before first.
  const before = [...days].reverse().find((t) => t.end <= time.start);
  const next = days.find((t) => t.start >= time.end);
  const nearest = before ?? next;
  return nearest ? { day: nearest, join: false } : null;
}

function clockOf(value: string): string {
  return value.slice(value.indexOf('T') + 1, value.indexOf('T') + 6);
}

/** "from 10 p.m. to 6 a.m.": the end of a range of hours, on the same day, earlier than its start. */
const RANGE_LINK = /^\s*(?:to|until|till|through|-|\u2013)\s*$/i;
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * "a curfew from 10 p.m. to 6 a.m.", "closed between 11 p.m. and 5 a.m.": a range of hours whose end comes before its
 * start on the clock runs through the night, so the end is on the next day. Two hours on days of their own are left.
 */
function overnight(s: string, timexes: Timex[]): Timex[] {
  return timexes.map((t, k) => {
    const from = timexes[k - 1];
    const a = from && from.type === 'TIME' ? CLOCK_VALUE.exec(from.value) : null;
    const b = t.type === 'TIME' ? CLOCK_VALUE.exec(t.value) : null;
    if (!a || !b || a[1] !== b[1] || `${b[2]}${b[3]}` >= `${a[2]}${a[3]}`) return t;
    const link = s.slice(from!.end, t.start);
    if (!RANGE_LINK.test(link) && !(/^\s*and\s*$/i.test(link) && /\bbetween\s+$/i.test(s.slice(Math.max(0, from!.start - 9), from!.start)))) return t;
    return { ...t, value: `${addDays(b[1]!, 1)}T${b[2]}:${b[3]}` };
  });
}

export const timeOfDay: Refiner = {
  name: 'time-of-day',
  refine(result: TemporalResult, scan: Scan): TemporalResult {
    if (!result.timexes.some((t) => t.type === 'TIME' && t.value.startsWith(OPEN_DAY))) return result;
    const s = scan.s;
    const dropped = new Set<Timex>();
    const replaced = new Map<Timex, Timex>();
    let expressions = result.expressions;
    for (const t of result.timexes) {
      if (t.type !== 'TIME' || !t.value.startsWith(OPEN_DAY)) continue;
      const found = dayOf(s, t, result.timexes);
      const storyDay = DAY_VALUE.test((scan.previousValue ?? '').slice(0, 10)) ? scan.previousValue!.slice(0, 10) : scan.pub;
      const day = found ? found.day.value.slice(0, 10) : storyDay;
      const value = `${day}${t.value.slice(OPEN_DAY.length)}`;
      if (found?.join) {
        dropped.add(found.day);
        replaced.set(t, { ...t, end: found.day.end, value });
      } else replaced.set(t, { ...t, value });
      // A part of the day ("mid-afternoon yesterday") names no clock time to give the event.
      if (!found || !/^\d/.test(clockOf(value))) continue;
      // The event of that day gets the time, when its date is that very day.
      const precision = /\d[:.]\d\d|\b\d{4}\b/.test(s.slice(t.start, t.end)) ? 'minute' : 'hour';
      expressions = expressions.map((e) =>
        e.start <= found.day.start && found.day.end <= e.end && e.date.precision === 'day' && e.date.start === day && !e.time
          ? { ...e, time: { clock: clockOf(value), precision } }
          : e);
    }
    const timexes = overnight(s, result.timexes.filter((t) => !dropped.has(t)).map((t) => replaced.get(t) ?? t));
    return { ...result, expressions, timexes };
  },
};
