// The temporal tagger: finds the time expressions of one sentence, resolves
// them against the article's publication date (or the previous event for
// "the next day"), and sets durations ("44 days of clashes") apart, since
// they are properties of events, never dates. Scans word starts left to
// right; at each, the parsers of passes.ts are tried in order and the first
// that finds something claims its words, so results come out in text order
// and never overlap; then the refiners run, in their order.
import { isValidDay, parseIsoDay } from '../../model/calendar';
import type { Precision } from '../../model/schema';
import { PARSERS, REFINERS } from './passes';
import { quoted, type Found, type Scan } from './scan';
import { defaultTimexes, deictic, reportsQuarter } from './timex';
import type { TemporalContext, TemporalResult, Timex } from './types';
import { WordTable } from './wordTable';

export type {
  Duration, ResolvedDate, Tense, TemporalContext, TemporalResult, TimeExpression, Timex, TimexType, Unresolved,
} from './types';

if (PARSERS.length > 31) throw new Error('the first-word table holds at most 31 parsers');
const ALL_PARSERS = (1 << PARSERS.length) - 1;
/** Word -> bit k set when PARSERS[k] can begin with it. */
const PARSERS_FOR_WORD = new WordTable();
PARSERS.forEach((parser, k) => {
  for (const w of parser.firstWords) PARSERS_FOR_WORD.add(w, 1 << k);
});
const isAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The first word start at or after `from`: a letter, digit or apostrophe with no letter or digit before it; -1 when none. */
function nextWordStart(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((isAlnumCode(c) || c === 39 || c === 0x2019) && !(i > 0 && isAlnumCode(s.charCodeAt(i - 1)))) return i;
  }
  return -1;
}

/** Days already found valid: every sentence asks about its article's publication date and the previous event's day. */
const validDays = new Set<string>();

function validPublished(pub: string): boolean {
  if (validDays.has(pub)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(pub);
  const ok = !!m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[1]) >= 1000 && Number(m[1]) <= 9000;
  if (ok) {
    // Bounded, for a dev server that runs for days.
    if (validDays.size >= 10000) validDays.clear();
    validDays.add(pub);
  }
  return ok;
}

/** The first parser's find at `at` that reads at least one character, or null. */
function parseAt(scan: Scan, at: number): Found | null {
  const value = PARSERS_FOR_WORD.valueAt(scan.s, at);
  const candidates = value < 0 ? ALL_PARSERS : value;
  if (candidates === 0) return null;
  for (let k = 0; k < PARSERS.length; k++) {
    if ((candidates & (1 << k)) === 0) continue;
    let found: Found | null;
    try {
      found = PARSERS[k]!.parse(scan, at);
    } catch {
      found = null;
    }
    if (found && found.end > at) return found;
  }
  return null;
}

/** What a date just read tells the rest of the sentence. */
function remember(scan: Scan, found: Found, timexes: readonly Timex[]): void {
  for (const t of timexes) {
    if ((t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value)) scan.previousValue = t.value;
    if (reportsQuarter(scan.s, t, scan.pub)) scan.reportedQuarter = t.value;
    // "This month's crisis began … on March 6": once the sentence speaks of the present, it is no longer in the story's past.
    if (scan.focus && deictic(scan.s, t) && !quoted(scan, t.start, t.end)) scan.focus = null;
  }
  // "passed on 5 June and signed the following day": the date just read anchors what follows it.
  const latest = found.expressions[found.expressions.length - 1];
  if (latest) {
    scan.previous = { start: latest.date.start, precision: latest.date.precision };
    scan.lastInSentence = latest.date.start;
  }
  for (const e of found.expressions) {
    // Any date written with its year sets the story's year for year-less dates after it
    // ("talks began in the spring of 2021 but broke off in August"); a span hands on its
    // last year ("led the bank from 2012 to 2017, … arrested on Dec. 12 of that year").
    if (!/\d{4}/.test(e.text) || e.date.precision === 'decade') continue;
    if (e.kind === 'span' || e.date.precision === 'year') scan.statedYear = `${e.date.end.slice(0, 4)}-01-01`;
    else scan.stated = e.date.start;
  }
}

/**
 * Every date expression, duration and unresolvable date mention in the
 * sentence, in text order, and every TIMEX3. Never throws: a parser that
 * fails on odd input is skipped at that position.
 */
export function findTimeExpressions(sentence: string, context: TemporalContext): TemporalResult {
  let result: TemporalResult = { expressions: [], durations: [], unresolved: [], timexes: [] };
  if (typeof sentence !== 'string' || !context || !validPublished(String(context.published))) return result;
  const pub = context.published;
  const previous = context.previous && validPublished(String(context.previous.start))
    ? context.previous
    : { start: pub, precision: 'day' as Precision };
  const scan: Scan = {
    s: sentence, pub, pubYear: parseIsoDay(pub).year, previous, stated: null, statedYear: null, lastInSentence: null, previousValue: context.previousValue ?? null,
    reportedQuarter: context.reportedQuarter ?? null,
    focus: context.focus ?? null, quotes: context.quotes ?? [],
  };
  // Where the search for the next word start resumes: after this one, or after what a parser read.
  let next: number;
  for (let at = nextWordStart(sentence, 0); at >= 0; at = nextWordStart(sentence, next)) {
    next = at + 1;
    const found = parseAt(scan, at);
    if (!found) continue;
    result.expressions.push(...found.expressions);
    result.durations.push(...found.durations);
    result.unresolved.push(...found.unresolved);
    const timexes = found.timexes ?? defaultTimexes(sentence, found);
    result.timexes.push(...timexes);
    remember(scan, found, timexes);
    next = found.end;
  }
  for (const refiner of REFINERS) result = refiner.refine(result, scan);
  return result;
}
