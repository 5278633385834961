// A part of the day written before its day: "mid-afternoon yesterday",
// "late morning Tuesday", "in the evening today". TimeML makes it one TIME
// with the day ("1989-11-01TAF"), "mid", "early" and "late" giving its mod.
// Here the part is left open ("XXXX-XX-XXTAF"); the time-of-day refiner
// joins it to the day written right after it, which the day's own parser
// resolves. A part not followed by a day ("the morning shift") is no date.
import { WEEKDAY_SRC } from '../resources/patterns';
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { PART_OF_DAY, timex } from '../timex';

const PART_BEFORE_DAY_RE = sticky(
  `(?:(mid|early|late)[-\\s]?)?(morning|afternoon|evening|night)(?=\\s+(?:yesterday|today|tomorrow|(?:on\\s+)?(?:${WEEKDAY_SRC}))(?![\\w'\\u2019-]))`, 'i');

export const partOfDay: Parser = {
  name: 'part-of-day',
  example: 'shares were up at mid-afternoon yesterday',
  firstWords: ['mid', 'midmorning', 'midafternoon', 'midevening', 'early', 'late', 'morning', 'afternoon', 'evening', 'night'],
  parse(scan, at) {
    const m = exec(PART_BEFORE_DAY_RE, scan.s, at);
    // "Good morning Tuesday fans" greets.
    if (!m || /\bgood\s+$/i.test(scan.s.slice(Math.max(0, at - 6), at))) return null;
    const end = at + m[0].length;
    const value = `XXXX-XX-XXT${PART_OF_DAY[(m[2] ?? '').toLowerCase()]}`;
    // timex() reads "mid-", "early" and "late" as the mod; "midmorning" written as one word it does not split.
    return timexesOnly(end, [timex(scan.s, at, end, 'TIME', value, /^mid[a-z]/i.test(m[0]) ? { mod: 'MID' } : {})]);
  },
};
