// today, tonight, this morning; yesterday, last night, the day before
// yesterday; tomorrow, the day after tomorrow: days counted from publication.
import { addDays } from '../../../model/calendar';
import { dayDate } from '../resolve';
import { exec, expression, single, sticky, type Found, type Parser } from '../scan';
import { dayTimex, startWithEdge } from '../timex';

const DAY_PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
const TODAY_RE = sticky(`(?:today|tonight|this\\s+(?:morning|afternoon|evening))(?![\\w'\\u2019])`, 'i');
const YESTERDAY_RE = sticky(`(?:the\\s+day\\s+before\\s+yesterday|yesterday${DAY_PART}|last\\s+night)(?![\\w'\\u2019])`, 'i');
const TOMORROW_RE = sticky(`(?:the\\s+day\\s+after\\s+tomorrow|tomorrow${DAY_PART})(?![\\w'\\u2019])`, 'i');

export const casualDay: Parser = {
  name: 'casual-day',
  example: 'the river burst its banks yesterday',
  firstWords: ['today', 'tonight', 'this', 'the', 'yesterday', 'last', 'tomorrow'],
  parse(scan, at) {
    const { s, pub } = scan;
    // "late yesterday", "tonight", "yesterday morning": TimeML marks the edge and the part of the day.
    const day = (m: RegExpExecArray, date: string, rule: string, tense: 'past' | 'present' | 'future'): Found => {
      const end = at + m[0].length;
      const part = /(morning|afternoon|evening|night)$|^(tonight)$/i.exec(m[0]);
      const t = dayTimex(s, startWithEdge(s, at), end, date, part?.[1] ?? part?.[2]);
      return { ...single(end, expression(scan, at, end, dayDate(date), rule, tense)), timexes: [t] };
    };
    let m = exec(TODAY_RE, s, at);
    if (m) return day(m, pub, 'today', 'present');
    m = exec(YESTERDAY_RE, s, at);
    if (m) return day(m, addDays(pub, /before/i.test(m[0]) ? -2 : -1), 'yesterday', 'past');
    m = exec(TOMORROW_RE, s, at);
    if (m) return day(m, addDays(pub, /after/i.test(m[0]) ? 2 : 1), 'tomorrow', 'future');
    return null;
  },
};
