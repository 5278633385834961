// The patterns every rule of the tagger is built from (after HeidelTime's
// repattern resources): month, weekday, season, part, count and unit, as
// regular-expression sources, with the tables that normalise what they match.
// The words themselves come from the shared lexicon (text/lexicon.ts).
import type { Season } from '../../../model/calendar';
import { MONTH_NAMES, MONTH_NUMBERS, SEASON_WORDS, WEEKDAY_NAMES, WEEKDAY_NUMBERS } from '../../text/lexicon';

/** Month names as written in news, keyed by lower case; abbreviations with and without the dot. */
export const MONTHS: Readonly<Record<string, number>> = MONTH_NUMBERS;

/**
 * Capitalised month names only: "may", "march" and "dec" in lower case are
 * words, not months. "Mar" and "Jun" without a dot read as names too often.
 */
export const MONTH_SRC =
  `(?:${MONTH_NAMES.join('|')}|` +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?|' +
  `${MONTH_NAMES.map((n) => n.toUpperCase()).join('|')})(?![A-Za-z])`;

export const WEEKDAYS: Readonly<Record<string, number>> = WEEKDAY_NUMBERS;

/** Full weekday names only: "Sun", "Sat" and "Wed" are words far more often than days. */
export const WEEKDAY_SRC = `(?:${WEEKDAY_NAMES.join('|')})`;

export const SEASONS: Readonly<Record<string, Season>> = SEASON_WORDS;

/**
 * Nouns that make "today's" mean these times, not the day of publication: "for today's youth", "in today's world".
 * Such a "today" names no day and is left untagged, as both TimeML corpora leave it; "today's meeting" is the day.
 */
export const NOWADAYS_NOUNS = [
  'world', 'society', 'youth', 'generation', 'generations', 'young', 'kids', 'children', 'teenagers', 'teens',
  'students', 'parents', 'families', 'consumers', 'voters', 'workers', 'economy', 'technology', 'standards', 'culture',
];

/**
 * Words that make "hours" or "minutes" a kind of hours, not a stretch of time: "cut office hours after the strike",
 * "extended visiting hours before the holiday" (any word in -ing is one too: "opening", "working", "trading").
 */
export const HOUR_KIND_WORDS = [
  'office', 'business', 'peak', 'rush', 'man', 'extra', 'overtime', 'school', 'lost', 'billable', 'daylight', 'happy',
  'wee', 'small', 'late', 'early', 'long', 'many', 'unpaid', 'paid', 'contact', 'flight', 'airtime', 'call', 'cell',
];

/**
 * Time zones written after a clock time, part of its TIMEX3 ("5 p.m. EST", "0340 GMT", "8 p.m. ET", "noon ET"): the
 * standard and daylight names, the generic US ones news uses all year (ET, CT, MT, PT), and "local time".
 */
export const TIME_ZONE_NAMES = [
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'CT', 'MT', 'PT', 'AKST', 'AKDT', 'HST',
  'AST', 'ADT', 'BST', 'WET', 'WEST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'IST', 'PKT', 'WIB', 'SGT', 'HKT', 'KST', 'JST',
  'AWST', 'ACST', 'AEST', 'AEDT', 'NZST', 'NZDT', 'SAST', 'WAT', 'CAT', 'EAT',
];

/** A zone as a pattern: a name of TIME_ZONE_NAMES, "local time", or a US zone spelt out ("Eastern Standard Time"). */
export const TIME_ZONE_SRC =
  `(?:${TIME_ZONE_NAMES.join('|')}|local\\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\\s+(?:Standard|Daylight))?\\s+Time)`;

export const SEASON_SRC = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)';

/**
 * early / mid / late and their longer forms; the value narrows the interval, never the precision. "The end of"
 * is the last part as "late" is, except for a year: "by the end of the year" is its last month, where "late 2018"
 * is its last third.
 */
export type Part = 'early' | 'mid' | 'late' | 'end';
export const PART_SRC =
  '(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle|[Ee]nd)-(?=[A-Z0-9])|(?:[Ee]arly|[Ll]ate|[Mm]id)\\s+|' +
  '(?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+|[Tt]he\\s+(?:beginning|start|middle|end)\\s+of\\s+)';

export function partOf(text: string): Part | undefined {
  const t = text.toLowerCase();
  if (/early|beginning|start/.test(t)) return 'early';
  if (/end/.test(t)) return 'end';
  if (/late/.test(t)) return 'late';
  if (/mid/.test(t)) return 'mid';
  return undefined;
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, couple: 2,
};

/** Counts that name no exact number; a date built on them gets a coarser precision. */
const VAGUE_NUMBERS = new Set(['few', 'several', 'many', 'some', 'couple', 'dozens', 'hundreds', 'a few']);

export const NUMBER_SRC =
  '(?:\\d{1,3}(?:,\\d{3})*|(?:a\\s+)?few|several|many|some|dozens\\s+of|hundreds\\s+of|a\\s+couple\\s+of|' +
  // "the next couple of years": after "the next" or "the past" the count needs no "a".
  '(?<=\\b(?:next|past|last|first|previous|coming)\\s+)couple\\s+of|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|a|an|one\\s+hundred|a\\s+hundred)';

/** Every word a count in NUMBER_SRC can begin with, lower case. */
export const NUMBER_FIRST_WORDS = [
  'a', 'an', 'few', 'several', 'many', 'some', 'dozens', 'hundreds', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

/** Every word a part in PART_SRC can begin with, lower case. */
export const PART_FIRST_WORDS = ['early', 'late', 'mid', 'middle', 'end', 'the', 'beginning', 'start'];

/** The value of a count as written, or null for a vague one ("several"). */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/ of$/, '').trim();
  if (t === 'a couple' || t === 'couple') return 2;
  if (VAGUE_NUMBERS.has(t)) return null;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'one hundred' || t === 'a hundred') return 100;
  const parts = t.split(/[-\s]/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL_NUMBERS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export const UNIT_SRC = '(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?|minutes?|centuries|century)';

// ---- Ordinals in words: "the third of May", "the nineteenth century". ----

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** "first" 1 to "thirty-first" 31, the compound ones with a hyphen or a space ("twenty-first", "twenty first"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINAL_UNITS.map((w, k) => [w, k + 1]),
  ...ORDINAL_TEENS.map((w, k) => [w, k + 10]),
  ['twentieth', 20], ['thirtieth', 30],
  ...ORDINAL_UNITS.flatMap((w, k) => [[`twenty-${w}`, 21 + k], [`twenty ${w}`, 21 + k]]),
  ['thirty-first', 31], ['thirty first', 31],
]);

// ---- Years in words: "nineteen ninety-six", "eighteen oh five". ----

export const UNIT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TWO_WORD = `(${Object.keys(TENS_WORDS).join('|')})(?:[\\s-](${Object.keys(UNIT_WORDS).join('|')}))?|(${Object.keys(TEEN_WORDS).join('|')})|(?:oh|o)[\\s-](${Object.keys(UNIT_WORDS).join('|')})`;
const SPELLED_YEAR_RE = new RegExp(`(nineteen|eighteen|twenty)[\\s-]+(?:${TWO_WORD})(?![\\w-])`, 'iy');

/** A year in words starting exactly at `at` ("nineteen ninety-four"), no later than a century after `pubYear`. */
export function spelledYearAt(s: string, at: number, pubYear: number): { year: number; end: number } | null {
  SPELLED_YEAR_RE.lastIndex = at;
  const m = SPELLED_YEAR_RE.exec(s);
  if (!m) return null;
  const rest = m[2] ? TENS_WORDS[m[2].toLowerCase()]! + (m[3] ? UNIT_WORDS[m[3].toLowerCase()]! : 0)
    : m[4] ? TEEN_WORDS[m[4].toLowerCase()]! : UNIT_WORDS[m[5]!.toLowerCase()]!;
  const first = m[1]!.toLowerCase();
  const year = (first === 'eighteen' ? 1800 : first === 'nineteen' ? 1900 : 2000) + rest;
  return year > pubYear + 100 ? null : { year, end: at + m[0].length };
}
