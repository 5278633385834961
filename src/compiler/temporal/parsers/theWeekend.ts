// "over the weekend", "at the weekend": the last one in a past clause, the
// coming one in a future clause.
import { addDays } from '../../../model/calendar';
import { weekdayDate } from '../resolve';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import type { ResolvedDate } from '../types';
import { timex, weekValue } from '../timex';

const THE_WEEKEND_RE = sticky(`(?:over|at|during|on)\\s+the\\s+weekend(?![\\w'\\u2019])`, 'i');

/** Saturday and Sunday, at the coarsest unit that holds both: the month, or the year when they straddle two. */
export function weekendOf(saturday: string): ResolvedDate {
  const sunday = addDays(saturday, 1);
  return { start: saturday, end: sunday, precision: saturday.slice(0, 7) === sunday.slice(0, 7) ? 'month' : 'year' };
}

export const theWeekend: Parser = {
  name: 'the-weekend',
  example: 'the mine flooded over the weekend',
  firstWords: ['over', 'at', 'during', 'on'],
  parse(scan, at) {
    const m = exec(THE_WEEKEND_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const tense = tenseAt(scan.s, at, end);
    const saturday = weekdayDate(scan.pub, 6, tense === 'future' ? 'on-or-after' : 'on-or-before');
    const e = expression(scan, at, end, weekendOf(saturday), 'the-weekend', tense === 'future' ? 'future' : 'past');
    return { ...single(end, e), timexes: [timex(scan.s, at, end, 'DATE', `${weekValue(saturday)}-WE`)] };
  },
};
