// "over the weekend", "at the weekend", "by the weekend": the last one in a
// past clause, the coming one in a future clause.
import { addDays } from '../../../model/calendar';
import { weekdayDate } from '../resolve';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import type { ResolvedDate } from '../types';
import { timex, weekValue } from '../timex';

// "by the weekend", "until the weekend", "since the weekend" too: the preposition is TimeML's signal, the tense chooses.
const THE_WEEKEND_RE = sticky(`(?:over|at|during|on|by|until|till|before|after|since|through|throughout)\\s+the\\s+weekend(?![\\w'\\u2019])`, 'i');

/** Saturday and Sunday, at the coarsest unit that holds both: the month, or the year when they straddle two. */
export function weekendOf(saturday: string): ResolvedDate {
  const sunday = addDays(saturday, 1);
  return { start: saturday, end: sunday, precision: saturday.slice(0, 7) === sunday.slice(0, 7) ? 'month' : 'year' };
}

export const theWeekend: Parser = {
  name: 'the-weekend',
  example: 'the mine flooded over the weekend',
  firstWords: ['over', 'at', 'during', 'on', 'by', 'until', 'till', 'before', 'after', 'since', 'through', 'throughout'],
  parse(scan, at) {
    const m = exec(THE_WEEKEND_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    // "forecast to hit by the weekend", "closed until the weekend": a term not told in the past lies ahead.
    const told = tenseAt(scan.s, at, end);
    const tense = told !== 'past' && /^(?:by|until|till)\s/i.test(m[0]) ? 'future' : told;
    const saturday = weekdayDate(scan.pub, 6, tense === 'future' ? 'on-or-after' : 'on-or-before');
    const e = expression(scan, at, end, weekendOf(saturday), 'the-weekend', tense === 'future' ? 'future' : 'past');
    return { ...single(end, e), timexes: [timex(scan.s, at, end, 'DATE', `${weekValue(saturday)}-WE`)] };
  },
};
