// today, tonight, this morning; yesterday, last night, the day before
// yesterday; tomorrow, the day after tomorrow: days counted from publication.
import { addDays } from '../../../model/calendar';
import { dayDate } from '../resolve';
import { exec, expression, single, sticky, type Parser } from '../scan';

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
    let m = exec(TODAY_RE, s, at);
    if (m) return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(pub), 'today', 'present'));
    m = exec(YESTERDAY_RE, s, at);
    if (m) {
      const back = /before/i.test(m[0]) ? 2 : 1;
      return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(addDays(pub, -back)), 'yesterday', 'past'));
    }
    m = exec(TOMORROW_RE, s, at);
    if (m) {
      const ahead = /after/i.test(m[0]) ? 2 : 1;
      return single(at + m[0].length, expression(scan, at, at + m[0].length, dayDate(addDays(pub, ahead)), 'tomorrow', 'future'));
    }
    return null;
  },
};
