// Quarters, halves and fiscal years, as results are reported: "the third
// quarter", "third-quarter profit", "Q3 2022", "the fourth quarter of 1990",
// "this year's first quarter", "the second half", "fiscal 2013", "the fiscal
// year ended June 30", and the periods named by comparison: "the latest
// quarter", "the year-earlier quarter", "the same period last year".
// TIMEX3 values "2022-Q3", "2022-H2", "2013"; a quarter or half with its
// year written or named ("the third quarter of 1990", "the second half of
// next year", "fiscal 2013") also dates an event, as that year narrowed to
// its months.
import { parseIsoDay } from '../../../model/calendar';
import { exec, expression, single, sticky, timexesOnly, type Found, type Parser, type Scan } from '../scan';
import { tenseAt } from '../tenseAt';
import { parsePhrase } from '../parsePhrase';
import { decadeDate, periodDate } from '../resolve';
import { quarterValue, shiftQuarter, timex } from '../timex';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4, latter: 2, 'first two': 1, 'last two': 2 };
const ORDINAL_SRC = '(first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\\s+half)|latter(?=\\s+half)|(?:first|last)\\s+two(?=\\s+quarters))';
/** Words that put a period a year before the one the story reports. */
const YEAR_BACK_SRC = '(?:comparable\\s+)?(?:year-earlier|year-ago|year-before|prior-year|comparable|corresponding)';
const YEAR_SRC = '((?:19|20)\\d\\d)';
/** What a quarter is counted within: a year written or named after it. */
// "the first half of the year" is one expression, its year read as a quarter's without one is.
const OF_YEAR = `(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:${YEAR_SRC}|(this|last|next)\\s+year|the\\s+(?:current\\s+)?year(?![\\w-])))?`;

// "the third quarter of 1990", "this year's first quarter", "the 1988 third quarter", "the fiscal first quarter", "its fourth quarter".
const ORDINAL_RE = sticky(
  `(?:(?:the|this|that|its|their)\\s+(?:${YEAR_SRC}\\s+|(${YEAR_BACK_SRC})\\s+)?|(this|last|next)\\s+year['\\u2019]s\\s+|${YEAR_SRC}['\\u2019]s\\s+)?` +
  `(?:(?:fiscal|calendar)[\\s-]+)?${ORDINAL_SRC}[\\s-]+(?:fiscal[\\s-]+)?(quarters?|half)(?![\\w-])${OF_YEAR}`, 'i');
// "third-quarter profit": the adjective alone is the TIMEX3.
const ADJECTIVE_RE = sticky(`(?:(?:fiscal|calendar)[\\s-]+)?${ORDINAL_SRC}-(?:fiscal-)?(quarter|half)(?=\\s+[a-z])`, 'i');
// "Q3", "Q3 2022", "3Q", "H1 2021".
const CODE_RE = sticky(`(?:([QH])([1-4])|([1-4])([QH]))(?:\\s+${YEAR_SRC})?(?![\\w-])`);
// "the quarter", "the latest quarter", "the year-earlier period", "the same period last year".
const PERIOD_RE = sticky(
  `(?:(?:the|that|this|its)\\s+(?:(latest|last|past|previous|current|same|recent|most\\s+recent|${YEAR_BACK_SRC})\\s+|${YEAR_SRC}\\s+)?|(last)\\s+year['\\u2019]s\\s+)` +
  '(?:fiscal\\s+)?(quarter|period)(?![\\w-])' +
  '(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year|a\\s+year\\s+before))?', 'i');
const YEAR_AGO_ADJECTIVE_RE = sticky('(year-earlier|year-ago)(?=\\s+(?:levels?|results?|figures?|sales|profits?|earnings|net|revenue|loss|period|quarter|month))', 'i');
// "fiscal 2013", "fiscal year 1990", "FY2013", "fiscal '90".
const FISCAL_RE = sticky(`(?:the\\s+)?(?:fiscal(?:\\s+year)?\\s+${YEAR_SRC}|FY\\s?${YEAR_SRC}|fiscal\\s+['\\u2019](\\d\\d))(?![\\w-])`, 'i');
// "the fiscal year", "the current fiscal year", "this fiscal year".
const THE_FISCAL_YEAR_RE = sticky('(?:the|this|its|last|next)\\s+(?:(current|past|previous|new|coming|next)\\s+)?(?:fiscal|financial)\\s+year(?![\\w-])', 'i');
// "for the year ended March 31": a results year, a length.
const THE_YEAR_ENDED_RE = sticky('the\\s+(?:full\\s+)?year(?=\\s+(?:that\\s+)?end(?:ed|ing|s)\\b)', 'i');
// "the year ended March 31": a length, not a date.
const ENDED_AFTER = /^\s+(?:that\s+)?end(?:ed|ing|s)\b/i;

// "last quarter", "next quarter", "the coming quarter": counted from the calendar quarter publication falls in.
const RELATIVE_QUARTER_RE = sticky('(?:(last|next)|the\\s+coming)\\s+quarter(?![\\w-])', 'i');

/** The calendar quarter a day falls in, moved by whole quarters. */
function quarterFrom(day: string, by: number): { year: number; n: number } {
  const q = /^(\d{4})-Q([1-4])$/.exec(quarterValue(day))!;
  const k = Number(q[1]) * 4 + Number(q[2]) - 1 + by;
  return { year: Math.floor(k / 4), n: (k % 4) + 1 };
}

/** The quarter the story reports: the one it named, else the last one complete at publication. */
function currentQuarter(scan: Scan): string {
  if (scan.reportedQuarter) return scan.reportedQuarter;
  const { year, month } = parseIsoDay(scan.pub);
  const q = Math.floor((month - 1) / 3) + 1;
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** The year of a quarter or half written without one: publication's, or the year before when a past clause names one not yet begun. */
function yearOf(scan: Scan, at: number, end: number, n: number, half: boolean): number {
  const { year, month } = parseIsoDay(scan.pub);
  const firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
  if (firstMonth > month && tenseAt(scan.s, at, end) === 'past') return year - 1;
  return year;
}

/** "the first half of the '80s": the decade with START or END, one TIMEX3 from the ordinal to the decade. */
function halfOfDecade(scan: Scan, at: number, end: number, n: number): Found | null {
  const of = /^\s+of\s+(?:the\s+)?/i.exec(scan.s.slice(end, end + 12));
  const phrase = of ? parsePhrase(scan.s, end + of[0].length, scan.pubYear) : null;
  if (!phrase || phrase.kind !== 'decade' || phrase.year === undefined || phrase.part) return null;
  const e = expression(scan, at, phrase.end, decadeDate(phrase.year, n === 1 ? 'early' : 'late'), 'half-decade', tenseAt(scan.s, at, phrase.end));
  const t = timex(scan.s, at, phrase.end, 'DATE', String(phrase.year).slice(0, 3), { mod: n === 1 ? 'START' : 'END' });
  return { ...single(phrase.end, e), timexes: [t] };
}

/** A named quarter or half: a TIMEX3, and an event date when its year is written. */
function period(scan: Scan, at: number, end: number, timexEnd: number, n: number, half: boolean, year: number | null, relative: number | null, skip = 0): Found {
  const y = year ?? (relative !== null ? scan.pubYear + relative : yearOf(scan, at, end, n, half));
  const value = `${y}-${half ? 'H' : 'Q'}${n}`;
  const t = timex(scan.s, at + skip, timexEnd, 'DATE', value);
  if (year === null && relative === null) return timexesOnly(end, [t]);
  const e = expression(scan, at, end, periodDate(y, n, half), half ? 'half-year' : 'quarter', tenseAt(scan.s, at, end));
  return { ...single(end, e), timexes: [t] };
}

const RELATIVE: Record<string, number> = { this: 0, last: -1, next: 1 };

export const quarter: Parser = {
  name: 'quarter',
  example: 'profit rose in the third quarter of 2022',
  firstWords: [
    'the', 'this', 'that', 'its', 'their', 'a', 'last', 'next', 'fiscal', 'calendar', 'first', 'second', 'third', 'fourth', 'final',
    'q', 'h', 'fy', 'year', 'latest', 'past', 'previous', 'current', 'same',
  ],
  parse(scan, at) {
    const { s } = scan;
    let m = exec(ORDINAL_RE, s, at);
    // "the third-quarter loss", "the third-quarter GNP figures": the adjective alone is the TIMEX3, so the scan moves on
    // to it. A capitalised word after it is a name or a new sentence, not the noun it qualifies; an acronym is a noun.
    if (m && /-(?:fiscal-)?(?:quarter|half)$/i.test(m[0]) && /^\s+(?:[a-z]|[A-Z]{2,}\b)/.test(s.slice(at + m[0].length, at + m[0].length + 12)) &&
      !/^(?:(?:fiscal|calendar)[\s-]+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-/i.test(m[0])) return null;
    if (m) {
      const end = at + m[0].length;
      const ordinal = m[5]!.toLowerCase().replace(/\s+/g, ' ');
      // "the first two quarters" are the first half.
      const half = m[6]!.toLowerCase() === 'half' || /two/.test(ordinal);
      if (m[6]!.toLowerCase() === 'quarters' && !/two/.test(ordinal)) return null;
      const n = half ? (/^(?:first|1st)/.test(ordinal) ? 1 : 2) : ORDINAL[ordinal]!;
      if (half && /^(?:third|fourth|3rd|4th)$/.test(ordinal)) return null;
      const written = m[1] ?? m[4] ?? m[7];
      const relative = m[3] ?? m[8];
      if (m[2]) {
        // "the year-earlier third quarter": that quarter of the year before the one reported.
        const year = Number(currentQuarter(scan).slice(0, 4)) - 1;
        return timexesOnly(end, [timex(s, at, end, 'DATE', `${year}-${half ? 'H' : 'Q'}${n}`)]);
      }
      // "the second half of the 1990s": a half of a decade is its start or end, as "the late 1990s" is.
      const ofDecade = half && !written && !relative ? halfOfDecade(scan, at, end, n) : null;
      if (ofDecade) return ofDecade;
      // "its fourth quarter": the possessive stays outside the TIMEX3.
      const own = /^(?:its|their)\s+/i.exec(m[0])?.[0].length ?? 0;
      return period(scan, at, end, end, n, half, written ? Number(written) : null, relative ? RELATIVE[relative.toLowerCase()]! : null, own);
    }
    m = exec(RELATIVE_QUARTER_RE, s, at);
    // "sales rose last quarter", "expects a loss next quarter": the quarter before or after publication's.
    // "the next quarter" of a story told in the past counts from the story's time, not publication's.
    if (m && !(m[1] && /\bthe\s+$/i.test(s.slice(Math.max(0, at - 4), at)))) {
      const end = at + m[0].length;
      const { year, n } = quarterFrom(scan.pub, (m[1] ?? '').toLowerCase() === 'last' ? -1 : 1);
      const e = expression(scan, at, end, periodDate(year, n, false), 'quarter', tenseAt(s, at, end));
      return { ...single(end, e), timexes: [timex(s, at, end, 'DATE', `${year}-Q${n}`)] };
    }
    m = exec(ADJECTIVE_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return period(scan, at, end, end, ORDINAL[m[1]!.toLowerCase()]!, m[2]!.toLowerCase() === 'half', null, null);
    }
    m = exec(CODE_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const half = (m[1] ?? m[4]) === 'H';
      const n = Number(m[2] ?? m[3]);
      if (half && n > 2) return null;
      return period(scan, at, end, end, n, half, m[5] ? Number(m[5]) : null, null);
    }
    m = exec(FISCAL_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const two = m[3];
      const year = m[1] ?? m[2] ?? (two ? String(Number(two) > (scan.pubYear % 100) + 10 ? 1900 + Number(two) : 2000 + Number(two)) : '');
      // TimeBank writes a fiscal year as its year ("fiscal 1989" is 1989).
      const e = expression(scan, at, end, { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' }, 'fiscal-year', tenseAt(s, at, end));
      return { ...single(end, e), timexes: [timex(s, at, end, 'DATE', year)] };
    }
    m = exec(THE_FISCAL_YEAR_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      if (ENDED_AFTER.test(s.slice(end, end + 16))) return timexesOnly(end, [timex(s, at, end, 'DURATION', 'P1Y')]);
      const shiftBy = /^(?:last|past|previous)\b/i.test(m[0]) || /\b(?:past|previous)\b/i.test(m[1] ?? '') ? -1 : /^next\b|\b(?:next|coming|new)\b/i.test(m[0]) ? 1 : 0;
      return timexesOnly(end, [timex(s, at, end, 'DATE', String(scan.pubYear + shiftBy))]);
    }
    m = exec(THE_YEAR_ENDED_RE, s, at);
    if (m) return timexesOnly(at + m[0].length, [timex(s, at, at + m[0].length, 'DURATION', 'P1Y')]);
    m = exec(PERIOD_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      const which = (m[1] ?? '').toLowerCase();
      const year = m[2];
      const noun = m[4]!.toLowerCase();
      const after = m[5];
      const yearBack = /year-|prior|comparable|corresponding/.test(which) || !!after || !!m[3];
      // "the period" alone names nothing; "the quarter" is the one the story reports.
      if (noun === 'period' && !which && !after && !year && !m[3]) return null;
      if (noun === 'period' && which === 'same' && !after) return null;
      // "the current quarter" is the one publication falls in, still running; the quarter a story reports has ended.
      let current = which === 'current' ? quarterValue(scan.pub)
        : which === 'past' || which === 'previous' ? shiftQuarterBack(currentQuarter(scan)) : currentQuarter(scan);
      // "the 1988 quarter": the quarter reported, in that year.
      if (year) current = `${year}${current.slice(4)}`;
      return timexesOnly(end, [timex(s, at, end, 'DATE', yearBack ? shiftQuarter(current, -1) : current)]);
    }
    m = exec(YEAR_AGO_ADJECTIVE_RE, s, at);
    if (m) {
      const end = at + m[0].length;
      return timexesOnly(end, [timex(s, at, end, 'DATE', shiftQuarter(currentQuarter(scan), -1))]);
    }
    return null;
  },
};

/** The quarter before ("1989-Q1" -> "1988-Q4"). */
function shiftQuarterBack(value: string): string {
  const year = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}
