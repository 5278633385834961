// today, tonight, this morning; yesterday, last night, the day before
// yesterday; tomorrow, the day after tomorrow: days counted from publication.
import { addDays } from '../../../model/calendar';
import { dayDate } from '../resolve';
import { exec, expression, single, sticky, timexesOnly, type Found, type Parser } from '../scan';
import { dayTimex, startWithEdge } from '../timex';
import { NOWADAYS_NOUNS } from '../resources/patterns';

const DAY_PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
// "yesterday's announcement": the possessive is read too, as a TIMEX3 that dates no event of its own.
const END = "(?:['\\u2019]s)?(?![\\w'\\u2019])";
const TODAY_RE = sticky(`(?:today|tonight|this\\s+(?:morning|afternoon|evening))${END}`, 'i');
const YESTERDAY_RE = sticky(`(?:the\\s+day\\s+before\\s+yesterday|yesterday${DAY_PART}|last\\s+night)${END}`, 'i');
const TOMORROW_RE = sticky(`(?:the\\s+day\\s+after\\s+tomorrow|tomorrow${DAY_PART})${END}`, 'i');
// "in today's world", "for today's youth", "today's young people": these times, no day (see NOWADAYS_NOUNS).
const NOWADAYS_RE = new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${NOWADAYS_NOUNS.join('|')})\\b`);

export const casualDay: Parser = {
  name: 'casual-day',
  example: 'the river burst its banks yesterday',
  firstWords: ['today', 'tonight', 'this', 'the', 'yesterday', 'last', 'tomorrow'],
  parse(scan, at) {
    const { s, pub } = scan;
    // "late yesterday", "tonight", "yesterday morning": TimeML marks the edge and the part of the day.
    const day = (m: RegExpExecArray, date: string, rule: string, tense: 'past' | 'present' | 'future'): Found => {
      const end = at + m[0].length;
      const possessive = /['\u2019]s$/.test(m[0]);
      const part = /(morning|afternoon|evening|night)(?:['\u2019]s)?$|^(tonight)(?:['\u2019]s)?$/i.exec(m[0]);
      const t = dayTimex(s, startWithEdge(s, at), end, date, part?.[1] ?? part?.[2]);
      if (possessive) return timexesOnly(end, [t]);
      return { ...single(end, expression(scan, at, end, dayDate(date), rule, tense)), timexes: [t] };
    };
    let m = exec(TODAY_RE, s, at);
    if (m && /^today['\u2019]s$/i.test(m[0]) && NOWADAYS_RE.test(s.slice(at + m[0].length, at + m[0].length + 40))) return null;
    if (m) return day(m, pub, 'today', 'present');
    m = exec(YESTERDAY_RE, s, at);
    if (m) return day(m, addDays(pub, /before/i.test(m[0]) ? -2 : -1), 'yesterday', 'past');
    m = exec(TOMORROW_RE, s, at);
    if (m) return day(m, addDays(pub, /after/i.test(m[0]) ? 2 : 1), 'tomorrow', 'future');
    return null;
  },
};
