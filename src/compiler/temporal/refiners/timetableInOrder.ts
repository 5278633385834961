// Two timetable days joined by "and": "registration opens Monday and closes
// Friday", "the talks resume Monday and end Friday" read on a Wednesday. Each
// weekday ahead is counted from publication, which put the Friday two days on,
// before the Monday it follows; a timetable told in order runs forward, so the
// second day is the first such weekday after the first. So does a list of
// days after a timetable: "the team plays Monday and Friday", where the
// Friday alone was read as the one gone by.
//
// Left alone: days gone by ("opened Monday and closed Friday"), a second day
// already after the first ("begins Friday and ends Monday"), and two days
// with more than a verb and its object between them, or a comma, "after" or
// "before" ("opens Monday, a day after ministers meet Sunday").
import { addDays, daysBetween, weekday } from '../../../model/calendar';
import { dayDate, weekdayDate } from '../resolve';
import type { Refiner } from '../scan';
import type { TimeExpression, Timex } from '../types';

/** "and" (or "then"), a verb and up to three words of its object, nothing that opens another clause. */
const JOINED_BETWEEN = /^\s+(?:and|then|and\s+then)\s+(?:(?!(?:after|before|since|when|while|who|which|that)\b)[A-Za-z'\u2019-]+\s+){1,4}(?:on\s+)?$/i;
/** A list of days: "plays Monday and Friday", "meets Monday or Tuesday", "Monday, Wednesday and Friday". */
const LIST_BETWEEN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:on\s+)?$/i;
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})/;

/** The index of a weekday that follows, in the text and by "and" or a list, a weekday ahead it precedes in time. */
function outOfOrder(es: readonly TimeExpression[], s: string, pub: string): number {
  for (let k = 1; k < es.length; k += 1) {
    const [a, b] = [es[k - 1]!, es[k]!];
    if (!a.rule.startsWith('weekday-') || a.date.start <= pub || b.date.start >= a.date.start) continue;
    const between = s.slice(a.end, b.start);
    if ((b.rule === 'weekday-future' && JOINED_BETWEEN.test(between)) || (/^weekday-(?:past|future)$/.test(b.rule) && LIST_BETWEEN.test(between))) return k;
  }
  return -1;
}

export const timetableInOrder: Refiner = {
  name: 'timetable-in-order',
  refine(result, scan) {
    let expressions = result.expressions;
    let timexes = result.timexes;
    for (let k = outOfOrder(expressions, scan.s, scan.pub), guard = 0; k !== -1 && guard < 8; k = outOfOrder(expressions, scan.s, scan.pub), guard += 1) {
      const [a, b] = [expressions[k - 1]!, expressions[k]!];
      const day = weekdayDate(a.date.start, weekday(b.date.start), 'after');
      const shift = daysBetween(b.date.start, day);
      const moved: TimeExpression = { ...b, date: dayDate(day), rule: 'weekday-in-order' };
      expressions = expressions.map((e, i) => (i === k ? moved : e));
      timexes = timexes.map((t): Timex => {
        const m = DAY_VALUE.exec(t.value);
        if (!m || t.start < b.start || t.end > b.end || m[1] !== b.date.start) return t;
        return { ...t, value: addDays(m[1]!, shift) + t.value.slice(m[1]!.length) };
      });
    }
    return expressions === result.expressions ? result : { ...result, expressions, timexes };
  },
};
