// What every parser and refiner of the tagger shares: the state of the scan
// of one sentence, what a parser returns, and the helpers that build it.
import type { Precision } from '../../model/schema';
import { unitInterval } from '../../model/calendar';
import { withFields } from '../text/withFields';
import type { ClauseTense } from './tenseAt';
import type { Duration, Focus, ResolvedDate, Tense, TemporalResult, TimeExpression, Timex, Unresolved } from './types';

export interface Scan {
  s: string;
  pub: string;
  pubYear: number;
  previous: { start: string; precision: Precision };
  /** The latest date in this sentence written with its year: "On Sept. 27, 2020, … the Nov. 9 agreement". */
  stated: string | null;
  /** The latest bare year or year range written in this sentence; only "… of that year" refers back to it. */
  statedYear: string | null;
  /** The start of the last date read in this sentence, if any. */
  lastInSentence: string | null;
  /** The value of the last dated TIMEX3 read before here ("1989-Q3"): what "a year earlier" counts from in TimeML. */
  previousValue: string | null;
  /** The quarter the story reports, once one is named ("1989-Q3"). */
  reportedQuarter: string | null;
  /** The year of the narrative in focus (documentTime.ts), for year-less dates of past clauses outside quotes. */
  focus: Focus | null;
  quotes: ReadonlyArray<readonly [number, number]>;
}

/** The year a past clause's "the end of the year" or "for the year" is in: the last dated TIMEX3's, else publication's. */
export function storyYear(scan: Scan): string {
  return /^\d{4}/.test(scan.previousValue ?? '') ? scan.previousValue!.slice(0, 4) : scan.pub.slice(0, 4);
}

/** Whether [start, end) lies inside quotation marks. */
export function quoted(scan: Scan, start: number, end: number): boolean {
  return scan.quotes.some(([a, b]) => a <= start && end <= b);
}

/** What a parser found at one position: everything it produced and where scanning resumes. */
export interface Found {
  end: number;
  expressions: TimeExpression[];
  durations: Duration[];
  unresolved: Unresolved[];
  /**
   * The TIMEX3s of what was found, including those that date no event ("now",
   * "every Monday"); when absent, each expression and duration gives one by
   * the default rule of timex.ts.
   */
  timexes?: Timex[];
}

/**
 * One parser: a kind of time expression, found where one of its first words
 * starts (any parser is tried where a digit or an apostrophe starts).
 */
export interface Parser {
  name: string;
  /** A phrase the parser reads, as news writes it (HeidelTime's EXAMPLE line). */
  example: string;
  /** Lower-case words its patterns can begin with. */
  firstWords: readonly string[];
  parse(scan: Scan, at: number): Found | null;
}

/** Fixes or drops what the parsers found in a sentence; refiners run in the order of REFINERS. */
export interface Refiner {
  name: string;
  refine(result: TemporalResult, scan: Scan): TemporalResult;
}

export function sticky(src: string, flags = ''): RegExp {
  return new RegExp(src, `y${flags}`);
}

export function exec(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function reportTense(t: ClauseTense): Tense {
  return t === 'unknown' ? 'present' : t;
}

export function expression(
  scan: Scan, start: number, end: number, date: ResolvedDate, rule: string, tense: ClauseTense,
  kind: TimeExpression['kind'] = 'point',
): TimeExpression {
  return { start, end, text: scan.s.slice(start, end), date, kind, rule, tense: reportTense(tense) };
}

export function single(end: number, e: TimeExpression): Found {
  return { end, expressions: [e], durations: [], unresolved: [] };
}

export function unresolved(scan: Scan, start: number, end: number, reason: string): Found {
  return { end, expressions: [], durations: [], unresolved: [{ start, end, text: scan.s.slice(start, end), reason }] };
}

export function duration(scan: Scan, start: number, end: number): Found {
  return { end, expressions: [], durations: [{ start, end, text: scan.s.slice(start, end) }], unresolved: [] };
}

/** TIMEX3s that date no event of the timeline ("now", "every Monday", "the past few weeks"). */
export function timexesOnly(end: number, timexes: Timex[]): Found {
  return { end, expressions: [], durations: [], unresolved: [], timexes };
}

/** "since X": open from X, still running at publication; X keeps its precision. */
export function ongoing(scan: Scan, e: TimeExpression): TimeExpression {
  const end = scan.pub >= e.date.start ? scan.pub : e.date.end;
  return withFields(e, { kind: 'ongoing', rule: 'since', tense: 'past', date: withFields(e.date, { end }) });
}

/** The calendar unit of a date's precision around its start: "since 1991" as a point is 1991. */
export function ownUnit(date: ResolvedDate): { start: string; end: string } {
  return unitInterval(date.start, date.precision);
}

/** Followed by a noun or a name: "two days before the vote" is anchored to the vote, not to a date we know. */
export function anchoredAfter(s: string, at: number): boolean {
  // "two days before the vote", "six months before it expires", "a week after leaving office", "the day before last
  // Tuesday's hearing".
  return /^\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those|it|they|he|she|we|you|last|next)\b|[A-Z0-9]|[a-z]+ing\b)/.test(s.slice(at, at + 20));
}

// A deadline's lead words: "by Jan. 1", "until at least Friday", "no later than the end of".
export const DEADLINE_BEFORE_RE = /\b(?:by|until|till|no\s+later\s+than|ahead\s+of|before)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/i;
