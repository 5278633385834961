// Times that recur (TimeML's SET): "daily", "weekly", "every day", "each
// Monday", "every two years", "on Sundays", "Tuesday nights", "twice a
// week", "on Monday and Tuesday nights". Values: the period ("P1D", "P2Y") or the
// recurring day with X for what varies ("XXXX-WXX-1", "XXXX-WXX-2TNI",
// "XXXX-SU"). A habit dates no event of the timeline. A rate after a count
// ("$5 billion a year", "four flights a week", "instructions per second") is
// a unit of the quantity, which the annotated news mostly leaves untagged:
// no TIMEX3.
import { NUMBER_SRC, numberValue, WEEKDAYS } from '../resources/patterns';
import { MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES } from '../../text/lexicon';
import { exec, sticky, timexesOnly, type Parser, type Scan } from '../scan';
import { durationValue, followsAmount, PART_OF_DAY, timex, wholeTimex } from '../timex';
import type { Timex } from '../types';

const ADVERB_PERIOD: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  yearly: 'P1Y', annually: 'P1Y', quarterly: 'P3M',
};
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** "Mondays", "Monday nights", "Mondays and Thursdays": a weekday or its part in the plural. */
const WEEKDAY_PLURAL = `(?:(${WEEKDAY_NAMES.join('|')})s(?:\\s+(morning|afternoon|evening|night)s?)?|(${WEEKDAY_NAMES.join('|')})\\s+(morning|afternoon|evening|night)s)`;
const UNIT_WORD = '(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|spring|summer|autumn|fall|winter)';

// "daily", "annually"; "quarterly" only as an adverb ("a quarterly dividend" is a kind of dividend).
const ADVERB_RE = sticky('(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|yearly|annually|quarterly)(?![\\w-])', 'i');
// "the party daily Granma reported": "daily" before the paper's name is the paper, no habit.
const NEWSPAPER_DAILY = /^\s+[A-Z]/;
// "sales rose 8% annually", "10,000 units annually", "the average daily volume": after an amount or "average" the
// adverb is the unit of a rate or a measure, which the annotated news leaves untagged ("rallies held almost daily",
// "gather daily" are habits).
const AVERAGE_BEFORE = /\baverage\s+$/i;
// "every day", "each Monday", "every two years", "every other week", "every Tuesday night".
const EVERY_RE = sticky(`(every|each)\\s+(?:(other)\\s+|(${NUMBER_SRC})\\s+)?(?:${UNIT_WORD}s?|(${WEEKDAY_NAMES.join('|')})(?:\\s+(morning|afternoon|evening|night))?)(?![\\w-])`, 'i');
// "on Sundays", "Tuesday nights".
const PLURAL_WEEKDAY_RE = sticky(`${WEEKDAY_PLURAL}(?![\\w-])`);
// "on Monday and Tuesday nights": a weekday joined to a plural one recurs with it, at the same part of the day; not when
// the plural is a clause's subject ("She left on Monday and Tuesday nights were quiet").
const SHARED_WEEKDAY_RE = sticky(`(${WEEKDAY_NAMES.join('|')})(?=\\s+(?:and|or|&)\\s+${WEEKDAY_PLURAL}(?![\\w-])(?!\\s+(?:are|were|is|was|have|had)\\b))`);

/** Whether the weekday at `at` shares the plural weekday after it ("Monday and Tuesday nights"): a habit, not a day. */
export function sharesPluralWeekday(s: string, at: number): boolean {
  return exec(SHARED_WEEKDAY_RE, s, at) !== null;
}
const WEEKENDS = 'XXXX-WXX-WE';
// "open on weekends", "shut at weekends": the plural after its preposition recurs as "on Mondays" does ("Weekends are
// busy" names them; "every weekend" is a period, P1WE, as "every month" is P1M).
const PLURAL_WEEKEND_RE = sticky('weekends(?![\\w-])', 'i');
const WEEKEND_LEAD = /\b(?:on|at|during|over)\s+$/i;

// The month capitalised, so "each may choose" stays a modal.
const EVERY_MONTH_RE = sticky(`([Ee]very|[Ee]ach)\\s+(${MONTH_NAMES.join('|')})(?![\\w-])`);
// "twice a week", "three times a year", "once a month"; "twice weekly", "three times daily" (the adverb in group 4).
const TIMES_RE = sticky(`(once|twice|thrice|(${NUMBER_SRC})\\s+times)\\s+(?:(?:a|an|per|each|every)\\s+${UNIT_WORD}|(hourly|daily|weekly|monthly|yearly|annually))(?![\\w-])`, 'i');

function unitPeriod(unit: string, count: number): string | null {
  const u = unit.toLowerCase();
  if (SEASON_CODE[u]) return null;
  if (PART_OF_DAY[u]) return null;
  return durationValue(count, u);
}

/** The recurring value of "every <unit>": a period, or a day part or season with X for what varies. */
function everyValue(unit: string, count: number): string {
  const u = unit.toLowerCase();
  if (SEASON_CODE[u]) return `XXXX-${SEASON_CODE[u]}`;
  if (PART_OF_DAY[u]) return `XXXX-XX-XXT${PART_OF_DAY[u]}`;
  return unitPeriod(u, count) ?? 'P1D';
}

function weekdayValue(name: string, part?: string): string {
  const n = WEEKDAYS[name.toLowerCase()] ?? 1;
  const code = PART_OF_DAY[(part ?? '').toLowerCase()];
  // TimeML numbers weekdays from Monday (1) to Sunday (7).
  return `XXXX-WXX-${n === 0 ? 7 : n}${code ? `T${code}` : ''}`;
}

function set(scan: Scan, start: number, end: number, value: string, extra: Partial<Pick<Timex, 'quant' | 'freq'>> = {}) {
  return timexesOnly(end, [{ ...timex(scan.s, start, end, 'SET', value), ...extra }]);
}

export const recurrence: Parser = {
  name: 'recurrence',
  example: 'the ferry sails twice a week',
  firstWords: [
    ...Object.keys(ADVERB_PERIOD), 'every', 'each', ...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((w) => `${w}s`), 'weekends', 'once', 'twice', 'thrice',
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'dozens', 'hundreds',
    'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'eleven', 'twelve', 'thirteen', 'fourteen',
    'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'one',
  ],
  parse(scan, at) {
    const { s } = scan;
    let m = exec(ADVERB_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const word = m[1]!.toLowerCase();
      if (word === 'quarterly' && /^\s+[a-z]/.test(s.slice(end, end + 2))) return null;
      if (word === 'daily' && NEWSPAPER_DAILY.test(s.slice(end, end + 3))) return null;
      if (followsAmount(s, at) || AVERAGE_BEFORE.test(s.slice(Math.max(0, at - 10), at))) return null;
      return set(scan, at, end, ADVERB_PERIOD[word]!);
    }
    // "each July", "every March": the month of every year.
    m = exec(EVERY_MONTH_RE, s, at);
    if (m) {
      const month = String(MONTH_NUMBERS[m[2]!.toLowerCase()]).padStart(2, '0');
      return set(scan, at, at + m[0].length, `XXXX-${month}`, { quant: m[1]!.toUpperCase() });
    }
    m = exec(EVERY_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const count = m[2] ? 2 : m[3] ? numberValue(m[3]) : 1;
      // "every few years", "every several months": a period of unstated length (PXY), not one year.
      const value = m[5] ? weekdayValue(m[5], m[6]) : count === null ? durationValue(null, m[4]!) : everyValue(m[4]!, count);
      return set(scan, at, end, value, { quant: m[1]!.toUpperCase() });
    }
    m = exec(SHARED_WEEKDAY_RE, s, at);
    if (m) return set(scan, at, at + m[0].length, weekdayValue(m[1]!, m[3] ?? m[5]));
    m = exec(PLURAL_WEEKDAY_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return set(scan, at, end, weekdayValue(m[1] ?? m[3]!, m[2] ?? m[4]));
    }
    m = exec(PLURAL_WEEKEND_RE, s, at);
    if (m && WEEKEND_LEAD.test(s.slice(Math.max(0, at - 8), at))) return set(scan, at, at + m[0].length, WEEKENDS);
    m = exec(TIMES_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const word = m[1]!.toLowerCase();
      const freq = word === 'once' ? 1 : word === 'twice' ? 2 : word === 'thrice' ? 3 : numberValue(m[2] ?? '') ?? 2;
      const value = m[4] ? ADVERB_PERIOD[m[4].toLowerCase()]! : everyValue(m[3]!, 1);
      return timexesOnly(end, [{ ...wholeTimex(at, end, 'SET', value), freq: `${freq}X` }]);
    }
    return null;
  },
};
