// "on the 10th": a day of the month without its month, this month or a
// neighbour by the clause's tense. "the 10th anniversary" is no date.
import { dayDate, dayOfMonth as dayOfMonthDate } from '../resolve';
import { exec, expression, single, sticky, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';

const ON_THE_DAY_RE = sticky('[Oo]n\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|when|at|in|as|after|before|with|to|for|from|by|of\\s+(?:this|last|the)\\s+month)\\b)');

export const dayOfMonth: Parser = {
  name: 'day-of-month',
  example: 'the earthquake struck on the 10th',
  firstWords: ['on'],
  parse(scan, at) {
    const m = exec(ON_THE_DAY_RE, scan.s, at);
    if (!m) return null;
    const end = at + m[0].length;
    const tense = tenseAt(scan.s, at, end);
    const day = dayOfMonthDate(scan.pub, Number(m[1]), tense);
    return day ? single(end, expression(scan, at, end, dayDate(day), 'day-of-month', tense)) : null;
  },
};
