// A time of day: "8 p.m.", "10:30 a.m. EST", "0340 GMT", "15:45 local
// time", "noon", "midnight", "4 in the morning", "10 o'clock". TIMEX3 type
// TIME, its day left open here: refiners/timeOfDay.ts joins it to the day
// written right after it ("10 p.m. Wednesday") or takes the sentence's day,
// and gives that day's event its hour.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { timex } from '../timex';
import { TIME_ZONE_NAMES, TIME_ZONE_SRC } from '../resources/patterns';

const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ZONE_NAME = `${TIME_ZONE_SRC}(?![A-Za-z])`;
/** "GMT", "(EST)", "local time": a bracket only when the zone opens it. */
const ZONE = `(?:\\s*\\(${ZONE_NAME}\\)|\\s*${ZONE_NAME})`;

// "8 p.m.", "8:30 a.m.", "8pm", "10 o'clock", "four in the morning".
const TWELVE_HOUR_RE = sticky(
  `(?:(\\d{1,2})(?:[:.](\\d{2}))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))` +
  `\\s*(?:([ap])\\.?\\s?m\\.?(?![a-z])|o['\\u2019]clock|in\\s+the\\s+(morning|afternoon|evening))${ZONE}?`, 'i');
// "15:45 GMT", "0340 GMT", "2200 hours": a 24-hour clock, which needs its zone or "hours" unless it has a colon.
const TWENTY_FOUR_RE = sticky(`(?:([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)(?![:.,]\\d)${ZONE}?|([01]\\d|2[0-3])([0-5]\\d)(?:${ZONE}|\\s+hours(?![\\w-])))`, 'i');
// "noon ET", "midnight GMT": the zone is part of the time, as after a clock.
const NOON_RE = sticky(`(noon|midday|midnight)(?![\\w-])${ZONE}?`, 'i');

const ZONE_WORDS: ReadonlySet<string> = new Set(TIME_ZONE_NAMES);

/**
 * Where the time from `at` to `end` ends once a zone written in lower case is left out: the patterns ignore case, but
 * "at noon eat lunch" or "5 p.m. est" names no zone ("local time" and "Eastern Time" are written so).
 */
function withoutLowerZone(s: string, at: number, end: number): number {
  const tail = /\s*\(?([A-Za-z]+)\)?$/.exec(s.slice(at, end));
  return tail && ZONE_WORDS.has(tail[1]!.toUpperCase()) && tail[1] !== tail[1]!.toUpperCase() ? end - tail[0].length : end;
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A TIME with its day left open (X): the refiner fills it from the day the words give or the sentence's. */
function time(s: string, at: number, end: number, value: string) {
  return timexesOnly(end, [timex(s, at, end, 'TIME', `XXXX-XX-XXT${value}`)]);
}

export const clockTime: Parser = {
  name: 'clock-time',
  example: 'the blast came at 10:40 a.m. Monday',
  firstWords: [...Object.keys(HOUR_WORDS), 'noon', 'midday', 'midnight'],
  parse(scan, at) {
    const { s } = scan;
    let m = exec(TWELVE_HOUR_RE, s, at);
    if (m) {
      const hourIn = m[1] !== undefined ? Number(m[1]) : HOUR_WORDS[m[3]!.toLowerCase()]!;
      const minute = m[2] !== undefined ? Number(m[2]) : 0;
      if (hourIn < 1 || hourIn > 12 || minute > 59) return null;
      // "ten o'clock" says neither: the part of the day written after it does ("six o'clock on Wednesday morning"), else
      // the hours people are about (seven to eleven in the morning, one to six in the afternoon).
      const partAfter = /\b(morning|afternoon|evening|night)\b/i.exec(s.slice(at + m[0].length, at + m[0].length + 40))?.[1]?.toLowerCase();
      const pm = m[4] ? m[4].toLowerCase() === 'p' : m[5] ? m[5].toLowerCase() !== 'morning' : partAfter ? partAfter !== 'morning' : hourIn < 7;
      const hour = pm ? (hourIn % 12) + 12 : hourIn % 12;
      return time(s, at, withoutLowerZone(s, at, at + m[0].length), clock(hour, minute));
    }
    m = exec(TWENTY_FOUR_RE, s, at);
    // "15:45" alone might be a verse or a score; with a zone, "hours" or after "at" it is a time.
    if (m && m[1] !== undefined && !new RegExp(`${ZONE}$`, 'i').test(m[0]) &&
      !/\b(?:at|by|from|until|till|around|about|before|after|since|to|between|and)\s+$/i.test(s.slice(Math.max(0, at - 10), at))) m = null;
    if (m) {
      const hour = Number(m[1] ?? m[3]);
      const minute = Number(m[2] ?? m[4]);
      const end = withoutLowerZone(s, at, at + m[0].length);
      // "1830 eat": without its zone a four-figure number is no time.
      if (m[3] !== undefined && end < at + m[0].length) return null;
      return time(s, at, end, clock(hour, minute));
    }
    m = exec(NOON_RE, s, at);
    // "high noon comes today": a showdown, not an hour.
    if (m && /\bhigh\s+$/i.test(s.slice(Math.max(0, at - 6), at))) return null;
    if (m) {
      const word = m[1]!.toLowerCase();
      return time(s, at, withoutLowerZone(s, at, at + m[0].length), word === 'midnight' ? '24:00' : '12:00');
    }
    return null;
  },
};
