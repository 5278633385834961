// Parses one calendar phrase at a given offset ("Dec. 12", "12 December 2022",
// "May 2021", "the fall of 2020", "early 1990s", "1991", "May") into its
// stated parts, and resolves those parts to days once the tense is known.
// Whether a bare year, month or season is a date at all is the caller's call.
import type { Season } from '../../model/calendar';
import { isValidDay, isoDay, parseIsoDay } from '../../model/calendar';
import {
  MONTHS, MONTH_SRC, ORDINAL_WORDS, PART_FIRST_WORDS, PART_SRC, SEASONS, SEASON_SRC, WEEKDAYS, partOf, spelledYearAt, type Part,
} from './resources/patterns';
import { alternation } from '../text/lexicon';
import { WordTable } from './wordTable';
import type { ResolvedDate } from './types';
import type { ClauseTense } from './tenseAt';
import {
  dayDate, decadeDate, monthDate, seasonDate, yearDate, yearlessDay, yearlessMonth, yearlessSeason,
} from './resolve';

export type PhraseKind = 'iso' | 'month-day' | 'month-year' | 'month' | 'year' | 'season' | 'decade' | 'day';

export interface Phrase {
  start: number;
  end: number;
  kind: PhraseKind;
  year?: number;
  month?: number;
  day?: number;
  season?: Season;
  part?: Part;
  weekday?: number;
  /** A bare year, month or season: a date only in a date-ish context. */
  bare: boolean;
  /** A bare year more than ten years after publication: a date only as a target ("by 2050"). */
  far?: boolean;
}

const ORD = '(?:st|nd|rd|th)?';
const YEAR4 = '(\\d{4})(?![\\d])(?![.,:]\\d)';

function sticky(src: string): RegExp {
  return new RegExp(src, 'y');
}

const ISO_RE = sticky('(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])');
const MONTH_DAY_RE = sticky(`(${PART_SRC})?(${MONTH_SRC})\\s*(\\d{1,2})${ORD}(?!\\d|[:.,]\\d|\\s*%)`);
const DAY_MONTH_RE = sticky(`(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_SRC})`);
// "the third of May", "the twenty-first of June": a day in words, always with "of" (the article is the lead's).
const DAY_WORD_MONTH_RE = sticky(`(${alternation(Object.keys(ORDINAL_WORDS))})\\s+of\\s+(${MONTH_SRC})`);
// "March eighth", "on May the first": the day in words after its month, as speech is transcribed. Only
// before punctuation, a year or a function word, so "the March second round" and "May first need" stay words.
const MONTH_DAY_WORD_RE = sticky(
  `(${MONTH_SRC})\\s+(?:the\\s+)?(${alternation(Object.keys(ORDINAL_WORDS))})(?![\\w-])` +
  `(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:\\d{4}|and|or|at|in|on|when|to|the|by|with|from|for|as|after|before|until|this|that|is|was|will|would)\\b)`,
);
const YEAR_SUFFIX_RE = sticky(`,?\\s+${YEAR4}`);
// "Dec. 12 last year", "in March of next year": the year named relative to publication.
const REL_YEAR_SRC = `\\s+(?:of\\s+)?(last|this|next)\\s+year(?![\\w'\\u2019])`;
const REL_YEAR_SUFFIX_RE = sticky(REL_YEAR_SRC);
const MONTH_REL_YEAR_RE = sticky(`(${PART_SRC})?(${MONTH_SRC})${REL_YEAR_SRC}`);
const SEASON_REL_YEAR_RE = sticky(`(${PART_SRC})?(${SEASON_SRC})${REL_YEAR_SRC}`);
const REL_YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
const MONTH_YEAR_RE = sticky(`(${PART_SRC})?(${MONTH_SRC}),?\\s+(?:of\\s+)?${YEAR4}`);
const SEASON_YEAR_RE = sticky(`(${PART_SRC})?(${SEASON_SRC})\\s+(?:of\\s+)?${YEAR4}`);
// "January nineteen ninety-seven", "the spring of nineteen eighty-six": a year in words, as speech is transcribed.
const BEFORE_SPELLED = ',?\\s+(?:of\\s+)?(?=(?:nineteen|eighteen|twenty)[\\s-])';
const MONTH_SPELLED_YEAR_RE = sticky(`(${PART_SRC})?(${MONTH_SRC})${BEFORE_SPELLED}`);
const SEASON_SPELLED_YEAR_RE = sticky(`(${PART_SRC})?(${SEASON_SRC})${BEFORE_SPELLED}`);
const DECADE_RE = sticky(`(${PART_SRC})?(?:(1[89]|20)(\\d)0s|['\\u2019](\\d)0s)(?![A-Za-z])`);
const YEAR_RE = sticky(`(${PART_SRC})?${YEAR4}`);
const MONTH_RE = sticky(`(${PART_SRC})?(${MONTH_SRC})`);
const SEASON_RE = sticky(`(${PART_SRC})?(${SEASON_SRC})(?![A-Za-z])`);
// Holidays on a fixed day of the Gregorian calendar; movable feasts (Easter) are left out.
const HOLIDAYS: Record<string, [number, number]> = {
  'new year\u2019s day': [1, 1], "new year's day": [1, 1], 'new year\u2019s eve': [12, 31], "new year's eve": [12, 31],
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], 'boxing day': [12, 26],
  'valentine\u2019s day': [2, 14], "valentine's day": [2, 14], halloween: [10, 31],
};
const HOLIDAY_RE = sticky(`(New Year[\u2019']s (?:Day|Eve)|Christmas(?: Eve| Day)?|Boxing Day|Valentine[\u2019']s Day|Halloween)(?![A-Za-z])`);
const DAY_RE = sticky(`(?:the\\s+)?(\\d{1,2})${ORD}(?![\\d:%]|[.,]\\d)`);

/** Every word a phrase can begin with, lower case: a part, a month, a season, a holiday, "the" of "the 12th of May". */
export const PHRASE_FIRST_WORDS = [
  ...PART_FIRST_WORDS, ...Object.keys(MONTHS), ...Object.keys(SEASONS), 'new', 'christmas', 'boxing', 'valentine', 'halloween',
  ...Object.keys(ORDINAL_WORDS).map((w) => w.split(/[\s-]/)[0]!),
];
const PHRASE_FIRST = new WordTable();
for (const w of PHRASE_FIRST_WORDS) PHRASE_FIRST.add(w, 1);

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function run(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Upper bound for a stated year: a bare number further ahead is not a year. */
export function plausibleYear(year: number, pubYear: number, bare: boolean): boolean {
  return bare ? year >= 1800 && year <= pubYear + 10 : year >= 1000 && year <= pubYear + 100;
}

type Form = {
  /** The form's name, for reading and for tests. */
  name: string;
  /** A phrase of this form, as news writes it. */
  example: string;
  pattern: RegExp;
  /** The phrase the match names, or null when it names none (a 31st of February, a year out of range). */
  build(m: RegExpExecArray, s: string, at: number, pubYear: number): Phrase | null;
};

const partIn = (m: RegExpExecArray): Part | undefined => (m[1] ? partOf(m[1]) : undefined);

/**
 * The forms of a calendar phrase, tried in this order at a position; the
 * first that builds a phrase wins, so the longer forms come first ("May 2021"
 * before "May", "12 December 2022" before "12 December").
 */
export const PHRASE_FORMS: readonly Form[] = [
  {
    name: 'iso', example: '2022-12-22', pattern: ISO_RE,
    build(m, _s, at, pubYear) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDay(y, mo, d) || !plausibleYear(y, pubYear, false)) return null;
      return { start: at, end: at + m[0].length, kind: 'iso', year: y, month: mo, day: d, bare: false };
    },
  },
  {
    name: 'month-day', example: 'Dec. 12, 2022', pattern: MONTH_DAY_RE,
    build(m, s, at, pubYear) {
      const month = monthNumber(m[2] ?? '');
      const day = Number(m[3]);
      if (day < 1 || day > 31 || !month) return null;
      const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
      return { start: at, end, kind: 'month-day', month, day, year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'month-day-word', example: 'March eighth, 1998', pattern: MONTH_DAY_WORD_RE,
    build(m, s, at, pubYear) {
      const month = monthNumber(m[1] ?? '');
      const day = ORDINAL_WORDS[(m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')];
      if (!day || !month) return null;
      const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
      return { start: at, end, kind: 'month-day', month, day, year, bare: false };
    },
  },
  {
    name: 'holiday', example: 'Christmas Eve 2020', pattern: HOLIDAY_RE,
    build(m, s, at, pubYear) {
      const [month, day] = HOLIDAYS[(m[1] ?? '').toLowerCase()] ?? [0, 0];
      if (!month) return null;
      const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
      return { start: at, end, kind: 'month-day', month, day, year, bare: false };
    },
  },
  {
    name: 'day-word-month', example: 'the third of May', pattern: DAY_WORD_MONTH_RE,
    build(m, s, at, pubYear) {
      const month = monthNumber(m[2] ?? '');
      const day = ORDINAL_WORDS[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
      // "the third of May's children": a name's possessive, not a date.
      if (!day || !month || /^['\u2019]s\b/.test(s.slice(at + m[0].length, at + m[0].length + 3))) return null;
      const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
      return { start: at, end, kind: 'month-day', month, day, year, bare: false };
    },
  },
  {
    name: 'day-month', example: '12 December 2022', pattern: DAY_MONTH_RE,
    build(m, s, at, pubYear) {
      const month = monthNumber(m[2] ?? '');
      const day = Number(m[1]);
      if (day < 1 || day > 31 || !month) return null;
      const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
      const lead = /^the\s+/.exec(m[0]);
      return { start: at + (lead ? lead[0].length : 0), end, kind: 'month-day', month, day, year, bare: false };
    },
  },
  {
    name: 'month-year', example: 'May 2021', pattern: MONTH_YEAR_RE,
    build(m, _s, at, pubYear) {
      if (!plausibleYear(Number(m[3]), pubYear, false)) return null;
      return { start: at, end: at + m[0].length, kind: 'month-year', month: monthNumber(m[2] ?? ''), year: Number(m[3]), part: partIn(m), bare: false };
    },
  },
  {
    name: 'month-relative-year', example: 'March of next year', pattern: MONTH_REL_YEAR_RE,
    build(m, _s, at, pubYear) {
      const year = pubYear + (REL_YEAR_OFFSET[(m[3] ?? '').toLowerCase()] ?? 0);
      return { start: at, end: at + m[0].length, kind: 'month-year', month: monthNumber(m[2] ?? ''), year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'season-relative-year', example: 'spring of last year', pattern: SEASON_REL_YEAR_RE,
    build(m, _s, at, pubYear) {
      const year = pubYear + (REL_YEAR_OFFSET[(m[3] ?? '').toLowerCase()] ?? 0);
      return { start: at, end: at + m[0].length, kind: 'season', season: SEASONS[(m[2] ?? '').toLowerCase()], year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'season-year', example: 'fall of 2020', pattern: SEASON_YEAR_RE,
    build(m, _s, at, pubYear) {
      if (!plausibleYear(Number(m[3]), pubYear, false)) return null;
      return { start: at, end: at + m[0].length, kind: 'season', season: SEASONS[(m[2] ?? '').toLowerCase()], year: Number(m[3]), part: partIn(m), bare: false };
    },
  },
  {
    name: 'month-spelled-year', example: 'January nineteen ninety-seven', pattern: MONTH_SPELLED_YEAR_RE,
    build(m, s, at, pubYear) {
      const y = spelledYearAt(s, at + m[0].length, pubYear);
      return y && { start: at, end: y.end, kind: 'month-year', month: monthNumber(m[2] ?? ''), year: y.year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'season-spelled-year', example: 'the winter of nineteen ninety-four', pattern: SEASON_SPELLED_YEAR_RE,
    build(m, s, at, pubYear) {
      const y = spelledYearAt(s, at + m[0].length, pubYear);
      return y && { start: at, end: y.end, kind: 'season', season: SEASONS[(m[2] ?? '').toLowerCase()], year: y.year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'decade', example: 'early 1990s', pattern: DECADE_RE,
    build(m, _s, at, pubYear) {
      let year: number;
      if (m[2] !== undefined) year = Number(m[2]) * 100 + Number(m[3]) * 10;
      else {
        // "the '90s": the latest such decade that has begun by publication.
        const d = Number(m[4]) * 10;
        year = 2000 + d <= pubYear ? 2000 + d : 1900 + d;
      }
      if (year > pubYear + 10) return null;
      return { start: at, end: at + m[0].length, kind: 'decade', year, part: partIn(m), bare: false };
    },
  },
  {
    name: 'year', example: '1991', pattern: YEAR_RE,
    build(m, _s, at, pubYear) {
      const year = Number(m[2]);
      const far = year > pubYear + 10 && year <= pubYear + 100;
      if (!plausibleYear(year, pubYear, true) && !far) return null;
      return { start: at, end: at + m[0].length, kind: 'year', year, part: partIn(m), bare: !m[1], ...(far ? { far } : {}) };
    },
  },
  {
    name: 'month', example: 'May', pattern: MONTH_RE,
    build: (m, _s, at) => ({ start: at, end: at + m[0].length, kind: 'month', month: monthNumber(m[2] ?? ''), part: partIn(m), bare: true }),
  },
  {
    name: 'season', example: 'the spring', pattern: SEASON_RE,
    build: (m, _s, at) => ({ start: at, end: at + m[0].length, kind: 'season', season: SEASONS[(m[2] ?? '').toLowerCase()], part: partIn(m), bare: true }),
  },
];

/** A lone day number, read only after "Dec. 12 and" or "May 3-", with the year that may follow it. */
const BARE_DAY: Form = {
  name: 'day', example: '13', pattern: DAY_RE,
  build(m, s, at, pubYear) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    // "March 18-19, 1999": the year written after the range's last day is the whole range's.
    const { year, end } = yearSuffix(s, at + m[0].length, pubYear);
    return { start: at, end, kind: 'day', day, year, bare: false };
  },
};

/**
 * The longest calendar phrase starting exactly at `at`, or null. `allowBareDay`
 * accepts a lone day number, used only after "Dec. 12 and" or "May 3-".
 */
export function parsePhrase(s: string, at: number, pubYear: number, allowBareDay = false): Phrase | null {
  // Most words start no phrase: one look at the word spares the dozen patterns below.
  if (PHRASE_FIRST.valueAt(s, at) === 0) return null;
  for (const form of PHRASE_FORMS) {
    const m = run(form.pattern, s, at);
    const phrase = m && form.build(m, s, at, pubYear);
    if (phrase) return phrase;
  }
  if (allowBareDay) {
    const m = run(BARE_DAY.pattern, s, at);
    return m && BARE_DAY.build(m, s, at, pubYear);
  }
  return null;
}

/** The year written after a day and month ("Dec. 12, 2022", "Dec. 12 last year"), when there is a plausible one. */
function yearSuffix(s: string, at: number, pubYear: number): { year: number | undefined; end: number } {
  const m = run(YEAR_SUFFIX_RE, s, at);
  if (m && plausibleYear(Number(m[1]), pubYear, false)) return { year: Number(m[1]), end: at + m[0].length };
  const rel = run(REL_YEAR_SUFFIX_RE, s, at);
  if (rel) return { year: pubYear + (REL_YEAR_OFFSET[(rel[1] ?? '').toLowerCase()] ?? 0), end: at + rel[0].length };
  return { year: undefined, end: at };
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS[name.toLowerCase()] ?? -1;
}

/** Parts a phrase inherits from its neighbours in a list or range ("May 3-5", "May and June 2021"). */
export interface Inherited {
  year?: number;
  month?: number;
}

/** The days a phrase names, given the clause's tense; null when it cannot be placed. */
export function resolvePhrase(p: Phrase, pub: string, tense: ClauseTense, inherited: Inherited = {}): ResolvedDate | null {
  const year = p.year ?? inherited.year;
  switch (p.kind) {
    case 'iso':
      return dayDate(isoDay(p.year ?? 0, p.month ?? 1, p.day ?? 1));
    case 'day':
    case 'month-day': {
      const month = p.month ?? inherited.month;
      if (month === undefined || p.day === undefined) return null;
      if (year !== undefined) return isValidDay(year, month, p.day) ? dayDate(isoDay(year, month, p.day)) : null;
      const day = yearlessDay(pub, month, p.day, tense, p.weekday);
      return day ? dayDate(day) : null;
    }
    case 'month-year':
    case 'month': {
      const month = p.month ?? 1;
      return monthDate(year ?? yearlessMonth(pub, month, tense), month, p.part);
    }
    case 'year':
      return p.year === undefined ? null : yearDate(p.year, p.part);
    case 'season': {
      if (!p.season) return null;
      return seasonDate(year ?? yearlessSeason(pub, p.season, tense), p.season, p.part);
    }
    case 'decade':
      return p.year === undefined ? null : decadeDate(p.year, p.part);
  }
}

export function pubYearOf(pub: string): number {
  return parseIsoDay(pub).year;
}
